/** The signed-in person, kept for the browser tab's life (sessionStorage): a shared office computer forgets it. */
export interface SessionUser {
  id: number;
  username: string;
  role: Role;
  unitId: number;
  fullName: string;
}

export type Role = 'ADMIN' | 'UNIT_OFFICER' | 'UNIT_HEAD' | 'SOURCE_AGENCY' | 'REVIEWER' | 'CHAIR';

const KEY = 'dti.session';
const listeners = new Set<() => void>();

/** What the API hands out at sign-in and on every refresh. */
export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** Seconds the access token lives. */
  expiresIn: number;
}

interface Stored {
  token: string;
  refreshToken: string;
  /** When the access token runs out, by this browser's clock (immune to a skewed clock). */
  expiresAt: number;
  user: SessionUser;
}

const stored = (tokens: SessionTokens, user: SessionUser): Stored => ({ token: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: Date.now() + tokens.expiresIn * 1000, user });

function read(): Stored | null {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
}

export const session = {
  token: () => read()?.token ?? null,
  user: () => read()?.user ?? null,
  /** The refresh token and whether the access token runs out within `marginMs`. */
  renewal(marginMs: number): { refreshToken: string; due: boolean } | null {
    const s = read();
    return s ? { refreshToken: s.refreshToken, due: s.expiresAt - Date.now() < marginMs } : null;
  },
  start(tokens: SessionTokens, user: SessionUser) {
    sessionStorage.setItem(KEY, JSON.stringify(stored(tokens, user)));
    listeners.forEach((l) => l());
  },
  /** New tokens for the same person: nothing on screen changes, so nobody is told. */
  renew(tokens: SessionTokens) {
    const s = read();
    if (s) sessionStorage.setItem(KEY, JSON.stringify(stored(tokens, s.user)));
  },
  end() {
    sessionStorage.removeItem(KEY);
    listeners.forEach((l) => l());
  },
  expire() {
    sessionStorage.removeItem(KEY);
    sessionStorage.setItem('dti.expired', '1');
    listeners.forEach((l) => l());
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Quản trị hệ thống',
  UNIT_OFFICER: 'Cán bộ đơn vị',
  UNIT_HEAD: 'Lãnh đạo đơn vị',
  SOURCE_AGENCY: 'Cơ quan đầu mối',
  REVIEWER: 'Cơ quan thẩm định',
  CHAIR: 'Chủ tịch UBND tỉnh',
};

/** Where each role starts after signing in. */
export const HOME: Record<Role, string> = {
  UNIT_OFFICER: '/app/don-vi',
  UNIT_HEAD: '/app/don-vi',
  SOURCE_AGENCY: '/app/dau-moi',
  REVIEWER: '/app/tham-dinh',
  CHAIR: '/app/phe-duyet',
  ADMIN: '/app/quan-tri',
};
