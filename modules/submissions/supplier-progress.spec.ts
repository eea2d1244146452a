import { readBundledFrameworks } from '../frameworks/bundled-frameworks.js';
import { supplierProgress } from './supplier-progress.js';

const province = readBundledFrameworks().find((f) => f.code === 'province-dti-2024')!;
const department = readBundledFrameworks().find((f) => f.code === 'department')!;

describe('supplierProgress (who still owes which items)', () => {
  it('lists each focal agency of the DTI form with its items; a value read by several items is owed once, where it is entered', () => {
    const parties = supplierProgress(province, 'YEAR', {});
    const police = parties.find((p) => p.party === 'CA-TINH')!;
    // Seed 004: Công an tỉnh gives the population (STT.4-6), 3.3b, 4.5b and 8.1; 7.2b and 8.3b read STT.4.
    expect(police.items.map((i) => i.code)).toEqual(['STT.4', 'STT.5', 'STT.6', '3.3', '4.5', '8.1']);
    expect(police.items.find((i) => i.code === '8.1')!.missing).toEqual(['a', 'b']);
    expect(parties[0]).toMatchObject({ party: 'UNIT', items: [{ code: 'STT.1' }, { code: 'STT.2' }, { code: 'STT.3' }] });
  });

  it('counts what is still empty, and nothing of an item declared not applicable', () => {
    const parties = supplierProgress(province, 'YEAR', { 'STT.4': { values: { value: 3000 } }, '8.1': { values: { a: 10, b: null } }, '3.3': { notApplicable: 'Không có số liệu' } });
    const police = parties.find((p) => p.party === 'CA-TINH')!;
    expect(police.items.map((i) => [i.code, i.missing, i.entered])).toEqual([
      ['STT.4', [], 1],
      ['STT.5', ['value'], 0],
      ['STT.6', ['value'], 0],
      ['3.3', [], 1],
      ['4.5', ['b'], 0],
      ['8.1', ['b'], 1],
    ]);
    expect(police.missing).toBe(4);
  });

  it('owes in a quarter only what the quarter collects', () => {
    const year = supplierProgress(department, 'YEAR', {}).find((p) => p.party === 'UNIT')!.items.length;
    const quarter = supplierProgress(department, 'Q1', {}).find((p) => p.party === 'UNIT')!.items.length;
    expect(quarter).toBeLessThan(year);
    expect(quarter).toBeGreaterThan(0);
  });

  it('marks the items whose evidence is still missing, for every party of the item', () => {
    // 2.4: feeReduction is Sở Tài chính's, timeReduction Văn phòng UBND tỉnh's; either may attach the document.
    const parties = supplierProgress(province, 'YEAR', {}, new Set(['2.4']));
    for (const party of ['SO-TC', 'VP-UBND']) {
      const row = parties.find((p) => p.party === party)!;
      expect([party, row.evidenceMissing, row.items.find((i) => i.code === '2.4')!.evidenceMissing]).toEqual([party, 1, true]);
    }
    expect(parties.find((p) => p.party === 'CA-TINH')!.evidenceMissing).toBe(0);
  });
});
