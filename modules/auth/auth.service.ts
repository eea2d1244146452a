import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { AuthenticatedUser, JwtPayload } from '../../src/access/authenticated-user.js';
import { appConfig } from '../../src/config/app.config.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { needsUpgrade, UNKNOWN_USER_HASH, verifyPassword } from '../users/password.js';
import { UserService } from '../users/user.service.js';
import { AuthErrors } from './auth.errors.js';
import { ChangePasswordDto } from './change-password.dto.js';
import { canSignIn } from './sign-in.rule.js';
import { FailedSignIns } from './failed-sign-ins.js';
import { RequestErrors } from '../../src/errors/common.errors.js';
import { SignInSessionService } from './sign-in-session.service.js';

@Injectable()
export class AuthService {
  /** Successful sign-ins never count: an office behind one address is not shut out by itself. */
  private readonly failures: FailedSignIns;

  constructor(
    private readonly users: UserService,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly sessions: SignInSessionService,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {
    this.failures = new FailedSignIns(app.loginThrottle.limit, app.loginThrottle.ttlMs);
  }

  /**
   * Every failure is audited with the address. Wrong passwords in a row lock the account for a
   * while (lifted by time or by the admin); while locked, even the right password is refused.
   */
  async validateCredentials(username: string, password: string, address: string | null = null, signal?: AbortSignal): Promise<AuthenticatedUser> {
    const from = address ?? 'unknown';
    const wait = this.failures.retryAfter(from);
    const audited = (reason: string, userId: number | null = null) =>
      this.audit.record(null, { action: 'AUTH.SIGN_IN_FAILED', entityType: 'sign-in', entityId: String(username ?? '').slice(0, 40) || '(trống)', after: { address, userId }, reason });
    // A refused attempt is audited but not counted again: the address's window would never end.
    const failed = (reason: string, userId: number | null = null) => {
      this.failures.record(from);
      return audited(reason, userId);
    };
    if (wait) {
      await audited('Quá nhiều lần đăng nhập sai từ địa chỉ này');
      throw new DomainException(RequestErrors.TOO_MANY_REQUESTS, { retryAfterSeconds: wait });
    }
    const user = typeof username === 'string' ? await this.users.findForLogin(username) : null;
    const passwordOk = await verifyPassword(String(password ?? ''), user?.passwordHash ?? UNKNOWN_USER_HASH, signal).catch((error: unknown) => {
      if (signal?.aborted) throw new DomainException(AuthErrors.SIGN_IN_ABANDONED);
      throw error;
    });
    if (user?.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      await failed('Tài khoản đang tạm khóa', user.id);
      throw new DomainException(AuthErrors.ACCOUNT_LOCKED, { until: user.lockedUntil.toISOString() });
    }
    const usable = user && user.isActive && user.unit?.isActive && canSignIn(user, this.app.isDemo);
    if (!user || !passwordOk || !usable) {
      if (user && !passwordOk) await this.users.recordWrongPassword(user, this.app.signInLock);
      await failed(!user ? 'Không có tài khoản' : !passwordOk ? 'Sai mật khẩu' : 'Tài khoản không được phép đăng nhập', user?.id ?? null);
      throw new DomainException(AuthErrors.INVALID_CREDENTIALS);
    }
    if (user.failedSignIns || user.lockedUntil) await this.users.clearWrongPasswords(user.id);
    if (needsUpgrade(user.passwordHash)) await this.users.upgradePasswordHash(user.id, String(password));
    return { id: user.id, username: user.username, role: user.role, unitId: user.unitId };
  }

  /** Opens a sign-in session: a short-lived access token and the refresh token that renews it. */
  async login(user: AuthenticatedUser, address: string | null) {
    await this.audit.record(user, { action: 'AUTH.SIGNED_IN', entityType: 'user', entityId: user.id });
    return { ...(await this.openSession(user, address)), user: await this.profile(user) };
  }

  /**
   * A new access token (and the next refresh token) for a live session whose person may still
   * sign in with the same role, unit and token version; otherwise the session has ended.
   */
  async refresh(refreshToken: string) {
    const { session, secretHash } = await this.sessions.find(refreshToken);
    const user = await this.users.findActive(session.userId);
    if (!user || user.tokenVersion !== session.tokenVersion || !canSignIn(user, this.app.isDemo)) throw new DomainException(AuthErrors.SESSION_ENDED);
    const next = await this.sessions.renew(session, secretHash);
    const actor = { id: user.id, username: user.username, role: user.role, unitId: user.unitId };
    return { accessToken: await this.signAccessToken(actor, user.tokenVersion), refreshToken: next, tokenType: 'Bearer' as const, expiresIn: this.app.accessTokenSeconds };
  }

  /** Ends every session of the signed-in person (the token version moves on). */
  async logout(actor: AuthenticatedUser): Promise<{ signedOut: true }> {
    await this.users.endSessions(actor, 'AUTH.SIGNED_OUT');
    return { signedOut: true };
  }

  private async openSession(user: AuthenticatedUser, address: string | null) {
    const { tokenVersion } = await this.users.get(user.id);
    return {
      accessToken: await this.signAccessToken(user, tokenVersion),
      refreshToken: await this.sessions.open(user.id, tokenVersion, address),
      tokenType: 'Bearer' as const,
      expiresIn: this.app.accessTokenSeconds,
    };
  }

  private signAccessToken(user: AuthenticatedUser, tokenVersion: number): Promise<string> {
    const payload: JwtPayload = { sub: user.id, username: user.username, role: user.role, unitId: user.unitId, ver: tokenVersion };
    return this.jwt.signAsync(payload);
  }

  /** One's own password, changed only with the current one; the admin's reset is USER.UPDATED_WITH_PASSWORD_RESET. */
  async changePassword(actor: AuthenticatedUser, dto: ChangePasswordDto, address: string | null) {
    const user = await this.users.findForLogin(actor.username);
    if (!user || !(await verifyPassword(dto.currentPassword, user.passwordHash))) throw new DomainException(AuthErrors.WRONG_CURRENT_PASSWORD);
    if (dto.currentPassword === dto.newPassword) throw new DomainException(AuthErrors.SAME_PASSWORD);
    await this.users.setOwnPassword(actor, dto.newPassword);
    // Every other session ends with the old password; this one continues as a new session.
    return { changed: true as const, ...(await this.openSession(actor, address)) };
  }

  async profile(user: AuthenticatedUser) {
    const full = await this.users.get(user.id);
    return { ...user, fullName: full.fullName, email: full.email };
  }
}
