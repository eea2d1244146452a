import dayjs from 'dayjs';
import 'dayjs/locale/vi';

// Ant Design's date pickers speak Vietnamese.
dayjs.locale('vi');

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 1.234,5 — the Vietnamese way. */
export const formatPoints = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : number.format(value));

// Deadlines are instants; people read them in Việt Nam's time whatever their computer's zone.
const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const pick = (iso: string) => Object.fromEntries(parts.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));

/** dd/MM/yyyy HH:mm in Việt Nam's time. */
export const formatDateTime = (iso: string | null | undefined): string => {
  if (!iso) return '—';
  const p = pick(iso);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
};

export const formatDate = (iso: string | null | undefined): string => (iso ? formatDateTime(iso).slice(0, 10) : '—');

/** Whole days from now to the instant (negative once passed). */
export const daysLeft = (iso: string): number => Math.ceil((Date.parse(iso) - Date.now()) / 86_400_000);

// One vocabulary with the server: the labels its refusals and exports use.
export { EVENT_LABELS, STATUS_LABELS } from '../../../modules/submissions/submission-labels';
import { REPORTING_PERIODS } from '../../../modules/scoring/engine/periods';

export const PERIOD_LABELS: Record<string, string> = Object.fromEntries(REPORTING_PERIODS.map((p) => [p.code, p.label]));

export const STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'blue',
  underVerification: 'processing',
  returned: 'orange',
  verified: 'cyan',
  disputed: 'red',
  disputeResolved: 'purple',
  final: 'green',
};

export const UNIT_KIND_LABELS: Record<string, string> = {
  DEPARTMENT: 'Sở, ban, ngành',
  DISTRICT: 'Huyện, thành phố',
  COMMUNE: 'Xã, phường, thị trấn',
  PROVINCE: 'Tỉnh',
  SOURCE_AGENCY: 'Cơ quan cung cấp số liệu',
  REVIEWING_AGENCY: 'Cơ quan thẩm định',
  COMMITTEE: 'Hội đồng, UBND tỉnh',
};

export const CYCLE_STATUS_LABELS: Record<string, string> = {
  collecting: 'Đang đánh giá',
  consolidated: 'Đã tổng hợp',
  awaitingApproval: 'Chờ Chủ tịch phê duyệt',
  approved: 'Đã phê duyệt, chờ công bố',
  published: 'Đã công bố',
};

/** The Việt Nam calendar day of an instant, as a date picker's value (whatever the computer's zone). */
export const vnDay = (iso: string): dayjs.Dayjs => dayjs(new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10));

/** A picked day as an instant in Việt Nam's time: a period opens at its first second and closes at its last. */
export const vnInstant = (day: dayjs.Dayjs, edge: 'start' | 'end'): string => `${day.format('YYYY-MM-DD')}T${edge === 'start' ? '00:00:00' : '23:59:59'}+07:00`;
