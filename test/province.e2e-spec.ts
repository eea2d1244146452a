import ExcelJS from 'exceljs';
import { demoValues } from '../modules/demo/demo-values.js';
import { readBundledFrameworks } from '../modules/frameworks/bundled-frameworks.js';
import { binary, count, createTestApp, cycleFor, expectErrorShape, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

/**
 * The province's own DTI self-assessment (seed 004, "CHỈ SỐ DTI CẤP TỈNH NĂM 2024") played through
 * every role: the admin gives the form's group suppliers to one agency and opens the cycle; each
 * focal agency enters its items; STTTT returns one item to its agency and enters 7.5's national
 * reference; the reviewer verifies and consolidates; the chair approves and publishes; the form is
 * exported with the year before.
 */
describe('the province DTI form as a working cycle', () => {
  let t: TestApp;
  const as: Record<string, Record<string, string>> = {};
  const framework = readBundledFrameworks().find((f) => f.code === 'province-dti-2024')!;
  /** The demo account of each party: the province's officer, or the agency's daumoi.* account. */
  const accountOf = async (party: string) =>
    party === 'UNIT' ? 'canbo.tinh' : ((await t.db.query(`SELECT u.username FROM users u JOIN units n ON n.id = u.unitId WHERE n.code = ? AND u.role = 'SOURCE_AGENCY' ORDER BY u.id`, [party]))[0].username as string);
  const auth = async (who: string) => (as[who] ??= { Authorization: `Bearer ${await tokenFor(t, who)}` });
  const enter = async (who: string, id: number, code: string, values: Record<string, unknown>) => t.http.put(`/api/submissions/${id}/indicators/${code}`).set(await auth(who)).send({ values });
  const move = async (who: string, id: number, body: object) => t.http.post(`/api/submissions/${id}/events`).set(await auth(who)).send(body);
  const find = (nodes: { code: string; points: number | null; children?: unknown[] }[], code: string): { points: number | null } | undefined => {
    for (const n of nodes) {
      if (n.code === code) return n;
      const inner = n.children && find(n.children as never, code);
      if (inner) return inner;
    }
    return undefined;
  };
  const pointsOf = async (id: number, code: string) => find((await t.http.get(`/api/submissions/${id}/score`).set(await auth('canbo.tinh'))).body.indicators, code)?.points;
  const provinceCycle = (year: number, version: number) => cycleFor(year, { code: `DTI-TINH-${year}`, name: `DTI cấp tỉnh năm ${year}`, frameworks: [{ unitKind: 'PROVINCE', code: 'province-dti-2024', version }] });

  /** Every party enters its own variables of every item (demo values), with the hand-picked ones of this spec on top. */
  const fillAll = async (id: number, year: number, chosen: Record<string, Record<string, unknown>>) => {
    const byItem = new Map<string, { supplier: string; values: Record<string, unknown> }>();
    for (const v of demoValues(framework, 'TINH-DN', year, 'YEAR')) {
      const key = `${v.supplier}|${v.code}`;
      const entry = byItem.get(key) ?? { supplier: v.supplier, values: {} };
      entry.values[v.key] = chosen[v.code]?.[v.key] ?? v.value;
      byItem.set(key, entry);
    }
    for (const [key, { supplier, values }] of byItem) {
      // 4.5a and 8.2a are Sở KH&CN's in the version the cycle uses (the admin gave them).
      const party = ['UBND-HUYEN', 'DN-VIEN-THONG'].includes(supplier) ? 'SO-KHCN' : supplier;
      const res = await enter(await accountOf(party), id, key.split('|')[1], values);
      expect([key, res.status]).toEqual([key, 200]);
    }
  };

  beforeAll(async () => {
    t = await createTestApp();
  }, 60_000);
  afterAll(() => t.close());

  it('gives the form\'s group suppliers to one agency only by the admin, with a reason, as a new version; refuses bad changes writing nothing', async () => {
    const change = { changes: [{ indicator: '4.5', variable: 'a', supplier: 'SO-KHCN' }, { indicator: '8.2', variable: 'a', supplier: 'SO-KHCN' }], reason: 'Sở KH&CN tổng hợp số liệu của UBND cấp huyện và các doanh nghiệp viễn thông' };
    expectErrorShape((await t.http.post('/api/frameworks/province-dti-2024/suppliers').set(await auth('thamdinh.sotttt')).send(change)).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    const versions = await count(t, 'framework_versions');
    const admin = await auth('admin');
    // 3.1b reads the number of villages of section I (STT.9): it is changed where it is entered.
    const shared = await t.http.post('/api/frameworks/province-dti-2024/suppliers').set(admin).send({ ...change, changes: [{ indicator: '3.1', variable: 'b', supplier: 'SO-KHCN' }, { indicator: '9.9', supplier: 'SO-KHCN' }] });
    expectErrorShape(shared.body, 400, 'FRAMEWORK.SUPPLIERS_INVALID');
    expect(shared.body.details).toEqual([{ indicator: '3.1', variable: 'b', problem: 'SHARED_VARIABLE' }, { indicator: '9.9', problem: 'NO_SUCH_ITEM' }]);
    for (const supplier of ['TP-BIEN-HOA', 'KHONG-CO']) {
      const res = await t.http.post('/api/frameworks/province-dti-2024/suppliers').set(admin).send({ ...change, changes: [{ indicator: '4.5', supplier }] });
      expectErrorShape(res.body, 400, 'FRAMEWORK.SUPPLIER_NOT_AGENCY');
    }
    for (const body of [{ ...change, reason: '   ' }, { ...change, changes: [] }, { ...change, changes: [{ indicator: '../4.5', supplier: 'SO-KHCN' }] }]) {
      expectErrorShape((await t.http.post('/api/frameworks/province-dti-2024/suppliers').set(admin).send(body)).body, 400, 'REQUEST.VALIDATION_FAILED');
    }
    expect(await count(t, 'framework_versions')).toBe(versions);

    // As the form stands, two items go to groups that are no single unit: the cycle cannot open.
    const refused = await t.http.post('/api/cycles').set(admin).send(provinceCycle(2084, 1));
    expectErrorShape(refused.body, 400, 'CYCLE.SUPPLIER_NOT_REGISTERED');
    expect(refused.body.details.missing.sort()).toEqual(['DN-VIEN-THONG', 'UBND-HUYEN']);
    expect(refused.body.message).toContain('giao các chỉ số của nó cho cơ quan đầu mối khác');

    const done = await t.http.post('/api/frameworks/province-dti-2024/suppliers').set(admin).send(change);
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ code: 'province-dti-2024', version: 2, isFrozen: false });
    // From the version before, the change would undo this one: refused.
    const stale = await t.http.post('/api/frameworks/province-dti-2024/suppliers').set(admin).send({ ...change, version: 1, changes: [{ indicator: '1.4', supplier: 'SO-KHCN' }] });
    expectErrorShape(stale.body, 409, 'FRAMEWORK.NOT_LATEST');
    const v2 = (await t.http.get('/api/frameworks/province-dti-2024?version=2').set(admin)).body.definition;
    const leaf = (code: string) => v2.indicators.flatMap((m: { children: unknown[] }) => m.children).find((d: { code: string }) => d.code === code);
    expect(leaf('4.5').variables.map((v: { supplier: string }) => v.supplier)).toEqual(['SO-KHCN', 'CA-TINH']);
    const [entry] = await t.db.query(`SELECT * FROM audit_entries WHERE action = 'FRAMEWORK.SUPPLIERS_CHANGED'`);
    expect(entry.reason).toBe(change.reason);
    const before = typeof entry.before === 'string' ? JSON.parse(entry.before) : entry.before;
    expect(before.changes).toEqual([{ indicator: '4.5', variable: 'a', supplier: 'UBND-HUYEN' }, { indicator: '8.2', variable: 'a', supplier: 'DN-VIEN-THONG' }]);

    // Departments and districts are compared among themselves (Điều 6): no national reference there.
    const districts = await t.http.post('/api/cycles').set(admin).send(cycleFor(2082));
    const refused5 = await t.http.put(`/api/cycles/${districts.body.id}/references/5.1`).set(await auth('thamdinh.sotttt')).send({ value: 1, source: 'Bất kỳ' });
    expectErrorShape(refused5.body, 400, 'CYCLE.NOT_A_RELATIVE_ITEM');
  });

  it('plays a province cycle: agencies on their items, shared values, return and correction, 7.5 against the nation, approval, the form exported', async () => {
    const admin = await auth('admin');
    // The year before, entered but not finished: the export compares with it.
    const before = await t.http.post('/api/cycles').set(admin).send(provinceCycle(2083, 2));
    expect(before.status).toBe(201);
    const [{ id: lastYear }] = await t.db.query(`SELECT id FROM submissions WHERE cycleId = ?`, [before.body.id]);
    await fillAll(Number(lastYear), 2024, {});

    const opened = await t.http.post('/api/cycles').set(admin).send(provinceCycle(2084, 2));
    expect(opened.status).toBe(201);
    expect(opened.body.submissions).toBe(1);
    const [row] = await t.db.query(`SELECT id FROM submissions WHERE cycleId = ?`, [opened.body.id]);
    const id = Number(row.id);
    const provinceId = await unitIdByCode(t, 'TINH-DN');

    // Who owes what, before anything is entered: every focal agency of the form, the province's own section I.
    const progress = async (who: string) => (await t.http.get(`/api/submissions/${id}/suppliers`).set(await auth(who))).body;
    const start = await progress('lanhdao.tinh');
    expect(start.unitId).toBe(provinceId);
    const parties = start.parties.map((p: { party: string }) => p.party);
    expect(parties[0]).toBe('UNIT');
    expect(parties.sort()).toEqual(['BAO-TINH', 'BUU-DIEN', 'CA-TINH', 'CUC-TK', 'DAI-PTTH-TINH', 'HHDN-TINH', 'SO-CT', 'SO-KHCN', 'SO-NV', 'SO-TC', 'TINH-DOAN', 'UNIT', 'VP-UBND']);
    expect(start.parties.find((p: { party: string }) => p.party === 'UNIT').items.map((i: { code: string }) => i.code)).toEqual(['STT.1', 'STT.2', 'STT.3']);
    // An agency sees its own row only.
    const mine = await progress('daumoi.congan');
    expect(mine.parties.map((p: { party: string }) => p.party)).toEqual(['CA-TINH']);
    expect(mine.parties[0].items.map((i: { code: string }) => i.code)).toEqual(['STT.4', 'STT.5', 'STT.6', '3.3', '4.5', '8.1']);

    // 7.2 (seed 004): "b = dân số trên địa bàn tỉnh (nghìn người); Tỷ lệ = a/b. Tỷ lệ ≥ 0,5 điểm tối đa;
    // Tỷ lệ <0,5: điểm = Điểm tối đa * tỷ lệ", maximum 30. a = 600, b = STT.4 = 3000: 0.2 → 30 × 0.2 = 6.
    // 6.9: "Tỷ lệ=(a+b)/c … Tỷ lệ<1%: Tỷ lệ/1%*Điểm tối đa" (30): (100 + 50)/30000 = 0.5 % → 15.
    // 7.5: a = 300 domains, b = 7.3b = 20000 businesses → 0.015, compared with the nation's best later.
    await fillAll(id, 2024, { 'STT.4': { value: 3000 }, '7.2': { a: 600 }, '6.9': { a: 100, b: 50, c: 30000 }, '7.5': { a: 300 }, '7.3': { b: 20000 } });
    expect(await pointsOf(id, '7.2')).toBe(6);
    expect(await pointsOf(id, '6.9')).toBe(15);
    // Entered once by Công an tỉnh, read by 7.2 (and 8.3): a correction recomputes every item that uses it.
    expect((await enter('daumoi.congan', id, 'STT.4', { value: 2400 })).status).toBe(200);
    expect(await pointsOf(id, '7.2')).toBe(7.5); // 600/2400 = 0.25 → 30 × 0.25
    // Nobody enters another's item: Sở Tài chính's 6.9 is not Công an's, nor the province's.
    expectErrorShape((await enter('daumoi.congan', id, '6.9', { a: 1 })).body, 403, 'SUBMISSION.NOT_YOUR_PART');

    // Evidence with where in the document the item is shown (the form's "chú thích rõ mục nào trong tài liệu").
    const link = { url: 'https://dongnai.gov.vn/van-ban/ke-hoach-cds-2024', title: 'Kế hoạch chuyển đổi số năm 2024', documentNumber: '45/KH-UBND', location: 'Mục II.3, trang 5' };
    const tricked = await t.http.post(`/api/submissions/${id}/indicators/2.2/evidence-links`).set(await auth('daumoi.sokhcn')).send({ ...link, location: 'Mục \u202Eii' });
    expectErrorShape(tricked.body, 400, 'REQUEST.VALIDATION_FAILED');
    const linked = await t.http.post(`/api/submissions/${id}/indicators/2.2/evidence-links`).set(await auth('daumoi.sokhcn')).send(link);
    expect(linked.status).toBe(201);
    expect(linked.body.location).toBe('Mục II.3, trang 5');

    // The province's head reminds Sở Tài chính of its part: a notice to its people, once an hour, audited.
    const remind = async (who: string, party: string) => t.http.post(`/api/submissions/${id}/suppliers/${party}/remind`).set(await auth(who));
    const reminded = await remind('lanhdao.tinh', 'SO-TC');
    expect(reminded.status).toBe(200);
    expect(reminded.body).toMatchObject({ party: 'SO-TC', reminded: 1 });
    expectErrorShape((await remind('lanhdao.tinh', 'SO-TC')).body, 409, 'REMINDER.TOO_SOON');
    expectErrorShape((await remind('lanhdao.tinh', 'KHONG-CO')).body, 404, 'REMINDER.PARTY_NOT_FOUND');
    expectErrorShape((await remind('daumoi.congan', 'SO-TC')).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expect((await progress('lanhdao.tinh')).parties.find((p: { party: string }) => p.party === 'SO-TC').lastRemindedAt).not.toBeNull();
    const notices = (await t.http.get('/api/notifications').set(await auth('daumoi.sotc'))).body.items;
    expect(notices.find((n: { kind: string }) => n.kind === 'SUBMISSION.PART_REMINDED')).toMatchObject({ title: expect.stringContaining(`hồ sơ ${id}`), link: `/submissions/${id}` });
    expect(await count(t, `audit_entries WHERE action = 'SUBMISSION.PART_REMINDED'`)).toBe(1);

    // The head cannot submit while agencies owe their parts; each sends its own.
    expect((await move('canbo.tinh', id, { type: 'UNIT_PART_COMPLETE' })).status).toBe(201);
    expectErrorShape((await move('lanhdao.tinh', id, { type: 'SUBMIT' })).body, 409, 'SUBMISSION.ILLEGAL_TRANSITION');
    for (const party of parties.filter((p: string) => p !== 'UNIT')) {
      const res = await move(await accountOf(party), id, { type: 'AGENCY_PART_COMPLETE' });
      expect([party, res.status]).toEqual([party, 201]);
    }
    expect((await progress('thamdinh.sotttt')).parties.every((p: { done: boolean; missing: number }) => p.done && p.missing === 0)).toBe(true);
    expectErrorShape((await remind('thamdinh.sotttt', 'SO-NV')).body, 409, 'REMINDER.NOTHING_OWED');
    expect((await move('lanhdao.tinh', id, { type: 'SUBMIT' })).status).toBe(201);

    // STTTT returns 6.9 to Sở Tài chính with the reason; only Sở Tài chính corrects it and resends.
    expect((await move('thamdinh.sotttt', id, { type: 'START_VERIFICATION' })).status).toBe(201);
    expect((await move('thamdinh.sotttt', id, { type: 'RETURN', indicators: ['6.9'], reason: 'Thiếu số liệu chi thường xuyên theo báo cáo quyết toán' })).status).toBe(201);
    const returned = await progress('thamdinh.sotttt');
    expect(returned.parties.filter((p: { awaited: boolean }) => p.awaited).map((p: { party: string }) => p.party)).toEqual(['SO-TC']);
    expectErrorShape((await enter('daumoi.sokhcn', id, '6.9', { a: 1 })).body, 409, 'SUBMISSION.NOT_EDITABLE');
    expect((await enter('daumoi.sotc', id, '6.9', { a: 200, b: 100, c: 30000 })).status).toBe(200);
    expect(await pointsOf(id, '6.9')).toBe(30); // (200 + 100)/30000 = 1 % → "Tỷ lệ>=1%: Điểm tối đa"
    expect((await move('daumoi.sotc', id, { type: 'AGENCY_RESUBMIT' })).status).toBe(201);

    // Verified as entered, accepted by the province's head, consolidated.
    const reviewer = await auth('thamdinh.sotttt');
    expect((await t.http.post(`/api/submissions/${id}/verification/accept-unchanged`).set(reviewer)).status).toBe(200);
    expect((await t.http.post(`/api/submissions/${id}/verify`).set(reviewer)).status).toBe(200);
    expect((await move('lanhdao.tinh', id, { type: 'ACCEPT' })).status).toBe(201);
    const consolidate = async () => expect((await t.http.post(`/api/cycles/${opened.body.id}/consolidations`).set(reviewer).send({})).status).toBe(201);
    const sendToChair = async () => t.http.post(`/api/cycles/${opened.body.id}/send-to-chair`).set(reviewer);
    await consolidate();
    // Alone, the province would be its own best on 7.5: without the nation's figure it waits, and nothing goes to the chair.
    const [waiting] = (await t.http.get(`/api/cycles/${opened.body.id}/results`).set(reviewer)).body.runs[0].ranking;
    expect(waiting.indicators.find((l: { code: string }) => l.code === '7.5')).toMatchObject({ points: null, status: 'PENDING' });
    expectErrorShape((await sendToChair()).body, 409, 'CYCLE.REFERENCE_MISSING');

    // 7.5 against the best province of the country, entered by STTTT with its source.
    const reference = { value: 0.03, source: 'Báo cáo DTI năm 2083 của Bộ, Phụ lục 2, trang 14' };
    expectErrorShape((await t.http.put(`/api/cycles/${opened.body.id}/references/7.5`).set(admin).send(reference)).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expectErrorShape((await t.http.put(`/api/cycles/${opened.body.id}/references/7.4`).set(reviewer).send(reference)).body, 400, 'CYCLE.NOT_A_RELATIVE_ITEM');
    for (const bad of [{ ...reference, value: -1 }, { ...reference, value: '0x10' }, { ...reference, source: '' }, { value: 0.03 }, { ...reference, value: 0.1234567 }]) {
      expectErrorShape((await t.http.put(`/api/cycles/${opened.body.id}/references/7.5`).set(reviewer).send(bad)).body, 400, 'REQUEST.VALIDATION_FAILED');
    }
    expect((await t.http.put(`/api/cycles/${opened.body.id}/references/7.5`).set(reviewer).send(reference)).status).toBe(200);
    // The run before the reference compared with nothing: consolidate again first.
    expectErrorShape((await sendToChair()).body, 409, 'CYCLE.REFERENCE_CHANGED');
    await consolidate();
    const [province] = (await t.http.get(`/api/cycles/${opened.body.id}/results`).set(reviewer)).body.runs[0].ranking;
    // 7.5 (30): "điểm = tỷ lệ của địa phương/tỷ lệ của địa phương cao nhất * điểm tối đa": 0.015/0.03 × 30 = 15.
    expect(province.indicators.find((l: { code: string }) => l.code === '7.5')).toMatchObject({ points: 15 });
    expect(province.indicators.find((l: { code: string }) => l.code === '7.5').trace).toContain('giá trị tham chiếu');
    expect((await sendToChair()).status).toBe(200);
    // With the chair, the figure the result was compared with stays as it is.
    expectErrorShape((await t.http.put(`/api/cycles/${opened.body.id}/references/7.5`).set(reviewer).send(reference)).body, 409, 'CYCLE.REFERENCE_CLOSED');
    expect((await t.http.post(`/api/cycles/${opened.body.id}/approve`).set(await auth('chutich'))).status).toBe(200);

    // Before publication the province's own download shows what its own screens show: 7.5 waits
    // for the comparison there (the consolidated figure is the chair's until published).
    const sheetRows = async (who: string) => {
      const res = await t.http.get(`/api/submissions/${id}/province-form.xlsx`).set(await auth(who)).buffer(true).parse(binary);
      expect(res.status).toBe(200);
      const b = new ExcelJS.Workbook();
      await b.xlsx.load(res.body);
      return { book: b, rows: (b.worksheets[0].getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1)) };
    };
    const early = (await sheetRows('lanhdao.tinh')).rows;
    expect(early.find((r) => r[0] === '7.5')![8]).toBeUndefined();
    expect(early[2][0]).toContain('điểm sau thẩm định');

    // The form itself, filled: the seed's header, section I's figures, "a= …" rows, evidence with its place, the focal agencies.
    // STTTT's download: the consolidated points.
    const { book, rows } = await sheetRows('thamdinh.sotttt');
    const compare = book.worksheets[1];
    expect(rows[0][0]).toBe('CHỈ SỐ DTI CẤP TỈNH NĂM 2084');
    expect(rows[3].slice(0, 8)).toEqual(['STT', 'Chỉ số/Chỉ số thành phần', 'Cách xác định và tính điểm', 'Điểm tối đa', 'Ghi chú', 'Số liệu', 'Tài liệu kiểm chứng (chú thích rõ mục nào trong tài liệu nếu có nhiều trang)', 'Đầu mối cung cấp số liệu, tài liệu kiểm chứng']);
    const at = (first: unknown) => rows.find((r) => r[0] === first)!;
    expect(at('4').slice(0, 2)).toEqual(['4', 'Số lượng dân số (nghìn người)']);
    expect(at('4')[5]).toBe(2400);
    expect(at('4')[7]).toBe('Công an tỉnh');
    expect(at('II')[1]).toBe('Chỉ số đánh giá');
    expect(at('2.2')[6]).toContain('Mục II.3, trang 5');
    expect(at('6.9')[7]).toBe('Sở Tài chính');
    expect(at('6.9')[8]).toBe(30);
    expect(at('7.5')[8]).toBe(15);
    const i75 = rows.findIndex((r) => r[0] === '7.5');
    expect(rows[i75 + 1].slice(1, 8)).toEqual(['a= Tổng số tên miền .vn trên địa bàn', undefined, undefined, undefined, 300, undefined, 'Sở Công Thương']);
    expect(rows[i75 + 2][1]).toContain('(số liệu của mục 7.3)');
    expect(rows[i75 + 2][5]).toBe(20000);
    // And the year before, main indicator by main indicator.
    expect(compare.name).toBe('So sánh năm trước');
    const lines = (compare.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(lines[2]).toEqual(['STT', 'Chỉ số', 'Điểm tối đa', 'Năm 2083', 'Năm 2084', 'Thay đổi']);
    expect(lines.slice(3, 11).map((l) => l[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(lines[11][1]).toBe('Tổng điểm');
    expect(lines[11][2]).toBe(1000);
    expect(typeof lines[11][3]).toBe('number');

    // Published, the province's own download has the consolidated points too.
    expect((await t.http.post(`/api/cycles/${opened.body.id}/publish`).set(await auth('chutich'))).status).toBe(200);
    expect((await sheetRows('lanhdao.tinh')).rows.find((r) => r[0] === '7.5')![8]).toBe(15);

    // An agency supplies items of the form but does not send the province's form.
    expectErrorShape((await t.http.get(`/api/submissions/${id}/province-form.xlsx`).set(await auth('daumoi.congan'))).body, 403, 'ACCESS.FORBIDDEN_ROLE');
  });

  it('with evidence required, shows whose items still lack their evidence, until it is attached', async () => {
    const opened = await t.http.post('/api/cycles').set(await auth('admin')).send({ ...provinceCycle(2081, 2), evidenceRequired: true });
    expect(opened.status).toBe(201);
    const [{ id }] = await t.db.query(`SELECT id FROM submissions WHERE cycleId = ?`, [opened.body.id]);
    const khcn = async () => (await t.http.get(`/api/submissions/${id}/suppliers`).set(await auth('lanhdao.tinh'))).body.parties.find((p: { party: string }) => p.party === 'SO-KHCN');
    // 1.1 (10): "Người đứng đầu là Trưởng ban Ban chỉ đạo chuyển đổi số và có hoạt động chủ trì, chỉ đạo
    // chuyển đổi số: Điểm tối đa", evidence "TLKC là vb cấp thẩm quyền phê duyệt": Sở KH&CN's item.
    expect((await enter('daumoi.sokhcn', Number(id), '1.1', { headChairsAndLeads: true })).status).toBe(200);
    expect(await khcn()).toMatchObject({ evidenceMissing: 1 });
    expect((await khcn()).items.find((i: { code: string }) => i.code === '1.1')).toMatchObject({ missing: [], evidenceMissing: true });
    const link = { url: 'https://dongnai.gov.vn/van-ban/qd-bcd-cds', title: 'Quyết định thành lập Ban Chỉ đạo', location: 'Điều 1, trang 1' };
    expect((await t.http.post(`/api/submissions/${id}/indicators/1.1/evidence-links`).set(await auth('daumoi.sokhcn')).send(link)).status).toBe(201);
    expect(await khcn()).toMatchObject({ evidenceMissing: 0 });

    // Báo Đồng Nai has work in the province's cycles only (1.4): its page opens there, not on the districts'.
    const [{ id: districts }] = await t.db.query(`SELECT id FROM assessment_cycles WHERE code = 'DTI-2082'`);
    const work = (await t.http.get('/api/cycles/agency-work').set(await auth('daumoi.baotinh'))).body;
    expect(work).toContain(opened.body.id);
    expect(work).not.toContain(Number(districts));
    expect((await t.http.get('/api/cycles/agency-work').set(await auth('daumoi.congan'))).body).toContain(Number(districts));
  });
});
