import { useQuery } from '@tanstack/react-query';
import { api, as, unwrap } from '../../lib/api';

export interface MainScore {
  code: string;
  name: string;
  points: number;
  maxPoints: number;
}

export interface RankingRow {
  rank: number;
  unitCode: string;
  unitName: string;
  total: number;
  mains: MainScore[];
  notSubmitted: { period: string; reason: string }[];
}

export interface PublishedYear {
  year: number;
  unitKinds: string[];
  cycles: { name: string; unitKinds: string[]; versions: { version: number; publishedAt: string; reason: string | null }[] }[];
}

export interface UnitProfile {
  year: number;
  version: number;
  unitKind: string;
  unit: { code: string; name: string };
  rank: number;
  of: number;
  total: number;
  notSubmitted: { period: string; reason: string }[];
  previous: { year: number; rank: number; total: number } | null;
  mains: (MainScore & { average: number; previous: number | null })[];
}

export const usePublishedYears = () =>
  useQuery({ queryKey: ['public', 'years'], queryFn: async () => as<PublishedYear[]>(await unwrap(api.GET('/api/public/results'))) });

export const usePublicRanking = (year: number | undefined, unitKind: string | undefined) =>
  useQuery({
    queryKey: ['public', 'ranking', year, unitKind],
    enabled: !!year && !!unitKind,
    queryFn: async () =>
      as<{ year: number; name: string; version: number; publishedAt: string; ranking: RankingRow[] }>(
        await unwrap(api.GET('/api/public/results/{year}/ranking', { params: { path: { year: year! }, query: { unitKind: unitKind as 'DEPARTMENT' | 'DISTRICT' | 'COMMUNE' } } })),
      ),
  });

export const usePublicProfile = (year: number, unitCode: string) =>
  useQuery({
    queryKey: ['public', 'profile', year, unitCode],
    queryFn: async () => as<UnitProfile>(await unwrap(api.GET('/api/public/results/{year}/units/{unitCode}', { params: { path: { year, unitCode } } }))),
  });
