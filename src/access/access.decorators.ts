import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { AccessRule } from './access-policy.js';
import { AuthenticatedUser } from './authenticated-user.js';
import { Role } from './role.enum.js';

export const ACCESS_RULE = 'access:rule';
export const IS_PUBLIC = 'access:public';

/**
 * Who may call a route, in one line: `@Allow([Role.UNIT_HEAD], { ownUnit: 'unitId' })` lets unit
 * heads call it for their own unit only (admins always pass the unit check).
 */
export const Allow = (roles: Role[], options: { ownUnit?: string } = {}) =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { roles, ownUnitParam: options.ownUnit } satisfies AccessRule),
    // Published in the OpenAPI document: integrators read who may call what, and the
    // authorization matrix test is generated from it.
    ApiExtension('x-roles', roles),
  );

export const ALL_ROLES = Object.values(Role);

/** No sign-in needed (login, health, docs, and later the published ranking). */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension('x-public', true));

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthenticatedUser => ctx.switchToHttp().getRequest().user,
);
