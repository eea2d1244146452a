import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { DomainException } from '../../src/errors/domain.exception.js';
import { createValidationPipe } from '../../src/errors/validation.js';
import { AuthErrors } from './auth.errors.js';
import { LoginDto } from './login.dto.js';

/**
 * Guards run before pipes, so the body is validated here first: a missing or mistyped field is a
 * 400 naming it (passport answered it with 401 "Missing credentials"). Passport's own refusals
 * become the same answer as a wrong password.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  private readonly validation = createValidationPipe();

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    await this.validation.transform(req.body ?? {}, { type: 'body', metatype: LoginDto });
    return (await super.canActivate(context)) as boolean;
  }

  handleRequest<T>(err: unknown, user: T): T {
    if (err instanceof DomainException) throw err;
    if (err || !user) throw new DomainException(AuthErrors.INVALID_CREDENTIALS);
    return user;
  }
}
