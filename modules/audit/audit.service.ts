import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { And, EntityManager, FindOptionsWhere, LessThanOrEqual, Like, MoreThanOrEqual, Repository } from 'typeorm';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { AuditEntry } from './audit-entry.entity.js';
import type { ListAuditQuery } from './list-audit.query.js';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: object;
  after?: object;
  reason?: string | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /**
   * Pass the transaction's manager so the entry commits or rolls back with the change it
   * describes: a change never lands without its record, nor a record without its change.
   */
  async record(actor: AuthenticatedUser | null, record: AuditRecord, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(AuditEntry) : this.entries;
    await repo.insert(repo.create({
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      actorUnitId: actor?.unitId ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: String(record.entityId),
      before: record.before ?? null,
      after: record.after ?? null,
      reason: record.reason ?? null,
    }));
  }

  /**
   * The fields of a PATCH that would change something: a request that changes nothing writes
   * nothing, audit entry included.
   */
  static changedFields<T extends object>(current: T, patch: Partial<T>): (keyof T)[] {
    return (Object.keys(patch) as (keyof T)[]).filter((k) => patch[k] !== undefined && patch[k] !== current[k]);
  }

  /** Everything that happened to one thing, in order: a submission's history reads it whole. */
  trailOf(entityType: string, entityId: string): Promise<AuditEntry[]> {
    return this.entries.find({ where: { entityType, entityId }, order: { id: 'ASC' } });
  }

  /** One page of the log, newest first unless asked otherwise, with the count of all matches. */
  async list(query: ListAuditQuery): Promise<AuditPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const where: FindOptionsWhere<AuditEntry> = {};
    if (query.entityType) where.entityType = query.entityType;
    if (query.entityId) where.entityId = query.entityId;
    if (query.actorId) where.actorId = query.actorId;
    // A trailing dot asks for a family of actions (SUBMISSION.); the pattern holds no wildcards of its own.
    if (query.action) where.action = query.action.endsWith('.') ? Like(`${query.action}%`) : query.action;
    const from = query.from ? MoreThanOrEqual(new Date(query.from)) : undefined;
    const to = query.to ? LessThanOrEqual(new Date(query.to)) : undefined;
    if (from && to) where.at = And(from, to);
    else if (from ?? to) where.at = from ?? to;
    const [items, total] = await this.entries.findAndCount({
      where,
      order: { id: query.order === 'asc' ? 'ASC' : 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total, page, pageSize };
  }
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}
