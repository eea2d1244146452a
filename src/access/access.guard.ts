import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainException } from '../errors/domain.exception.js';
import { AccessRule, checkAccess } from './access-policy.js';
import { ACCESS_RULE, IS_PUBLIC } from './access.decorators.js';

/** Global guard, after JwtAuthGuard: applies the route's @Allow rule. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const rule = this.reflector.getAllAndOverride<AccessRule>(ACCESS_RULE, targets);
    const req = ctx.switchToHttp().getRequest();
    const denied = checkAccess(req.user, rule, req.params ?? {});
    if (denied) throw new DomainException(denied);
    return true;
  }
}
