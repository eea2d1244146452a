import { defineErrors } from '../../src/errors/domain.exception.js';

export const ReminderErrors = defineErrors('REMINDER', {
  PARTY_NOT_FOUND: { status: 404, vi: 'Bên này không được giao số liệu nào của hồ sơ', en: 'This party supplies nothing of the submission' },
  NOTHING_OWED: {
    status: 409,
    vi: 'Bên này đã gửi phần số liệu của mình, có đủ tài liệu kiểm chứng và không phải bổ sung gì: không cần nhắc',
    en: 'This party has sent its part and owes no correction: nothing to remind',
  },
  NO_ONE_TO_REMIND: {
    status: 409,
    vi: 'Bên này chưa có tài khoản nào đang hoạt động để nhận lời nhắc; hãy liên hệ quản trị hệ thống',
    en: 'This party has no active account to remind; contact the administrator',
  },
  TOO_SOON: {
    status: 409,
    vi: 'Bên này vừa được nhắc trong vòng một giờ qua; hãy chờ trước khi nhắc lại',
    en: 'This party was reminded within the last hour; wait before reminding again',
  },
});
