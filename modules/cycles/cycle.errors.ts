import { defineErrors } from '../../src/errors/domain.exception.js';

export const CycleErrors = defineErrors('CYCLE', {
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy kỳ đánh giá', en: 'Assessment cycle not found' },
  CODE_TAKEN: { status: 409, vi: 'Mã kỳ đánh giá đã được sử dụng', en: 'The cycle code is already in use' },
  DEADLINES_OUT_OF_ORDER: {
    status: 400,
    vi: 'Các mốc của mỗi kỳ báo cáo phải theo thứ tự: mở nhập liệu < hạn nhập liệu < hạn thẩm định < hạn giải quyết giải trình; và hạn nhập liệu của kỳ sau phải sau kỳ trước',
    en: 'Each period’s dates must be in order (opening < data entry < verification < dispute resolution), and each period’s data entry after the previous one’s',
  },
  PERIODS_NOT_IN_SCHEDULE: {
    status: 400,
    vi: 'Các kỳ báo cáo phải đúng lịch đã chọn, theo thứ tự và mỗi kỳ một lần (Quý I, 6 tháng, 9 tháng, Năm; hoặc chỉ Năm)',
    en: 'The periods must be exactly the chosen schedule’s, in order, each once',
  },
  ALREADY_EXISTS: {
    status: 409,
    vi: 'Đã có kỳ đánh giá của năm này cho bộ chỉ số này',
    en: 'A cycle for this year and framework already exists',
  },
  PERIOD_NOT_IN_CYCLE: { status: 404, vi: 'Kỳ báo cáo không có trong kỳ đánh giá này', en: 'The period is not part of this cycle' },
  NOTHING_TO_CHANGE: { status: 400, vi: 'Không có mốc thời gian nào được thay đổi', en: 'No date was changed' },
  PUBLISHED_READ_ONLY: {
    status: 409,
    vi: 'Kết quả kỳ đánh giá đã công bố: số liệu chỉ còn được xem; mọi điều chỉnh đi qua quy trình đính chính của Chủ tịch',
    en: 'The cycle’s results are published: its data is read-only; changes go through the chair’s correction',
  },
  FRAMEWORK_KIND_MISMATCH: {
    status: 400,
    vi: 'Bộ chỉ số không dành cho loại đơn vị này',
    en: 'The framework is not for this kind of unit',
  },
  DUPLICATE_UNIT_KIND: {
    status: 400,
    vi: 'Mỗi loại đơn vị chỉ dùng một bộ chỉ số trong một kỳ',
    en: 'Each unit kind takes one framework per cycle',
  },
  ILLEGAL_TRANSITION: {
    status: 409,
    vi: 'Thao tác này không được phép ở trạng thái hiện tại của kỳ đánh giá hoặc với vai trò của bạn',
    en: 'This move is not allowed in the cycle’s current state or for your role',
  },
  CONCURRENT_UPDATE: {
    status: 409,
    vi: 'Kỳ đánh giá vừa được người khác cập nhật; vui lòng tải lại và thử lại',
    en: 'The cycle was just changed by someone else; reload and try again',
  },
  SUPPLIER_NOT_REGISTERED: {
    status: 400,
    vi: 'Bộ chỉ số giao số liệu cho cơ quan chưa có trong danh sách đơn vị (hoặc đã ngừng hoạt động); hãy thêm cơ quan đó, hoặc giao các chỉ số của nó cho cơ quan đầu mối khác, trước khi mở kỳ',
    en: 'The framework assigns data to an agency that is not a registered active unit; register it, or give its items to another focal agency, before opening the cycle',
  },
  REFERENCE_CLOSED: {
    status: 409,
    vi: 'Kết quả kỳ đánh giá đã trình Chủ tịch, được phê duyệt hoặc công bố: không thể thay đổi giá trị tham chiếu (Chủ tịch trả lại thì sửa được)',
    en: 'The cycle’s result is with the chair, approved or published: its reference values cannot change (unless the chair sends it back)',
  },
  REFERENCE_MISSING: {
    status: 409,
    vi: 'Chưa nhập giá trị tham chiếu toàn quốc cho chỉ số so sánh với địa phương cao nhất: nhập giá trị và nguồn rồi tổng hợp lại trước khi trình Chủ tịch',
    en: 'A national reference value is missing for an item scored against the best province: enter it with its source and consolidate again before sending to the chair',
  },
  REFERENCE_CHANGED: {
    status: 409,
    vi: 'Giá trị tham chiếu đã thay đổi sau lần tổng hợp gần nhất: hãy tổng hợp lại trước khi trình Chủ tịch',
    en: 'A reference value changed after the latest consolidation: consolidate again before sending to the chair',
  },
  NOT_A_RELATIVE_ITEM: {
    status: 400,
    vi: 'Chỉ số này không nhận giá trị tham chiếu: chỉ các chỉ số của bộ chỉ số cấp tỉnh tính điểm so với địa phương cao nhất cả nước mới có (khối sở, khối huyện so sánh với nhau)',
    en: 'This item takes no reference value: only provincial items scored against the best province nationally do (departments and districts are compared among themselves)',
  },
});
