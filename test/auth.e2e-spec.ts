import { DEMO_USERS } from '../modules/demo/demo-units.js';
import { createTestApp, DEMO_PASSWORD, expectErrorShape, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

const decode = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

describe('sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each(DEMO_USERS.map((u) => [u.username, u.role, u.unitCode]))(
    'demo user %s signs in and gets a token with role %s and unit %s',
    async (username, role, unitCode) => {
      const res = await t.http.post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
      expect(res.status).toBe(200);
      const unitId = await unitIdByCode(t, unitCode);
      expect(decode(res.body.accessToken)).toMatchObject({ username, role, unitId });
      expect(res.body.user).toMatchObject({ username, role, unitId });
      expect(res.body.user.passwordHash).toBeUndefined();
    },
  );

  it('answers a sign-in with a missing or mistyped field 400 naming the field, not as a wrong password', async () => {
    const missing = await t.http.post('/api/auth/login').send({ username: 'admin' });
    expectErrorShape(missing.body, 400, 'REQUEST.VALIDATION_FAILED');
    expect(missing.body.details).toEqual([expect.objectContaining({ field: 'password', problems: expect.arrayContaining(['Vui lòng nhập mật khẩu']) })]);
    const typed = await t.http.post('/api/auth/login').send({ username: 42, password: 'x' });
    expect(typed.body.details).toEqual([expect.objectContaining({ field: 'username' })]);
    for (const body of [{}, { username: ['admin'], password: 5 }, { username: '', password: '' }]) {
      expectErrorShape((await t.http.post('/api/auth/login').send(body)).body, 400, 'REQUEST.VALIDATION_FAILED');
    }
  });

  it('answers a wrong password and an unknown user identically', async () => {
    const wrong = await t.http.post('/api/auth/login').send({ username: 'admin', password: 'not-the-password' });
    const unknown = await t.http.post('/api/auth/login').send({ username: 'nobody.here', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expectErrorShape(wrong.body, 401, 'AUTH.INVALID_CREDENTIALS');
    const strip = ({ timestamp: _t, ...rest }: Record<string, unknown>) => rest;
    expect(strip(unknown.body)).toEqual(strip(wrong.body));
  });

  it('stores new passwords as argon2id and turns an older bcrypt hash into one at its next sign-in', async () => {
    const row = async () => (await t.db.query('SELECT passwordHash FROM users WHERE username = ?', ['admin']))[0].passwordHash as string;
    expect(await row()).toMatch(/^\$argon2id\$/);
    // A hash as the system wrote them before (bcryptjs, cost 10) of the demo password.
    const bcrypt = (await import('bcryptjs')).default;
    await t.db.query('UPDATE users SET passwordHash = ? WHERE username = ?', [await bcrypt.hash(DEMO_PASSWORD, 10), 'admin']);
    expect((await t.http.post('/api/auth/login').send({ username: 'admin', password: 'not-the-password' })).status).toBe(401);
    expect(await row()).toMatch(/^\$2[aby]\$/);
    expect((await t.http.post('/api/auth/login').send({ username: 'admin', password: DEMO_PASSWORD })).status).toBe(200);
    expect(await row()).toMatch(/^\$argon2id\$/);
    expect((await t.http.post('/api/auth/login').send({ username: 'admin', password: DEMO_PASSWORD })).status).toBe(200);
  });

  it('answers 401 with the error shape to a call without a token or with a forged one', async () => {
    const none = await t.http.get('/api/units');
    expectErrorShape(none.body, 401, 'ACCESS.UNAUTHENTICATED');
    const token = await tokenFor(t, 'admin');
    const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const res = await t.http.get('/api/units').set('Authorization', `Bearer ${forged}`);
    expectErrorShape(res.body, 401, 'ACCESS.UNAUTHENTICATED');
  });

  it('returns the signed-in user on /auth/me', async () => {
    const token = await tokenFor(t, 'canbo.bienhoa');
    const res = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ username: 'canbo.bienhoa', role: 'UNIT_OFFICER', fullName: 'Lê Thị Lan' });
  });
});

