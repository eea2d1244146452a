import { useSyncExternalStore } from 'react';
import { session, type SessionUser } from './session';

let cached: { raw: string | null; user: SessionUser | null } = { raw: null, user: null };

/** The signed-in person, re-rendering on sign-in and sign-out. */
export function useSessionUser(): SessionUser | null {
  return useSyncExternalStore(session.subscribe, () => {
    const raw = sessionStorage.getItem('dti.session');
    if (raw !== cached.raw) cached = { raw, user: session.user() };
    return cached.user;
  });
}
