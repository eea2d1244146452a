import { Body, Controller, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CycleView } from './cycle.view.js';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { FrameworkErrors } from '../frameworks/framework.errors.js';
import { ChangePeriodDeadlinesDto } from './change-period-deadlines.dto.js';
import { CreateCycleDto } from './create-cycle.dto.js';
import { CycleErrors } from './cycle.errors.js';
import { CycleService } from './cycle.service.js';
import { SetReferenceDto } from './set-reference.dto.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';

@ApiTags('cycles')
@ApiBearerAuth()
@Controller('cycles')
export class CycleController {
  constructor(private readonly cycles: CycleService) {}

  @Get()
  @Allow(ALL_ROLES)
  @ApiOkResponse({ type: [CycleView] })
  @Doc('Danh sách kỳ đánh giá', 'Mọi người dùng đã đăng nhập. Trả về các kỳ đánh giá, năm mới nhất trước, kèm trạng thái, bộ chỉ số đã dùng, các kỳ báo cáo và mốc thời gian của từng kỳ.')
  list(@CurrentUser() actor: AuthenticatedUser) {
    return this.cycles.listFor(actor);
  }

  @Get('agency-work')
  @Allow([Role.SOURCE_AGENCY])
  @Doc(
    'Các kỳ đánh giá có việc của cơ quan',
    'Cơ quan đầu mối. Trả về mã (id) các kỳ đánh giá mà bộ chỉ số giao cho cơ quan cung cấp số liệu hoặc đánh giá ít nhất một chỉ số, năm mới nhất trước: màn hình của cơ quan mở ở kỳ đầu tiên trong số đó.',
  )
  agencyWork(@CurrentUser() actor: AuthenticatedUser) {
    return this.cycles.withWorkFor(actor);
  }

  @Post()
  @Allow([Role.ADMIN])
  @Doc(
    'Mở kỳ đánh giá',
    'Quản trị hệ thống. Mở kỳ đánh giá của một năm cho một bộ chỉ số (một loại đơn vị): các kỳ báo cáo phải đúng lịch đã chọn, mốc thời gian theo thứ tự, mỗi năm chỉ một kỳ cho mỗi bộ chỉ số, và mọi cơ quan đầu mối mà bộ chỉ số giao số liệu phải có trong danh sách đơn vị. Phiên bản bộ chỉ số được cố định (không sửa được nữa) và mỗi đơn vị đang hoạt động của loại đó được tạo một hồ sơ nháp cho từng kỳ báo cáo, trong cùng một giao dịch; trả về kỳ đánh giá và số hồ sơ đã tạo.',
    [
      CycleErrors.PERIODS_NOT_IN_SCHEDULE,
      CycleErrors.DEADLINES_OUT_OF_ORDER,
      CycleErrors.CODE_TAKEN,
      FrameworkErrors.NOT_FOUND,
      CycleErrors.FRAMEWORK_KIND_MISMATCH,
      CycleErrors.ALREADY_EXISTS,
      CycleErrors.SUPPLIER_NOT_REGISTERED,
    ],
  )
  open(@CurrentUser() actor: AuthenticatedUser, @Body() dto: CreateCycleDto) {
    return this.cycles.open(actor, dto);
  }

  @Patch(':id/periods/:period')
  @Allow([Role.ADMIN])
  @Doc(
    'Đổi mốc thời gian của một kỳ báo cáo',
    'Quản trị hệ thống. Dời các mốc (mở nhập liệu, hạn nhập liệu, hạn thẩm định, hạn giải quyết giải trình) của một kỳ báo cáo sau khi kỳ đánh giá đã mở, kèm lý do; các mốc phải vẫn theo thứ tự và kỳ đánh giá chưa công bố kết quả. Hồ sơ của kỳ báo cáo theo mốc mới (gia hạn riêng của đơn vị được giữ), các đơn vị, cơ quan đầu mối và cơ quan thẩm định được thông báo, việc thay đổi được ghi nhật ký.',
    [
      CycleErrors.NOT_FOUND,
      CycleErrors.PUBLISHED_READ_ONLY,
      CycleErrors.PERIOD_NOT_IN_CYCLE,
      CycleErrors.NOTHING_TO_CHANGE,
      CycleErrors.DEADLINES_OUT_OF_ORDER,
      CycleErrors.CONCURRENT_UPDATE,
    ],
  )
  changePeriodDeadlines(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('period') period: string,
    @Body() dto: ChangePeriodDeadlinesDto,
  ) {
    return this.cycles.changePeriodDeadlines(actor, id, period, dto);
  }

  @Put(':id/references/:indicator')
  @Allow([Role.REVIEWER])
  @Doc(
    'Nhập giá trị tham chiếu',
    'Cơ quan thẩm định. Nhập giá trị so sánh từ bên ngoài cho chỉ số tính điểm so với đơn vị cao nhất (ví dụ chỉ số 7.5 của Bộ chỉ số DTI cấp tỉnh: tỷ lệ của địa phương cao nhất cả nước), kèm nguồn. Lần tổng hợp sau dùng giá trị này: đơn vị có tỷ lệ cao hơn vẫn được điểm tối đa. Được sửa đến khi Chủ tịch phê duyệt; được ghi nhật ký.',
    [CycleErrors.NOT_FOUND, CycleErrors.REFERENCE_CLOSED, CycleErrors.NOT_A_RELATIVE_ITEM, CycleErrors.CONCURRENT_UPDATE],
  )
  setReference(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Param('indicator') indicator: string, @Body() dto: SetReferenceDto) {
    return this.cycles.setReference(actor, id, indicator, dto);
  }
}
