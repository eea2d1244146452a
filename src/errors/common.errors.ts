import { defineErrors } from './domain.exception.js';

/** Errors that belong to no single module: request shape, sign-in state, access. */
export const RequestErrors = defineErrors('REQUEST', {
  VALIDATION_FAILED: {
    status: 400,
    vi: 'Dữ liệu gửi lên không hợp lệ',
    en: 'The request data is invalid',
  },
  NOTHING_TO_WRITE: {
    status: 400,
    vi: 'Yêu cầu không có nội dung nào để ghi: hãy gửi ít nhất một trường cần thay đổi',
    en: 'The request has nothing to write: send at least one field to change',
  },
  MALFORMED_BODY: {
    status: 400,
    vi: 'Nội dung yêu cầu không đúng định dạng JSON',
    en: 'The request body is not valid JSON',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    vi: 'Nội dung yêu cầu vượt quá dung lượng cho phép',
    en: 'The request body is too large',
  },
  INVALID_ID: {
    status: 400,
    vi: 'Mã định danh phải là số nguyên dương viết ở hệ thập phân',
    en: 'An id must be a positive decimal integer',
  },
  BODY_TOO_DEEP: {
    status: 400,
    vi: 'Dữ liệu gửi lên lồng nhau quá nhiều cấp',
    en: 'The request body is nested too deeply',
  },
  FORBIDDEN_KEY: {
    status: 400,
    vi: 'Dữ liệu gửi lên chứa tên trường không được phép (__proto__, constructor, prototype)',
    en: 'The request body contains a forbidden key',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    vi: 'Định dạng nội dung không được hỗ trợ: gửi JSON (application/json) hoặc tệp (multipart/form-data)',
    en: 'Unsupported content type: send application/json or multipart/form-data',
  },
  ROUTE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy địa chỉ yêu cầu', en: 'Route not found' },
  TOO_MANY_REQUESTS: {
    status: 429,
    vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau ít phút',
    en: 'Too many requests, please try again in a few minutes',
  },
  DUPLICATE: {
    status: 409,
    vi: 'Dữ liệu trùng với một bản ghi đã có',
    en: 'This duplicates an existing record',
  },
  BAD_REQUEST: { status: 400, vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  UNAVAILABLE: {
    status: 503,
    vi: 'Hệ thống tạm thời không sẵn sàng (cơ sở dữ liệu không phản hồi)',
    en: 'The service is temporarily unavailable',
  },
  INTERNAL: {
    status: 500,
    vi: 'Lỗi hệ thống, vui lòng liên hệ quản trị viên',
    en: 'Internal error, please contact the administrator',
  },
});

export const AccessErrors = defineErrors('ACCESS', {
  UNAUTHENTICATED: {
    status: 401,
    vi: 'Bạn cần đăng nhập để thực hiện thao tác này',
    en: 'You must sign in to do this',
  },
  FORBIDDEN_ROLE: {
    status: 403,
    vi: 'Vai trò của bạn không được phép thực hiện thao tác này',
    en: 'Your role may not do this',
  },
  OTHER_UNIT: {
    status: 403,
    vi: 'Bạn chỉ được thao tác trên dữ liệu của đơn vị mình',
    en: 'You may only act on your own unit',
  },
});
