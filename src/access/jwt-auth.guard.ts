import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { DomainException } from '../errors/domain.exception.js';
import { AccessErrors } from '../errors/common.errors.js';
import { IS_PUBLIC } from './access.decorators.js';

/** Global guard: every route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  canActivate(ctx: ExecutionContext) {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()])) {
      return true;
    }
    return super.canActivate(ctx);
  }

  handleRequest<T>(err: unknown, user: T): T {
    if (err || !user) throw new DomainException(AccessErrors.UNAUTHENTICATED);
    return user;
  }
}
