import { defineErrors } from '../../src/errors/domain.exception.js';

export const AgencyFigureErrors = defineErrors('AGENCY_FIGURE', {
  NOT_ASSESSOR: {
    status: 403,
    vi: 'Cơ quan của bạn không được giao đánh giá chỉ số này (Phụ lục III)',
    en: 'Your agency is not assigned to assess this indicator (Appendix III)',
  },
  NOT_YOUR_VARIABLES: {
    status: 403,
    vi: 'Cơ quan của bạn chỉ cung cấp số liệu cho các biến được giao của chỉ số này',
    en: 'Your agency gives figures only for the variables assigned to it',
  },
  CLOSED: {
    status: 409,
    vi: 'Đã gửi kết quả thẩm định: số liệu của cơ quan không còn được sửa (trừ khi thẩm định trả lại cho cơ quan)',
    en: 'The verification result was sent: the agency’s figures can no longer change (unless the reviewer returns them to the agency)',
  },
  INVALID_VALUES: { status: 400, vi: 'Số liệu không hợp lệ', en: 'Invalid values' },
});
