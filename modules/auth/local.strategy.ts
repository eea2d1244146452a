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

  /** The address goes into the audit entry of a failed sign-in. */
  validate(req: Request, username: string, password: string): Promise<AuthenticatedUser> {
    return this.auth.validateCredentials(username, password, req.ip ?? null);
  }
}
