import { readFileSync } from 'node:fs';
import { count, createTestApp, cycleFor, expectErrorShape, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

/**
 * What a careless or hostile client sends: every refusal is a 4xx in the error shape with a
 * Vietnamese message, and writes nothing (the audit log, which every write feeds, stays as it was).
 */
describe('hostile input', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let unitId: number;
  const nested = (depth: number) => `{"name":${'['.repeat(depth)}${']'.repeat(depth)}}`;

  beforeAll(async () => {
    t = await createTestApp();
    admin = { Authorization: `Bearer ${await tokenFor(t, 'admin')}` };
    unitId = await unitIdByCode(t, 'SO-NV');
  });
  afterAll(() => t.close());

  it('refuses JSON nested thousands of levels deep before parsing it, on every kind of write route', async () => {
    const before = await count(t, 'audit_entries');
    for (const [method, path] of [['patch', `/api/units/${unitId}`], ['post', '/api/units'], ['post', '/api/cycles'], ['post', '/api/frameworks/district/preview'], ['post', '/api/auth/login']] as const) {
      const res = await t.http[method](path).set(admin).set('Content-Type', 'application/json').send(nested(5000));
      expect([path, res.status]).toEqual([path, 400]);
      expectErrorShape(res.body, 400, 'REQUEST.BODY_TOO_DEEP');
    }
    // 32 levels still pass the gate (and fail validation like any wrong value)
    expectErrorShape((await t.http.patch(`/api/units/${unitId}`).set(admin).set('Content-Type', 'application/json').send(nested(31))).body, 400, 'REQUEST.VALIDATION_FAILED');
    expect((await t.http.get('/api/health')).status).toBe(200);
    expect(await count(t, 'audit_entries')).toBe(before);
  });

  it('answers 415 to a body that is not JSON on a JSON route, instead of a silent 200', async () => {
    const before = await count(t, 'audit_entries');
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const res = await t.http.patch(`/api/units/${unitId}`).set(admin).set('Content-Type', type).send('name=Sở Mới');
      expect([type, res.status]).toEqual([type, 415]);
      expectErrorShape(res.body, 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE');
    }
    expect(await count(t, 'audit_entries')).toBe(before);
    // a move without a body needs no content type
    expect((await t.http.post(`/api/units/${unitId}/activate`).set(admin)).status).toBeLessThan(300);
  });

  it('refuses keys that reach an object\'s prototype', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const res = await t.http.patch(`/api/units/${unitId}`).set(admin).set('Content-Type', 'application/json').send(`{"${key}":{"isAdmin":true},"name":"Sở Nội vụ"}`);
      expect([key, res.status]).toEqual([key, 400]);
      expectErrorShape(res.body, 400, 'REQUEST.FORBIDDEN_KEY');
    }
    // spelled with an escape, it is still refused (as malformed JSON) and changes nothing
    const escaped = await t.http.patch(`/api/units/${unitId}`).set(admin).set('Content-Type', 'application/json').send('{"\\u005f_proto__":{"isAdmin":true},"name":"Sở Mới"}');
    expect(escaped.status).toBe(400);
    expect((await t.http.get(`/api/units/${unitId}`).set(admin)).body.name).toBe('Sở Nội vụ');
  });

  it('reads ids only as positive decimal integers: 0x10, +5, 8.4e1 reach no record', async () => {
    for (const id of ['0x10', '+5', '8.4e1', '1.0', '0', '-1', '99999999999', '1e3', ' 5']) {
      const res = await t.http.get(`/api/units/${encodeURIComponent(id)}`).set(admin);
      expect([id, res.status]).toEqual([id, 400]);
      expectErrorShape(res.body, 400, 'REQUEST.INVALID_ID');
    }
    expect((await t.http.get(`/api/units/${unitId}`).set(admin)).status).toBe(200);
    expectErrorShape((await t.http.get('/api/frameworks/district?version=0x1').set(admin)).body, 400, 'REQUEST.INVALID_ID');
    expect((await t.http.get('/api/frameworks/district?version=1').set(admin)).status).toBe(200);
  });

  it('refuses a cycle with no periods, empty or wrongly typed dates, instead of "Invalid time value" (500)', async () => {
    const bodies = [
      { ...cycleFor(2094), periods: [] },
      { ...cycleFor(2094), deadlines: [] },
      { ...cycleFor(2094), periods: [{ ...cycleFor(2094).periods[0], dataEntry: '' }] },
      { ...cycleFor(2094), periods: [{ ...cycleFor(2094).periods[0], verification: [] }] },
      { ...cycleFor(2094), periods: [{ ...cycleFor(2094).periods[0], opensAt: '2024-02-30T00:00:00Z' }] },
    ];
    for (const body of bodies) expectErrorShape((await t.http.post('/api/cycles').set(admin).send(body)).body, 400, 'REQUEST.VALIDATION_FAILED');
    expect(await count(t, 'assessment_cycles')).toBe(0);
  });

  it('takes the largest real body, a framework file of 145 kB', async () => {
    const framework = JSON.parse(readFileSync('modules/frameworks/data/district.json', 'utf8'));
    const res = await t.http.post('/api/frameworks/import').set(admin).send({ framework });
    expect(res.status).toBe(201);
    expect(res.body.outcome).toBe('UNCHANGED');
  });

  it('counts a name or a reason of spaces alone as empty, and keeps typed text without its outer spaces', async () => {
    const cycle = await t.http.post('/api/cycles').set(admin).send(cycleFor(2095));
    expect(cycle.status).toBe(201);
    const before = await count(t, 'audit_entries');
    const refusals = [
      t.http.patch(`/api/units/${unitId}`).set(admin).send({ name: '    ' }),
      t.http.post('/api/users').set(admin).send({ username: 'khoang.trang', fullName: ' \t ', password: 'mot-mat-khau-dai', role: 'UNIT_OFFICER', unitId }),
      t.http.patch(`/api/cycles/${cycle.body.id}/periods/YEAR`).set(admin).send({ dataEntry: '2095-12-20T23:59:59+07:00', reason: '   ' }),
    ];
    for (const res of await Promise.all(refusals)) expectErrorShape(res.body, 400, 'REQUEST.VALIDATION_FAILED');
    expect(await count(t, 'audit_entries')).toBe(before);
    const renamed = await t.http.patch(`/api/units/${unitId}`).set(admin).send({ name: '  Sở Nội vụ tỉnh  ' });
    expect(renamed.body.name).toBe('Sở Nội vụ tỉnh');
  });
});
