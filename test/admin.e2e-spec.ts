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

    const unitLog = await t.http.get(`/api/audit?entityType=unit&entityId=${unit.body.id}`).set(admin);
    expect(unitLog.body).toEqual([expect.objectContaining({ action: 'UNIT.CREATED', actorRole: 'ADMIN' })]);
    const userLog = await t.http.get(`/api/audit?entityType=user&entityId=${user.body.id}`).set(admin);
    expect(userLog.body[0]).toMatchObject({ action: 'USER.CREATED' });
    expect(JSON.stringify(userLog.body)).not.toContain('passwordHash');
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
    const khcn = await unitIdByCode(t, 'SO-KHCN');
    const res = await t.http.patch(`/api/units/${khcn}`).set(admin).send({ isReviewingAgency: true });
    expect(res.status).toBe(200);
    const holders = await t.db.query(`SELECT code FROM units WHERE isReviewingAgency = 1`);
    expect(holders.map((r: { code: string }) => r.code)).toEqual(['SO-KHCN']);
    const log = await t.http.get(`/api/audit?entityType=unit&entityId=${await unitIdByCode(t, 'SO-TTTT')}`).set(admin);
    expect(log.body.map((e: { action: string }) => e.action)).toContain('UNIT.REVIEWING_DUTY_MOVED');
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
});
