import { defineErrors } from '../../src/errors/domain.exception.js';

export const UnitErrors = defineErrors('UNIT', {
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy đơn vị', en: 'Unit not found' },
  CODE_TAKEN: { status: 409, vi: 'Mã đơn vị đã được sử dụng', en: 'The unit code is already in use' },
  PARENT_NOT_FOUND: {
    status: 400,
    vi: 'Đơn vị cấp trên không tồn tại',
    en: 'The parent unit does not exist',
  },
  PARENT_IS_SELF: {
    status: 400,
    vi: 'Một đơn vị không thể là cấp trên của chính nó',
    en: 'A unit cannot be its own parent',
  },
  OWN_UNIT: {
    status: 409,
    vi: 'Không thể ngừng hoạt động đơn vị của chính mình',
    en: 'You cannot deactivate your own unit',
  },
  INACTIVE: {
    status: 409,
    vi: 'Đơn vị đã ngừng hoạt động',
    en: 'The unit is deactivated',
  },
});
