import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { createTestApp, DEMO_PASSWORD, expectErrorShape, TestApp, tokenFor } from './support/test-app.js';

/**
 * A session ends when it should: signing out, a password changed or reset, a deactivation or a
 * new role end every token issued before; a token that never expires is not accepted.
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
});