describe('sign-in throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_THROTTLE_LIMIT: '3' });
  });
  afterAll(() => t.close());

  it('answers 429 after too many attempts, even with the right password', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await t.http.post('/api/auth/login').send({ username: 'admin', password: 'wrong-password' });
      expect(res.status).toBe(401);
    }
    const res = await t.http.post('/api/auth/login').send({ username: 'admin', password: DEMO_PASSWORD });
    expect(res.status).toBe(429);
    expectErrorShape(res.body, 429, 'REQUEST.TOO_MANY_REQUESTS');
    // the standard header, in seconds
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('behind a trusted proxy counts each client address on its own; without one the forwarded address is ignored', async () => {
    const wrong = (app: TestApp, from: string) => app.http.post('/api/auth/login').set('X-Forwarded-For', from).send({ username: 'admin', password: 'sai-mat-khau' });
    const proxied = await createTestApp({ LOGIN_THROTTLE_LIMIT: '2', TRUST_PROXY: 'loopback', SIGN_IN_LOCK_AFTER: '100' });
    try {
      for (let i = 0; i < 2; i++) expect((await wrong(proxied, '10.1.1.1')).status).toBe(401);
      expect((await wrong(proxied, '10.1.1.1')).status).toBe(429);
      expect((await wrong(proxied, '10.1.1.2')).status).toBe(401);
      const log = await proxied.db.query(`SELECT after FROM audit_entries WHERE action = 'AUTH.SIGN_IN_FAILED' ORDER BY id DESC LIMIT 1`);
      expect(JSON.stringify(log[0].after)).toContain('10.1.1.2');
    } finally {
      await proxied.close();
    }
    const direct = await createTestApp({ LOGIN_THROTTLE_LIMIT: '2', SIGN_IN_LOCK_AFTER: '100' });
    try {
      // a client choosing a new X-Forwarded-For for each try gains nothing
      for (let i = 0; i < 2; i++) expect((await wrong(direct, `10.2.2.${i}`)).status).toBe(401);
      expect((await wrong(direct, '10.2.2.9')).status).toBe(429);
    } finally {
      await direct.close();
    }
  });

  it('counts only failed sign-ins: colleagues behind one address all get in', async () => {
    const other = await createTestApp({ LOGIN_THROTTLE_LIMIT: '3' });
    try {
      for (let i = 0; i < 12; i++) expect((await other.http.post('/api/auth/login').send({ username: 'canbo.bienhoa', password: DEMO_PASSWORD })).status).toBe(200);
      const throttled = await other.http.post('/api/auth/login').send({ username: 'x', password: 'y' });
      expect(throttled.status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('account lock after wrong passwords', () => {
  let t: TestApp;
  const signIn = (username: string, password: string) => t.http.post('/api/auth/login').send({ username, password });
  beforeAll(async () => {
    t = await createTestApp({ SIGN_IN_LOCK_AFTER: '3', SIGN_IN_LOCK_MINUTES: '10' });
  });
  afterAll(() => t.close());

  it('a right password clears the count of wrong ones', async () => {
    for (let i = 0; i < 2; i++) expect((await signIn('canbo.bienhoa', 'sai-mat-khau')).status).toBe(401);
    expect((await signIn('canbo.bienhoa', DEMO_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await signIn('canbo.bienhoa', 'sai-mat-khau')).status).toBe(401);
    expect((await signIn('canbo.bienhoa', DEMO_PASSWORD)).status).toBe(200);
  });

  it('locks the account at the third wrong password in a row, until the admin lifts it; every failure is audited with the address', async () => {
    for (let i = 0; i < 3; i++) expectErrorShape((await signIn('lanhdao.bienhoa', 'sai-mat-khau')).body, 401, 'AUTH.INVALID_CREDENTIALS');
    const locked = await signIn('lanhdao.bienhoa', DEMO_PASSWORD);
    expectErrorShape(locked.body, 423, 'AUTH.ACCOUNT_LOCKED');
    const admin = { Authorization: `Bearer ${await tokenFor(t, 'admin')}` };
    const failures = await t.http.get('/api/audit?entityType=sign-in&entityId=lanhdao.bienhoa&pageSize=10').set(admin);
    expect(failures.body.total).toBe(4);
    expect(failures.body.items[0]).toMatchObject({ action: 'AUTH.SIGN_IN_FAILED', reason: 'Tài khoản đang tạm khóa', after: { address: expect.stringMatching(/127\.0\.0\.1/) } });
    const [{ id }] = await t.db.query(`SELECT id FROM users WHERE username = 'lanhdao.bienhoa'`);
    expect((await t.http.post(`/api/users/${id}/unlock`).set(admin)).status).toBe(200);
    expect((await signIn('lanhdao.bienhoa', DEMO_PASSWORD)).status).toBe(200);
    const log = await t.http.get(`/api/audit?action=USER.&entityType=user&entityId=${id}`).set(admin);
    expect(log.body.items.map((e: { action: string }) => e.action).filter((a: string) => a.startsWith('USER.SIGN_IN'))).toEqual(['USER.SIGN_IN_UNLOCKED', 'USER.SIGN_IN_LOCKED']);
  });
});
