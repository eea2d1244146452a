import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { AuditEntry } from './audit-entry.entity.js';

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

  listFor(entityType: string, entityId?: string): Promise<AuditEntry[]> {
    return this.entries.find({
      where: entityId === undefined ? { entityType } : { entityType, entityId },
      order: { id: 'ASC' },
    });
  }
}
