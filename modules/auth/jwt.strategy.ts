import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AuthenticatedUser, JwtPayload } from '../../src/access/authenticated-user.js';
import { appConfig } from '../../src/config/app.config.js';
import { UserService } from '../users/user.service.js';
import { canSignIn } from './sign-in.rule.js';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    private readonly users: UserService,
  ) {
    // A key object made once: given the secret as a string, jsonwebtoken first tries it as a public
    // key (and fails) on every request, a third of a signed-in read's time. HS256 only, as issued.
    const key = createSecretKey(Buffer.from(app.jwtSecret)) as unknown as string;
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, algorithms: ['HS256'], ignoreExpiration: false });
  }

  /**
   * Role and unit are read again from the database rather than trusted from the token, so a
   * deactivated account, a changed role, a unit whose duty moved away, or a demo account after
   * a switch to production loses access before the token expires; a token issued before the
   * user's last sign-out, password change or reset, or role change no longer matches its version;
   * a token that never expires is not one this app issued.
   */
  async validate(payload: JwtPayload): Promise<AuthenticatedUser | null> {
    if (typeof payload.exp !== 'number' || typeof payload.ver !== 'number') return null;
    const user = await this.users.findActive(payload.sub);
    if (!user || user.tokenVersion !== payload.ver || !canSignIn(user, this.app.isDemo)) return null;
    return { id: user.id, username: user.username, role: user.role, unitId: user.unitId };
  }
}
