import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../src/access/access.decorators.js';
import { Role } from '../../src/access/role.enum.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { AuditService } from './audit.service.js';
import { ListAuditQuery } from './list-audit.query.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Allow([Role.ADMIN])
  @Doc(
    'Tra cứu nhật ký thao tác',
    'Quản trị hệ thống. Trả về từng trang nhật ký (mặc định 50 dòng, mới nhất trước) kèm tổng số dòng khớp: ai làm gì, với vai trò và đơn vị nào, trên đối tượng nào, trước và sau, lý do. Lọc được theo loại và mã đối tượng, hành động (hoặc nhóm hành động như `SUBMISSION.`), người thực hiện và khoảng thời gian.',
  )
  list(@Query() query: ListAuditQuery) {
    return this.audit.list(query);
  }
}
