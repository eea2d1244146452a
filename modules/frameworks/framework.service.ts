import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { RequestErrors } from '../../src/errors/common.errors.js';
import { AuditService } from '../audit/audit.service.js';
import { flatten, validateFramework } from '../scoring/engine/framework-validator.js';
import type { Framework } from '../scoring/engine/framework.types.js';
import { checkEntries } from '../scoring/engine/entry-rules.js';
import { checkInputsShape } from '../scoring/engine/inputs-shape.js';
import type { PeriodCode } from '../scoring/engine/periods.js';
import { scoreUnit } from '../scoring/engine/score-unit.js';
import type { UnitInputs } from '../scoring/engine/score.types.js';
import { SubmissionErrors } from '../submissions/submission.errors.js';
import { canonicalJson } from './canonical-json.js';
import { FrameworkVersion } from './framework-version.entity.js';
import { FrameworkErrors } from './framework.errors.js';
import { UnitService } from '../units/unit.service.js';
import { reassignSuppliers } from './reassign-suppliers.js';
import type { ReassignSuppliersDto } from './reassign-suppliers.dto.js';

export type ImportOutcome = 'CREATED' | 'UNCHANGED' | 'UPDATED';

@Injectable()
export class FrameworkService {
  /**
   * A frozen version can only be replaced by a new version, never changed, so its definition is
   * kept in memory: every data entry and score of a submission reads it.
   */
  private readonly frozen = new Map<string, FrameworkVersion>();

  constructor(
    @InjectRepository(FrameworkVersion) private readonly versions: Repository<FrameworkVersion>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly units: UnitService,
  ) {}

