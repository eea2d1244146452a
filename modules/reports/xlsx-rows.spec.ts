import ExcelJS from 'exceljs';
import { MAX_ROWS, plain, readSheetRows } from './xlsx-rows.js';

const book = async (fill: (sheet: ExcelJS.Worksheet) => void) => {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Nhập liệu'));
  return Buffer.from(await wb.xlsx.writeBuffer());
};

describe('plain', () => {
  it('reads a cell as people see it: a formula by its result, rich text as text, a date as ISO text', () => {
    expect(plain({ formula: 'A1*2', result: 42 } as ExcelJS.CellValue)).toBe(42);
    expect(plain({ richText: [{ text: 'Có ' }, { text: 'đạt' }] } as ExcelJS.CellValue)).toBe('Có đạt');
    expect(plain(new Date(Date.UTC(2024, 5, 30)))).toBe('2024-06-30T00:00:00.000Z');
    expect(plain({ error: '#N/A' } as ExcelJS.CellValue)).toBe('#N/A');
    expect(plain(7)).toBe(7);
  });
});

describe('readSheetRows', () => {
  it('keeps the row numbers people see in Excel, blank rows included', async () => {
    const file = await book((sheet) => {
      sheet.getCell('A1').value = 'Mã hồ sơ';
      sheet.getCell('A3').value = 12;
      sheet.getCell('I3').value = 'Có';
    });
    const read = await readSheetRows(file);
    expect('rows' in read && read.rows.map((r) => r[1])).toEqual(['Mã hồ sơ', undefined, 12]);
  });

  it('refuses by the rows\' numbers, not by how many were written', async () => {
    const file = await book((sheet) => {
      sheet.getCell(`A${MAX_ROWS + 2}`).value = 1;
    });
    expect(await readSheetRows(file)).toEqual({ refused: 'TOO_MANY_ROWS', max: MAX_ROWS });
  });

  it('answers NOT_A_WORKBOOK for bytes that are not one', async () => {
    expect(await readSheetRows(Buffer.from('STT;Chỉ số'))).toEqual({ refused: 'NOT_A_WORKBOOK' });
  });
});
