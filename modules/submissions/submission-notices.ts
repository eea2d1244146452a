import { Role } from '../../src/access/role.enum.js';
import type { SubmissionContext } from '../../workflows/submission.machine.js';
import type { Message, Recipients } from '../notifications/notification.service.js';
import { reportingPeriod } from '../scoring/engine/periods.js';

const STAFF = [Role.UNIT_OFFICER, Role.UNIT_HEAD];

export interface NoticeFacts {
  submissionId: number;
  unitId: number;
  unitName: string;
  period: string;
  cycleName: string;
  context: SubmissionContext;
  indicators: string[];
  reason: string;
  /** The unit that holds the reviewing duty now (Unit.isReviewingAgency), if any. */
  reviewingUnitId: number | null;
  /** The agency that made the move (its part sent, reopened or resent). */
  agencyId?: number;
  /** A dispute thread: the agencies that report or assess its indicator. */
  threadAgencies?: number[];
}

/**
 * Who is told of each move on a submission (docs/notifications.md is this table in words). Every
 * event of the statechart has a line, an empty one where nobody needs to hear of it; the spec
 * beside this file walks the machine's events so that a new event cannot be forgotten here.
 */
export type Audience = 'UNIT_STAFF' | 'UNIT_HEADS' | 'REVIEWERS' | 'AWAITED' | 'THREAD_AGENCIES' | 'CHAIR';
export const WHO_IS_TOLD: Record<string, Audience[]> = {
  UNIT_PART_COMPLETE: ['UNIT_HEADS'],
  UNIT_PART_INCOMPLETE: [],
  AGENCY_PART_COMPLETE: ['UNIT_STAFF'],
  AGENCY_PART_INCOMPLETE: ['UNIT_STAFF'],
  SUBMIT: ['REVIEWERS'],
  WITHDRAW: ['REVIEWERS'],
  CLOSE_UNSUBMITTED: ['UNIT_STAFF'],
  START_VERIFICATION: ['UNIT_STAFF'],
  RETURN: ['AWAITED'],
  RESUBMIT: ['REVIEWERS'],
  AGENCY_RESUBMIT: ['UNIT_STAFF', 'REVIEWERS'],
  RECORD_VERIFICATION: [],
  VERIFY: ['UNIT_STAFF'],
  DISPUTE: ['REVIEWERS'],
  ACCEPT: ['UNIT_STAFF'],
  DISPUTE_WINDOW_CLOSED: ['UNIT_STAFF'],
  DISPUTE_MESSAGE: ['UNIT_STAFF', 'REVIEWERS', 'THREAD_AGENCIES'],
  RECORD_RESOLUTION: [],
  RESOLVE_DISPUTE: ['UNIT_STAFF'],
  FINALIZE: ['UNIT_STAFF'],
  REOPEN_FOR_CORRECTION: ['UNIT_STAFF'],
  CORRECTION_DONE: ['UNIT_STAFF', 'CHAIR'],
};

/**
 * The reviewers of a report: the one the admin designated, or the reviewing unit's reviewers,
 * never the submitting unit's own people (the reviewing agency's own report is someone else's).
 */
export function reviewersOf(unitId: number, designatedReviewerId: number | null, reviewingUnitId: number | null): Recipients {
  if (designatedReviewerId) return { userIds: [designatedReviewerId] };
  if (reviewingUnitId && reviewingUnitId !== unitId) return { units: [{ unitId: reviewingUnitId, roles: [Role.REVIEWER] }] };
  return { roles: [Role.REVIEWER], exceptUnits: [unitId] };
}

function audience(a: Audience, f: NoticeFacts): Recipients[] {
  switch (a) {
    case 'UNIT_STAFF':
      return [{ units: [{ unitId: f.unitId, roles: STAFF }] }];
    case 'UNIT_HEADS':
      return [{ units: [{ unitId: f.unitId, roles: [Role.UNIT_HEAD] }] }];
    case 'REVIEWERS':
      return [reviewersOf(f.unitId, f.context.designatedReviewerId, f.reviewingUnitId)];
    case 'AWAITED': {
      const r = f.context.returned;
      return [{ units: [...(r?.unitAwaited !== false ? [{ unitId: f.unitId, roles: STAFF }] : []), ...(r?.awaiting ?? []).map((unitId) => ({ unitId, roles: [Role.SOURCE_AGENCY] }))] }];
    }
    case 'THREAD_AGENCIES':
      return [{ units: (f.threadAgencies ?? []).map((unitId) => ({ unitId, roles: [Role.SOURCE_AGENCY] })) }];
    case 'CHAIR':
      return [{ roles: [Role.CHAIR] }];
  }
}

