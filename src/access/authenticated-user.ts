import { Role } from './role.enum.js';

/** What a verified JWT resolves to on every request (`req.user`). */
export interface AuthenticatedUser {
  id: number;
  username: string;
  role: Role;
  unitId: number;
}

export interface JwtPayload {
  sub: number;
  username: string;
  role: Role;
  unitId: number;
}
