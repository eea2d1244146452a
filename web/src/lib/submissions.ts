import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Framework, IndicatorDef } from '../../../modules/scoring/engine/framework.types';
import { api, as, unwrap } from './api';
import type { components } from './api-schema';
import type { AllowedMove } from './moves';

/** What several roles' screens read of a submission and a cycle, typed from the OpenAPI document: shared so no feature imports another. */
export type Submission = components['schemas']['SubmissionView'];
export type Cycle = components['schemas']['CycleView'];

export interface IndicatorScore {
  code: string;
  name?: string;
  points: number | null;
  maxPoints: number;
  status: string;
  trace: string;
  children?: IndicatorScore[];
}

export interface Score {
  total: number;
  pending: number;
  periodMax: number;
  indicators: IndicatorScore[];
}

export interface VerificationRow {
  code: string;
  maxPoints: number;
  /** What the unit entered (its own variables and the agencies' where they report). */
  values: Record<string, unknown>;
  notApplicable: string | null;
  self: IndicatorScore;
  verified: { verifiedPoints: number | null; accepted: boolean; reason: string | null } | null;
  final: number | null;
}

export const useCycles = () => useQuery({ queryKey: ['cycles'], queryFn: () => unwrap(api.GET('/api/cycles')) });

export const useSubmission = (id: number) => useQuery({ queryKey: ['submission', id], queryFn: () => unwrap(api.GET('/api/submissions/{id}', { params: { path: { id } } })) });

export const useScore = (id: number) =>
  useQuery({ queryKey: ['submission', id, 'score'], queryFn: async () => as<Score>(await unwrap(api.GET('/api/submissions/{id}/score', { params: { path: { id } } }))) });

export const useVerification = (id: number) =>
  useQuery({
    queryKey: ['submission', id, 'verification'],
    queryFn: async () => as<{ status: string; indicators: VerificationRow[] }>(await unwrap(api.GET('/api/submissions/{id}/verification', { params: { path: { id } } }))),
  });

export const useFramework = (code: string | undefined, version: number | undefined) =>
  useQuery({
    queryKey: ['framework', code, version],
    enabled: !!code,
    staleTime: Infinity,
    queryFn: async () => as<{ definition: Framework }>(await unwrap(api.GET('/api/frameworks/{code}', { params: { path: { code: code! }, query: { version } } }))).definition,
  });

/** A move through the statechart (`POST /api/submissions/:id/events`); every view of the submission refreshes. */
export function useSubmissionEvent(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { type: string; reason?: string; indicators?: string[] }) => unwrap(api.POST('/api/submissions/{id}/events', { params: { path: { id } }, body: body as never })),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['submission', id] });
      client.invalidateQueries({ queryKey: ['my-part'] });
      client.invalidateQueries({ queryKey: ['agency-grid'] });
    },
  });
}

/** The framework's leaves in order, each with its main indicator: the rows of every indicator table. */
export function leavesOf(framework: Framework): { main: IndicatorDef; def: IndicatorDef }[] {
  const out: { main: IndicatorDef; def: IndicatorDef }[] = [];
  const walk = (main: IndicatorDef, defs: IndicatorDef[]) => defs.forEach((d) => (d.children ? walk(main, d.children) : out.push({ main, def: d })));
  framework.indicators.forEach((m) => walk(m, m.children ?? [m]));
  return out;
}

export function findIndicator(scores: IndicatorScore[], code: string): IndicatorScore | undefined {
  for (const s of scores) {
    if (s.code === code) return s;
    const inner = s.children && findIndicator(s.children, code);
    if (inner) return inner;
  }
  return undefined;
}

/** One's own part of a cycle, per submission: a source agency across every unit it supplies, unit staff for their unit. */
export interface MyPart {
  submissionId: number;
  unit: { id: number; code: string; name: string };
  period: string;
  status: string;
  partDone: boolean;
  missing: number;
  indicators: { code: string; name: string; variables: { key: string; label: string; type: string; value: unknown }[]; notApplicable: string | null; mayDeclareNotApplicable: boolean }[];
  /** What this person may do on the report from the list (send, reopen, resend their part). */
  allowed: AllowedMove[];
  /** What the report's state means (open for entry, result sent…), as the statechart's tags say. */
  tags: string[];
}

/** A move on any submission from a list (its id given per call); every list and view refreshes. */
export function useMoveOn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, type, reason }: { id: number; type: string; reason?: string }) => unwrap(api.POST('/api/submissions/{id}/events', { params: { path: { id } }, body: { type, reason } as never })),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['submission'] });
      client.invalidateQueries({ queryKey: ['my-part'] });
      client.invalidateQueries({ queryKey: ['agency-grid'] });
      client.invalidateQueries({ queryKey: ['suppliers'] });
    },
  });
}

export const useMyPart = (cycleId: number | undefined) =>
  useQuery({
    queryKey: ['my-part', cycleId],
    enabled: !!cycleId,
    queryFn: async () => as<MyPart[]>(await unwrap(api.GET('/api/cycles/{cycleId}/my-part', { params: { path: { cycleId: cycleId! } } }))),
  });

/** Who still owes which items of a submission (GET /api/submissions/{id}/suppliers). */
export interface SupplierProgress {
  submissionId: number;
  unitId: number;
  status: string;
  dataEntryDue: string;
  parties: { party: string; unitId: number | null; name: string | null; items: { code: string; name: string; missing: string[]; entered: number; evidenceMissing: boolean }[]; missing: number; evidenceMissing: number; done: boolean; awaited: boolean; lastRemindedAt: string | null }[];
}

export const useSupplierProgress = (id: number) =>
  useQuery({ queryKey: ['suppliers', id], queryFn: async () => as<SupplierProgress>(await unwrap(api.GET('/api/submissions/{id}/suppliers', { params: { path: { id } } }))) });
