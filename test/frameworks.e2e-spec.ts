import { count, createTestApp, expectErrorShape, TestApp, tokenFor } from './support/test-app.js';

/** A small framework of two seed rules, enough to exercise import without the bundled files. */
const small = (overrides: Record<string, unknown> = {}) => ({
  code: 'thu-nghiem', version: 1, name: 'Bộ chỉ số thử nghiệm', decision: 'Thử nghiệm', unitKind: 'DEPARTMENT', maxPoints: 50,
  indicators: [
    {
      code: '2', name: 'Văn bản', maxPoints: 50,
      children: [
        { code: '2.1', name: 'Nghị quyết chuyên đề', maxPoints: 30, variables: [{ key: 'issued', label: 'Đã ban hành', type: 'boolean' }], rule: { kind: 'BOOLEAN', variable: 'issued' } },
        {
          code: '2.6', name: 'Tham gia hội nghị', maxPoints: 20,
          variables: [{ key: 'a', label: 'a', type: 'count' }, { key: 'b', label: 'b', type: 'count' }],
          rule: { kind: 'RATIO', numerator: ['a'], denominator: ['b'] },
        },
      ],
    },
  ],
  ...overrides,
});

describe('frameworks', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let officer: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    admin = { Authorization: `Bearer ${await tokenFor(t, 'admin')}` };
    officer = { Authorization: `Bearer ${await tokenFor(t, 'canbo.soyte')}` };
  });
  afterAll(() => t.close());

  it('lists the bundled frameworks imported at demo start, each totalling 1000', async () => {
    const res = await t.http.get('/api/frameworks').set(officer);
    expect(res.status).toBe(200);
    const codes = res.body.map((f: { code: string }) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['department', 'district', 'province-dti-2024']));
    for (const f of res.body) expect(f.maxPoints).toBe(1000);
  });

  it('imports a framework once; the same file again changes nothing', async () => {
    const first = await t.http.post('/api/frameworks/import').set(admin).send({ framework: small() });
    expect(first.status).toBe(201);
    expect(first.body.outcome).toBe('CREATED');
    const rows = await count(t, 'framework_versions');
    const again = await t.http.post('/api/frameworks/import').set(admin).send({ framework: small() });
    expect(again.body.outcome).toBe('UNCHANGED');
    expect(await count(t, 'framework_versions')).toBe(rows);
  });

  it('refuses an invalid framework with every problem named by indicator, and stores nothing', async () => {
    const rows = await count(t, 'framework_versions');
    const bad = small({ code: 'hong', maxPoints: 60 });
    (bad.indicators[0].children![1] as Record<string, unknown>).rule = { kind: 'RATIO', numerator: ['a'], denominator: ['z'] };
    const res = await t.http.post('/api/frameworks/import').set(admin).send({ framework: bad });
    expectErrorShape(res.body, 400, 'FRAMEWORK.INVALID');
    expect(res.body.details).toEqual(['hong: main indicators add up to 50, not 60', '2.6: rule uses variable z, which is not defined']);
    expect(await count(t, 'framework_versions')).toBe(rows);
  });

  it('refuses malformed framework files with 400 and stores nothing', async () => {
    const rows = await count(t, 'framework_versions');
    for (const framework of [
      { code: 'zz', indicators: [null] },
      { ...small({ code: 'zz' }), version: 'zzz' },
      { ...small({ code: 'zz' }), name: undefined },
      small({ code: 'zz', indicators: [{ code: '1', name: '1', maxPoints: 50, children: 'x' }] }),
    ]) {
      const res = await t.http.post('/api/frameworks/import').set(admin).send({ framework });
      expectErrorShape(res.body, 400, 'FRAMEWORK.INVALID');
    }
    expect(await count(t, 'framework_versions')).toBe(rows);
  });

  it('recognises the same content with its keys in another order as unchanged', async () => {
    const reordered = Object.fromEntries(Object.entries(small()).reverse());
    const res = await t.http.post('/api/frameworks/import').set(admin).send({ framework: reordered });
    expect(res.body.outcome).toBe('UNCHANGED');
  });

  it('refuses to change a frozen version: a change must be a new version', async () => {
    await t.db.query(`UPDATE framework_versions SET isFrozen = 1 WHERE code = 'thu-nghiem'`);
    const changed = small({ name: 'Tên đã sửa' });
    const res = await t.http.post('/api/frameworks/import').set(admin).send({ framework: changed });
    expectErrorShape(res.body, 409, 'FRAMEWORK.FROZEN');
    const next = await t.http.post('/api/frameworks/import').set(admin).send({ framework: { ...changed, version: 2 } });
    expect(next.body.outcome).toBe('CREATED');
    const latest = await t.http.get('/api/frameworks/thu-nghiem').set(officer);
    expect(latest.body).toMatchObject({ version: 2, name: 'Tên đã sửa' });
    const old = await t.http.get('/api/frameworks/thu-nghiem?version=1').set(officer);
    expect(old.body).toMatchObject({ version: 1, name: 'Bộ chỉ số thử nghiệm' });
  });

  it('lets only admins import', async () => {
    const res = await t.http.post('/api/frameworks/import').set(officer).send({ framework: small({ code: 'khac' }) });
    expectErrorShape(res.body, 403, 'ACCESS.FORBIDDEN_ROLE');
  });

  it('previews scores with traces and totals, without storing anything', async () => {
    const audit = await count(t, 'audit_entries');
    const res = await t.http
      .post('/api/frameworks/thu-nghiem/preview')
      .set(officer)
      .send({ inputs: { '2.1': { values: { issued: true } }, '2.6': { values: { a: 3, b: 4 } } } });
    expect(res.status).toBe(201);
    // 2.1 issued → 30; 2.6: 3/4 = 75 % × 20 = 15; total 45
    expect(res.body.total).toBe(45);
    expect(res.body.indicators[0].children[1]).toMatchObject({ points: 15, trace: 'Tỷ lệ = 3/4 = 75%; 75% × 20 → 15/20 điểm' });
    expect(await count(t, 'audit_entries')).toBe(audit);
  });

  it('answers malformed preview inputs with 400 and names them', async () => {
    const res = await t.http
      .post('/api/frameworks/thu-nghiem/preview')
      .set(officer)
      .send({ inputs: { '9.9': { values: {} }, '2.6': { values: { a: { $gt: 1 } }, notApplicable: 5 } } });
    expectErrorShape(res.body, 400, 'REQUEST.VALIDATION_FAILED');
    expect(res.body.details).toEqual([
      {
        field: 'inputs',
        problems: [
          '9.9: not an indicator of thu-nghiem that takes data',
          '2.6.notApplicable: must be a text reason',
          '2.6.values.a: must be a number, true/false or an option',
        ],
      },
    ]);
    const notObject = await t.http.post('/api/frameworks/thu-nghiem/preview').set(officer).send({ inputs: 'abc' });
    expectErrorShape(notObject.body, 400, 'REQUEST.VALIDATION_FAILED');
  });

  it('answers an unknown framework with 404', async () => {
    const res = await t.http.post('/api/frameworks/khong-co/preview').set(officer).send({ inputs: {} });
    expectErrorShape(res.body, 404, 'FRAMEWORK.NOT_FOUND');
  });

  it('previews the department framework: 6.3.2 at 12/40 → 6 points, 4.1 pending until the other units are known', async () => {
    const res = await t.http
      .post('/api/frameworks/department/preview')
      .set(officer)
      .send({ inputs: { '6.3.2': { values: { a: 12, b: 40 } }, '4.1': { values: { a: 1, b: 1, c: 1, d: 1, e: 30, f: 10 } } } });
    expect(res.status).toBe(201);
    expect(res.body.total).toBe(6);
    // 4.1 is relative to the best unit: a single-unit preview shows it pending, not 0
    expect(res.body.pending).toBe(1);
  });
});
