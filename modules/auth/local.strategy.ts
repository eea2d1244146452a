import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { AuthService } from './auth.service.js';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true });
  }

  /**
   * The address goes into the audit entry of a failed sign-in. A client that hangs up (a
   * refresh, a closed tab, a timed-out load balancer) stops its password check: under a burst the
   * thread pool works for those still waiting.
   */
  validate(req: Request, username: string, password: string): Promise<AuthenticatedUser> {
    const gone = new AbortController();
    const res = req.res;
    const onClose = () => {
      if (!res?.writableFinished) gone.abort();
    };
    res?.once('close', onClose);
    return this.auth.validateCredentials(username, password, req.ip ?? null, gone.signal).finally(() => res?.off('close', onClose));
  }
}
