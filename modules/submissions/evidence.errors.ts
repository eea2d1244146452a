import { defineErrors } from '../../src/errors/domain.exception.js';

export const EvidenceErrors = defineErrors('EVIDENCE', {
  FILE_REQUIRED: { status: 400, vi: 'Chưa chọn tệp tài liệu kiểm chứng (trường "file")', en: 'No file was sent (field "file")' },
  TYPE_NOT_ALLOWED: {
    status: 415,
    vi: 'Loại tệp không được chấp nhận: chỉ PDF, ảnh (JPG, PNG), tài liệu văn phòng (Word, Excel, PowerPoint, OpenDocument) hoặc ZIP, xét theo nội dung tệp',
    en: 'File type not allowed: PDF, images (JPG, PNG), office documents or ZIP only, judged by content',
  },
  BAD_NAME: {
    status: 400,
    vi: 'Tên tệp không hợp lệ (không được chứa đường dẫn hoặc ký tự điều khiển)',
    en: 'Invalid file name (no paths or control characters)',
  },
  NAME_NOT_CONTENT: {
    status: 415,
    vi: 'Đuôi tên tệp không khớp nội dung tệp (ví dụ tệp PDF phải có tên kết thúc bằng .pdf); đổi tên tệp cho đúng rồi tải lên lại',
    en: "The file name's ending does not match its content",
  },
  KEPT_DURING_DISPUTE: {
    status: 409,
    vi: 'Đang giải trình, kiến nghị: không xóa được tài liệu kiểm chứng (cơ quan thẩm định xem xét trên đủ các tài liệu đã nộp); có thể nộp thêm tài liệu',
    en: 'During a dispute no evidence can be deleted; more can be added',
  },
  BAD_LINK: { status: 400, vi: 'Đường dẫn tài liệu phải là địa chỉ http:// hoặc https:// hợp lệ', en: 'The link must be a valid http:// or https:// address' },
  NOT_UPLOADER: { status: 403, vi: 'Chỉ người đã tải lên mới được xóa tài liệu kiểm chứng này', en: 'Only its uploader may delete this evidence' },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy tài liệu kiểm chứng', en: 'Evidence not found' },
  IS_LINK: { status: 409, vi: 'Tài liệu này là đường dẫn, không có tệp để tải về: mở đường dẫn đã lưu', en: 'This evidence is a link: there is no file to download' },
});
