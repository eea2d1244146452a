import { defineErrors } from '../../src/errors/domain.exception.js';

export const UserErrors = defineErrors('USER', {
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy người dùng', en: 'User not found' },
  USERNAME_TAKEN: {
    status: 409,
    vi: 'Tên đăng nhập đã được sử dụng',
    en: 'The user name is already in use',
  },
  UNIT_NOT_FOUND: {
    status: 400,
    vi: 'Đơn vị của người dùng không tồn tại hoặc đã ngừng hoạt động',
    en: "The user's unit does not exist or is deactivated",
  },
  ROLE_UNIT_MISMATCH: {
    status: 400,
    vi: 'Vai trò không phù hợp với loại đơn vị',
    en: "The role does not fit the unit's kind",
  },
  LAST_ADMIN: {
    status: 409,
    vi: 'Phải còn ít nhất một quản trị viên đang hoạt động',
    en: 'At least one active administrator must remain',
  },
  DEPUTY_NOT_AN_OFFICER: {
    status: 400,
    vi: 'Người được ủy quyền nộp hồ sơ phải là cán bộ đang hoạt động của chính đơn vị',
    en: 'The deputy must be an active officer of the same unit',
  },
  SELF_DEACTIVATION: {
    status: 409,
    vi: 'Không thể tự khóa tài khoản của chính mình',
    en: 'You cannot deactivate your own account',
  },
});
