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
}

/**
 * Who is told of a move on a submission, and what they read: the party that must act next, or
 * that would want to know. Pure; the submission service writes them with the move.
 */
export function noticesFor(type: string, f: NoticeFacts): { to: Recipients; message: Message }[] {
  const where = `${f.cycleName}, ${f.unitName}, kỳ ${reportingPeriod(f.period).label}`;
  const items = f.indicators.length ? ` (chỉ số ${f.indicators.join(', ')})` : '';
  const base = { link: `/submissions/${f.submissionId}`, entityType: 'submission', entityId: f.submissionId, kind: `SUBMISSION.${type}` };
  const unit = { units: [{ unitId: f.unitId, roles: STAFF }] };
  // Any reviewer outside the unit, or the one designated for it.
  const reviewers: Recipients = f.context.designatedReviewerId ? { userIds: [f.context.designatedReviewerId] } : { roles: [Role.REVIEWER] };
  switch (type) {
    case 'RETURN': {
      const returned = f.context.returned;
      const to: Recipients = {
        units: [...(returned?.unitAwaited !== false ? [{ unitId: f.unitId, roles: STAFF }] : []), ...(returned?.awaiting ?? []).map((unitId) => ({ unitId, roles: [Role.SOURCE_AGENCY] }))],
      };
      return [{ to, message: { ...base, title: `Hồ sơ bị trả lại để bổ sung: ${where}`, body: `Thẩm định trả lại${items}. Lý do: ${f.reason}` } }];
    }
    case 'VERIFY':
      return [{ to: unit, message: { ...base, title: `Đã có kết quả thẩm định: ${where}`, body: `Đơn vị có thể đồng ý hoặc gửi giải trình, kiến nghị trước ${new Date(f.context.deadlines.disputeWindow ?? '').toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}.` } }];
    case 'DISPUTE':
      return [{ to: reviewers, message: { ...base, title: `Đơn vị gửi giải trình, kiến nghị: ${where}`, body: `Kiến nghị${items}: ${f.reason}` } }];
    case 'RESOLVE_DISPUTE':
      return [{ to: unit, message: { ...base, title: `Đã giải quyết giải trình, kiến nghị: ${where}`, body: 'Xem kết quả giải quyết từng chỉ số trong hồ sơ.' } }];
    case 'CLOSE_UNSUBMITTED':
      return [{ to: unit, message: { ...base, title: `Hồ sơ không nộp đã được đóng: ${where}`, body: `Lý do: ${f.reason}. Các chỉ số chưa có số liệu được 0 điểm (Điều 5c).` } }];
    case 'FINALIZE':
    case 'ACCEPT':
      return [{ to: unit, message: { ...base, title: `Hồ sơ đã hoàn thành: ${where}`, body: 'Kết quả của kỳ này đã được chốt.' } }];
    case 'DISPUTE_WINDOW_CLOSED':
      return [{ to: unit, message: { ...base, title: `Hồ sơ đã hoàn thành: ${where}`, body: 'Hết thời hạn giải trình, kiến nghị: kết quả thẩm định của kỳ này đã được chốt.' } }];
    default:
      return [];
  }
}
