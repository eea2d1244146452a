import { useSyncExternalStore } from 'react';
import { session, type SessionUser } from './session';

let cached: { key: string; user: SessionUser | null } = { key: 'null', user: null };

/** The signed-in person, re-rendering on sign-in and sign-out (not when the tokens are renewed). */
export function useSessionUser(): SessionUser | null {
  return useSyncExternalStore(session.subscribe, () => {
    const user = session.user();
    const key = JSON.stringify(user);
    if (key !== cached.key) cached = { key, user };
    return cached.user;
  });
}
