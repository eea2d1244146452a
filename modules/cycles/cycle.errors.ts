import { defineErrors } from '../../src/errors/domain.exception.js';

export const CycleErrors = defineErrors('CYCLE', {
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy kỳ đánh giá', en: 'Assessment cycle not found' },
  CODE_TAKEN: { status: 409, vi: 'Mã kỳ đánh giá đã được sử dụng', en: 'The cycle code is already in use' },
  DEADLINES_OUT_OF_ORDER: {
    status: 400,
    vi: 'Các thời hạn phải theo thứ tự: nhập liệu < thẩm định < khiếu nại < giải quyết khiếu nại',
    en: 'Deadlines must be in order: data entry < verification < dispute window < dispute resolution',
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
    vi: 'Bộ chỉ số giao số liệu cho cơ quan chưa có trong danh sách đơn vị (hoặc đã ngừng hoạt động); hãy thêm cơ quan đó trước khi mở kỳ',
    en: 'The framework assigns data to an agency that is not a registered active unit; register it before opening the cycle',
  },
});
