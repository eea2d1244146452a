import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { SignInSession } from '../modules/auth/sign-in-session.entity.js';
import { createTestApp, DEMO_PASSWORD, expectErrorShape, TestApp, tokenFor } from './support/test-app.js';

/**
 * A session ends when it should: signing out, a password changed or reset, a deactivation or a
 * new role end every token issued before; a token that never expires is not accepted. Access tokens
 * are short-lived and renewed by a refresh token that works once.
 */
describe('sessions', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const me = (token: string) => t.http.get('/api/auth/me').set(bearer(token));
  const userId = async (username: string) => Number((await t.db.query(`SELECT id FROM users WHERE username = ?`, [username]))[0].id);

  beforeAll(async () => {
    t = await createTestApp();
    admin = bearer(await tokenFor(t, 'admin'));
  });
  afterAll(() => t.close());

  it('signing out ends every session of that person, on every device, and is audited', async () => {
    const [phone, desk] = [await tokenFor(t, 'canbo.bienhoa'), await tokenFor(t, 'canbo.bienhoa')];
    expect((await me(desk)).status).toBe(200);
    expect((await t.http.post('/api/auth/logout').set(bearer(phone))).status).toBe(200);
    expectErrorShape((await me(phone)).body, 401, 'ACCESS.UNAUTHENTICATED');
    expectErrorShape((await me(desk)).body, 401, 'ACCESS.UNAUTHENTICATED');
    expect((await me(await tokenFor(t, 'canbo.bienhoa'))).status).toBe(200);
    const log = await t.http.get(`/api/audit?action=AUTH.SIGNED_OUT&entityType=user&entityId=${await userId('canbo.bienhoa')}`).set(admin);
    expect(log.body.total).toBe(1);
  });

  it('a changed password ends the other sessions; the one that changed it goes on with a new token', async () => {
    const other = await tokenFor(t, 'canbo.longkhanh');
    const current = await tokenFor(t, 'canbo.longkhanh');
    const res = await t.http.post('/api/auth/password').set(bearer(current)).send({ currentPassword: DEMO_PASSWORD, newPassword: 'mat-khau-moi-2025' });
    expect(res.status).toBe(200);
    expectErrorShape((await me(other)).body, 401, 'ACCESS.UNAUTHENTICATED');
    expectErrorShape((await me(current)).body, 401, 'ACCESS.UNAUTHENTICATED');
    expect((await me(res.body.accessToken)).status).toBe(200);
  });

  it('an admin\'s password reset, a deactivation and a new role each end the sessions already open', async () => {
    const reset = await tokenFor(t, 'lanhdao.bienhoa');
    expect((await t.http.patch(`/api/users/${await userId('lanhdao.bienhoa')}`).set(admin).send({ password: 'mat-khau-dat-lai-1' })).status).toBe(200);
    expectErrorShape((await me(reset)).body, 401, 'ACCESS.UNAUTHENTICATED');

    const moved = await tokenFor(t, 'canbo.soyte');
    expect((await t.http.patch(`/api/users/${await userId('canbo.soyte')}`).set(admin).send({ role: 'UNIT_HEAD' })).status).toBe(200);
    expectErrorShape((await me(moved)).body, 401, 'ACCESS.UNAUTHENTICATED');
    // a change that touches neither role, unit nor password leaves the session alone
    const renamed = await tokenFor(t, 'canbo.soyte');
    expect((await t.http.patch(`/api/users/${await userId('canbo.soyte')}`).set(admin).send({ fullName: 'Cán bộ Sở Y tế' })).status).toBe(200);
    expect((await me(renamed)).status).toBe(200);

    const locked = await tokenFor(t, 'lanhdao.soyte');
    const id = await userId('lanhdao.soyte');
    expect((await t.http.post(`/api/users/${id}/deactivate`).set(admin)).status).toBe(200);
    expect((await t.http.post(`/api/users/${id}/activate`).set(admin)).status).toBe(200);
    expectErrorShape((await me(locked)).body, 401, 'ACCESS.UNAUTHENTICATED');
  });

  it('refuses a token signed with the right secret but without an expiry, or from an older version', async () => {
    const secret = readFileSync(join(t.env.DATA_DIR, 'jwt-secret'), 'utf8').trim();
    const [row] = await t.db.query(`SELECT id, unitId, tokenVersion FROM users WHERE username = 'admin'`);
    const claims = { sub: Number(row.id), username: 'admin', role: 'ADMIN', unitId: Number(row.unitId) };
    const forever = jwt.sign({ ...claims, ver: Number(row.tokenVersion) }, secret);
    expectErrorShape((await me(forever)).body, 401, 'ACCESS.UNAUTHENTICATED');
    const stale = jwt.sign({ ...claims, ver: Number(row.tokenVersion) - 1 }, secret, { expiresIn: '1h' });
    expectErrorShape((await me(stale)).body, 401, 'ACCESS.UNAUTHENTICATED');
    const fine = jwt.sign({ ...claims, ver: Number(row.tokenVersion) }, secret, { expiresIn: '1h' });
    expect((await me(fine)).status).toBe(200);
  });

  describe('refresh', () => {
    const signIn = async (username: string) => (await t.http.post('/api/auth/login').send({ username, password: DEMO_PASSWORD })).body;
    const refresh = (refreshToken: unknown) => t.http.post('/api/auth/refresh').send({ refreshToken });

    it('hands out a short-lived access token and a refresh token that renews it, once', async () => {
      const login = await signIn('daumoi.congan');
      expect(login.expiresIn).toBe(15 * 60);
      const { exp, iat } = jwt.decode(login.accessToken) as { exp: number; iat: number };
      expect(exp - iat).toBe(15 * 60);
      const first = await refresh(login.refreshToken);
      expect(first.status).toBe(200);
      expect(first.body.refreshToken).not.toBe(login.refreshToken);
      expect((await me(first.body.accessToken)).body.username).toBe('daumoi.congan');
      const second = await refresh(first.body.refreshToken);
      expect(second.status).toBe(200);
      // The first refresh token was already exchanged: presenting it again ends the whole session,
      // so whoever copied it and the owner both have to sign in again.
      expectErrorShape((await refresh(login.refreshToken)).body, 401, 'AUTH.SESSION_ENDED');
      expectErrorShape((await refresh(second.body.refreshToken)).body, 401, 'AUTH.SESSION_ENDED');
      const log = await t.http.get(`/api/audit?action=AUTH.REFRESH_REUSED&entityType=user&entityId=${await userId('daumoi.congan')}`).set(admin);
      expect(log.body.total).toBe(1);
    });

    it('renews nothing after a sign-out, a password reset, a deactivation, or past the session\'s hours', async () => {
      const out = await signIn('daumoi.sonoivu');
      expect((await t.http.post('/api/auth/logout').set(bearer(out.accessToken))).status).toBe(200);
      expectErrorShape((await refresh(out.refreshToken)).body, 401, 'AUTH.SESSION_ENDED');

      const reset = await signIn('thamdinh.bcd');
      expect((await t.http.patch(`/api/users/${await userId('thamdinh.bcd')}`).set(admin).send({ password: 'mat-khau-dat-lai-2' })).status).toBe(200);
      expectErrorShape((await refresh(reset.refreshToken)).body, 401, 'AUTH.SESSION_ENDED');

      const gone = await signIn('daumoi.cuctk');
      const id = await userId('daumoi.cuctk');
      expect((await t.http.post(`/api/users/${id}/deactivate`).set(admin)).status).toBe(200);
      expectErrorShape((await refresh(gone.refreshToken)).body, 401, 'AUTH.SESSION_ENDED');
      expect((await t.http.post(`/api/users/${id}/activate`).set(admin)).status).toBe(200);

      const late = await signIn('chutich');
      const [sessionId] = late.refreshToken.split('.');
      await t.db.getRepository(SignInSession).update({ id: sessionId }, { expiresAt: new Date(Date.now() - 60_000) });
      expectErrorShape((await refresh(late.refreshToken)).body, 401, 'AUTH.SESSION_ENDED');
    });

    it('a password change opens a new session for the person who changed it', async () => {
      const before = await signIn('lanhdao.longkhanh');
      const res = await t.http.post('/api/auth/password').set(bearer(before.accessToken)).send({ currentPassword: DEMO_PASSWORD, newPassword: 'mat-khau-moi-2026' });
      expect(res.status).toBe(200);
      expectErrorShape((await refresh(before.refreshToken)).body, 401, 'AUTH.SESSION_ENDED');
      expect((await refresh(res.body.refreshToken)).status).toBe(200);
    });

    it('renewals of one token at the same moment: exactly one wins, and its session goes on', async () => {
      const login = await signIn('thamdinh.sotttt');
      const answers = await Promise.all(Array.from({ length: 8 }, () => refresh(login.refreshToken)));
      const winners = answers.filter((r) => r.status === 200);
      expect(winners).toHaveLength(1);
      for (const r of answers.filter((a) => a.status !== 200)) expectErrorShape(r.body, 401, 'AUTH.SESSION_ENDED');
      expect((await refresh(winners[0].body.refreshToken)).status).toBe(200);
    });

    it('refuses tokens of the wrong shape or of an unknown session in the error shape; a wrong secret for a real session ends it', async () => {
      const login = await signIn('thamdinh.sotttt');
      const [sessionId] = login.refreshToken.split('.');
      for (const bad of ['', 'x', `00000000-0000-4000-8000-000000000000.${'A'.repeat(43)}`, login.accessToken]) {
        expectErrorShape((await refresh(bad)).body, 401, 'AUTH.SESSION_ENDED');
      }
      for (const bad of [42, null, { a: 1 }, 'x'.repeat(1001)]) expectErrorShape((await refresh(bad)).body, 400, 'REQUEST.VALIDATION_FAILED');
      expect((await refresh(login.refreshToken.slice(0, -1) + (login.refreshToken.endsWith('A') ? 'B' : 'A'))).status).toBe(401);
      expectErrorShape((await refresh(login.refreshToken)).body, 401, 'AUTH.SESSION_ENDED');
      expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
    });
  });
});
