import { defineErrors } from '../../src/errors/domain.exception.js';

export const SubmissionErrors = defineErrors('SUBMISSION', {
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy hồ sơ đánh giá', en: 'Submission not found' },
  ILLEGAL_TRANSITION: {
    status: 409,
    vi: 'Thao tác này không được phép ở trạng thái hiện tại của hồ sơ, với vai trò của bạn hoặc sau thời hạn',
    en: 'This move is not allowed in the submission’s current state, for your role, or after the deadline',
  },
  CONCURRENT_UPDATE: {
    status: 409,
    vi: 'Hồ sơ vừa được người khác cập nhật; vui lòng tải lại và thử lại',
    en: 'The submission was just changed by someone else; reload and try again',
  },
});
