import { DEMO_UNITS } from '../demo/demo-units.js';
import { flatten } from '../scoring/engine/framework-validator.js';
import type { IndicatorDef } from '../scoring/engine/framework.types.js';
import { readBundledFrameworks } from './bundled-frameworks.js';

/**
 * Who reports and who assesses, checked by hand against seed 001 (Decision 3473/QĐ-UBND):
 * `supplier` from the source column of Appendix I / II ("Nguồn thu thập dữ liệu"), `assessedBy`
 * from Appendix III ("Đơn vị phụ trách cung cấp thông tin và đánh giá"). docs/suppliers.md has
 * the full tables.
 */
const byCode = new Map(readBundledFrameworks().map((f) => [f.code, f]));
const leaves = (code: string) => flatten(byCode.get(code)!.indicators).filter((d) => !d.children);
const leaf = (framework: string, code: string): IndicatorDef => leaves(framework).find((d) => d.code === code)!;
const agencies = (d: IndicatorDef) => (d.assessedBy ?? []).map((a) => a.agency);

describe('district: reporters (Appendix II) and assessing agencies (Appendix III)', () => {
  it('the district reports all 77 leaves itself', () => {
    // Appendix II, 75 leaves: "… | Huyện/thành phố cung cấp | …"; 4.9: "Xã/Phường/Thị trấn cung cấp"; 6.6.1: "Sở, ban ngành"
    const district = leaves('district');
    expect(district).toHaveLength(77);
    expect(district.filter((d) => (d.supplier ?? 'UNIT') === 'UNIT')).toHaveLength(77);
    expect(district.every((d) => d.variables!.every((v) => !v.supplier))).toBe(true);
  });

  it('4.9 alone is collected from the communes, and the district still reports it', () => {
    // "4.9 | Tỷ lệ người dân trong độ tuổi lao động được tập huấn, phổ biến kỹ năng số cơ bản. | … | Xã/Phường/Thị trấn cung cấp |"
    expect(leaves('district').filter((d) => d.collectedFrom).map((d) => d.code)).toEqual(['4.9']);
    expect(leaf('district', '4.9')).toMatchObject({ supplier: 'UNIT', collectedFrom: 'COMMUNES' });
    // "| Tỷ lệ người dân trong độ tuổi lao động được tập huấn, phổ biến kỹ năng số cơ bản. | Sở Thông tin và Truyền thông |"
    expect(agencies(leaf('district', '4.9'))).toEqual(['SO-TTTT']);
  });

  it('an agency named on its own row assesses that indicator', () => {
    // "| Số lượng người dân có danh tính số/ tài khoản định danh điện tử | Công an tỉnh |"
    expect(leaf('district', '8.1').assessedBy).toEqual([{ agency: 'CA-TINH' }]);
    // "| Tỷ lệ dân số trưởng thành có điện thoại thông minh | Cục Thống kê |"
    expect(leaf('district', '3.1').assessedBy).toEqual([{ agency: 'CUC-TK' }]);
    // "| Tỷ lệ người dân trưởng thành sử dụng dịch vụ thanh toán điện tử | Ngân hàng nhà nước Việt Nam - Chi nhánh Đồng Nai |"
    expect(leaf('district', '8.5').assessedBy).toEqual([{ agency: 'NHNN-DN' }]);
  });

  it('a blank cell under an agency continues it (a merged cell)', () => {
    // "| Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử | Cục Thuế tỉnh |" then "| Tỷ lệ doanh nghiệp nộp thuế điện tử | |"
    expect(agencies(leaf('district', '7.5'))).toEqual(['CUC-THUE']);
    // "| Tỷ lệ công chức, viên chức chuyên trách, kiêm nhiệm về chuyển đổi số | Sở Nội vụ |" then "| Công chức, viên chức chuyên trách, kiêm nhiệm về An toàn thông tin mạng | |"
    expect(agencies(leaf('district', '4.7'))).toEqual(['SO-NV']);
    // "| Tổng kinh phí đầu tư từ Ngân sách nhà nước cho kinh tế số | Sở Tài chính, Sở Kế hoạch và Đầu tư |" then "| Tổng kinh phí chi thường xuyên từ Ngân sách nhà nước cho kinh tế số | |"
    expect(agencies(leaf('district', '7.10'))).toEqual(['SO-TC', 'SO-KHDT']);
  });

  it('no agency where Appendix III has none', () => {
    // "| Tỷ lệ công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số cơ bản |" followed by "|": an empty cell of its own, not a merge
    expect(leaf('district', '4.8').assessedBy).toBeUndefined();
    // 1.1–1.3, 2.5, 2.6, 6.6.1 have no row in Appendix III
    const none = leaves('district').filter((d) => !d.assessedBy).map((d) => d.code);
    expect(none).toEqual(['1.1', '1.2', '1.3', '2.5', '2.6', '4.8', '6.6.1']);
  });

  it('two agencies in one cell are two entries, split by variable where the rule sets a budget figure apart from an investment figure', () => {
    const twoAgencies = leaves('district').filter((d) => (d.assessedBy ?? []).length > 1).map((d) => d.code);
    expect(twoAgencies).toEqual(['5.8.1', '5.8.2', '5.8.3', '5.8.4', '6.5', '7.9', '7.10', '8.7', '8.10', '8.11']);
    // 7.9: "a= Tổng kinh phí đầu tư từ NSNN cho kinh tế số (triệu đồng); b= Tổng chi ngân sách nhà nước trên địa bàn (triệu đồng)"
    expect(leaf('district', '7.9').assessedBy).toEqual([{ agency: 'SO-TC', variables: ['b'] }, { agency: 'SO-KHDT', variables: ['a'] }]);
    // 6.5: "a= Tổng chi Ngân sách nhà nước cho chính quyền số (cụ thể kinh phí đầu tư và kinh phí chi thường xuyên là bao nhiêu) …; b= Tổng chi ngân sách nhà nước trên địa bàn"
    expect(leaf('district', '6.5').assessedBy).toEqual([{ agency: 'SO-TC' }, { agency: 'SO-KHDT', variables: ['a'] }]);
    // "| Tổng kinh phí chi cho an toàn thông tin (ATTT) | Sở Tài chính, Sở Kế hoạch và Đầu tư |": the parent 5.8's row, on each of its leaves
    for (const code of ['5.8.1', '5.8.2', '5.8.3', '5.8.4']) expect(leaf('district', code).assessedBy).toEqual([{ agency: 'SO-TC' }, { agency: 'SO-KHDT' }]);
    // "| Tỷ lệ trạm y tế, cơ sở giáo dục và đào tạo công lập thực hiện thanh toán không dùng tiền mặt | Sở Y tế, Sở Giáo dục và Đào tạo |";
    // "a= Tổng số cơ sở trạm y tế, cơ sở giáo dục và đào tạo thực hiện …": each letter counts both, so both agencies on all
    expect(leaf('district', '8.7').assessedBy).toEqual([{ agency: 'SO-YT' }, { agency: 'SO-GDDT' }]);
  });

  it('70 leaves carry an assessing agency', () => {
    expect(leaves('district').filter((d) => d.assessedBy)).toHaveLength(70);
  });
});

