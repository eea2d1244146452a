import { Injectable, type PipeTransform } from '@nestjs/common';
import { DomainException } from '../errors/domain.exception.js';
import { RequestErrors } from '../errors/common.errors.js';

const isEmptyObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;

/**
 * A write that carries nothing to write (`{}`, unknown keys the validation stripped, `values: {}`)
 * is a mistake of the caller, not a change: it is refused with 400 before any service runs, so it
 * never writes an audit entry for no change. Used after the global validation, as `@Body(SomethingToWrite)`.
 */
@Injectable()
export class SomethingToWrite implements PipeTransform {
  transform<T extends object>(body: T): T {
    const meaningful = Object.values(body ?? {}).some((v) => v !== undefined && !isEmptyObject(v));
    if (!meaningful) throw new DomainException(RequestErrors.NOTHING_TO_WRITE);
    return body;
  }
}