  /**
   * Validates and stores one framework version. The same content again changes nothing; new
   * content for a version no cycle uses replaces it; for a frozen version it is refused.
   */
  async import(actor: AuthenticatedUser | null, framework: Framework): Promise<{ outcome: ImportOutcome; framework: FrameworkVersion }> {
    const problems = validateFramework(framework);
    if (problems.length) throw new DomainException(FrameworkErrors.INVALID, problems);
    const contentHash = createHash('sha256').update(canonicalJson(framework)).digest('hex');
    const existing = await this.versions.findOneBy({ code: framework.code, version: framework.version });
    if (existing?.contentHash === contentHash) return { outcome: 'UNCHANGED', framework: existing };
    if (existing?.isFrozen) throw new DomainException(FrameworkErrors.FROZEN, { code: framework.code, version: framework.version });
    const fields = {
      code: framework.code,
      version: framework.version,
      name: framework.name,
      unitKind: framework.unitKind,
      maxPoints: framework.maxPoints,
      contentHash,
      definition: framework,
    };
    return this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(FrameworkVersion);
      const saved = await repo.save(existing ? Object.assign(existing, fields) : repo.create(fields));
      const action = existing ? 'FRAMEWORK.REPLACED' : 'FRAMEWORK.IMPORTED';
      await this.audit.record(actor, { action, entityType: 'framework', entityId: saved.id, after: { code: saved.code, version: saved.version, contentHash } }, em);
      return { outcome: existing ? 'UPDATED' : 'CREATED', framework: saved };
    });
  }

  /**
   * The admin gives items or variables to another focal agency before the cycle opens (the form's
   * column "Đầu mối cung cấp số liệu, tài liệu kiểm chứng"). The change is the next version, which a
   * cycle opened afterwards takes by default: the version it came from is left as it was (a
   * re-run of setup re-imports the bundled file, and must not undo an admin's decision). Audited
   * with every change, its reason, and who had each item before.
   */
  async reassignSuppliers(actor: AuthenticatedUser, code: string, dto: ReassignSuppliersDto) {
    const current = await this.get(code, dto.version);
    const latest = await this.get(code);
    // From an older version the change would silently undo what later versions decided.
    if (current.version !== latest.version) throw new DomainException(FrameworkErrors.NOT_LATEST, { code, version: current.version, latest: latest.version });
    const { framework, problems } = reassignSuppliers(current.definition, dto.changes);
    if (problems.length) throw new DomainException(FrameworkErrors.SUPPLIERS_INVALID, problems);
    const agencies = [...new Set(dto.changes.map((c) => c.supplier).filter((s) => s !== 'UNIT'))];
    const found = (await this.units.byCodes(agencies)).filter((u) => u.isSourceAgency);
    const missing = agencies.filter((a) => !found.some((u) => u.code === a));
    if (missing.length) throw new DomainException(FrameworkErrors.SUPPLIER_NOT_AGENCY, { missing });
    framework.version = latest.version + 1;
    const contentHash = createHash('sha256').update(canonicalJson(framework)).digest('hex');
    return this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(FrameworkVersion);
      const { code: c, name, unitKind, maxPoints } = current;
      const saved = await repo.save(repo.create({ code: c, name, unitKind, maxPoints, contentHash, definition: framework, version: framework.version }));
      const before = dto.changes.map((c) => ({ ...c, supplier: supplierIn(current.definition, c.indicator, c.variable) }));
      await this.audit.record(actor, { action: 'FRAMEWORK.SUPPLIERS_CHANGED', entityType: 'framework', entityId: saved.id, before: { code, version: current.version, changes: before }, after: { code, version: saved.version, changes: dto.changes }, reason: dto.reason }, em);
      return saved;
    });
  }

  /** A cycle uses this version: from now on it can only be replaced by a new version. */
  async freeze(code: string, version: number, em: EntityManager): Promise<void> {
    await em.getRepository(FrameworkVersion).update({ code, version }, { isFrozen: true });
  }

  /** Without the definitions: the list is for choosing, the tree comes with `get`. */
  list(): Promise<FrameworkVersion[]> {
    return this.versions.find({
      select: { id: true, code: true, version: true, name: true, unitKind: true, maxPoints: true, isFrozen: true, importedAt: true },
      order: { code: 'ASC', version: 'DESC' },
    });
  }

  async get(code: string, version?: number): Promise<FrameworkVersion> {
    const cached = version ? this.frozen.get(`${code}@${version}`) : undefined;
    if (cached) return cached;
    const found = await this.versions.findOne({ where: version ? { code, version } : { code }, order: { version: 'DESC' } });
    if (!found) throw new DomainException(FrameworkErrors.NOT_FOUND, { code, version });
    if (found.isFrozen) this.frozen.set(`${found.code}@${found.version}`, found);
    return found;
  }

  /**
   * Scores given values without storing anything: what a unit sees while it fills in its data.
   * Values entry would refuse are refused here too, by the same checks (checkEntry) with the same
   * answer (400 SUBMISSION.INVALID_VALUES, every problem named): a preview never scores what
   * cannot be saved. With a period, what it does not collect is NOT_IN_PERIOD.
   */
  async preview(code: string, inputs: UnitInputs, previous?: UnitInputs, version?: number, period?: PeriodCode) {
    const { definition } = await this.get(code, version);
    const problems = [...checkInputsShape(definition, inputs), ...(previous ? checkInputsShape(definition, previous) : [])];
    if (problems.length) throw new DomainException(RequestErrors.VALIDATION_FAILED, [{ field: 'inputs', problems }]);
    const refused = [...checkEntries(definition, inputs), ...(previous ? checkEntries(definition, previous) : [])];
    if (refused.length) throw new DomainException(SubmissionErrors.INVALID_VALUES, refused);
    return { framework: { code: definition.code, version: definition.version }, ...scoreUnit(definition, inputs, previous, { period }) };
  }
}

function supplierIn(framework: Framework, indicator: string, variable?: string): string | undefined {
  const def = flatten(framework.indicators).find((d) => d.code === indicator);
  const v = variable ? def?.variables?.find((x) => x.key === variable) : undefined;
  return v?.supplier ?? def?.supplier;
}
