import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationService } from '../notifications/notification.service.js';
import type { SubmissionContext } from '../../workflows/submission.machine.js';
import { FrameworkService } from '../frameworks/framework.service.js';
import { SubmissionDataService } from '../submissions/submission-data.service.js';
import { agencyPartComplete, unitPartComplete } from '../submissions/submission-parts.js';
import { SubmissionService } from '../submissions/submission.service.js';
import { supplierProgress } from '../submissions/supplier-progress.js';
import { UnitService } from '../units/unit.service.js';
import type { User } from '../users/user.entity.js';
import { UserService } from '../users/user.service.js';
import { Reminder } from './reminder.entity.js';
import { ReminderErrors } from './reminder.errors.js';

const HOUR = 60 * 60 * 1000;
/** The reminders about a submission's data: the hourly job's, before the deadline, and a person's own. */
const DATA_REMINDERS = ['DATA_ENTRY_DUE', 'AGENCY_PART_DUE', 'PART_REMINDED'];

/**
 * Which party still owes which items of a submission (seed 004's column "Đầu mối cung cấp số
 * liệu, tài liệu kiểm chứng"), when each was last reminded, and a reminder sent now by whoever
 * follows the report (the province's staff, STTTT, the admin).
 */
@Injectable()
export class SupplierProgressService {
  constructor(
    @InjectRepository(Reminder) private readonly reminders: Repository<Reminder>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly data: SubmissionDataService,
    private readonly submissions: SubmissionService,
    private readonly frameworks: FrameworkService,
    private readonly units: UnitService,
    private readonly users: UserService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Each party with its unit, what it still owes, whether it sent its part, whether a return waits
   * for it, and its last reminder. The unit's staff and the cross-unit roles see every party; an
   * agency sees its own row only (another agency's work is not its business).
   */
  async progress(actor: AuthenticatedUser, submissionId: number, users?: User[]) {
    const progress = await this.owed(actor, submissionId);
    const sent = await this.reminders.find({ where: { entityType: 'submission', entityId: String(submissionId), kind: In(DATA_REMINDERS) }, order: { sentAt: 'DESC', id: 'DESC' } });
    const unitOf = new Map((users ?? (await this.users.list())).map((u) => [u.id, u.unitId]));
    return {
      ...progress,
      parties: progress.parties.map((p) => ({ ...p, lastRemindedAt: sent.find((r) => unitOf.get(r.userId) === p.unitId)?.sentAt ?? null })),
    };
  }

  private async owed(actor: AuthenticatedUser, submissionId: number) {
    const submission = await this.submissions.get(actor, submissionId);
    const own = actor.role === Role.SOURCE_AGENCY ? (await this.units.get(actor.unitId)).code : null;
    const context = submission.state.context as SubmissionContext;
    const needEvidence = new Set((await this.submissions.readiness(actor, submissionId)).missingEvidence.map((m) => m.code));
    const { definition } = await this.frameworks.get(submission.frameworkCode, submission.frameworkVersion);
    const rows = supplierProgress(definition, submission.period, await this.data.entered(submission), needEvidence).filter((r) => !own || r.party === own);
    const units = new Map((await this.units.byCodes(rows.map((r) => r.party).filter((p) => p !== 'UNIT'))).map((u) => [u.code, u]));
    const returned = submission.status === 'returned' ? context.returned : undefined;
    return {
      submissionId: submission.id,
      unitId: submission.unitId,
      status: submission.status,
      dataEntryDue: context.deadlines.dataEntry,
      parties: rows.map((r) => {
        const unit = r.party === 'UNIT' ? null : units.get(r.party);
        const done = r.party === 'UNIT' ? unitPartComplete(submission) : !!unit && agencyPartComplete(submission, unit.id);
        const awaited = !!returned && (r.party === 'UNIT' ? returned.unitAwaited !== false : !!unit && (returned.awaiting ?? []).includes(unit.id));
        return { ...r, unitId: r.party === 'UNIT' ? submission.unitId : (unit?.id ?? null), name: unit?.name ?? null, done, awaited };
      }),
    };
  }

  /**
   * Reminds one party now of what it still owes: a notice to its people (mailed by the notice
   * job), recorded as a reminder to each, audited. Once an hour per party, and only while it owes
   * something: its part not sent, a return waiting for it, or evidence its items still need.
   * Two clicks at once meet on the reminders' unique key (party and clock hour), which the error
   * filter answers with a 409.
   */
  async remind(actor: AuthenticatedUser, submissionId: number, party: string) {
    const users = await this.users.list();
    const progress = await this.progress(actor, submissionId, users);
    const row = progress.parties.find((p) => p.party === party);
    if (!row || row.unitId === null) throw new DomainException(ReminderErrors.PARTY_NOT_FOUND, { party });
    if (row.done && !row.awaited && !row.evidenceMissing) throw new DomainException(ReminderErrors.NOTHING_OWED, { party });
    if (row.lastRemindedAt && Date.now() - new Date(row.lastRemindedAt).getTime() < HOUR) throw new DomainException(ReminderErrors.TOO_SOON, { party, lastRemindedAt: row.lastRemindedAt });
    const roles = party === 'UNIT' ? [Role.UNIT_OFFICER, Role.UNIT_HEAD] : [Role.SOURCE_AGENCY];
    const people = users.filter((u) => u.isActive && u.unitId === row.unitId && roles.includes(u.role) && u.id !== actor.id);
    if (!people.length) throw new DomainException(ReminderErrors.NO_ONE_TO_REMIND, { party });
    const owed = row.items.filter((i) => i.missing.length).map((i) => i.code);
    const when = new Date(progress.dataEntryDue).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
    const title = row.awaited ? `Nhắc bổ sung số liệu theo yêu cầu trả lại: hồ sơ ${submissionId}` : `Nhắc hoàn thành phần số liệu: hồ sơ ${submissionId}, hạn ${when}`;
    const noEvidence = row.items.filter((i) => i.evidenceMissing).map((i) => i.code);
    const body =
      [owed.length && `Các chỉ số còn thiếu số liệu: ${owed.join(', ')}.`, noEvidence.length && `Các chỉ số còn thiếu tài liệu kiểm chứng: ${noEvidence.join(', ')}.`].filter(Boolean).join(' ') ||
      'Số liệu đã nhập đủ; hãy xác nhận hoàn thành phần của mình.';
    const at = new Date();
    return this.dataSource.transaction(async (em) => {
      await this.notifications.notify(em, { userIds: people.map((u) => u.id) }, { kind: 'SUBMISSION.PART_REMINDED', title, body, link: `/submissions/${submissionId}`, entityType: 'submission', entityId: submissionId });
      const rows = people.map((u) => ({ key: `PART_REMINDED:submission:${submissionId}:${party}:${Math.floor(at.getTime() / HOUR)}:user:${u.id}`, kind: 'PART_REMINDED', userId: u.id, email: u.email ?? '', subject: title.slice(0, 300), entityType: 'submission', entityId: String(submissionId) }));
      await em.getRepository(Reminder).insert(rows);
      await this.audit.record(actor, { action: 'SUBMISSION.PART_REMINDED', entityType: 'submission', entityId: submissionId, after: { party, unitId: row.unitId, owed, noEvidence, people: people.length } }, em);
      return { party, reminded: people.length, lastRemindedAt: at.toISOString() };
    });
  }
}
