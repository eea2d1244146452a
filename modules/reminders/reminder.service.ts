import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Role } from '../../src/access/role.enum.js';
import { appConfig } from '../../src/config/app.config.js';
import { submissionMachine, type SubmissionContext } from '../../workflows/submission.machine.js';
import { tagsOf } from '../../workflows/persisted-machine.js';
import { CycleService } from '../cycles/cycle.service.js';
import { SubmissionService } from '../submissions/submission.service.js';
import { unitPartComplete } from '../submissions/submission-parts.js';
import { UnitService } from '../units/unit.service.js';
import { User } from '../users/user.entity.js';
import { UserService } from '../users/user.service.js';
import { MailService } from '../notifications/mail.service.js';
import { Reminder } from './reminder.entity.js';

/** One thing one person should be reminded of; `key` makes it once only. */
interface Due {
  key: string;
  kind: string;
  user: User;
  line: string;
  entityType: string;
  entityId: string;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Reminders by mail: to the units and agencies whose data is missing N days before the data
 * entry deadline, to reviewers when a submission or a dispute waits for them, to the chair when a
 * ranking does. Each person gets one message listing what is new for them; each item is recorded
 * under a unique key in the same transaction as the sending, so it goes out once.
 */
@Injectable()
export class ReminderService {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectRepository(Reminder) private readonly reminders: Repository<Reminder>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    private readonly mail: MailService,
    private readonly submissions: SubmissionService,
    private readonly cycles: CycleService,
    private readonly users: UserService,
    private readonly units: UnitService,
  ) {}

  list(): Promise<Reminder[]> {
    return this.reminders.find({ order: { id: 'DESC' }, take: 500 });
  }

  async run(now: Date): Promise<{ messages: number; items: number }> {
    const due = await this.due(now);
    const sent = new Set((await this.reminders.find({ select: { key: true } })).map((r) => r.key));
    const byUser = new Map<number, Due[]>();
    for (const d of due.filter((d) => !sent.has(d.key))) byUser.set(d.user.id, [...(byUser.get(d.user.id) ?? []), d]);
    let messages = 0;
    let items = 0;
    for (const list of byUser.values()) {
      const user = list[0].user;
      const subject = `[DTI] ${list.length} việc cần xử lý trên hệ thống đánh giá chuyển đổi số`;
      try {
        await this.dataSource.transaction(async (em) => {
          // Recorded first, sent last: if sending fails nothing is recorded and the next run retries;
          // if another instance recorded the same item first, the unique key stops this one.
          // In slices, not read back: a reviewer can have a thousand items, past what one statement takes.
          const rows = list.map((d) => ({ key: d.key, kind: d.kind, userId: user.id, email: user.email!, subject, entityType: d.entityType, entityId: d.entityId }));
          for (let i = 0; i < rows.length; i += 200) await em.createQueryBuilder().insert().into(Reminder).values(rows.slice(i, i + 200)).updateEntity(false).execute();
          await this.mail.send({ to: user.email!, subject, text: `Kính gửi ${user.fullName},\n\n${list.map((d) => `- ${d.line}`).join('\n')}\n\nHệ thống đánh giá chỉ số chuyển đổi số (DTI).` });
        });
        messages++;
        items += list.length;
      } catch (error) {
        this.logger.warn(`Không gửi được nhắc việc cho ${user.username}: ${(error as Error).message}`);
      }
    }
    return { messages, items };
  }

