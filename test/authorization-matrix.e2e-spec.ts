import { createTestApp, cycleFor, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

/**
 * Generated from the route table: each operation of the OpenAPI document carries the roles that
 * may call it (`x-roles`, written by @Allow) or `x-public`. Every role × every operation, without
 * side effects: the allowed ones are stopped after the role check by an id or a body that cannot
 * pass (so the guard's answer is what is seen), the others must get 403 ACCESS.FORBIDDEN_ROLE, and
 * nobody signed out gets past a non-public route. Then every submission route read by unit staff
 * of another unit answers 404, as if the report did not exist.
 */
const ACCOUNTS: Record<string, string> = {
  ADMIN: 'admin',
  UNIT_OFFICER: 'canbo.bienhoa',
  UNIT_HEAD: 'lanhdao.bienhoa',
  SOURCE_AGENCY: 'daumoi.congan',
  REVIEWER: 'thamdinh.sotttt',
  CHAIR: 'chutich',
};

type Operation = { 'x-roles'?: string[]; 'x-public'?: boolean; requestBody?: unknown };

describe('authorization matrix (generated from the route table)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp({ DEADLINE_JOB: 'off' });
    for (const [role, username] of Object.entries(ACCOUNTS)) tokens[role] = `Bearer ${await tokenFor(t, username)}`;
    tokens.OTHER_UNIT_OFFICER = `Bearer ${await tokenFor(t, 'canbo.longkhanh')}`;
    expect((await t.http.post('/api/cycles').set('Authorization', tokens.ADMIN).send(cycleFor(2088))).status).toBe(201);
  }, 60_000);
  afterAll(() => t.close());

  it('answers each role on each route as the route table says', async () => {
    const doc = (await t.http.get('/api/docs-json')).body;
    const failures: string[] = [];
    let cells = 0;
    for (const [template, operations] of Object.entries(doc.paths as Record<string, Record<string, Operation>>)) {
      // an id no record has, refused after the role check; codes and periods as they look
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'code' ? '1.1' : name === 'period' ? 'YEAR' : name === 'year' ? '2024' : name === 'unitCode' ? 'TP-BIEN-HOA' : '0'));
      for (const [method, op] of Object.entries(operations)) {
        const call = (auth?: string) => {
          const req = t.http[method as 'get'](path);
          if (auth) req.set('Authorization', auth);
          return op.requestBody ? req.set('Content-Type', 'application/json').send('{"__matrix": 1}') : req;
        };
        const where = `${method.toUpperCase()} ${template}`;
        const anonymous = await call();
        cells++;
        // (a public route may still refuse bad credentials with its own 401: AUTH.INVALID_CREDENTIALS)
        if (op['x-public'] && anonymous.body?.code === 'ACCESS.UNAUTHENTICATED') failures.push(`${where} public, but asks for a sign-in`);
        if (!op['x-public'] && anonymous.status !== 401) failures.push(`${where} answered ${anonymous.status} without sign-in`);
        if (op['x-public']) continue;
        if (!op['x-roles']) {
          failures.push(`${where} has neither @Allow nor @Public`);
          continue;
        }
        for (const role of Object.keys(ACCOUNTS)) {
          const res = await call(tokens[role]);
          cells++;
          // signing out is the one allowed call that ends the caller's session: sign in again
          if (template === '/api/auth/logout' && res.status === 200) tokens[role] = `Bearer ${await tokenFor(t, ACCOUNTS[role])}`;
          const forbidden = res.status === 403 && res.body.code === 'ACCESS.FORBIDDEN_ROLE';
          if (res.status >= 500) failures.push(`${where} as ${role}: ${res.status}`);
          else if (op['x-roles'].includes(role) && (forbidden || res.status === 401)) failures.push(`${where} as ${role}: ${res.status} ${res.body.code}, but the role is allowed`);
          else if (!op['x-roles'].includes(role) && !forbidden) failures.push(`${where} as ${role}: ${res.status} ${res.body?.code}, expected 403 ACCESS.FORBIDDEN_ROLE`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(cells).toBeGreaterThan(400);
  }, 300_000);

  it('hides every submission route from unit staff of another unit (404), and opens it to the unit itself', async () => {
    const doc = (await t.http.get('/api/docs-json')).body;
    const [{ id }] = await t.db.query(`SELECT id FROM submissions WHERE unitId = ?`, [await unitIdByCode(t, 'TP-BIEN-HOA')]);
    const reads = Object.entries(doc.paths as Record<string, Record<string, Operation>>)
      .filter(([path, ops]) => /^\/api\/submissions\/\{id\}(\/[a-z-]+)*(\.xlsx)?$/.test(path) && ops.get?.['x-roles']?.includes('UNIT_OFFICER'))
      .map(([path]) => path.replace('{id}', String(id)));
    expect(reads.length).toBeGreaterThanOrEqual(6);
    for (const path of reads) {
      expect([path, (await t.http.get(path).set('Authorization', tokens.OTHER_UNIT_OFFICER)).status]).toEqual([path, 404]);
      // A district's report has no provincial DTI form: its own staff get that answer, not a 404 (test/province covers the form).
      const own = await t.http.get(path).set('Authorization', tokens.UNIT_OFFICER);
      expect([path, own.status, own.body?.code]).toEqual(path.endsWith('/province-form.xlsx') ? [path, 400, 'REPORT.NOT_A_PROVINCE_FORM'] : [path, 200, undefined]);
    }
  });
});