describe('department: reporters (Appendix I source column)', () => {
  it('the department reports every leaf but 9.1', () => {
    const department = leaves('department');
    expect(department).toHaveLength(53);
    // "9.1 | Tiêu chí hoặc Tiêu chí thành phần được giao chủ trì thực hiện cải thiện so với năm liền trước | … | Sở TTTT theo dõi, đánh giá | Sở TTTT | Năm |"
    expect(department.filter((d) => (d.supplier ?? 'UNIT') !== 'UNIT').map((d) => [d.code, d.supplier])).toEqual([['9.1', 'SO-TTTT']]);
    expect(leaf('department', '9.1').assessedBy).toBeUndefined();
  });

  it("6.2.3 is reported by the department and assessed against Sở TTTT's own monitoring", () => {
    // "6.2.3 | Cung cấp đầy đủ dữ liệu cho CSDL mở của tỉnh | … | Sở, ban ngành; Kết quả theo dõi của STTTT |"
    expect(leaf('department', '6.2.3')).toMatchObject({ supplier: 'UNIT', assessedBy: [{ agency: 'SO-TTTT' }] });
    // every other row: "| Sở, ban ngành |" alone
    expect(leaves('department').filter((d) => d.assessedBy).map((d) => d.code)).toEqual(['6.2.3']);
  });
});

it('every reporting or assessing agency of the two Decision 3473 frameworks is a registered unit', () => {
  const registered = new Set(DEMO_UNITS.map((u) => u.code));
  const named = [...leaves('department'), ...leaves('district')].flatMap((d) => [d.supplier ?? 'UNIT', ...agencies(d)]).filter((c) => c !== 'UNIT');
  expect(named.filter((c) => !registered.has(c))).toEqual([]);
});
