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
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: app.jwtSecret, ignoreExpiration: false });
  }

  /**
   * Role and unit are read again from the database rather than trusted from the token, so a
   * deactivated account, a changed role, a unit whose duty moved away, or a demo account after
   * a switch to production loses access before the token expires.
   */
  async validate(payload: JwtPayload): Promise<AuthenticatedUser | null> {
    const user = await this.users.findActive(payload.sub);
    if (!user || !canSignIn(user, this.app.isDemo)) return null;
    return { id: user.id, username: user.username, role: user.role, unitId: user.unitId };
  }
}