/** What each notice says: the party that must act next reads what to do. */
function messageOf(type: string, f: NoticeFacts): { title: string; body: string } | null {
  const where = `${f.cycleName}, ${f.unitName}, kỳ ${reportingPeriod(f.period).label}`;
  const items = f.indicators.length ? ` (chỉ số ${f.indicators.join(', ')})` : '';
  const when = (iso: string | null) => new Date(iso ?? '').toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
  const texts: Record<string, () => { title: string; body: string }> = {
    UNIT_PART_COMPLETE: () => ({ title: `Phần của đơn vị đã hoàn thành: ${where}`, body: 'Cán bộ đã xác nhận hoàn thành phần nhập liệu; lãnh đạo đơn vị có thể gửi tự đánh giá.' }),
    AGENCY_PART_COMPLETE: () => ({ title: `Cơ quan đầu mối đã gửi phần số liệu: ${where}`, body: 'Một cơ quan đầu mối đã xác nhận hoàn thành phần số liệu của mình.' }),
    AGENCY_PART_INCOMPLETE: () => ({ title: `Cơ quan đầu mối mở lại phần số liệu: ${where}`, body: 'Đơn vị chỉ gửi được tự đánh giá khi cơ quan gửi lại phần của mình.' }),
    SUBMIT: () => ({ title: `Hồ sơ đã nộp, chờ thẩm định: ${where}`, body: 'Đơn vị đã gửi tự đánh giá.' }),
    WITHDRAW: () => ({ title: `Đơn vị rút hồ sơ về để sửa: ${where}`, body: `Hồ sơ trở lại trạng thái nhập liệu${f.reason ? `. Lý do: ${f.reason}` : ''}.` }),
    CLOSE_UNSUBMITTED: () => ({ title: `Hồ sơ không nộp đã được đóng: ${where}`, body: `Lý do: ${f.reason}. Các chỉ số chưa có số liệu được 0 điểm (Điều 5c).` }),
    START_VERIFICATION: () => ({ title: `Bắt đầu thẩm định: ${where}`, body: 'Cơ quan thẩm định đã bắt đầu thẩm định hồ sơ.' }),
    RETURN: () => ({ title: `Hồ sơ bị trả lại để bổ sung: ${where}`, body: `Thẩm định trả lại${items}. Lý do: ${f.reason}` }),
    RESUBMIT: () => ({ title: `Đơn vị gửi lại hồ sơ đã bổ sung: ${where}`, body: 'Đơn vị đã bổ sung các chỉ số bị trả lại.' }),
    AGENCY_RESUBMIT: () => ({ title: `Cơ quan gửi lại số liệu đã bổ sung: ${where}`, body: 'Cơ quan đầu mối đã bổ sung các chỉ số bị trả lại.' }),
    VERIFY: () => ({ title: `Đã có kết quả thẩm định: ${where}`, body: `Đơn vị có thể đồng ý hoặc gửi giải trình, kiến nghị trước ${when(f.context.deadlines.disputeWindow)}.` }),
    DISPUTE: () => ({ title: `Đơn vị gửi giải trình, kiến nghị: ${where}`, body: `Kiến nghị${items}: ${f.reason}` }),
    DISPUTE_MESSAGE: () => ({ title: `Trao đổi mới về kiến nghị${items}: ${where}`, body: f.reason.slice(0, 500) }),
    RESOLVE_DISPUTE: () => ({ title: `Đã giải quyết giải trình, kiến nghị: ${where}`, body: 'Xem kết quả giải quyết từng chỉ số trong hồ sơ.' }),
    ACCEPT: () => ({ title: `Hồ sơ đã hoàn thành: ${where}`, body: 'Kết quả của kỳ này đã được chốt.' }),
    FINALIZE: () => ({ title: `Hồ sơ đã hoàn thành: ${where}`, body: 'Kết quả của kỳ này đã được chốt.' }),
    DISPUTE_WINDOW_CLOSED: () => ({ title: `Hồ sơ đã hoàn thành: ${where}`, body: 'Hết thời hạn giải trình, kiến nghị: kết quả thẩm định của kỳ này đã được chốt.' }),
    REOPEN_FOR_CORRECTION: () => ({ title: `Kết quả đã công bố được mở lại để đính chính: ${where}`, body: `Căn cứ: ${f.reason}` }),
    CORRECTION_DONE: () => ({ title: `Đã đính chính kết quả, chờ công bố đính chính: ${where}`, body: 'Cơ quan thẩm định đã sửa điểm thẩm định; kết quả công bố thay đổi khi Chủ tịch công bố đính chính.' }),
  };
  return texts[type]?.() ?? null;
}

/**
 * Who is told of a move on a submission (one notice, everyone once), and what they read. Pure; the submission service (and
 * the dispute service, for a thread) writes them with the move.
 */
export function noticeFor(type: string, f: NoticeFacts): { to: Recipients[]; message: Message } | null {
  const text = messageOf(type, f);
  const who = WHO_IS_TOLD[type] ?? [];
  if (!text || !who.length) return null;
  return { to: who.flatMap((a) => audience(a, f)), message: { ...text, link: `/submissions/${f.submissionId}`, entityType: 'submission', entityId: f.submissionId, kind: `SUBMISSION.${type}` } };
}
