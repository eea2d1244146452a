import { defineErrors } from '../../src/errors/domain.exception.js';

export const NotificationErrors = defineErrors('NOTIFICATION', {
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy thông báo', en: 'Notification not found' },
});
