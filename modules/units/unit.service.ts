import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { sentFields } from '../../src/errors/validation.js';
import { AuditService } from '../audit/audit.service.js';
import { CreateUnitDto } from './create-unit.dto.js';
import { ListUnitsQuery } from './list-units.query.js';
import { UpdateUnitDto } from './update-unit.dto.js';
import { Unit } from './unit.entity.js';
import { UnitErrors } from './unit.errors.js';

@Injectable()
export class UnitService {
  constructor(
    @InjectRepository(Unit) private readonly units: Repository<Unit>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(query: ListUnitsQuery): Promise<Unit[]> {
    return this.units.find({
      where: {
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.includeInactive ? {} : { isActive: true }),
      },
      order: { kind: 'ASC', name: 'ASC' },
    });
  }

  /** Active units with these codes (those not found are simply absent). */
  byCodes(codes: string[]): Promise<Unit[]> {
    return codes.length ? this.units.findBy({ code: In(codes), isActive: true }) : Promise.resolve([]);
  }

  /** The unit that holds the reviewing duty now (STTTT in 2023–24, Sở KH&CN since 2025), if any. */
  async reviewingUnitId(): Promise<number | null> {
    return (await this.units.findOne({ select: { id: true }, where: { isReviewingAgency: true, isActive: true } }))?.id ?? null;
  }

  async get(id: number): Promise<Unit> {
    const unit = await this.units.findOneBy({ id });
    if (!unit) throw new DomainException(UnitErrors.NOT_FOUND, { id });
    return unit;
  }

  async create(actor: AuthenticatedUser | null, dto: CreateUnitDto): Promise<Unit> {
    if (await this.units.existsBy({ code: dto.code })) {
      throw new DomainException(UnitErrors.CODE_TAKEN, { code: dto.code });
    }
    if (dto.parentId !== undefined) await this.requireParent(dto.parentId);
    return this.dataSource.transaction(async (em) => {
      if (dto.isReviewingAgency) await this.clearReviewingAgency(actor, em);
      const unit = await em.getRepository(Unit).save(em.create(Unit, { ...dto }));
      await this.audit.record(actor, { action: 'UNIT.CREATED', entityType: 'unit', entityId: unit.id, after: unit }, em);
      return unit;
    });
  }

  async update(actor: AuthenticatedUser, id: number, dto: UpdateUnitDto): Promise<Unit> {
    const unit = await this.get(id);
    if (dto.parentId !== undefined) {
      if (dto.parentId === id) throw new DomainException(UnitErrors.PARENT_IS_SELF);
      await this.requireParent(dto.parentId);
    }
    if (!AuditService.changedFields(unit, dto).length) return unit;
    const before = { ...unit };
    return this.dataSource.transaction(async (em) => {
      if (dto.isReviewingAgency && !unit.isReviewingAgency) await this.clearReviewingAgency(actor, em);
      const saved = await em.getRepository(Unit).save(Object.assign(unit, sentFields(dto)));
      await this.audit.record(actor, { action: 'UNIT.UPDATED', entityType: 'unit', entityId: id, before, after: saved }, em);
      return saved;
    });
  }

  /** Units are never deleted: their history (submissions, scores, audit) must stay readable. */
  async setActive(actor: AuthenticatedUser, id: number, isActive: boolean): Promise<Unit> {
    // Deactivating the admin's own unit would lock the admin (and its colleagues) out at once.
    if (!isActive && actor.unitId === id) throw new DomainException(UnitErrors.OWN_UNIT);
    const unit = await this.get(id);
    if (unit.isActive === isActive) return unit;
    return this.dataSource.transaction(async (em) => {
      unit.isActive = isActive;
      const saved = await em.getRepository(Unit).save(unit);
      const action = isActive ? 'UNIT.ACTIVATED' : 'UNIT.DEACTIVATED';
      await this.audit.record(actor, { action, entityType: 'unit', entityId: id, after: { isActive } }, em);
      return saved;
    });
  }

  private async requireParent(parentId: number): Promise<void> {
    if (!(await this.units.existsBy({ id: parentId }))) {
      throw new DomainException(UnitErrors.PARENT_NOT_FOUND, { parentId });
    }
  }

  /** Only one unit holds the reviewing duty at a time; moving it is recorded on the old holder. */
  private async clearReviewingAgency(actor: AuthenticatedUser | null, em: EntityManager): Promise<void> {
    const holders = await em.getRepository(Unit).findBy({ isReviewingAgency: true });
    for (const holder of holders) {
      await em.getRepository(Unit).update(holder.id, { isReviewingAgency: false });
      await this.audit.record(
        actor,
        { action: 'UNIT.REVIEWING_DUTY_MOVED', entityType: 'unit', entityId: holder.id, after: { isReviewingAgency: false } },
        em,
      );
    }
  }
}
