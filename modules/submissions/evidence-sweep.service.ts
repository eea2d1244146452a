import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { Cron, CronExpression } from '@nestjs/schedule';
import { IsNull, Repository } from 'typeorm';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { appConfig } from '../../src/config/app.config.js';
import { AuditService } from '../audit/audit.service.js';
import { Evidence } from './evidence.entity.js';

/** A file younger than this may belong to an upload another instance is still recording. */
const GRACE_MS = 60 * 60 * 1000;

export interface SweepResult {
  checkedAt: string;
  /** Files under uploads/evidence that no evidence row names (or half-written `.part` files): removed. */
  removed: string[];
  /** Evidence rows whose file is not on disk: kept (the record is the evidence of the upload), reported. */
  missing: { evidenceId: number; submissionId: number; storedName: string }[];
}

/**
 * Keeps the uploads folder and the evidence table saying the same thing: at start, every night,
 * and on the admin's request. Its last result is what the health check reports.
 */
@Injectable()
export class EvidenceSweepService implements OnApplicationBootstrap {
  private readonly logger = new Logger(EvidenceSweepService.name);
  private last: SweepResult | null = null;

  constructor(
    @InjectRepository(Evidence) private readonly evidence: Repository<Evidence>,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sweep(null).catch((e: unknown) => this.logger.error(`evidence sweep failed: ${String(e)}`));
  }

  @Cron(CronExpression.EVERY_DAY_AT_2AM)
  nightly(): Promise<unknown> {
    return this.sweep(null);
  }

  lastResult(): SweepResult | null {
    return this.last;
  }

  /** `actor` null: the system at start or at night; otherwise the admin, whose request is audited. */
  async sweep(actor: AuthenticatedUser | null): Promise<SweepResult> {
    const folder = join(this.app.uploadDir, 'evidence');
    const rows = await this.evidence.find({ where: { url: IsNull() }, select: { id: true, submissionId: true, storedName: true } });
    const known = new Set(rows.map((r) => r.storedName));
    const names = await readdir(folder).catch(() => [] as string[]);
    const removed: string[] = [];
    for (const name of names) {
      const path = join(folder, name);
      if (known.has(`evidence/${name}`)) continue;
      const info = await stat(path).catch(() => null);
      if (!info?.isFile() || Date.now() - info.mtimeMs < GRACE_MS) continue;
      await unlink(path);
      removed.push(`evidence/${name}`);
    }
    const present = new Set(names.map((n) => `evidence/${n}`));
    const missing = rows.filter((r) => !present.has(r.storedName)).map((r) => ({ evidenceId: r.id, submissionId: r.submissionId, storedName: r.storedName }));
    this.last = { checkedAt: new Date().toISOString(), removed, missing };
    if (removed.length || missing.length) this.logger.warn(`evidence sweep: ${removed.length} orphan file(s) removed, ${missing.length} row(s) without a file`);
    if (actor || removed.length) await this.audit.record(actor, { action: 'EVIDENCE.SWEPT', entityType: 'evidence', entityId: 'uploads', after: { removed, missing: missing.map((m) => m.evidenceId) } });
    return this.last;
  }
}
