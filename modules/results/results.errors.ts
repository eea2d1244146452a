import { defineErrors } from '../../src/errors/domain.exception.js';

export const ResultsErrors = defineErrors('RESULTS', {
  UNIT_KIND_NOT_IN_CYCLE: { status: 400, vi: 'Kỳ đánh giá không có loại đơn vị này', en: 'The cycle has no such unit kind' },
  NOT_CONSOLIDATED: { status: 404, vi: 'Chưa tổng hợp kết quả cho loại đơn vị này', en: 'No consolidation yet for this unit kind' },
  NOT_PUBLISHED: { status: 404, vi: 'Không có kết quả đã công bố', en: 'No published results' },
  UNIT_NOT_FOUND: { status: 404, vi: 'Không có đơn vị này trong kết quả', en: 'No such unit in the results' },
  PERIOD_NOT_VERIFIED: {
    status: 409,
    vi: 'Chỉ lập báo cáo kỳ khi mọi hồ sơ của kỳ đã được thẩm định; còn các đơn vị chưa thẩm định',
    en: 'A period report is made once every submission of the period is verified; these are not',
  },
  YEAR_IS_CONSOLIDATED: {
    status: 400,
    vi: 'Kết quả năm là kết quả tổng hợp xếp hạng (mục "Tổng hợp kết quả"), không lập như báo cáo kỳ',
    en: 'The year’s result is the consolidation, not a period report',
  },
  NOT_ALL_FINAL: {
    status: 409,
    vi: 'Chỉ xếp hạng khi mọi hồ sơ của kỳ đánh giá đã hoàn thành; còn các hồ sơ chưa hoàn thành',
    en: 'A ranking goes forward only when every submission of the cycle is final; these are not',
  },
});
