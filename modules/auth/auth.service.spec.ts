import { JwtService } from '@nestjs/jwt';
import { DomainException } from '../../src/errors/domain.exception.js';
import { Role } from '../../src/access/role.enum.js';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword } from '../users/password.js';
import { UserService } from '../users/user.service.js';
import { User } from '../users/user.entity.js';
import { AuthService } from './auth.service.js';
import { SignInSessionService } from './sign-in-session.service.js';
import { AppConfig } from '../../src/config/app.config.js';

async function serviceWith(users: Partial<User>[], isDemo: boolean) {
  const passwordHash = await hashPassword('dung-mat-khau');
  const byName = new Map(users.map((u) => [u.username, { passwordHash, isActive: true, isDemo: false, unit: { isActive: true, kind: 'DISTRICT' }, ...u }]));
  const userService = {
    findForLogin: async (name: string) => byName.get(name) ?? null,
    recordWrongPassword: async () => undefined,
    clearWrongPasswords: async () => undefined,
  } as unknown as UserService;
  const audit = { record: async () => undefined } as unknown as AuditService;
  return new AuthService(userService, {} as JwtService, audit, {} as SignInSessionService, { isDemo, signInLock: { after: 5, minutes: 15 }, loginThrottle: { limit: 30, ttlMs: 60_000 } } as AppConfig);
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (e) {
    return e instanceof DomainException ? e.code : String(e);
  }
}

const officer = { id: 5, username: 'canbo', role: Role.UNIT_OFFICER, unitId: 2 };

describe('AuthService.validateCredentials', () => {
  it('refuses a locked account even with the right password, and says it is locked', async () => {
    const auth = await serviceWith([{ ...officer, lockedUntil: new Date(Date.now() + 60_000) }], false);
    expect(await failure(auth.validateCredentials('canbo', 'dung-mat-khau'))).toBe('AUTH.ACCOUNT_LOCKED');
    const expired = await serviceWith([{ ...officer, lockedUntil: new Date(Date.now() - 1000) }], false);
    await expect(expired.validateCredentials('canbo', 'dung-mat-khau')).resolves.toEqual(officer);
  });

  it('accepts the right password', async () => {
    const auth = await serviceWith([officer], false);
    await expect(auth.validateCredentials('canbo', 'dung-mat-khau')).resolves.toEqual(officer);
  });

  it('gives the same error for an unknown user, a wrong password and a locked account', async () => {
    const auth = await serviceWith([officer, { ...officer, id: 6, username: 'khoa', isActive: false }], false);
    expect(await failure(auth.validateCredentials('nobody', 'dung-mat-khau'))).toBe('AUTH.INVALID_CREDENTIALS');
    expect(await failure(auth.validateCredentials('canbo', 'sai-mat-khau'))).toBe('AUTH.INVALID_CREDENTIALS');
    expect(await failure(auth.validateCredentials('khoa', 'dung-mat-khau'))).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('refuses a user whose unit is deactivated', async () => {
    const auth = await serviceWith([{ ...officer, unit: { isActive: false } as never }], false);
    expect(await failure(auth.validateCredentials('canbo', 'dung-mat-khau'))).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('accepts demo accounts in demo mode and refuses them in production mode', async () => {
    const demoUser = { ...officer, isDemo: true };
    await expect((await serviceWith([demoUser], true)).validateCredentials('canbo', 'dung-mat-khau')).resolves.toEqual(officer);
    const production = await serviceWith([demoUser], false);
    expect(await failure(production.validateCredentials('canbo', 'dung-mat-khau'))).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('does not crash on credentials that are not strings', async () => {
    const auth = await serviceWith([officer], false);
    expect(await failure(auth.validateCredentials(['canbo'] as never, 5 as never))).toBe('AUTH.INVALID_CREDENTIALS');
  });
});
