import type { NextFunction, Request, Response } from 'express';

/** Deep enough for any real body (a framework file nests 12 levels); far from what overflows a transform. */
export const MAX_JSON_DEPTH = 32;
/** A framework file is the largest legitimate body (district.json: 145 kB). */
export const MAX_JSON_BYTES = '2mb';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** An error body-parser passes on with its own status and type, for the exception filter to name. */
function bodyError(status: number, type: string, message: string): Error {
  return Object.assign(new Error(message), { status, type, expose: true });
}

/**
 * The nesting depth of a JSON text, counted on the raw bytes before anything parses it: objects
 * and arrays opened outside strings. Stops counting once past `max`.
 */
export function jsonDepthExceeds(raw: Buffer, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

const FORBIDDEN_KEY_TEXT = /"(?:__proto__|constructor|prototype)"\s*:/;

/**
 * body-parser's `verify`, on the raw bytes before parsing: refuses a body nested too deeply, and
 * a key that reaches an object's prototype (named plainly; an escaped spelling is caught by the reviver).
 */
export function verifyJsonBody(_req: Request, _res: Response, raw: Buffer): void {
  if (jsonDepthExceeds(raw)) throw bodyError(400, 'entity.too.deep', `JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
  if (FORBIDDEN_KEY_TEXT.test(raw.toString('utf8'))) throw bodyError(400, 'entity.forbidden.key', 'forbidden key');
}

/** JSON.parse's reviver: the same keys however they were spelled (body-parser reports it as malformed JSON). */
export function refusePrototypeKeys(key: string, value: unknown): unknown {
  if (FORBIDDEN_KEYS.has(key)) throw bodyError(400, 'entity.forbidden.key', `forbidden key ${key}`);
  return value;
}

/**
 * A body must say it is JSON (or a multipart upload): anything else (text/plain, a form) would
 * reach a JSON route unparsed and look like an empty, valid request.
 */
export function requireKnownBodyType(req: Request, _res: Response, next: NextFunction): void {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (!hasBody || req.is(['application/json', 'multipart/form-data'])) return next();
  next(bodyError(415, 'entity.unsupported.type', `unsupported content type ${req.headers['content-type'] ?? '(none)'}`));
}
