import { defineErrors } from '../../src/errors/domain.exception.js';

export const NotificationErrors = defineErrors('NOTIFICATION', {
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy thông báo', en: 'Notification not found' },
});

export const MailErrors = defineErrors('MAIL', {
  DISABLED: { status: 409, vi: 'Chức năng gửi thư đang tắt (MAIL_TRANSPORT=off); không có thư nào được gửi', en: 'Mail is turned off (MAIL_TRANSPORT=off); nothing was sent' },
});
