import { defineErrors } from '../../src/errors/domain.exception.js';

export const FrameworkErrors = defineErrors('FRAMEWORK', {
  INVALID: {
    status: 400,
    vi: 'Bộ chỉ số không hợp lệ (xem chi tiết từng chỉ số)',
    en: 'The framework is invalid (see the details per indicator)',
  },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy bộ chỉ số', en: 'Framework not found' },
  FROZEN: {
    status: 409,
    vi: 'Phiên bản bộ chỉ số này đã được dùng trong kỳ đánh giá, không thể sửa; hãy nhập phiên bản mới',
    en: 'This framework version is used by a cycle and cannot change; import a new version',
  },
});
