import { defineErrors } from '../../src/errors/domain.exception.js';

export const AuthErrors = defineErrors('AUTH', {
  // One answer for an unknown user, a wrong password, a locked account and a demo account in
  // production mode: the response must not tell an attacker which user names exist.
  INVALID_CREDENTIALS: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng',
    en: 'Wrong user name or password',
  },
});