  private async due(now: Date): Promise<Due[]> {
    const people = (await this.users.list()).filter((u) => u.isActive && u.email);
    const units = new Map((await this.units.list({ includeInactive: true })).map((u) => [u.id, u]));
    const name = (unitId: number) => units.get(unitId)?.name ?? `đơn vị ${unitId}`;
    const soon = now.getTime() + this.app.mail.daysBefore * DAY;
    const out: Due[] = [];
    const add = (kind: string, subject: string, user: User, line: string, entityType: string, entityId: number) =>
      out.push({ key: `${kind}:${subject}:user:${user.id}`, kind, user, line, entityType, entityId: String(entityId) });
    const cycles = await this.cycles.list();
    // A published year asks nothing more of anyone.
    const published = new Set(cycles.filter((c) => c.status === 'published').map((c) => c.id));
    const cyclesById = new Map(cycles.map((c) => [c.id, c]));
    for (const s of (await this.submissions.forReminders(now, new Date(soon))).filter((x) => !published.has(x.cycleId))) {
      const context = s.state.context as SubmissionContext;
      const deadline = context.deadlines.dataEntry;
      const title = `hồ sơ ${s.id} (${name(s.unitId)}, kỳ ${s.period})`;
      const tags = tagsOf(submissionMachine, s.state);
      if (tags.includes('openForEntry') && Date.parse(deadline) > now.getTime() && Date.parse(deadline) <= soon) {
        const when = new Date(deadline).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
        if (!unitPartComplete(s)) {
          for (const u of people.filter((p) => p.unitId === s.unitId && (p.role === Role.UNIT_OFFICER || p.role === Role.UNIT_HEAD))) {
            add('DATA_ENTRY_DUE', `submission:${s.id}:${deadline}`, u, `${title}: phần của đơn vị chưa hoàn thành, hạn nhập liệu ${when}`, 'submission', s.id);
          }
        }
        for (const agency of (context.agencies ?? []).filter((a) => !(context.agenciesDone ?? []).includes(a))) {
          for (const u of people.filter((p) => p.unitId === agency && p.role === Role.SOURCE_AGENCY)) {
            add('AGENCY_PART_DUE', `submission:${s.id}:${deadline}`, u, `${title}: số liệu ${name(agency)} cung cấp chưa hoàn thành, hạn ${when}`, 'submission', s.id);
          }
        }
      }
      // The designated reviewer where there is one; otherwise every reviewer outside the unit.
      const reviewers = people.filter((p) => p.role === Role.REVIEWER && p.unitId !== s.unitId && (context.designatedReviewerId === null || p.id === context.designatedReviewerId));
      if (tags.includes('waitsForReviewer')) {
        const kind = tags.includes('disputeOpen') ? 'AWAITING_RESOLUTION' : 'AWAITING_VERIFICATION';
        const line = kind === 'AWAITING_VERIFICATION' ? `${title} đã nộp, chờ thẩm định` : `${title} có khiếu nại chờ giải quyết`;
        for (const u of reviewers) add(kind, `submission:${s.id}`, u, line, 'submission', s.id);
      }
      // The cycle's verification and dispute-resolution deadlines (Điều 7), a few days before they pass.
      const dates = cyclesById.get(s.cycleId)?.deadlines[s.period];
      for (const [tag, kind, deadline, what] of [
        ['awaitsVerification', 'VERIFICATION_DUE', dates?.verification, 'hạn thẩm định'],
        ['awaitsResolution', 'RESOLUTION_DUE', dates?.disputeResolution, 'hạn giải quyết kiến nghị'],
      ] as const) {
        if (!tags.includes(tag) || !deadline || Date.parse(deadline) <= now.getTime() || Date.parse(deadline) > soon) continue;
        const when = new Date(deadline).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
        for (const u of reviewers) add(kind, `submission:${s.id}:${deadline}`, u, `${title}: ${what} ${when}`, 'submission', s.id);
      }
    }
    for (const cycle of cycles.filter((c) => c.status === 'awaitingApproval')) {
      for (const u of people.filter((p) => p.role === Role.CHAIR)) {
        add('AWAITING_APPROVAL', `cycle:${cycle.id}:v${cycle.version}`, u, `${cycle.name}: kết quả xếp hạng chờ Chủ tịch phê duyệt`, 'cycle', cycle.id);
      }
    }
    return out;
  }
}
