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
  /** The user's token version when the token was issued (User.tokenVersion). */
  ver: number;
  /** Set by the signer; a token without it is refused. */
  exp?: number;
}
