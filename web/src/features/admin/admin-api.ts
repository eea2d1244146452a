import { App } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../components/error-alert';
import { api, as, unwrap } from '../../lib/api';
import type { Role } from '../../lib/session';

export interface User {
  id: number;
  username: string;
  fullName: string;
  email: string | null;
  role: Role;
  unitId: number;
  isActive: boolean;
  /** Set after repeated wrong passwords; the admin may lift it early. */
  lockedUntil: string | null;
}

export interface Unit {
  id: number;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  isSourceAgency: boolean;
  isReviewingAgency: boolean;
  isActive: boolean;
}

export interface FrameworkSummary {
  id: number;
  code: string;
  version: number;
  name: string;
  unitKind: string;
  maxPoints: number;
  isFrozen: boolean;
  importedAt: string;
}

// Always asked again when a tab opens: a lock or a deactivation may have happened a moment ago.
export const useUsers = () => useQuery({ queryKey: ['users'], staleTime: 0, queryFn: async () => as<User[]>(await unwrap(api.GET('/api/users'))) });

/** Every unit, the deactivated ones too: the admin reactivates them, and old records name them. */
export const useAllUnits = () =>
  useQuery({ queryKey: ['units', 'all'], queryFn: async () => as<Unit[]>(await unwrap(api.GET('/api/units', { params: { query: { includeInactive: true } } }))) });

export const useFrameworks = () => useQuery({ queryKey: ['frameworks'], queryFn: async () => as<FrameworkSummary[]>(await unwrap(api.GET('/api/frameworks'))) });

/**
 * One way for every admin action: run it, say what was done, refresh what it touched. A refusal
 * shows the server's Vietnamese message and rejects, so a form stays open with what was typed.
 */
export function useAdminAction(touches: string[][]) {
  const { message } = App.useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ run, done }: { run: () => Promise<unknown>; done: string | ((result: never) => string) }) => {
      const result = await run();
      return typeof done === 'function' ? done(result as never) : done;
    },
    onSuccess: (done) => {
      message.success(done);
      for (const key of touches) client.invalidateQueries({ queryKey: key });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
}
