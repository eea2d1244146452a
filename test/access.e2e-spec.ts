import { createTestApp, expectErrorShape, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

describe('roles and unit scope', () => {
  let t: TestApp;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses a role that the route does not allow (403)', async () => {
    const officer = await tokenFor(t, 'canbo.soyte');
    const res = await t.http
      .post('/api/units')
      .set(auth(officer))
      .send({ code: 'SO-MOI', name: 'Sở mới', kind: 'DEPARTMENT' });
    expectErrorShape(res.body, 403, 'ACCESS.FORBIDDEN_ROLE');
    const users = await t.http.get('/api/users').set(auth(await tokenFor(t, 'chutich')));
    expectErrorShape(users.body, 403, 'ACCESS.FORBIDDEN_ROLE');
  });

  it("lets a unit head list the own unit's users and refuses another unit's (403)", async () => {
    const head = await tokenFor(t, 'lanhdao.bienhoa');
    const own = await t.http.get(`/api/units/${await unitIdByCode(t, 'TP-BIEN-HOA')}/users`).set(auth(head));
    expect(own.status).toBe(200);
    expect(own.body.map((u: { username: string }) => u.username).sort()).toEqual(['canbo.bienhoa', 'lanhdao.bienhoa']);
    const other = await t.http.get(`/api/units/${await unitIdByCode(t, 'TP-LONG-KHANH')}/users`).set(auth(head));
    expectErrorShape(other.body, 403, 'ACCESS.OTHER_UNIT');
  });

  it('lets the admin list any unit', async () => {
    const admin = await tokenFor(t, 'admin');
    const res = await t.http.get(`/api/units/${await unitIdByCode(t, 'TP-LONG-KHANH')}/users`).set(auth(admin));
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
  });

  it('cuts off a deactivated user at once, even with a valid token', async () => {
    const admin = await tokenFor(t, 'admin');
    const officer = await tokenFor(t, 'canbo.longkhanh');
    expect((await t.http.get('/api/auth/me').set(auth(officer))).status).toBe(200);
    const id = (await t.db.query(`SELECT id FROM users WHERE username = 'canbo.longkhanh'`))[0].id;
    expect((await t.http.post(`/api/users/${id}/deactivate`).set(auth(admin))).status).toBe(200);
    const res = await t.http.get('/api/auth/me').set(auth(officer));
    expectErrorShape(res.body, 401, 'ACCESS.UNAUTHENTICATED');
    const again = await t.http.post('/api/auth/login').send({ username: 'canbo.longkhanh', password: 'Demo@2024-test' });
    expectErrorShape(again.body, 401, 'AUTH.INVALID_CREDENTIALS');
  });
});
