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

  it('answers a wrong password and an unknown user identically', async () => {
    const wrong = await t.http.post('/api/auth/login').send({ username: 'admin', password: 'not-the-password' });
    const unknown = await t.http.post('/api/auth/login').send({ username: 'nobody.here', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expectErrorShape(wrong.body, 401, 'AUTH.INVALID_CREDENTIALS');
    const strip = ({ timestamp: _t, ...rest }: Record<string, unknown>) => rest;
    expect(strip(unknown.body)).toEqual(strip(wrong.body));
  });

  it('answers a body with missing or non-string credentials like a wrong password, never 500', async () => {
    for (const body of [{}, { username: 'admin' }, { username: ['admin'], password: 5 }]) {
      const res = await t.http.post('/api/auth/login').send(body);
      expectErrorShape(res.body, 401, 'AUTH.INVALID_CREDENTIALS');
    }
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
  });
});
