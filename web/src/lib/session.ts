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

function read(): { token: string; user: SessionUser } | null {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
}

export const session = {
  token: () => read()?.token ?? null,
  user: () => read()?.user ?? null,
  start(token: string, user: SessionUser) {
    sessionStorage.setItem(KEY, JSON.stringify({ token, user }));
    listeners.forEach((l) => l());
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
