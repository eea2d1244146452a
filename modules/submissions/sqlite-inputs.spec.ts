import Database from 'better-sqlite3';

/**
 * The consolidation on SQLite has the database assemble each submission's inputs with json() and
 * json_group_object (SubmissionResultsService): every value must come back exactly as it was
 * stored, or a score would change on the way.
 */
describe("SQLite's JSON assembly of a submission's inputs", () => {
  it('gives back every kind of entered value exactly as stored', () => {
    const db = new Database(':memory:');
    const entered = { a: 1e-7, b: 80000.2, c: 0.1 + 0.2, d: 1e21, e: 123456789012345680000, f: -0.5, g: 5e-324, h: 2 ** 53 + 2, text: 'Đồng Nai "Biên Hòa" \\ /', none: null, yes: true, no: false, choice: 'DAT' };
    const row = db.prepare(`SELECT json_group_object(k, json_object('values', json(v))) AS inputs FROM (SELECT '1.1' AS k, ? AS v UNION ALL SELECT '6.3.2', '{}')`).get(JSON.stringify(entered)) as { inputs: string };
    expect(JSON.parse(row.inputs)).toEqual({ '1.1': { values: entered }, '6.3.2': { values: {} } });
    db.close();
  });
});
