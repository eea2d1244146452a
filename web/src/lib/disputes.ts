import { useQuery } from '@tanstack/react-query';
import { api, as, unwrap } from './api';
import type { Role } from './session';

/** One disputed indicator: the unit's explanation, its thread, and the outcome (shared by the unit's and the reviewer's screens). */
export interface DisputeItem {
  indicatorCode: string;
  explanation: string;
  outcome: 'OPEN' | 'UPHELD' | 'REJECTED';
  finalPoints: number | null;
  resolutionReason: string | null;
  messages: { id: number; authorRole: Role; body: string; createdAt: string }[];
}

export const useDisputes = (submissionId: number) =>
  useQuery({
    queryKey: ['submission', submissionId, 'disputes'],
    queryFn: async () => as<DisputeItem[]>(await unwrap(api.GET('/api/submissions/{id}/disputes', { params: { path: { id: submissionId } } }))),
  });
