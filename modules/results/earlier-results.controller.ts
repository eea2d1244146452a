import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { EarlierResultsService } from './earlier-results.service.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';

@ApiTags('results')
@ApiBearerAuth()
@Controller('submissions/:id/earlier')
export class EarlierResultsController {
  constructor(private readonly earlier: EarlierResultsService) {}

  @Get()
  @Allow([Role.ADMIN, Role.REVIEWER, Role.CHAIR, Role.UNIT_OFFICER, Role.UNIT_HEAD])
  @ApiOperation({ summary: 'Kết quả kỳ báo cáo trước và năm trước của cùng đơn vị, theo từng chỉ số (đặt cạnh khi thẩm định)' })
  of(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.earlier.of(actor, id);
  }
}
