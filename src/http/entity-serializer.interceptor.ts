import { ClassSerializerInterceptor, Injectable, PlainLiteralObject } from '@nestjs/common';
import type { ClassTransformOptions } from 'class-transformer';

/**
 * ClassSerializerInterceptor, only where it has work to do. class-transformer visits every key
 * of every answer looking for @Exclude'd fields (a user's password hash), and most answers are
 * plain objects — score trees, rankings: thousands of keys — where that visit was a sixth of a
 * read. An answer holding any class instance (an entity, a file) is serialised exactly as before.
 */
@Injectable()
export class EntitySerializerInterceptor extends ClassSerializerInterceptor {
  serialize(response: PlainLiteralObject | PlainLiteralObject[], options: ClassTransformOptions): PlainLiteralObject | PlainLiteralObject[] {
    return holdsInstances(response, 0) ? super.serialize(response, options) : response;
  }
}

/** Is there anything but plain objects, arrays, dates and primitives in the value? */
export function holdsInstances(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  // Deeper than any answer of this app: let class-transformer decide.
  if (depth > 64) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (holdsInstances(item, depth + 1)) return true;
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return !(value instanceof Date);
  for (const key in value) if (holdsInstances((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}
