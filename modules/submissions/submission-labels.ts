/**
 * What people read for the statechart's states and moves (workflows/submission.machine.ts):
 * refusals list the moves a person may make in Vietnamese, never the machine's internal names.
 */
export const STATUS_LABELS: Record<string, string> = {
  draft: 'Đang nhập liệu',
  submitted: 'Đã gửi, chờ thẩm định',
  underVerification: 'Đang thẩm định',
  returned: 'Bị trả lại để bổ sung',
  verified: 'Đã gửi kết quả thẩm định',
  disputed: 'Đang giải trình, kiến nghị',
  disputeResolved: 'Đã giải quyết kiến nghị',
  final: 'Hoàn thành',
  correcting: 'Đang đính chính sau công bố',
};

export const EVENT_LABELS: Record<string, string> = {
  UNIT_PART_COMPLETE: 'Xác nhận hoàn thành phần của đơn vị',
  UNIT_PART_INCOMPLETE: 'Mở lại phần của đơn vị',
  AGENCY_PART_COMPLETE: 'Xác nhận hoàn thành phần số liệu của cơ quan',
  AGENCY_PART_INCOMPLETE: 'Mở lại phần số liệu của cơ quan',
  SUBMIT: 'Gửi tự đánh giá',
  CLOSE_UNSUBMITTED: 'Đóng hồ sơ không nộp',
  START_VERIFICATION: 'Bắt đầu thẩm định',
  RETURN: 'Trả lại để bổ sung',
  RESUBMIT: 'Gửi lại sau khi bổ sung',
  AGENCY_RESUBMIT: 'Cơ quan gửi lại số liệu đã bổ sung',
  RECORD_VERIFICATION: 'Ghi điểm thẩm định',
  VERIFY: 'Gửi kết quả thẩm định',
  DISPUTE: 'Gửi giải trình, kiến nghị',
  ACCEPT: 'Đồng ý kết quả thẩm định',
  RECORD_RESOLUTION: 'Ghi kết quả giải quyết kiến nghị',
  RESOLVE_DISPUTE: 'Kết thúc giải quyết kiến nghị',
  DISPUTE_MESSAGE: 'Trao đổi trong giải trình',
  FINALIZE: 'Hoàn thành hồ sơ',
  WITHDRAW: 'Rút hồ sơ về để sửa',
  REOPEN_FOR_CORRECTION: 'Mở lại kết quả để đính chính',
  CORRECTION_DONE: 'Hoàn thành đính chính',
};

/** What a screen must ask for before sending a move: a reason, the indicators it concerns. */
export const EVENT_NEEDS: Record<string, { reason?: 'required' | 'optional'; indicators?: boolean }> = {
  CLOSE_UNSUBMITTED: { reason: 'required' },
  RETURN: { reason: 'required', indicators: true },
  DISPUTE: { reason: 'required', indicators: true },
  WITHDRAW: { reason: 'optional' },
  REOPEN_FOR_CORRECTION: { reason: 'required' },
};

/** Moves only the system makes (a deadline): never offered to a person. */
export const SYSTEM_EVENTS = ['DISPUTE_WINDOW_CLOSED'];

export const statusLabel = (status: string) => STATUS_LABELS[status] ?? status;
