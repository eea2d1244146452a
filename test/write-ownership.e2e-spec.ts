import { flatten } from '../modules/scoring/engine/framework-validator.js';
import type { Framework, IndicatorDef, VariableDef } from '../modules/scoring/engine/framework.types.js';
import { mayDeclareNotApplicable, reporterOf, reportersOfIndicator, UNIT } from '../modules/scoring/engine/parties.js';
import { sourceAgenciesOf } from '../modules/scoring/engine/entry-rules.js';
import { isCollectedIn } from '../modules/scoring/engine/periods.js';
import { count, createTestApp, cycleFor, expectErrorShape, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

/**
 * Nobody writes what is not theirs, field by field, generated from the framework itself: for every
 * indicator of a department's yearly report, every variable, its N/A claim (Điều 5c) and its
 * comment, sent by the unit's staff, every agency that reports part of the framework, another
 * unit's officer, the reviewer, the chair and the admin. Each write the rules refuse is refused
 * and leaves nothing behind; each they allow gets past the ownership check. (The finding:
 * a unit officer marked an agency's indicator N/A and took its full points.)
 */
const sample = (v: VariableDef): unknown => ({ boolean: true, choice: v.options?.[0]?.value, text: 'Văn bản số 12/KH', percent: 50 })[v.type as string] ?? 1;
const agencyAccount = (code: string) => ({ 'CA-TINH': 'daumoi.congan', 'SO-NV': 'daumoi.sonoivu' })[code] ?? `daumoi.${code.toLowerCase().replace(/-/g, '')}`;

describe('who may write which field of which indicator', () => {
  let t: TestApp;
  let submissionId: number;
  let leaves: IndicatorDef[];
  let actors: { username: string; party: string | null }[];
  const as: Record<string, Record<string, string>> = {};
  const put = (who: string, code: string, body: object) => t.http.put(`/api/submissions/${submissionId}/indicators/${encodeURIComponent(code)}`).set(as[who]).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    const admin = { Authorization: `Bearer ${await tokenFor(t, 'admin')}` };
    const opened = await t.http.post('/api/cycles').set(admin).send(cycleFor(2096, { code: 'QUYEN-GHI', frameworks: [{ unitKind: 'DEPARTMENT', code: 'department' }] }));
    expect(opened.status).toBe(201);
    [{ id: submissionId }] = await t.db.query(`SELECT id FROM submissions WHERE cycleId = ? AND unitId = ?`, [opened.body.id, await unitIdByCode(t, 'SO-YT')]);
    const framework = (await t.http.get('/api/frameworks/department').set(admin)).body.definition as Framework;
    leaves = flatten(framework.indicators).filter((d) => !d.children && d.variables?.length && isCollectedIn(d, 'YEAR'));
    const agencies = sourceAgenciesOf(framework);
    expect(agencies.length).toBeGreaterThan(0);
    actors = [
      { username: 'canbo.soyte', party: UNIT },
      { username: 'lanhdao.soyte', party: UNIT },
      ...agencies.map((code) => ({ username: agencyAccount(code), party: code })),
      { username: 'canbo.bienhoa', party: null },
      { username: 'thamdinh.sotttt', party: null },
      { username: 'chutich', party: null },
      { username: 'admin', party: null },
    ];
    for (const { username } of actors) as[username] = { Authorization: `Bearer ${await tokenFor(t, username)}` };
  }, 120_000);
  afterAll(() => t.close());

  /** The writes the rules allow this party, and those they refuse. */
  const attempts = (def: IndicatorDef, party: string | null) => {
    const own = (def.variables ?? []).filter((v) => !v.ref);
    const reports = party !== null && reportersOfIndicator(def).includes(party);
    return [
      ...own.map((v) => ({ field: `values.${v.key}`, body: { values: { [v.key]: sample(v) } }, allowed: party !== null && reporterOf(def, v) === party })),
      { field: 'notApplicable', body: { notApplicable: 'Đơn vị không có nội dung này trong năm' }, allowed: party !== null && mayDeclareNotApplicable(def, party) },
      { field: 'comment', body: { comment: 'Ghi chú của người nhập' }, allowed: reports },
    ];
  };

  it('refuses every write that is not the sender\'s, and writes nothing', async () => {
    const auditBefore = await count(t, 'audit_entries');
    let refused = 0;
    const wrong: string[] = [];
    for (const def of leaves) {
      for (const { username, party } of actors) {
        for (const a of attempts(def, party).filter((x) => !x.allowed)) {
          const res = await put(username, def.code, a.body);
          refused++;
          // Another unit's submission does not exist for that officer; roles without data entry are refused by role.
          const expected = party === null ? (username === 'canbo.bienhoa' ? [404, 'SUBMISSION.NOT_FOUND'] : [403, 'ACCESS.FORBIDDEN_ROLE']) : [403, 'SUBMISSION.NOT_YOUR_PART'];
          if (res.status !== expected[0] || res.body.code !== expected[1]) wrong.push(`${username} ${def.code} ${a.field}: ${res.status} ${res.body.code}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(refused).toBeGreaterThan(500);
    expect(await count(t, `indicator_values WHERE submissionId = ${Number(submissionId)}`)).toBe(0);
    expect(await count(t, 'audit_entries')).toBe(auditBefore);
  }, 300_000);

  it('lets every write that is the sender\'s past the ownership check', async () => {
    const wrong: string[] = [];
    for (const def of leaves) {
      for (const { username, party } of actors.filter((a) => a.party !== null)) {
        for (const a of attempts(def, party).filter((x) => x.allowed)) {
          const res = await put(username, def.code, a.body);
          // A lone value may fail a check across variables (a ≤ b): 400, never 403.
          if (res.status !== 200 && !(res.status === 400 && res.body.code === 'SUBMISSION.INVALID_VALUES')) wrong.push(`${username} ${def.code} ${a.field}: ${res.status} ${res.body.code}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);
});
