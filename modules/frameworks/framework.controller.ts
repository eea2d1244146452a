import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { SubmissionErrors } from '../submissions/submission.errors.js';
import { FrameworkErrors } from './framework.errors.js';
import { FrameworkService } from './framework.service.js';
import { ImportFrameworkDto } from './import-framework.dto.js';
import { PreviewScoreDto } from './preview-score.dto.js';
import { ReassignSuppliersDto } from './reassign-suppliers.dto.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';

@ApiTags('frameworks')
@ApiBearerAuth()
@Controller('frameworks')
export class FrameworkController {
  constructor(private readonly frameworks: FrameworkService) {}

  @Get()
  @Allow(ALL_ROLES)
  @Doc(
    'Danh sách bộ chỉ số',
    'Mọi người dùng đã đăng nhập. Trả về mọi phiên bản của các bộ chỉ số (mã, phiên bản, tên, loại đơn vị, điểm tối đa, đã cố định hay chưa), không kèm cây chỉ số; dùng để chọn khi mở kỳ đánh giá.',
  )
  list() {
    return this.frameworks.list();
  }

  @Get(':code')
  @Allow(ALL_ROLES)
  @ApiQuery({ name: 'version', required: false, description: 'Phiên bản; mặc định: phiên bản mới nhất', example: 1 })
  @Doc(
    'Xem một bộ chỉ số',
    'Mọi người dùng đã đăng nhập. Trả về một phiên bản bộ chỉ số với đầy đủ cây chỉ số: biến cần nhập, quy tắc tính điểm, tài liệu kiểm chứng và cơ quan đầu mối của từng chỉ số.',
    [FrameworkErrors.NOT_FOUND],
  )
  get(@Param('code') code: string, @Query('version', new ParseIdPipe({ optional: true })) version?: number) {
    return this.frameworks.get(code, version);
  }

  @Post('import')
  @Allow([Role.ADMIN])
  @Doc(
    'Nhập bộ chỉ số',
    'Quản trị hệ thống. Kiểm tra rồi lưu một phiên bản bộ chỉ số từ tệp JSON, nêu từng chỉ số sai nếu có. Cùng nội dung thì không đổi gì (UNCHANGED); nội dung mới cho phiên bản chưa kỳ đánh giá nào dùng thì thay thế (UPDATED); phiên bản đã được dùng (đã cố định) thì bị từ chối, hãy nhập phiên bản mới. Được ghi nhật ký.',
    [FrameworkErrors.INVALID, FrameworkErrors.FROZEN],
  )
  import(@CurrentUser() actor: AuthenticatedUser, @Body() dto: ImportFrameworkDto) {
    return this.frameworks.import(actor, dto.framework);
  }

  @Post(':code/suppliers')
  @Allow([Role.ADMIN])
  @Doc(
    'Đổi cơ quan đầu mối',
    'Quản trị hệ thống. Giao một chỉ số (mọi biến chỉ số tự nhập) hoặc một biến cho cơ quan đầu mối khác, trước khi mở kỳ đánh giá, kèm lý do, trên phiên bản mới nhất. Thay đổi được lưu thành phiên bản mới của bộ chỉ số (phiên bản cũ giữ nguyên); kỳ đánh giá mở sau đó dùng phiên bản mới. Số liệu dùng chung đổi ở chỉ số gốc. Được ghi nhật ký.',
    [FrameworkErrors.NOT_FOUND, FrameworkErrors.NOT_LATEST, FrameworkErrors.SUPPLIERS_INVALID, FrameworkErrors.SUPPLIER_NOT_AGENCY],
  )
  reassignSuppliers(@CurrentUser() actor: AuthenticatedUser, @Param('code') code: string, @Body() dto: ReassignSuppliersDto) {
    return this.frameworks.reassignSuppliers(actor, code, dto);
  }

  @Post(':code/preview')
  @Allow(ALL_ROLES)
  @Doc(
    'Tính thử điểm',
    'Mọi người dùng đã đăng nhập. Tính điểm theo bộ chỉ số cho các giá trị gửi lên mà không lưu gì: đơn vị xem trước điểm khi đang nhập số liệu. Giá trị mà màn hình nhập liệu sẽ từ chối thì ở đây cũng bị từ chối với cùng lỗi; khi nêu kỳ báo cáo, chỉ số không thu thập trong kỳ đó không tính điểm.',
    [FrameworkErrors.NOT_FOUND, SubmissionErrors.INVALID_VALUES],
  )
  preview(@Param('code') code: string, @Body() dto: PreviewScoreDto) {
    return this.frameworks.preview(code, dto.inputs, dto.previous, dto.version, dto.period);
  }
}
