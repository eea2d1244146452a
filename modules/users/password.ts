import { hash, hashSync, verify } from '@node-rs/argon2';
import bcrypt from 'bcryptjs';

/**
 * Passwords are argon2id (the library's defaults: 19 MiB, 2 passes, OWASP's minimum), hashed in
 * libuv's thread pool: bcryptjs ran on the event loop, 90 ms a sign-in, so a burst of sign-ins at
 * 8 a.m. held every other request. Hashes made before (bcrypt, `$2…`) still verify, and the
 * sign-in rehashes them (`needsUpgrade`), so they disappear as people sign in.
 */
export const hashPassword = (plain: string): Promise<string> => hash(plain);

/** `signal` ends the work when the client has gone: nobody waits for the answer any more. */
export function verifyPassword(plain: string, stored: string, signal?: AbortSignal): Promise<boolean> {
  if (isBcrypt(stored)) return bcrypt.compare(plain, stored);
  return verify(stored, plain, undefined, signal);
}

export const needsUpgrade = (stored: string): boolean => isBcrypt(stored);

const isBcrypt = (stored: string) => /^\$2[aby]\$/.test(stored);

/** Compared against when the user name is unknown, so both failures take the same time. */
export const UNKNOWN_USER_HASH = hashSync('dti-no-such-user');
