import ExcelJS from 'exceljs';
import { unpackProblem, zipEntries } from './xlsx-limits.js';

async function workbook(rows: number, cell = 'x'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Nhập liệu');
  for (let i = 0; i < rows; i++) sheet.addRow([i, 'H-TEST', cell, 'YEAR', '1.1', 'a', 'nội dung', 'number', 1]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('workbook sizes read from the zip directory', () => {
  it('lists the parts of a real workbook with their sizes', async () => {
    const entries = zipEntries(await workbook(10))!;
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
    expect(entries.filter((e) => !e.name.endsWith('/')).every((e) => e.uncompressed > 0)).toBe(true);
    expect(unpackProblem(entries)).toBeNull();
  });

  it('refuses a small file that unpacks to a huge sheet, before unpacking it', async () => {
    const small = await workbook(15_000, 'y'.repeat(40));
    const entries = zipEntries(small)!;
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    expect(sheet.uncompressed / sheet.compressed).toBeGreaterThan(8);
    expect(unpackProblem(entries, { maxUnpackedBytes: 1024 * 1024, maxEntries: 500, maxRatio: 200 })).toMatch(/giải nén ra \d+ MB/);
    expect(unpackProblem(entries, { maxUnpackedBytes: 1e9, maxEntries: 500, maxRatio: 8 })).toMatch(/nén bất thường/);
  });

  it('answers null for what is no zip at all', () => {
    expect(zipEntries(Buffer.from('không phải tệp zip'))).toBeNull();
    expect(zipEntries(Buffer.alloc(0))).toBeNull();
  });
});
