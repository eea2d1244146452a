import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../../src/access/access.decorators.js';
import { PublicResultsService } from './public-results.service.js';
import { PublicRankingQuery, PublicVersionQuery } from './results.dto.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { ResultsErrors } from './results.errors.js';
import { PublishedAnswersInterceptor } from './published-answers.interceptor.js';

/** The province portal's data: published results only, no sign-in. */
@ApiTags('public')
@Public()
@Controller('public/results')
@UseInterceptors(PublishedAnswersInterceptor)
export class PublicResultsController {
  constructor(private readonly results: PublicResultsService) {}

  @Get()
  @Doc(
    'Các năm đã công bố kết quả',
    'Công khai, không cần đăng nhập. Trả về từng năm có kết quả xếp hạng đã công bố, với các loại đơn vị được xếp hạng và các phiên bản đã công bố (kèm lý do và thay đổi của mỗi lần đính chính); chưa công bố năm nào thì trả về danh sách rỗng.',
  )
  years() {
    return this.results.years();
  }

  @Get(':year/ranking')
  @Doc(
    'Bảng xếp hạng đã công bố',
    'Công khai, không cần đăng nhập. Trả về bảng xếp hạng một loại đơn vị của năm theo phiên bản đã công bố mới nhất (hoặc phiên bản được hỏi): thứ hạng, tổng điểm, điểm từng chỉ số thành phần và các kỳ báo cáo không nộp; phiên bản chưa công bố không bao giờ được trả về.',
    [ResultsErrors.NOT_PUBLISHED],
  )
  ranking(@Param('year', ParseIdPipe) year: number, @Query() query: PublicRankingQuery) {
    return this.results.ranking(year, query.unitKind, query.version);
  }

  @Get(':year/units/:unitCode')
  @Doc(
    'Kết quả đã công bố của một đơn vị',
    'Công khai, không cần đăng nhập. Trả về thứ hạng, tổng điểm và điểm từng chỉ số của đơn vị trong phiên bản đã công bố, so với điểm tối đa, điểm trung bình của các đơn vị cùng loại và kết quả đã công bố của năm trước.',
    [ResultsErrors.NOT_PUBLISHED, ResultsErrors.UNIT_NOT_FOUND],
  )
  unit(@Param('year', ParseIdPipe) year: number, @Param('unitCode') unitCode: string, @Query() query: PublicVersionQuery) {
    return this.results.unitProfile(year, unitCode, query.version);
  }
}
