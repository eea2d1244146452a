import { Tag } from 'antd';

export const OVERDUE_LABELS: Record<string, string> = { VERIFICATION: 'Quá hạn thẩm định', DISPUTE_RESOLUTION: 'Quá hạn giải quyết kiến nghị' };

/** A report past the period's verification or dispute-resolution deadline, as the API says (`overdue`). */
export function OverdueTag({ overdue }: { overdue: string | null | undefined }) {
  return overdue ? <Tag color="red">{OVERDUE_LABELS[overdue] ?? overdue}</Tag> : null;
}
