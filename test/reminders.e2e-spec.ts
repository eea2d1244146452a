import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { count, createTestApp, cycleFor, expectErrorShape, finishCycle, TestApp, tokenFor } from './support/test-app.js';

const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
const cycle = (code: string, unitKind: string, framework: string, dataEntryInDays: number) =>
  cycleFor(2091, {
    code,
    frameworks: [{ unitKind, code: framework }],
    periods: [{ period: 'YEAR', opensAt: inDays(-1), dataEntry: inDays(dataEntryInDays), verification: inDays(dataEntryInDays + 10), disputeResolution: inDays(dataEntryInDays + 30) }],
  });

describe('reminders by mail', () => {
  let t: TestApp;
  const as: Record<string, Record<string, string>> = {};
  const mails = () => {
    const dir = join(t.env.DATA_DIR, 'mail');
    try {
      return readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    } catch {
      return [];
    }
  };
  const run = () => t.http.post('/api/reminders/run').set(as.admin);

  beforeAll(async () => {
    t = await createTestApp({ DEADLINE_JOB: 'off' });
    for (const u of ['admin', 'thamdinh.sotttt', 'canbo.bienhoa']) as[u] = { Authorization: `Bearer ${await tokenFor(t, u)}` };
    // districts: data entry closes in 2 days (within the 3-day window); departments: in 10 days (not yet)
    expect((await t.http.post('/api/cycles').set(as.admin).send(cycle('NHAC-HUYEN', 'DISTRICT', 'district', 2))).status).toBe(201);
    expect((await t.http.post('/api/cycles').set(as.admin).send(cycle('NHAC-SO', 'DEPARTMENT', 'department', 10))).status).toBe(201);
  });
  afterAll(() => t.close());

  it('mails the units and agencies with missing data before the deadline, one message per person', async () => {
    const res = await run();
    expect(res.status).toBe(200);
    // Units: Biên Hòa and Long Khánh have an officer and a head with a mailbox (4 people, one submission each).
    // Agencies: none — every district indicator is reported by the district (Appendix II); Appendix III's
    // agencies give their figures beside it and are not waited for.
    expect(res.body).toEqual({ messages: 4, items: 4 });
    const sent = mails();
    expect(sent).toHaveLength(4);
    expect(sent.filter((m) => m.includes('To: canbo.bienhoa@demo.invalid'))).toHaveLength(1);
    expect(sent.some((m) => m.includes('canbo.soyte@'))).toBe(false); // departments' deadline is 10 days away
    expect(sent.every((m) => /charset=utf-8/i.test(m))).toBe(true);
  });

  it('sends each reminder once, however often the job runs', async () => {
    expect((await run()).body).toEqual({ messages: 0, items: 0 });
    expect(mails()).toHaveLength(4);
    expect(await count(t, 'reminders')).toBe(4);
  });

  it('reminds the chair when a ranking waits for approval, once', async () => {
    const [{ id }] = await t.db.query(`SELECT id FROM assessment_cycles WHERE code = 'NHAC-HUYEN'`);
    await finishCycle(t, Number(id)); // only a year whose every submission is final goes to the chair
    expect((await t.http.post(`/api/cycles/${id}/consolidations`).set(as['thamdinh.sotttt']).send({})).status).toBe(201);
    expect((await t.http.post(`/api/cycles/${id}/send-to-chair`).set(as['thamdinh.sotttt'])).status).toBe(200);
    expect((await run()).body).toEqual({ messages: 1, items: 1 });
    expect(mails().filter((m) => m.includes('To: chutich@demo.invalid'))).toHaveLength(1);
    expect((await run()).body).toEqual({ messages: 0, items: 0 });
  });

  it('lets only the admin run or read them', async () => {
    expectErrorShape((await t.http.post('/api/reminders/run').set(as['canbo.bienhoa'])).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    const list = await t.http.get('/api/reminders').set(as.admin);
    expect(list.body).toHaveLength(5);
    expect(list.body[0]).toMatchObject({ kind: 'AWAITING_APPROVAL', email: 'chutich@demo.invalid', entityType: 'cycle' });
  });
});
