import { hash, hashSync, verify } from '@node-rs/argon2';
import { availableParallelism } from 'node:os';
import bcrypt from 'bcryptjs';

/**
 * Passwords are argon2id (the library's defaults: 19 MiB, 2 passes, OWASP's minimum), hashed in
 * libuv's thread pool: bcryptjs ran on the event loop, 90 ms a sign-in, so a burst of sign-ins at
 * 8 a.m. held every other request. Hashes made before (bcrypt, `$2…`) still verify, and the
 * sign-in rehashes them (`needsUpgrade`), so they disappear as people sign in.
 */
export const hashPassword = (plain: string): Promise<string> => hashing.run(() => hash(plain));

/** `signal` ends the work when the client has gone: nobody waits for the answer any more. */
export function verifyPassword(plain: string, stored: string, signal?: AbortSignal): Promise<boolean> {
  if (isBcrypt(stored)) return bcrypt.compare(plain, stored);
  return hashing.run(() => verify(stored, plain, undefined, signal), signal);
}

export const needsUpgrade = (stored: string): boolean => isBcrypt(stored);

const isBcrypt = (stored: string) => /^\$2[aby]\$/.test(stored);

/**
 * At most one hash per core but one at a time: four pool threads hashing on two cores left the
 * event loop a third of the CPU, and every other request waited (health p99 0.6 s during a burst).
 * The rest queue here; one whose client has gone leaves the queue without being hashed.
 */
class Turns {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      signal?.throwIfAborted();
      return await work();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
const hashing = new Turns(Math.max(1, availableParallelism() - 1));

/** Compared against when the user name is unknown, so both failures take the same time. */
export const UNKNOWN_USER_HASH = hashSync('dti-no-such-user');
