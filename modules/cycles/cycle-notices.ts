import { Role } from '../../src/access/role.enum.js';
import type { Recipients } from '../notifications/notification.service.js';

const STAFF = [Role.UNIT_OFFICER, Role.UNIT_HEAD];

/**
 * Who is told of each move of the cycle (docs/notifications.md). Every event of
 * workflows/cycle.machine.ts has a line; the spec beside this file walks them.
 */
export type CycleAudience = 'CHAIR' | 'REVIEWERS' | 'ADMIN' | 'CYCLE_UNITS';
export const CYCLE_WHO_IS_TOLD: Record<string, CycleAudience[]> = {
  CONSOLIDATE: [],
  SEND_TO_CHAIR: ['CHAIR'],
  SEND_BACK: ['REVIEWERS'],
  APPROVE: ['REVIEWERS', 'ADMIN'],
  // The units ranked (every one's rank may move with a correction), the chair too, and those who run the year.
  PUBLISH: ['CYCLE_UNITS', 'CHAIR', 'REVIEWERS', 'ADMIN'],
  PUBLISH_CORRECTION: ['CYCLE_UNITS', 'CHAIR', 'REVIEWERS', 'ADMIN'],
};

export interface CycleNoticeFacts {
  cycleName: string;
  reason: string | null;
  /** The unit holding the reviewing duty, if any: its reviewers; otherwise every reviewer. */
  reviewingUnitId: number | null;
  /** The units evaluated in the cycle. */
  unitIds: number[];
}

const TEXTS: Record<string, (f: CycleNoticeFacts) => { title: string; body: string }> = {
  SEND_TO_CHAIR: (f) => ({ title: `Kết quả xếp hạng chờ phê duyệt: ${f.cycleName}`, body: 'Cơ quan thẩm định đã gửi kết quả tổng hợp, xếp hạng để Chủ tịch phê duyệt.' }),
  SEND_BACK: (f) => ({ title: `Chủ tịch trả lại kết quả xếp hạng: ${f.cycleName}`, body: `Lý do: ${f.reason ?? ''}` }),
  APPROVE: (f) => ({ title: `Chủ tịch đã phê duyệt kết quả: ${f.cycleName}`, body: 'Kết quả có thể được công bố.' }),
  PUBLISH: (f) => ({ title: `Đã công bố kết quả: ${f.cycleName}`, body: 'Kết quả xếp hạng đã được công bố công khai.' }),
  PUBLISH_CORRECTION: (f) => ({ title: `Đính chính kết quả đã công bố: ${f.cycleName}`, body: `Lý do: ${f.reason ?? ''}` }),
};

function audience(a: CycleAudience, f: CycleNoticeFacts): Recipients {
  switch (a) {
    case 'CHAIR':
      return { roles: [Role.CHAIR] };
    case 'ADMIN':
      return { roles: [Role.ADMIN] };
    case 'REVIEWERS':
      return f.reviewingUnitId ? { units: [{ unitId: f.reviewingUnitId, roles: [Role.REVIEWER] }] } : { roles: [Role.REVIEWER] };
    case 'CYCLE_UNITS':
      return { units: f.unitIds.map((unitId) => ({ unitId, roles: STAFF })) };
  }
}

export function cycleNotice(type: string, f: CycleNoticeFacts): { to: Recipients[]; title: string; body: string } | null {
  const who = CYCLE_WHO_IS_TOLD[type] ?? [];
  const text = TEXTS[type];
  if (!who.length || !text) return null;
  return { to: who.map((a) => audience(a, f)), ...text(f) };
}
