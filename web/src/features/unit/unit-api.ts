import { useQuery } from '@tanstack/react-query';
import { api, as, unwrap } from '../../lib/api';

export { useMyPart, type MyPart } from '../../lib/submissions';

export interface Standing {
  period: string | null;
  periodLabel: string;
  provisional: boolean;
  notice: string;
  unit: { code: string; name: string };
  total: number;
  rank: number;
  of: number;
  average: number;
  highest: number;
  maxPoints: number;
}

export const useUnit = (id: number) =>
  useQuery({ queryKey: ['unit', id], staleTime: Infinity, queryFn: async () => as<{ id: number; code: string; name: string; kind: string }>(await unwrap(api.GET('/api/units/{id}', { params: { path: { id } } }))) });

export const useStanding = (cycleId: number | undefined, period?: string) =>
  useQuery({
    queryKey: ['standing', cycleId, period],
    enabled: !!cycleId,
    queryFn: async () => as<Standing>(await unwrap(api.GET('/api/cycles/{id}/my-standing', { params: { path: { id: cycleId! }, query: { period: period as 'Q1' | 'H1' | 'Q3' | 'YEAR' | undefined } } }))),
  });
