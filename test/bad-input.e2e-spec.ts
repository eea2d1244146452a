import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { count, createTestApp, cycleFor, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

/**
 * Generated from the app's own OpenAPI document: every write route gets wrong types, missing and
 * extra fields, overflowing numbers, huge and tricky strings, deep nesting, prototype keys, wrong
 * content types and truncated uploads. Not one answer may be a 5xx, and a refused request may
 * write nothing: every write in this app leaves an audit entry, so the audit count must not move,
 * and neither may the uploads folder.
 */
type Schema = { type?: string; $ref?: string; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[] };

const NUMBERS: unknown[] = ['abc', 'NaN', 'Infinity', '1e309', 1e308, -1, 0, 2 ** 53 + 1, 1.5, '', null, [], {}, true];
const STRINGS: unknown[] = [123, -1, true, null, [], {}, ['a'], 'x'.repeat(100_000), '', '   ', '\u202Egnp.exe', "'; DROP TABLE users; --", '<script>alert(1)</script>', '../../etc/passwd', '\u0000', '𝕏'.repeat(300)];
const BOOLEANS: unknown[] = ['true', 1, 0, null, 'yes', [], {}];
const ARRAYS: unknown[] = ['a', 1, {}, null, Array.from({ length: 5000 }, (_, i) => i), [[[[['deep']]]]], [null]];
const OBJECTS: unknown[] = ['a', 1, [], null, { a: { b: { c: { d: { e: 1 } } } } }];

const nested = (depth: number): unknown => (depth === 0 ? 1 : { a: nested(depth - 1) });

function wrongValuesFor(schema: Schema): unknown[] {
  if (schema.enum) return ['NOT_IN_ENUM', 1, null, ''];
  switch (schema.type) {
    case 'number':
    case 'integer':
      return NUMBERS;
    case 'boolean':
      return BOOLEANS;
    case 'array':
      return ARRAYS;
    case 'object':
      return OBJECTS;
    default:
      return STRINGS;
  }
}

describe('generated bad input on every write route', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const failures: string[] = [];
  let sent = 0;

  beforeAll(async () => {
    t = await createTestApp({ DEADLINE_JOB: 'off' });
    for (const u of ['admin', 'canbo.bienhoa', 'lanhdao.bienhoa', 'thamdinh.sotttt', 'daumoi.congan', 'chutich']) tokens[u] = `Bearer ${await tokenFor(t, u)}`;
    expect((await t.http.post('/api/cycles').set('Authorization', tokens.admin).send(cycleFor(2089))).status).toBe(201);
  }, 60_000);
  afterAll(() => t.close());

  it('answers every mutation with a 4xx or a success, never a 5xx, and a refusal writes nothing', async () => {
    const doc = (await t.http.get('/api/docs-json')).body;
    const schemas: Record<string, Schema> = doc.components.schemas;
    const resolve = (s: Schema | undefined): Schema => (s?.$ref ? schemas[s.$ref.split('/').pop()!] : (s ?? {}));
    const [{ cycleId, submissionId }] = await t.db.query(`SELECT cycleId, id AS submissionId FROM submissions WHERE unitId = ?`, [await unitIdByCode(t, 'TP-BIEN-HOA')]);
    const ids: Record<string, string> = { id: String(submissionId), cycleId: String(cycleId), unitId: String(await unitIdByCode(t, 'TP-BIEN-HOA')), code: '1.1', period: 'YEAR', evidenceId: '1' };
    // A refused sign-in is recorded on purpose (the failure with its address, a lock): the rest must not move.
    const writes = () => count(t, `audit_entries WHERE action NOT IN ('AUTH.SIGN_IN_FAILED', 'USER.SIGN_IN_LOCKED')`);
    const uploads = () => (existsSync(join(t.env.UPLOAD_DIR, 'evidence')) ? readdirSync(join(t.env.UPLOAD_DIR, 'evidence')).length : 0);

    for (const [template, operations] of Object.entries(doc.paths as Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
        // the cycle and users routes take other ids in {id}: any id works, what matters is the body
        const path = template.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? '1');
        const json = operation.requestBody?.content['application/json'];
        const multipart = operation.requestBody?.content['multipart/form-data'];
        const body = resolve(json?.schema);
        const valid = Object.fromEntries(Object.entries(body.properties ?? {}).map(([k, s]) => [k, resolve(s).type === 'number' || resolve(s).type === 'integer' ? 1 : resolve(s).type === 'boolean' ? true : resolve(s).type === 'array' ? [] : resolve(s).type === 'object' ? {} : 'x']));
        const mutations: { label: string; type: string; payload: string }[] = [];
        const add = (label: string, payload: unknown, type = 'application/json') => mutations.push({ label, type, payload: typeof payload === 'string' && type !== 'application/json' ? payload : JSON.stringify(payload) });
        for (const top of [null, [], 'chuỗi', 123, true, {}]) add(`top-level ${JSON.stringify(top)}`, top);
        add('extra field', { ...valid, truongLa: 1 });
        add('deep nesting', nested(200));
        add('prototype key', JSON.parse(`{"__proto__": {"isAdmin": true}, "constructor": 1}`));
        for (const [key, schema] of Object.entries(body.properties ?? {})) {
          const { [key]: _omit, ...missing } = valid;
          add(`missing ${key}`, missing);
          for (const wrong of wrongValuesFor(resolve(schema))) add(`${key} = ${JSON.stringify(wrong)?.slice(0, 30)}`, { ...valid, [key]: wrong });
        }
        mutations.push({ label: 'malformed JSON', type: 'application/json', payload: '{"a": [1, 2' });
        mutations.push({ label: 'text/plain', type: 'text/plain', payload: 'name=x' });
        mutations.push({ label: 'form', type: 'application/x-www-form-urlencoded', payload: 'name=x&reason=y' });
        mutations.push({ label: 'xml', type: 'application/xml', payload: '<a>1</a>' });
        if (multipart) {
          mutations.push({ label: 'truncated multipart', type: 'multipart/form-data; boundary=XYZ', payload: '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7 trunc' });
          mutations.push({ label: 'multipart without boundary', type: 'multipart/form-data', payload: 'garbage' });
        }
        // every role the route lets in (the body is checked after the role), or the admin if none
        const allowed: string[] = [];
        for (const who of Object.keys(tokens)) {
          const probe = await t.http[method as 'post'](path).set('Authorization', tokens[who]).set('Content-Type', 'application/json').send('{}');
          if (probe.status !== 403) allowed.push(tokens[who]);
        }
        for (const token of allowed.length ? allowed : [tokens.admin]) for (const m of mutations) {
          const [auditBefore, filesBefore] = [await writes(), uploads()];
          const res = await t.http[method as 'post'](path).set('Authorization', token).set('Content-Type', m.type).send(m.payload);
          sent++;
          const where = `${method.toUpperCase()} ${template} [${m.label}] → ${res.status}`;
          if (res.status >= 500) failures.push(`${where} ${JSON.stringify(res.body).slice(0, 200)}`);
          else if (res.status >= 400) {
            if (typeof res.body?.message !== 'string' || typeof res.body?.code !== 'string') failures.push(`${where}: not the error shape`);
            if ((await writes()) !== auditBefore || uploads() !== filesBefore) failures.push(`${where}: refused but wrote`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    console.log(`bad input: ${sent} requests`);
    expect(sent).toBeGreaterThanOrEqual(2000);
    expect((await t.http.get('/api/health')).status).toBe(200);
  }, 600_000);
});
