import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { binary, count, createTestApp, cycleFor, expectErrorShape, TestApp, tokenFor } from './support/test-app.js';

const workbook = async (body: Buffer) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ExcelJS.Buffer);
  return book;
};
const rowsOf = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : []));

/**
 * District framework, Appendix II: 8.1 "Tỷ lệ người dân có danh tính số", reported by the district,
 * ratio a/b × 15 points, a (people with a digital identity) part of b (the population); Appendix III
 * gives Công an tỉnh its assessment ("cung cấp thông tin và đánh giá"): its own figure per district,
 * entered from the agency's spreadsheet. The districts' own values: Biên Hòa 40/100 → 6; Long Khánh 80/100 → 12.
 */
describe('Excel templates, import and export', () => {
  let t: TestApp;
  let cycleId: number;
  const as: Record<string, Record<string, string>> = {};
  const download = (who: string, path: string) => t.http.get(path).set(as[who]).buffer(true).parse(binary);
  const upload = (who: string, file: Buffer, query = '') =>
    t.http.post(`/api/cycles/${cycleId}/import${query}`).set(as[who]).attach('file', file, { filename: 'nhap-lieu.xlsx' });
  let template: ExcelJS.Workbook;
  const filled = async (values: Record<string, unknown>, extra: unknown[][] = []) => {
    // values: "UNIT-CODE.key" → cell
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Nhập liệu');
    for (const row of rowsOf(template.getWorksheet('Nhập liệu')!)) {
      const key = `${row[1]}.${row[5]}`;
      sheet.addRow(key in values ? [...row.slice(0, 8), values[key]] : row.slice(0, 8));
    }
    for (const row of extra) sheet.addRow(row);
    return Buffer.from(await book.xlsx.writeBuffer());
  };

  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['admin', 'daumoi.congan', 'canbo.bienhoa', 'lanhdao.bienhoa', 'canbo.longkhanh', 'thamdinh.sotttt']) as[u] = { Authorization: `Bearer ${await tokenFor(t, u)}` };
    const res = await t.http.post('/api/cycles').set(as.admin).send(cycleFor(2092));
    cycleId = res.body.id;
  });
  afterAll(() => t.close());

  it("gives an assessing agency a template of its own part: every district, every variable it gives a figure for", async () => {
    const res = await download('daumoi.congan', `/api/cycles/${cycleId}/import-template.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    template = await workbook(res.body);
    const rows = rowsOf(template.getWorksheet('Nhập liệu')!);
    expect(rows[0]).toEqual(['Mã hồ sơ', 'Mã đơn vị', 'Đơn vị', 'Kỳ', 'Chỉ số', 'Biến', 'Nội dung', 'Kiểu', 'Giá trị', 'Không áp dụng (lý do, Điều 5c)', 'Ghi chú']);
    expect(rows.slice(1)).toHaveLength(22); // 11 districts × 8.1 a and b
    expect(rows.find((r) => r[1] === 'TP-BIEN-HOA' && r[5] === 'a')).toEqual([expect.any(Number), 'TP-BIEN-HOA', 'UBND thành phố Biên Hòa', 'Năm', '8.1', 'a', 'Số người có danh tính số/ tài khoản định danh điện tử', 'Số nguyên']);
  });

  it('takes back the downloaded template as it is, and once its value cells are filled in place', async () => {
    const fresh = await download('daumoi.congan', `/api/cycles/${cycleId}/import-template.xlsx`);
    const asIs = await upload('daumoi.congan', fresh.body, '?dryRun=true');
    expect(asIs.status).toBe(200);
    expect(asIs.body).toMatchObject({ problems: [], applied: 0 });
    // filled in Excel: only the value cells change, everything else stays as downloaded
    const book = await workbook(fresh.body);
    const sheet = book.getWorksheet('Nhập liệu')!;
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(2).value === 'H-NHON-TRACH') row.getCell(9).value = row.getCell(6).value === 'a' ? 30 : 100;
    });
    const edited = await upload('daumoi.congan', Buffer.from(await book.xlsx.writeBuffer()), '?dryRun=true');
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ problems: [], rows: 2 });
  });

  it('a dry run reports every bad row and cell by position and reason, and writes nothing', async () => {
    const otherUnitsRow = rowsOf(template.getWorksheet('Nhập liệu')!)[1];
    const file = await filled(
      { 'TP-BIEN-HOA.a': 40, 'TP-BIEN-HOA.b': 100, 'TP-LONG-KHANH.a': 150, 'TP-LONG-KHANH.b': 100, 'H-NHON-TRACH.a': 'mười' },
      [[otherUnitsRow[0], 'TP-BIEN-HOA', '', 'YEAR', '1.1', 'programmes', '', 'count', 3], ['', '', '', '', '8.1', 'a', '', '', 5]],
    );
    const before = await count(t, 'agency_figures');
    const res = await upload('daumoi.congan', file, '?dryRun=true');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, applied: 0 });
    const byRow = new Map(res.body.problems.map((p: { row: number }) => [p.row, p]));
    const rowOf = (unit: string, key: string) => 2 + rowsOf(template.getWorksheet('Nhập liệu')!).slice(1).findIndex((r) => r[1] === unit && r[5] === key);
    expect(byRow.get(rowOf('TP-LONG-KHANH', 'a'))).toMatchObject({ column: 'Giá trị', reason: expect.stringContaining('a = 150 lớn hơn b = 100') });
    expect(byRow.get(rowOf('H-NHON-TRACH', 'a'))).toMatchObject({ reason: '8.1.a: phải là số nguyên không âm' });
    expect(byRow.get(24)).toMatchObject({ reason: 'Các biến này do đơn vị khác cung cấp' });
    expect(byRow.get(25)).toMatchObject({ column: 'Mã hồ sơ' });
    expect(byRow.has(rowOf('TP-BIEN-HOA', 'a'))).toBe(false);
    expect(await count(t, 'agency_figures')).toBe(before);
    // the real import of the same file is refused as a whole, with the same report
    const real = await upload('daumoi.congan', file);
    expectErrorShape(real.body, 422, 'REPORT.IMPORT_REFUSED');
    expect(real.body.details.problems).toEqual(res.body.problems);
    expect(await count(t, 'agency_figures')).toBe(before);
  });

  it('imports all the rows in one go once every row passes, as the agency’s figures beside the districts’ own values', async () => {
    const file = await filled({ 'TP-BIEN-HOA.a': 40, 'TP-BIEN-HOA.b': 100, 'TP-LONG-KHANH.a': '80', 'TP-LONG-KHANH.b': 100 });
    const res = await upload('daumoi.congan', file);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: false, rows: 4, problems: [], applied: 4 });
    expect(await count(t, `audit_entries WHERE action = 'SUBMISSION.AGENCY_FIGURE_ENTERED'`)).toBe(2);
    // the districts' own self-assessment is untouched; they enter it themselves
    expect(await count(t, 'indicator_values')).toBe(0);
    const submissionOf = async (unit: string) => Number((await t.db.query(`SELECT s.id FROM submissions s JOIN units u ON u.id = s.unitId WHERE u.code = ? AND s.cycleId = ?`, [unit, cycleId]))[0].id);
    for (const [who, unit, a] of [['canbo.bienhoa', 'TP-BIEN-HOA', 40], ['canbo.longkhanh', 'TP-LONG-KHANH', 80]] as const) {
      expect((await t.http.put(`/api/submissions/${await submissionOf(unit)}/indicators/8.1`).set(as[who]).send({ values: { a, b: 100 } })).status).toBe(200);
    }
    // the unit's own template, with what it entered (a yes/no and numbers) filled in, goes back as it is
    expect((await t.http.put(`/api/submissions/${await submissionOf('TP-BIEN-HOA')}/indicators/4.7`).set(as['canbo.bienhoa']).send({ values: { has_staff: true } })).status).toBe(200);
    const own = await download('canbo.bienhoa', `/api/cycles/${cycleId}/import-template.xlsx`);
    const back = await upload('canbo.bienhoa', own.body, '?dryRun=true');
    expect(back.body).toMatchObject({ problems: [], rows: 3 });

    // the N/A reason (Điều 5c) and the comment are columns of their own, once per indicator
    const book = await workbook(own.body);
    const sheet = book.getWorksheet('Nhập liệu')!;
    const firstRowOf = (code: string) => { let found = 0; sheet.eachRow((row, n) => { if (!found && n > 1 && row.getCell(5).value === code) found = n; }); return sheet.getRow(found); };
    firstRowOf('1.2').getCell(10).value = 'Không tổ chức hội nghị trong năm';
    firstRowOf('8.1').getCell(11).value = 'Theo báo cáo của Công an tỉnh đến 31/12';
    const withText = await upload('canbo.bienhoa', Buffer.from(await book.xlsx.writeBuffer()));
    expect(withText.body).toMatchObject({ problems: [], rows: 4 }); // the three values, and 1.2's row with its reason only
    const stored = await t.db.query(`SELECT indicatorCode, notApplicable, comment FROM indicator_values WHERE submissionId = ? AND indicatorCode IN ('1.2', '8.1') ORDER BY indicatorCode`, [await submissionOf('TP-BIEN-HOA')]);
    expect(stored.map((r: Record<string, unknown>) => [r.indicatorCode, r.notApplicable, r.comment])).toEqual([['1.2', 'Không tổ chức hội nghị trong năm', null], ['8.1', null, 'Theo báo cáo của Công an tỉnh đến 31/12']]);
    // downloaded again they are there, and the file goes back as it is
    const again = await download('canbo.bienhoa', `/api/cycles/${cycleId}/import-template.xlsx`);
    const againRows = rowsOf((await workbook(again.body)).getWorksheet('Nhập liệu')!);
    expect(againRows.find((r) => r[4] === '1.2')![9]).toBe('Không tổ chức hội nghị trong năm');
    expect((await upload('canbo.bienhoa', again.body, '?dryRun=true')).body.problems).toEqual([]);
    // two different reasons for one indicator are a problem on both rows, not a guess
    const twice = await workbook(again.body);
    const rows81: number[] = [];
    twice.getWorksheet('Nhập liệu')!.eachRow((row, n) => { if (n > 1 && row.getCell(5).value === '8.1') { rows81.push(n); row.getCell(11).value = `ghi chú ${n}`; } });
    const conflict = await upload('canbo.bienhoa', Buffer.from(await twice.xlsx.writeBuffer()), '?dryRun=true');
    expect(conflict.body.problems.filter((p: { column: string }) => p.column === 'Ghi chú').map((p: { row: number }) => p.row)).toEqual(rows81);
  });

  it('refuses a small workbook that unpacks to millions of cells, before unpacking it, while the app keeps answering', async () => {
    // A real workbook whose sheet is swapped for 400,000 rows: about 1 MB on disk, 80 MB unpacked.
    const base = await JSZip.loadAsync(await filled({}));
    const row = (n: number) => `<row r="${n}"><c r="A${n}"><v>1</v></c><c r="E${n}" t="inlineStr"><is><t>8.1</t></is></c><c r="I${n}"><v>1</v></c></row>`;
    const rows: string[] = [];
    for (let n = 1; n <= 400_000; n++) rows.push(row(n));
    base.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`);
    const bomb = await base.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    const [res, health] = await Promise.all([upload('daumoi.congan', bomb, '?dryRun=true'), t.http.get('/api/health')]);
    expectErrorShape(res.body, 413, 'REPORT.WORKBOOK_TOO_LARGE');
    expect(res.body.message).toMatch(/giải nén ra \d+ MB|nén bất thường/);
    expect(health.status).toBe(200);

    // Under the unpacked limit but past the row limit: the reading stops at row 50,001.
    const many = await JSZip.loadAsync(await filled({}));
    const some: string[] = [];
    for (let n = 1; n <= 60_000; n++) some.push(`<row r="${n}"><c r="I${n}"><v>1</v></c></row>`);
    many.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${some.join('')}</sheetData></worksheet>`);
    const tooMany = await upload('daumoi.congan', await many.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), '?dryRun=true');
    expectErrorShape(tooMany.body, 413, 'REPORT.TOO_MANY_ROWS');

    // One row numbered 10,000,000 is counted by its number, not read as ten million blank rows first.
    const far = await JSZip.loadAsync(await filled({}));
    far.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="10000000"><c r="I10000000"><v>1</v></c></row></sheetData></worksheet>`);
    expectErrorShape((await upload('daumoi.congan', await far.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), '?dryRun=true')).body, 413, 'REPORT.TOO_MANY_ROWS');
  });

  it('refuses a file that is not a workbook, a missing file and an oversized one, writing nothing', async () => {
    expectErrorShape((await upload('daumoi.congan', Buffer.from('STT;Chỉ số\n1;8.1'))).body, 400, 'REPORT.NOT_A_WORKBOOK');
    expectErrorShape((await t.http.post(`/api/cycles/${cycleId}/import`).set(as['daumoi.congan'])).body, 400, 'REPORT.FILE_REQUIRED');
    expect((await upload('daumoi.congan', Buffer.alloc(6 * 1024 * 1024, 1))).status).toBe(413);
    expectErrorShape((await upload('thamdinh.sotttt', Buffer.from('x'))).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    expect((await download('thamdinh.sotttt', `/api/cycles/${cycleId}/import-template.xlsx`)).status).toBe(403);
    expectErrorShape((await upload('daumoi.congan', Buffer.from('x'), '?dryRun=maybe')).body, 400, 'REQUEST.VALIDATION_FAILED');
    expect(await count(t, `audit_entries WHERE action = 'SUBMISSION.AGENCY_FIGURE_ENTERED'`)).toBe(2);
  });

  it("exports a unit's framework table with numbers as numbers and the Vietnamese text intact; only to whoever may see it", async () => {
    const [{ id }] = await t.db.query(`SELECT s.id FROM submissions s JOIN units u ON u.id = s.unitId WHERE u.code = 'TP-BIEN-HOA' AND s.cycleId = ?`, [cycleId]);
    const res = await download('lanhdao.bienhoa', `/api/submissions/${id}/report.xlsx`);
    expect(res.status).toBe(200);
    const sheet = (await workbook(res.body)).getWorksheet('Bảng chỉ số')!;
    const rows = rowsOf(sheet);
    // In Vietnamese throughout: the period and the status as people say them, never YEAR or draft.
    expect(rows[1].filter(Boolean)).toEqual(['Đơn vị: UBND thành phố Biên Hòa', 'Kỳ báo cáo: Năm', 'Trạng thái: Đang nhập liệu']);
    // the seed's own columns (Phụ lục II), then the scores
    expect(rows[2]).toEqual(['STT', 'Chỉ số/Chỉ số thành phần', 'Điểm tối đa', 'Cách xác định và tính điểm', 'Tài liệu kiểm chứng', 'Nguồn thu thập dữ liệu', 'Kỳ đánh giá', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Kết quả đánh giá']);
    // points shown with the reader's separators (1.234,5 in a Vietnamese Excel), never as text
    expect(sheet.getColumn(8).numFmt).toBe('#,##0.##');
    const r81 = rows.find((r) => r[0] === '8.1')!;
    expect(r81.slice(0, 3)).toEqual(['8.1', 'Số lượng người dân có danh tính số/ tài khoản định danh điện tử', 15]);
    expect(r81[5]).toBe('Đơn vị tự đánh giá; đánh giá: Công an tỉnh');
    expect(r81[6]).toBe('Quý, 6 tháng, năm'); // "Kỳ đánh giá" as Phụ lục II writes it
    expect(r81[7]).toBe(6); // 40/100 × 15, a number, not text
    expect(r81[8] ?? null).toBeNull(); // not verified yet
    expect((await download('canbo.longkhanh', `/api/submissions/${id}/report.xlsx`)).status).toBe(404);
  });

  it('exports the consolidated ranking with one column per main indicator', async () => {
    expect((await t.http.post(`/api/cycles/${cycleId}/consolidations`).set(as['thamdinh.sotttt']).send({})).status).toBe(201);
    const res = await download('thamdinh.sotttt', `/api/cycles/${cycleId}/ranking.xlsx`);
    const book = await workbook(res.body);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Xếp hạng Huyện, thành phố']);
    const rows = rowsOf(book.getWorksheet('Xếp hạng Huyện, thành phố')!);
    expect(rows[0][0]).toMatch(/xếp hạng Huyện, thành phố \(lần tổng hợp 1\)$/);
    expect(rows[1].slice(0, 4)).toEqual(['Hạng', 'Mã đơn vị', 'Đơn vị', '1. Nhận thức số (90)']);
    expect(rows[1]).toHaveLength(3 + 8 + 2);
    expect(rows[1].slice(-2)).toEqual(['Tổng điểm', 'Ghi chú']); // the note names a report the unit never submitted
    // Biên Hòa: 1.2 claimed not applicable (Điều 5c: the maximum, 20) in main indicator 1, 4.7 "có cán bộ
    // chuyên trách" 10 in main 4 and 40/100 × 15 = 6 in main 8, 36 in all; Long Khánh 80/100 × 15 = 12 in
    // main 8; the other nine share the 3rd rank
    expect(rows[2]).toEqual([1, 'TP-BIEN-HOA', 'UBND thành phố Biên Hòa', 20, 0, 0, 10, 0, 0, 0, 6, 36]);
    expect(rows[3]).toEqual([2, 'TP-LONG-KHANH', 'UBND thành phố Long Khánh', 0, 0, 0, 0, 0, 0, 0, 12, 12]);
    expect(rows.slice(4).every((r) => r[0] === 3)).toBe(true);
    expect((await download('lanhdao.bienhoa', `/api/cycles/${cycleId}/ranking.xlsx`)).status).toBe(403);
  });
});
