import { flatten } from '../scoring/engine/framework-validator.js';
import type { Framework } from '../scoring/engine/framework.types.js';
import { sourceAgenciesOf, supplierOf } from '../scoring/engine/entry-rules.js';
import { readBundledFrameworks } from './bundled-frameworks.js';
import { reassignSuppliers } from './reassign-suppliers.js';

const province = readBundledFrameworks().find((f) => f.code === 'province-dti-2024')!;
const leaf = (f: Framework, code: string) => flatten(f.indicators).find((d) => d.code === code)!;
const suppliersOf = (f: Framework, code: string) => leaf(f, code).variables!.map((v) => supplierOf(leaf(f, code), v));

describe('reassignSuppliers (the form\'s "Đầu mối cung cấp số liệu, tài liệu kiểm chứng", decided by the admin)', () => {
  it('gives one variable to another agency and leaves the rest, and the definition it came from, as they were', () => {
    // Seed 004, 4.5: "a= Số lượng thành viên Tổ CNSCĐ; UBND cấp huyện"; b is Công an tỉnh's.
    const { framework, problems } = reassignSuppliers(province, [{ indicator: '4.5', variable: 'a', supplier: 'SO-KHCN' }]);
    expect(problems).toEqual([]);
    expect(suppliersOf(framework, '4.5')).toEqual(['SO-KHCN', 'CA-TINH']);
    expect(suppliersOf(province, '4.5')).toEqual(['UBND-HUYEN', 'CA-TINH']);
    expect(sourceAgenciesOf(framework)).not.toContain('UBND-HUYEN');
    expect(sourceAgenciesOf(framework)).toContain('CA-TINH');
  });

  it('gives a whole item: every variable it enters itself, never a value it reads from another item', () => {
    // 7.2: a is Sở Tài chính's, b reads STT.4 (the population Công an tỉnh enters).
    const { framework } = reassignSuppliers(province, [{ indicator: '7.2', supplier: 'CUC-TK' }]);
    expect(leaf(framework, '7.2').supplier).toBe('CUC-TK');
    expect(suppliersOf(framework, '7.2')).toEqual(['CUC-TK', 'CA-TINH']);
  });

  it('moves a shared value where it is entered, and every item that reads it shows the new agency', () => {
    // STT.9 (villages, Sở Nội vụ) is b of 3.1 and 3.2.
    const { framework } = reassignSuppliers(province, [{ indicator: 'STT.9', supplier: 'SO-KHCN' }]);
    for (const code of ['STT.9', '3.1', '3.2']) expect(leaf(framework, code).variables!.at(-1)!.supplier).toBe('SO-KHCN');
  });

  it('names every change it cannot make and makes none of them', () => {
    const { problems } = reassignSuppliers(province, [
      { indicator: '3.1', variable: 'b', supplier: 'SO-KHCN' },
      { indicator: '9.9', supplier: 'SO-KHCN' },
      { indicator: '3.5', supplier: 'SO-KHCN' },
      { indicator: '1.1', variable: 'z', supplier: 'SO-KHCN' },
    ]);
    expect(problems).toEqual([
      { indicator: '3.1', variable: 'b', problem: 'SHARED_VARIABLE' },
      { indicator: '9.9', problem: 'NO_SUCH_ITEM' },
      { indicator: '3.5', problem: 'NOT_A_LEAF' },
      { indicator: '1.1', variable: 'z', problem: 'NO_SUCH_VARIABLE' },
    ]);
  });
});
