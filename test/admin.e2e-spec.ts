import { count, createTestApp, expectErrorShape, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

describe('administration of units and users', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    admin = { Authorization: `Bearer ${await tokenFor(t, 'admin')}` };
  });
  afterAll(() => t.close());

  it('creates a unit and a user who can then sign in, and records both in the audit log', async () => {
    const unit = await t.http
      .post('/api/units')
      .set(admin)
      .send({ code: 'H-TEST', name: 'UBND huyện Thử Nghiệm', kind: 'DISTRICT' });
    expect(unit.status).toBe(201);
    expect(unit.body).toMatchObject({ code: 'H-TEST', kind: 'DISTRICT', isActive: true });

    const user = await t.http.post('/api/users').set(admin).send({
      username: 'canbo.thunghiem',
      fullName: 'Ngô Thị Thử',
      password: 'mot-mat-khau-dai',
      role: 'UNIT_OFFICER',
      unitId: unit.body.id,
    });
    expect(user.status).toBe(201);
    expect(user.body.passwordHash).toBeUndefined();
    expect(await tokenFor(t, 'canbo.thunghiem', 'mot-mat-khau-dai')).toEqual(expect.any(String));

    const unitLog = await t.http.get(`/api/audit?order=asc&pageSize=200&entityType=unit&entityId=${unit.body.id}`).set(admin);
    expect(unitLog.body.items).toEqual([expect.objectContaining({ action: 'UNIT.CREATED', actorRole: 'ADMIN' })]);
    const userLog = await t.http.get(`/api/audit?order=asc&pageSize=200&entityType=user&entityId=${user.body.id}`).set(admin);
    expect(userLog.body.items[0]).toMatchObject({ action: 'USER.CREATED' });
    expect(JSON.stringify(userLog.body.items)).not.toContain('passwordHash');
  });

  it('answers 400 with the error shape and writes nothing for invalid input', async () => {
    const before = { units: await count(t, 'units'), audit: await count(t, 'audit_entries') };
    const cases: [string, object][] = [
      ['missing fields', { name: 'X' }],
      ['wrong kind', { code: 'SO-X', name: 'Sở X', kind: 'PLANET' }],
      ['wrong types', { code: 42, name: ['Sở'], kind: 'DEPARTMENT' }],
      ['path trick in code', { code: '../../etc', name: 'Sở X', kind: 'DEPARTMENT' }],
      ['unknown field', { code: 'SO-X', name: 'Sở X', kind: 'DEPARTMENT', isAdmin: true }],
      ['negative parent', { code: 'SO-X', name: 'Sở X', kind: 'DEPARTMENT', parentId: -1 }],
    ];
    for (const [label, body] of cases) {
      const res = await t.http.post('/api/units').set(admin).send(body);
      expect({ label, status: res.status }).toEqual({ label, status: 400 });
      expectErrorShape(res.body, 400, 'REQUEST.VALIDATION_FAILED');
      expect(res.body.details.length).toBeGreaterThan(0);
    }
    expect({ units: await count(t, 'units'), audit: await count(t, 'audit_entries') }).toEqual(before);
  });

  it('answers an explicit null for a field that cannot be empty with 400, never 500', async () => {
    const unitId = await unitIdByCode(t, 'SO-TP');
    const userId = (await t.db.query(`SELECT id FROM users WHERE username = 'canbo.soyte'`))[0].id;
    const cases: [string, string, object][] = [
      ['patch', `/api/units/${unitId}`, { name: null }],
      ['patch', `/api/units/${unitId}`, { parentId: null }],
      ['patch', `/api/units/${unitId}`, { isSourceAgency: null }],
      ['post', '/api/units', { code: 'SO-Y', name: 'Sở Y', kind: 'DEPARTMENT', parentId: null }],
      ['patch', `/api/users/${userId}`, { role: null }],
      ['patch', `/api/users/${userId}`, { unitId: null }],
      ['patch', `/api/users/${userId}`, { email: `${'a'.repeat(195)}@dongnai.gov.vn` }],
    ];
    for (const [method, url, body] of cases) {
      const res = await (method === 'post' ? t.http.post(url) : t.http.patch(url)).set(admin).send(body);
      expect({ url, body, status: res.status }).toEqual({ url, body, status: 400 });
    }
  });

  it("refuses to deactivate the admin's own unit or to leave no active admin", async () => {
    const own = await t.http.post(`/api/units/${await unitIdByCode(t, 'SO-TTTT')}/deactivate`).set(admin);
    expectErrorShape(own.body, 409, 'UNIT.OWN_UNIT');
    const adminId = (await t.db.query(`SELECT id FROM users WHERE username = 'admin'`))[0].id;
    const demote = await t.http.patch(`/api/users/${adminId}`).set(admin).send({ role: 'UNIT_OFFICER' });
    expectErrorShape(demote.body, 409, 'USER.LAST_ADMIN');
  });

  it('answers malformed JSON with 400 MALFORMED_BODY', async () => {
    const res = await t.http.post('/api/units').set(admin).set('Content-Type', 'application/json').send('{"code": "SO-X",');
    expectErrorShape(res.body, 400, 'REQUEST.MALFORMED_BODY');
  });

  it('answers a non-numeric id with 400 and an unknown id with 404', async () => {
    expect((await t.http.get('/api/units/abc').set(admin)).status).toBe(400);
    expectErrorShape((await t.http.get('/api/units/999999').set(admin)).body, 404, 'UNIT.NOT_FOUND');
  });

  it('refuses a duplicate unit code and a duplicate user name (409)', async () => {
    const dup = await t.http.post('/api/units').set(admin).send({ code: 'SO-YT', name: 'Sở Y tế 2', kind: 'DEPARTMENT' });
    expectErrorShape(dup.body, 409, 'UNIT.CODE_TAKEN');
    const dupUser = await t.http.post('/api/users').set(admin).send({
      username: 'admin',
      fullName: 'Another',
      password: 'mot-mat-khau-dai',
      role: 'ADMIN',
      unitId: await unitIdByCode(t, 'SO-TTTT'),
    });
    expectErrorShape(dupUser.body, 409, 'USER.USERNAME_TAKEN');
  });

  it('refuses a role that does not fit the unit, and writes nothing', async () => {
    const users = await count(t, 'users');
    const res = await t.http.post('/api/users').set(admin).send({
      username: 'chutich.gia',
      fullName: 'Không phải chủ tịch',
      password: 'mot-mat-khau-dai',
      role: 'CHAIR',
      unitId: await unitIdByCode(t, 'SO-YT'),
    });
    expectErrorShape(res.body, 400, 'USER.ROLE_UNIT_MISMATCH');
    expect(await count(t, 'users')).toBe(users);
  });

  it('moves the reviewing duty: only one unit holds it at a time', async () => {
    const reviewerToken = await tokenFor(t, 'thamdinh.sotttt');
    const khcn = await unitIdByCode(t, 'SO-KHCN');
    const res = await t.http.patch(`/api/units/${khcn}`).set(admin).send({ isReviewingAgency: true });
    expect(res.status).toBe(200);
    const holders = await t.db.query(`SELECT code FROM units WHERE isReviewingAgency = 1`);
    expect(holders.map((r: { code: string }) => r.code)).toEqual(['SO-KHCN']);
    const log = await t.http.get(`/api/audit?order=asc&pageSize=200&entityType=unit&entityId=${await unitIdByCode(t, 'SO-TTTT')}`).set(admin);
    expect(log.body.items.map((e: { action: string }) => e.action)).toContain('UNIT.REVIEWING_DUTY_MOVED');
    // STTTT's reviewers no longer hold the duty: they lose access until moved or re-roled
    expectErrorShape((await t.http.get('/api/auth/me').set({ Authorization: `Bearer ${reviewerToken}` })).body, 401, 'ACCESS.UNAUTHENTICATED');
    const again = await t.http.post('/api/auth/login').send({ username: 'thamdinh.sotttt', password: 'Demo@2024-test' });
    expectErrorShape(again.body, 401, 'AUTH.INVALID_CREDENTIALS');
  });

  it('deactivates instead of deleting: the unit stays readable with isActive false', async () => {
    const id = await unitIdByCode(t, 'SO-NGV');
    const res = await t.http.post(`/api/units/${id}/deactivate`).set(admin);
    expect(res.body).toMatchObject({ id, isActive: false });
    const listed = await t.http.get('/api/units').set(admin);
    expect(listed.body.map((u: { id: number }) => u.id)).not.toContain(id);
    const all = await t.http.get('/api/units?includeInactive=true').set(admin);
    expect(all.body.map((u: { id: number }) => u.id)).toContain(id);
  });

  it('reads the audit log a page at a time, newest first, filtered by thing, action family, person and time', async () => {
    const all = await t.http.get('/api/audit?pageSize=3').set(admin);
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ page: 1, pageSize: 3 });
    expect(all.body.items).toHaveLength(3);
    expect(all.body.total).toBeGreaterThan(3);
    const ids = all.body.items.map((e: { id: number }) => e.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    const second = await t.http.get('/api/audit?pageSize=3&page=2').set(admin);
    expect(second.body.items[0].id).toBeLessThan(ids[2]);

    const units = await t.http.get('/api/audit?action=UNIT.&pageSize=200').set(admin);
    expect(units.body.items.length).toBeGreaterThan(0);
    expect(units.body.items.every((e: { action: string }) => e.action.startsWith('UNIT.'))).toBe(true);
    const adminId = units.body.items[0].actorId;
    const byAdmin = await t.http.get(`/api/audit?actorId=${adminId}&pageSize=200`).set(admin);
    expect(byAdmin.body.items.every((e: { actorId: number }) => e.actorId === adminId)).toBe(true);
    const future = await t.http.get('/api/audit?from=2099-01-01T00:00:00%2B07:00').set(admin);
    expect(future.body).toMatchObject({ items: [], total: 0 });
    const past = await t.http.get('/api/audit?to=2099-01-01T00:00:00%2B07:00&pageSize=1').set(admin);
    expect(past.body.total).toBe(all.body.total);
  });

  it('refuses a bad audit query with 400 and the field named, and the log to anyone but the admin', async () => {
    for (const q of ['actorId=0x10', 'page=0', 'pageSize=201', 'pageSize=8.4e1', 'action=unit%25', 'from=hôm-qua', 'order=up']) {
      const res = await t.http.get(`/api/audit?${q}`).set(admin);
      expect([q, res.status]).toEqual([q, 400]);
      expectErrorShape(res.body, 400, 'REQUEST.VALIDATION_FAILED');
    }
    const officer = { Authorization: `Bearer ${await tokenFor(t, 'canbo.soyte')}` };
    expect((await t.http.get('/api/audit').set(officer)).status).toBe(403);
  });

  it('audits a change with the whole record before and after, and a change to nothing not at all', async () => {
    const id = await unitIdByCode(t, 'SO-YT');
    const entries = async () => (await t.http.get(`/api/audit?entityType=unit&entityId=${id}&pageSize=200`).set(admin)).body.total;
    const before = await entries();
    const current = (await t.http.get(`/api/units/${id}`).set(admin)).body;
    expect((await t.http.patch(`/api/units/${id}`).set(admin).send({ name: current.name, kind: current.kind })).status).toBe(200);
    expect(await entries()).toBe(before);
    expect((await t.http.patch(`/api/units/${id}`).set(admin).send({ name: 'Sở Y tế tỉnh Đồng Nai' })).status).toBe(200);
    const [entry] = (await t.http.get(`/api/audit?entityType=unit&entityId=${id}&pageSize=1`).set(admin)).body.items;
    expect(entry).toMatchObject({
      action: 'UNIT.UPDATED',
      before: { code: 'SO-YT', name: current.name, kind: current.kind, isSourceAgency: current.isSourceAgency },
      after: { code: 'SO-YT', name: 'Sở Y tế tỉnh Đồng Nai', kind: current.kind, isSourceAgency: current.isSourceAgency },
    });
    const user = (await t.http.get('/api/users').set(admin)).body.find((u: { username: string }) => u.username === 'canbo.soyte');
    const userEntries = async () => (await t.http.get(`/api/audit?entityType=user&entityId=${user.id}&pageSize=200`).set(admin)).body.total;
    const userBefore = await userEntries();
    expect((await t.http.patch(`/api/users/${user.id}`).set(admin).send({ fullName: user.fullName, role: user.role })).status).toBe(200);
    expect(await userEntries()).toBe(userBefore);
  });
});
