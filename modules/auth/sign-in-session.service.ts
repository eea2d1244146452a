import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Cron, CronExpression } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, Repository } from 'typeorm';
import { appConfig } from '../../src/config/app.config.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthErrors } from './auth.errors.js';
import { SignInSession } from './sign-in-session.entity.js';

const TOKEN_SHAPE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

/** Two requests renewing with the same secret this close together are one client's retry or race, not a thief. */
const CONCURRENT_RENEWAL_MS = 30_000;

const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');
const sameHash = (a: string, b: string | null) => b !== null && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Refresh tokens: `<session id>.<secret>`. Each use hands out a new secret (rotation); a secret
 * of the session that is no longer current can only come from a copy, and ends the session. The swap is one conditional UPDATE, so two instances renewing the same token at once
 * cannot both win.
 */
@Injectable()
export class SignInSessionService {
  constructor(
    @InjectRepository(SignInSession) private readonly sessions: Repository<SignInSession>,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    private readonly audit: AuditService,
  ) {}

  async open(userId: number, tokenVersion: number, address: string | null): Promise<string> {
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.app.sessionHours * 3_600_000);
    await this.sessions.insert({ id, userId, tokenVersion, secretHash: sha256(secret), previousSecretHash: null, expiresAt, revokedAt: null, address: address?.slice(0, 60) ?? null, refreshedAt: null });
    return `${id}.${secret}`;
  }

  /** The live session the token opens, before it is renewed; anything else is SESSION_ENDED. */
  async find(token: string): Promise<{ session: SignInSession; secretHash: string }> {
    const match = TOKEN_SHAPE.exec(token);
    if (!match) throw new DomainException(AuthErrors.SESSION_ENDED);
    const session = await this.sessions.findOneBy({ id: match[1] });
    const secretHash = sha256(match[2]);
    if (!session || session.revokedAt || session.expiresAt.getTime() <= Date.now()) throw new DomainException(AuthErrors.SESSION_ENDED);
    if (sameHash(secretHash, session.secretHash)) return { session, secretHash };
    // The secret of a live session, but not its current one: an older secret replayed from a copy,
    // or the last one sent twice at once. Only the latter, within seconds of the swap, leaves the
    // session to the request that won; otherwise nobody can tell which holder is genuine, and the
    // session ends for both.
    const justSwapped = sameHash(secretHash, session.previousSecretHash) && session.refreshedAt !== null && Date.now() - session.refreshedAt.getTime() < CONCURRENT_RENEWAL_MS;
    if (!justSwapped) {
      await this.sessions.update({ id: session.id }, { revokedAt: new Date() });
      await this.audit.record(null, { action: 'AUTH.REFRESH_REUSED', entityType: 'user', entityId: session.userId, after: { sessionId: session.id } });
    }
    throw new DomainException(AuthErrors.SESSION_ENDED);
  }

  /** Swaps the secret; loses (SESSION_ENDED) when another request renewed the same token first. */
  async renew(session: SignInSession, secretHash: string): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    const { affected } = await this.sessions.update(
      { id: session.id, secretHash, revokedAt: IsNull() },
      { secretHash: sha256(secret), previousSecretHash: secretHash, refreshedAt: new Date() },
    );
    if (affected !== 1) throw new DomainException(AuthErrors.SESSION_ENDED);
    return `${session.id}.${secret}`;
  }

  /** Sessions over a day past their end are of no use to anyone. */
  @Cron(CronExpression.EVERY_DAY_AT_3AM)
  async purgeExpired(): Promise<number> {
    const { affected } = await this.sessions.delete({ expiresAt: LessThan(new Date(Date.now() - 86_400_000)) });
    return affected ?? 0;
  }
}
