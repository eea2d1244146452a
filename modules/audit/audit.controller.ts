import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../src/access/access.decorators.js';
import { Role } from '../../src/access/role.enum.js';
import { AuditService } from './audit.service.js';
import { ListAuditQuery } from './list-audit.query.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Allow([Role.ADMIN])
  list(@Query() query: ListAuditQuery) {
    return this.audit.list(query);
  }
}
