import { defineErrors } from '../../src/errors/domain.exception.js';

export const AuthErrors = defineErrors('AUTH', {
  // One answer for an unknown user, a wrong password, a locked account and a demo account in
  // production mode: the response must not tell an attacker which user names exist.
  INVALID_CREDENTIALS: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng',
    en: 'Wrong user name or password',
  },
  ACCOUNT_LOCKED: {
    status: 423,
    vi: 'Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau hoặc liên hệ quản trị viên để mở khóa',
    en: 'The account is locked after repeated wrong passwords; try again later or ask the administrator',
  },
  // Expired, signed out, replaced, or presented twice: the person signs in again.
  SESSION_ENDED: {
    status: 401,
    vi: 'Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại',
    en: 'The sign-in session has ended; please sign in again',
  },
  // 400, not 401: the session is valid, only the confirmation is wrong (a 401 would sign the web app out).
  WRONG_CURRENT_PASSWORD: { status: 400, vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' },
  // The client left while its password was being checked: the work stops and nobody reads this answer.
  SIGN_IN_ABANDONED: { status: 400, vi: 'Yêu cầu đăng nhập đã bị hủy', en: 'The sign-in was abandoned by the client' },
  SAME_PASSWORD: { status: 400, vi: 'Mật khẩu mới phải khác mật khẩu hiện tại', en: 'The new password must differ from the current one' },
});
