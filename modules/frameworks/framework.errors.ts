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
  SUPPLIERS_INVALID: {
    status: 400,
    vi: 'Không thể đổi đầu mối: chỉ số hoặc biến không có, không phải chỉ số lá, hoặc là số liệu dùng chung (hãy đổi ở chỉ số gốc); xem chi tiết',
    en: 'Cannot reassign: an item or variable does not exist, is not a leaf, or is a shared value (change it where it is entered); see the details',
  },
  NOT_LATEST: {
    status: 409,
    vi: 'Chỉ đổi cơ quan đầu mối trên phiên bản mới nhất của bộ chỉ số (đã có phiên bản mới hơn); hãy tải lại và làm trên phiên bản mới nhất',
    en: 'Focal agencies change on the framework’s latest version only (a newer one exists); reload and use the latest',
  },
  SUPPLIER_NOT_AGENCY: {
    status: 400,
    vi: 'Đầu mối mới phải là đơn vị đang hoạt động có nhiệm vụ cung cấp số liệu (hoặc chính đơn vị được đánh giá: UNIT)',
    en: 'The new focal point must be an active unit that supplies data (or the evaluated unit itself: UNIT)',
  },
});
