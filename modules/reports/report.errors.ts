import { defineErrors } from '../../src/errors/domain.exception.js';

export const ReportErrors = defineErrors('REPORT', {
  FILE_REQUIRED: { status: 400, vi: 'Cần gửi kèm tệp Excel (.xlsx) theo mẫu', en: 'An Excel file (.xlsx) made from the template is required' },
  NOT_A_WORKBOOK: { status: 400, vi: 'Tệp không phải là bảng tính Excel (.xlsx) hợp lệ', en: 'The file is not a valid Excel workbook (.xlsx)' },
  EMPTY_WORKBOOK: { status: 400, vi: 'Bảng tính không có dòng dữ liệu nào', en: 'The workbook has no data rows' },
  WORKBOOK_TOO_LARGE: { status: 413, vi: 'Bảng tính quá lớn sau khi giải nén', en: 'The workbook unpacks to too much data' },
  TOO_MANY_ROWS: { status: 413, vi: 'Bảng tính có quá nhiều dòng (tối đa 50.000 dòng)', en: 'The workbook has too many rows (50,000 at most)' },
  WORKBOOK_TOO_SLOW: { status: 413, vi: 'Bảng tính quá phức tạp, không đọc xong trong thời gian cho phép; hãy dùng đúng tệp mẫu', en: 'The workbook could not be read in the time allowed; use the template' },
  IMPORT_REFUSED: {
    status: 422,
    vi: 'Không nhập dữ liệu nào vì có dòng không hợp lệ; xem danh sách lỗi theo dòng và cột, sửa rồi nhập lại',
    en: 'Nothing was imported because some rows are invalid; see the problems by row and column',
  },
  NOT_A_PROVINCE_FORM: {
    status: 400,
    vi: 'Hồ sơ này không thuộc kỳ đánh giá DTI cấp tỉnh: hãy dùng bảng chỉ số Excel của hồ sơ',
    en: 'This submission is not of a provincial DTI cycle: use the submission’s indicator table',
  },
});
