import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { DomainException } from '../../src/errors/domain.exception.js';
import { AuthErrors } from './auth.errors.js';

/** Passport answers a body without credentials by itself; this makes it the same answer as a wrong password. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  handleRequest<T>(err: unknown, user: T): T {
    if (err instanceof DomainException) throw err;
    if (err || !user) throw new DomainException(AuthErrors.INVALID_CREDENTIALS);
    return user;
  }
}
