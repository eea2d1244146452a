import { type ArgumentMetadata, Injectable, Optional, type PipeTransform } from '@nestjs/common';
import { DomainException } from '../errors/domain.exception.js';
import { RequestErrors } from '../errors/common.errors.js';

/**
 * A record's id in a path or query: a positive whole number written the plain decimal way.
 * `0x10`, `+5`, `8.4e1` or `1.0` are refused, not read as some other record's id.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, number | undefined> {
  // Used by class (`@Param('id', ParseIdPipe)`, built by Nest) or as `new ParseIdPipe({ optional: true })`.
  constructor(@Optional() private readonly options: { optional?: boolean } = {}) {}

  transform(value: unknown, metadata: ArgumentMetadata): number | undefined {
    if (value === undefined && this.options.optional) return undefined;
    if (typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) && Number(value) <= 2_147_483_647) return Number(value);
    throw new DomainException(RequestErrors.INVALID_ID, [{ field: metadata.data ?? 'id', problems: [`"${String(value).slice(0, 40)}" không phải số nguyên dương`] }]);
  }
}
