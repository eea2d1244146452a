import ExcelJS from 'exceljs';
import { readBundledFrameworks } from '../modules/frameworks/bundled-frameworks.js';
import type { IndicatorDef } from '../modules/scoring/engine/framework.types.js';
import { binary, createTestApp, cycleFor, expectErrorShape, finishCycle, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

/**
 * Điều 7a: "Định kỳ Quý, 6 tháng, các đơn vị thực hiện báo cáo số liệu … Kết quả năm báo cáo UBND
 * tỉnh để đánh giá xếp hạng." The report of Quý I on the department framework (Appendix I):
 * 2.1 "Đã ban hành: Điểm tối đa" (30), collected "Quý, 6 tháng, năm";
 * 4.1 "Tỷ lệ=(a+b+c+d)/(e+f) … Điểm = (g*h)/k", k the highest ratio among the units (10);
 * 9.1 is collected in the year's report only, so a quarter's maximum leaves it out.
 *
 * Sở Y tế: 2.1 yes → 30 (verified at 15 later); 4.1 8/20 = 40 % (the best) → 10.
 * Sở Nội vụ: 2.1 yes → 30; 4.1 4/20 = 20 % → 10 × 20/40 = 5. The 15 other departments enter nothing.
 * Before verification (self scores): Y tế 40 (1st), Nội vụ 35 (2nd), 15 × 0 → average 75/17 = 4.41.
 * After: Y tế 15 + 10 = 25 (2nd), Nội vụ 35 (1st).
 * The year so far (2.1 "Trung bình" over the four reports, 4.1 "Kỳ cuối" = the year's report, empty):
 * Y tế 15/4 = 3.75, Nội vụ 30/4 = 7.5.
 */
describe('reporting periods: the period report and a unit\'s own standing', () => {
  let t: TestApp;
  let cycleId: number;
  const as: Record<string, Record<string, string>> = {};
  const submissionOf = async (unitCode: string, period: string) =>
    Number((await t.db.query(`SELECT id FROM submissions WHERE unitId = ? AND period = ? AND cycleId = ?`, [await unitIdByCode(t, unitCode), period, cycleId]))[0].id);
  const enter = async (who: string, unitCode: string, code: string, values: object) => {
    const res = await t.http.put(`/api/submissions/${await submissionOf(unitCode, 'Q1')}/indicators/${code}`).set(as[who]).send({ values });
    expect({ code, status: res.status }).toEqual({ code, status: 200 });
  };
  const standing = (who: string, query = '') => t.http.get(`/api/cycles/${cycleId}/my-standing${query}`).set(as[who]);
  const report = (who: string, period = 'Q1') => t.http.get(`/api/cycles/${cycleId}/periods/${period}/report`).set(as[who]);
  const staff = (a: number) => ({ a, b: 0, c: 0, d: 0, e: 20, f: 0 });

  beforeAll(async () => {
    t = await createTestApp({ DEADLINE_JOB: 'off' });
    for (const u of ['admin', 'canbo.soyte', 'lanhdao.soyte', 'canbo.bienhoa', 'thamdinh.sotttt', 'chutich', 'daumoi.sonoivu']) as[u] = { Authorization: `Bearer ${await tokenFor(t, u)}` };
    const opened = await t.http.post('/api/cycles').set(as.admin).send(cycleFor(2092, { frameworks: [{ unitKind: 'DEPARTMENT', code: 'department' }], schedule: 'QUARTERLY' }));
    expect(opened.status).toBe(201);
    cycleId = opened.body.id;
    const nv = await t.http.post('/api/users').set(as.admin).send({ username: 'canbo.sonoivu', fullName: 'Cán bộ Sở Nội vụ', password: 'mot-mat-khau-dai', role: 'UNIT_OFFICER', unitId: await unitIdByCode(t, 'SO-NV') });
    expect(nv.status).toBe(201);
    as.nv = { Authorization: `Bearer ${await tokenFor(t, 'canbo.sonoivu', 'mot-mat-khau-dai')}` };
    await enter('canbo.soyte', 'SO-YT', '2.1', { issued: true });
    await enter('canbo.soyte', 'SO-YT', '4.1', staff(8));
    await enter('nv', 'SO-NV', '2.1', { issued: true });
    await enter('nv', 'SO-NV', '4.1', staff(4));
  }, 60_000);
  afterAll(() => t.close());

  it('shows unit staff their own provisional total and rank with the kind\'s average and highest, nothing of another unit', async () => {
    const res = await standing('canbo.soyte', '?period=Q1');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ period: 'Q1', periodLabel: 'Quý I', provisional: true, unit: { code: 'SO-YT' }, total: 40, rank: 1, of: 17, average: 4.41, highest: 40, maxPoints: quarterMax() });
    expect(Object.keys(res.body)).not.toEqual(expect.arrayContaining(['rows']));
    expect(JSON.stringify(res.body)).not.toContain('SO-NV');
    expect((await standing('nv', '?period=Q1')).body).toMatchObject({ total: 35, rank: 2 });
    expectErrorShape((await standing('thamdinh.sotttt')).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expectErrorShape((await standing('canbo.bienhoa')).body, 400, 'RESULTS.UNIT_KIND_NOT_IN_CYCLE');
    expectErrorShape((await standing('canbo.soyte', '?period=Q2')).body, 400, 'REQUEST.VALIDATION_FAILED');
  });

  it('refuses the period report until every report of the period is verified, naming the units', async () => {
    const early = await report('thamdinh.sotttt');
    expectErrorShape(early.body, 409, 'RESULTS.PERIOD_NOT_VERIFIED');
    expect(early.body.message).toContain('Sở Y tế (Đang nhập liệu)');
    expect(early.body.details.notVerified).toHaveLength(17);
  });

  it('makes the period report once the period is verified: every unit\'s period score and a provisional ranking, on screen and in Excel', async () => {
    const id = await submissionOf('SO-YT', 'Q1');
    const move = async (who: string, type: string) => {
      const res = await t.http.post(`/api/submissions/${id}/events`).set(as[who]).send({ type });
      expect({ type, status: res.status, body: res.status === 201 ? null : res.body }).toEqual({ type, status: 201, body: null });
    };
    await move('canbo.soyte', 'UNIT_PART_COMPLETE');
    await move('lanhdao.soyte', 'SUBMIT');
    await move('thamdinh.sotttt', 'START_VERIFICATION');
    expect((await t.http.put(`/api/submissions/${id}/verification/2.1`).set(as['thamdinh.sotttt']).send({ points: 15, reason: 'Nghị quyết ban hành sau kỳ báo cáo' })).status).toBe(200);
    await t.http.post(`/api/submissions/${id}/verification/accept-unchanged`).set(as['thamdinh.sotttt']);
    expect((await t.http.post(`/api/submissions/${id}/verify`).set(as['thamdinh.sotttt'])).status).toBe(200);
    await finishCycle(t, cycleId, ['Q1']);

    const res = await report('thamdinh.sotttt');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ period: 'Q1', periodLabel: 'Quý I', provisional: true, unitKind: 'DEPARTMENT', maxPoints: quarterMax() });
    const rows = res.body.rows.map((r: { unitCode: string; total: number; rank: number }) => [r.unitCode, r.total, r.rank]);
    expect(rows.slice(0, 2)).toEqual([['SO-NV', 35, 1], ['SO-YT', 25, 2]]);
    expect(rows.slice(2).every(([, total, rank]: [string, number, number]) => total === 0 && rank === 3)).toBe(true);
    // Nội vụ entered but never submitted: closed by the reviewer, marked
    expect(res.body.rows[0].notSubmitted).toEqual([{ period: 'Q1', reason: 'Đơn vị không nộp hồ sơ đúng hạn' }]);
    expect((await report('chutich')).status).toBe(200);
    expectErrorShape((await report('lanhdao.soyte')).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expectErrorShape((await report('thamdinh.sotttt', 'YEAR')).body, 400, 'RESULTS.YEAR_IS_CONSOLIDATED');
    expectErrorShape((await report('thamdinh.sotttt', 'Q9')).body, 404, 'CYCLE.PERIOD_NOT_IN_CYCLE');

    const xlsx = await t.http.get(`/api/cycles/${cycleId}/periods/Q1/report.xlsx`).set(as['thamdinh.sotttt']).buffer(true).parse(binary);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('Tạm tính Quý I');
    expect(String(sheet.getRow(1).getCell(1).value)).toContain('KẾT QUẢ TẠM TÍNH');
    const first = sheet.getRow(4).values as unknown[];
    expect(first.slice(1, 5)).toEqual([1, 'SO-NV', 'Sở Nội vụ', 'Hoàn thành']);
    expect(first).toContain(35);
    // The spreadsheet is refused to whoever may not read the report on screen, with the same code.
    for (const who of ['lanhdao.soyte', 'canbo.soyte', 'daumoi.sonoivu']) {
      const refused = await t.http.get(`/api/cycles/${cycleId}/periods/Q1/report.xlsx`).set(as[who]);
      expect([who, refused.status]).toEqual([who, 403]);
      expectErrorShape(refused.body, 403, 'ACCESS.FORBIDDEN_ROLE');
    }
  });

  it('counts the reviewer\'s points in a unit\'s standing once verified, and aggregates the year so far', async () => {
    expect((await standing('canbo.soyte', '?period=Q1')).body).toMatchObject({ total: 25, rank: 2, highest: 35 });
    const year = await standing('canbo.soyte');
    expect(year.body).toMatchObject({ period: null, total: 3.75, rank: 2, of: 17, highest: 7.5, maxPoints: 1000 });
  });
});

/** The maxima of the department leaves a quarter's report collects ("Kỳ đánh giá" listing "Quý"). */
function quarterMax(): number {
  const department = readBundledFrameworks().find((f) => f.code === 'department')!;
  const leaves = (defs: IndicatorDef[]): IndicatorDef[] => defs.flatMap((d) => (d.children ? leaves(d.children) : [d]));
  return leaves(department.indicators).filter((d) => !d.periods?.length || d.periods.includes('QUARTER')).reduce((n, d) => n + d.maxPoints, 0);
}
