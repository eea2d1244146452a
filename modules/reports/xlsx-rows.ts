import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';

/** ExcelJS, loaded when a workbook is first read or written: 27 MiB every instance otherwise holds from start. */
export const excel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

/** Past this many rows a workbook is not a data-entry template of this app. */
export const MAX_ROWS = 50_000;

export type SheetRows = { rows: unknown[][] } | { refused: 'NOT_A_WORKBOOK' } | { refused: 'TOO_MANY_ROWS'; max: number };

/** A cell's own value: formulas by their result, rich text as its text, a date as its ISO text. */
export function plain(value: ExcelJS.CellValue): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    if ('result' in value) return plain(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return value.text;
    if ('error' in value) return value.error;
  }
  return value;
}

/**
 * The first sheet's rows as plain values (first eleven columns, 1-based like ExcelJS), read as a stream that stops
 * at the row limit, counted by the rows' own numbers (one row numbered 10,000,000 would otherwise
 * be ten million blank rows). Pure: no Nest, no exceptions across a thread boundary.
 */
export async function readSheetRows(file: Buffer): Promise<SheetRows> {
  const rows: unknown[][] = [];
  try {
    const reader = new (await excel()).stream.xlsx.WorkbookReader(Readable.from(file), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit' });
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        if (row.number > MAX_ROWS + 1) return { refused: 'TOO_MANY_ROWS', max: MAX_ROWS };
        // Rows come with their number: a blank row in between keeps the numbering people see in Excel.
        while (rows.length < row.number - 1) rows.push([]);
        rows.push((row.values as ExcelJS.CellValue[]).slice(0, 12).map(plain));
      }
      break; // the template has one sheet: the first one is read
    }
  } catch {
    return { refused: 'NOT_A_WORKBOOK' };
  }
  return { rows };
}
