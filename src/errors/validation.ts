import { ValidationError, ValidationPipe } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateIf } from 'class-validator';
import { DomainException } from './domain.exception.js';
import { RequestErrors } from './common.errors.js';

export interface FieldError {
  field: string;
  problems: string[];
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, problems: Object.values(e.constraints) }] : [];
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

/**
 * Leaves a single path or query value as the string it came as: Nest would read it with
 * `Number()`, so `0x10` became 16 before ParseIdPipe could refuse it.
 */
class StrictValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown): unknown {
    return value;
  }
}

/** Unknown fields are refused (not silently dropped) so a typo in a field name is visible. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new DomainException(RequestErrors.VALIDATION_FAILED, flattenValidationErrors(errors)),
  });
}

/**
 * May be left out, but not sent as null: class-validator's @IsOptional() lets null through,
 * which then reaches a NOT NULL column or a string method. Use for fields that have no "empty".
 */
export const OptionalNotNull = () => ValidateIf((_, value) => value !== undefined);

/**
 * A query-string number written the plain decimal way only: `Number()` would also read `0x10`,
 * `8.4e1` or `+84`, so anything else is left as the string and fails @IsInt with the field named.
 */
export const toDecimalInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value;

/**
 * Text a person types (a name, a reason, a comment): leading and trailing spaces are dropped
 * before the length is checked, so a reason of spaces alone counts as empty and is refused.
 */
export const Trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/**
 * The fields a PATCH actually sent: a DTO instance also carries its other declared fields as
 * `undefined`, and `Object.assign` would copy those over the record (which then lost them in the
 * answer and the audit entry).
 */
export function sentFields<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as Partial<T>;
}
