import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { sentFields } from '../../src/errors/validation.js';
import { AuditService } from '../audit/audit.service.js';
import { UnitService } from '../units/unit.service.js';
import { CreateUserDto } from './create-user.dto.js';
import { hashPassword } from './password.js';
import { roleFitsUnit } from './role-unit.rule.js';
import { UpdateUserDto } from './update-user.dto.js';
import { User } from './user.entity.js';
import { UserErrors } from './user.errors.js';

/** What the audit log keeps of a user: never the password hash. */
const auditView = ({ passwordHash: _omit, unit: _unit, ...rest }: User) => rest;

@Injectable()
export class UserService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly unitService: UnitService,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<User[]> {
    return this.users.find({ order: { unitId: 'ASC', username: 'ASC' } });
  }

  listForUnit(unitId: number): Promise<User[]> {
    return this.users.find({ where: { unitId }, order: { username: 'ASC' } });
  }

  async get(id: number): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new DomainException(UserErrors.NOT_FOUND, { id });
    return user;
  }

  /** For sign-in only: the one read that includes the password hash. */
  findForLogin(username: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .innerJoinAndSelect('user.unit', 'unit')
      .where('user.username = :username', { username })
      .getOne();
  }

  /** For every authenticated request: a deactivated user or unit loses access at once. */
  findActive(id: number): Promise<User | null> {
    return this.users.findOne({ where: { id, isActive: true, unit: { isActive: true } }, relations: { unit: true } });
  }

  async create(actor: AuthenticatedUser | null, dto: CreateUserDto, options: { isDemo?: boolean } = {}): Promise<User> {
    if (await this.users.existsBy({ username: dto.username })) {
      throw new DomainException(UserErrors.USERNAME_TAKEN, { username: dto.username });
    }
    await this.requireFittingUnit(dto.role, dto.unitId);
    const { password, ...fields } = dto;
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (em) => {
      const user = await em.getRepository(User).save(em.create(User, { ...fields, passwordHash, isDemo: !!options.isDemo }));
      await this.audit.record(actor, { action: 'USER.CREATED', entityType: 'user', entityId: user.id, after: auditView(user) }, em);
      return user;
    });
  }

  async update(actor: AuthenticatedUser, id: number, dto: UpdateUserDto): Promise<User> {
    const user = await this.get(id);
    if (dto.role !== undefined && dto.role !== Role.ADMIN) await this.keepAnAdmin(user);
    if (dto.role !== undefined || dto.unitId !== undefined) {
      await this.requireFittingUnit(dto.role ?? user.role, dto.unitId ?? user.unitId);
    }
    const { password, ...fields } = sentFields(dto);
    if (!password && !AuditService.changedFields(user, fields).length) return user;
    const before = auditView(user);
    const changes: Partial<User> = { ...fields };
    // A deputy is named for one unit and as an officer: a move or a new role ends it.
    if ((dto.unitId !== undefined && dto.unitId !== user.unitId) || (dto.role !== undefined && dto.role !== user.role)) changes.isDeputyHead = false;
    if (password) changes.passwordHash = await hashPassword(password);
    // A reset password or a new role or unit: sessions opened before it end.
    if (password || (dto.role !== undefined && dto.role !== user.role) || (dto.unitId !== undefined && dto.unitId !== user.unitId)) changes.tokenVersion = user.tokenVersion + 1;
    return this.dataSource.transaction(async (em) => {
      const saved = await em.getRepository(User).save(Object.assign(user, changes));
      await this.audit.record(
        actor,
        {
          action: password ? 'USER.UPDATED_WITH_PASSWORD_RESET' : 'USER.UPDATED',
          entityType: 'user',
          entityId: id,
          before,
          after: auditView(saved),
        },
        em,
      );
      return saved;
    });
  }

  /** The caller has proven the current password (AuthService.changePassword). */
  async setOwnPassword(actor: AuthenticatedUser, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (em) => {
      await em.getRepository(User).update({ id: actor.id }, { passwordHash, tokenVersion: () => 'tokenVersion + 1' });
      await this.audit.record(actor, { action: 'USER.PASSWORD_CHANGED', entityType: 'user', entityId: actor.id }, em);
    });
  }

  /** A wrong password: counted, and at the limit the account is locked for a while (audited). */
  async recordWrongPassword(user: User, lock: { after: number; minutes: number }): Promise<void> {
    const failures = user.failedSignIns + 1;
    if (failures < lock.after) {
      await this.users.update({ id: user.id }, { failedSignIns: failures });
      return;
    }
    const lockedUntil = new Date(Date.now() + lock.minutes * 60_000);
    await this.dataSource.transaction(async (em) => {
      await em.getRepository(User).update({ id: user.id }, { failedSignIns: 0, lockedUntil });
      await this.audit.record(null, { action: 'USER.SIGN_IN_LOCKED', entityType: 'user', entityId: user.id, after: { lockedUntil: lockedUntil.toISOString(), failures } }, em);
    });
  }

  /** A hash of an older scheme replaced at sign-in by today's, for the same password: sessions stay as they are. */
  async upgradePasswordHash(id: number, password: string): Promise<void> {
    await this.users.update({ id }, { passwordHash: await hashPassword(password) });
  }

  clearWrongPasswords(id: number): Promise<unknown> {
    return this.users.update({ id }, { failedSignIns: 0, lockedUntil: null });
  }

  /** The admin lifts a sign-in lock before its time. */
  async unlock(actor: AuthenticatedUser, id: number): Promise<User> {
    const user = await this.get(id);
    return this.dataSource.transaction(async (em) => {
      await em.getRepository(User).update({ id }, { failedSignIns: 0, lockedUntil: null });
      await this.audit.record(actor, { action: 'USER.SIGN_IN_UNLOCKED', entityType: 'user', entityId: id, before: { lockedUntil: user.lockedUntil } }, em);
      return em.getRepository(User).findOneByOrFail({ id });
    });
  }

  /** Sign-out: every token issued to this person so far stops working. */
  async endSessions(actor: AuthenticatedUser, action: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await em.getRepository(User).update({ id: actor.id }, { tokenVersion: () => 'tokenVersion + 1' });
      await this.audit.record(actor, { action, entityType: 'user', entityId: actor.id }, em);
    });
  }

  /**
   * The unit head names one of the unit's active officers to submit in the head's absence (or
   * nobody); the previous deputy, if any, loses it in the same transaction.
   */
  async setDeputyHead(actor: AuthenticatedUser, unitId: number, userId: number | null): Promise<User[]> {
    const deputy = userId === null ? null : await this.get(userId);
    if (deputy && (deputy.unitId !== unitId || deputy.role !== Role.UNIT_OFFICER || !deputy.isActive)) throw new DomainException(UserErrors.DEPUTY_NOT_AN_OFFICER, { userId, unitId });
    return this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(User);
      const before = await repo.findBy({ unitId, isDeputyHead: true });
      await repo.update({ unitId, isDeputyHead: true }, { isDeputyHead: false });
      if (deputy) await repo.update({ id: deputy.id }, { isDeputyHead: true });
      await this.audit.record(actor, { action: 'USER.DEPUTY_HEAD_SET', entityType: 'unit', entityId: unitId, before: { deputies: before.map((u) => u.id) }, after: { deputies: deputy ? [deputy.id] : [] } }, em);
      return repo.find({ where: { unitId }, order: { username: 'ASC' } });
    });
  }

  /** Users are never deleted: who did what stays attributable in the audit log. */
  async setActive(actor: AuthenticatedUser, id: number, isActive: boolean): Promise<User> {
    if (!isActive && actor.id === id) throw new DomainException(UserErrors.SELF_DEACTIVATION);
    const user = await this.get(id);
    if (user.isActive === isActive) return user;
    if (!isActive) await this.keepAnAdmin(user);
    return this.dataSource.transaction(async (em) => {
      user.isActive = isActive;
      if (!isActive) user.tokenVersion += 1;
      const saved = await em.getRepository(User).save(user);
      const action = isActive ? 'USER.ACTIVATED' : 'USER.DEACTIVATED';
      await this.audit.record(actor, { action, entityType: 'user', entityId: id, after: { isActive } }, em);
      return saved;
    });
  }

  /** Refuses to demote or deactivate the last active administrator. */
  private async keepAnAdmin(user: User): Promise<void> {
    if (user.role !== Role.ADMIN || !user.isActive) return;
    if ((await this.users.countBy({ role: Role.ADMIN, isActive: true })) <= 1) throw new DomainException(UserErrors.LAST_ADMIN);
  }

  private async requireFittingUnit(role: Role, unitId: number): Promise<void> {
    const unit = await this.unitService.get(unitId).catch(() => null);
    if (!unit || !unit.isActive) throw new DomainException(UserErrors.UNIT_NOT_FOUND, { unitId });
    if (!roleFitsUnit(role, unit)) {
      throw new DomainException(UserErrors.ROLE_UNIT_MISMATCH, { role, unitKind: unit.kind });
    }
  }
}
