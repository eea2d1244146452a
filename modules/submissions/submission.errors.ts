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
  EVIDENCE_MISSING: {
    status: 409,
    vi: 'Chưa gửi được: các chỉ số có điểm sau đây chưa có tài liệu kiểm chứng theo yêu cầu của bộ chỉ số',
    en: 'Cannot submit yet: these indicators score points but have no evidence, which the framework asks for',
  },
  INDICATOR_NOT_FOUND: {
    status: 404,
    vi: 'Chỉ số không có trong bộ chỉ số của hồ sơ này hoặc không nhận số liệu',
    en: 'No such data-taking indicator in this submission’s framework',
  },
  NOT_IN_PERIOD: {
    status: 409,
    vi: 'Chỉ số này không được đánh giá trong kỳ báo cáo này (cột "Kỳ đánh giá" của bộ chỉ số)',
    en: 'This indicator is not assessed in this reporting period (the framework’s "Kỳ đánh giá" column)',
  },
  DATA_ENTRY_CLOSED: {
    status: 409,
    vi: 'Đã hết hạn nhập số liệu của kỳ báo cáo này; đề nghị quản trị viên gia hạn cho đơn vị nếu cần',
    en: 'The data-entry deadline of this reporting period has passed; the admin may extend it for the unit',
  },
  PERIOD_NOT_OPEN: { status: 409, vi: 'Kỳ báo cáo chưa mở nhập số liệu', en: 'The reporting period is not open for data entry yet' },
  NOT_EDITABLE: {
    status: 409,
    vi: 'Hồ sơ không còn ở trạng thái nhập liệu (hoặc chỉ số này không bị trả lại để bổ sung)',
    en: 'The submission is not open for data entry (or this indicator was not returned for changes)',
  },
  NOT_YOUR_PART: {
    status: 403,
    vi: 'Các biến này do đơn vị khác cung cấp',
    en: 'These variables are supplied by another unit',
  },
  REVIEWER_NOT_INDEPENDENT: {
    status: 400,
    vi: 'Người được chỉ định phải có vai trò thẩm định và không thuộc đơn vị của hồ sơ',
    en: 'The designated person must be a reviewer from outside the submission’s unit',
  },
  VERIFICATION_NEEDS_CHOICE: {
    status: 400,
    vi: 'Hãy chấp nhận điểm tự đánh giá hoặc nhập điểm thẩm định (không cả hai)',
    en: 'Either accept the self score or give a verified score, not both',
  },
  POINTS_OUT_OF_RANGE: { status: 400, vi: 'Điểm thẩm định phải từ 0 đến điểm tối đa của chỉ số', en: 'The verified score must be between 0 and the indicator’s maximum' },
  REASON_REQUIRED: { status: 400, vi: 'Cần nêu lý do khi điểm thẩm định khác điểm tự đánh giá', en: 'A reason is required when the verified score differs from the self score' },
  NOT_DISPUTED: { status: 404, vi: 'Chỉ số này không bị khiếu nại trong hồ sơ', en: 'This indicator is not disputed in this submission' },
  UPHELD_NEEDS_POINTS: { status: 400, vi: 'Chấp nhận kiến nghị cần có điểm cuối cùng', en: 'An upheld dispute needs the final score' },
  EXTENSION_NOT_LATER: {
    status: 400,
    vi: 'Thời hạn gia hạn phải muộn hơn thời hạn hiện tại và nêu ít nhất một thời hạn',
    en: 'An extension must name a deadline later than the current one',
  },
  INVALID_VALUES: { status: 400, vi: 'Giá trị nhập không hợp lệ', en: 'The values entered are invalid' },
});

/** What `SubmissionDataService.requireDataAccess` can refuse: every route that writes an indicator's data or evidence documents these. */
export const DATA_ACCESS_ERRORS = [
  SubmissionErrors.NOT_FOUND,
  SubmissionErrors.INDICATOR_NOT_FOUND,
  SubmissionErrors.NOT_IN_PERIOD,
  SubmissionErrors.PERIOD_NOT_OPEN,
  SubmissionErrors.DATA_ENTRY_CLOSED,
  SubmissionErrors.NOT_EDITABLE,
  SubmissionErrors.NOT_YOUR_PART,
];
