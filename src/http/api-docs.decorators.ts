import { applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { ErrorDefinition } from '../errors/domain.exception.js';

export const errorLine = (e: ErrorDefinition) => `\`${e.code}\` — ${e.vi}`;

/**
 * A route's documentation in one place: what it does (a Vietnamese summary and description) and
 * the domain errors it answers with, grouped by status, each code with its message. The errors
 * every route shares (sign-in, role, a bad body or id) are added to the whole document by
 * `completeErrorAnswers`.
 */
export function Doc(summary: string, description: string, errors: ErrorDefinition[] = []) {
  const byStatus = new Map<number, ErrorDefinition[]>();
  for (const e of errors) byStatus.set(e.status, [...(byStatus.get(e.status) ?? []).filter((x) => x.code !== e.code), e]);
  return applyDecorators(
    ApiOperation({ summary, description }),
    ...[...byStatus].map(([status, list]) => ApiResponse({ status, description: list.map(errorLine).join('<br>') })),
  );
}
