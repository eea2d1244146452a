import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { ChangePeriodDeadlinesDto } from './change-period-deadlines.dto.js';
import { CreateCycleDto } from './create-cycle.dto.js';
import { CycleService } from './cycle.service.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';

@ApiTags('cycles')
@ApiBearerAuth()
@Controller('cycles')
export class CycleController {
  constructor(private readonly cycles: CycleService) {}

  @Get()
  @Allow(ALL_ROLES)
  list() {
    return this.cycles.list();
  }

  @Post()
  @Allow([Role.ADMIN])
  open(@CurrentUser() actor: AuthenticatedUser, @Body() dto: CreateCycleDto) {
    return this.cycles.open(actor, dto);
  }

  @Patch(':id/periods/:period')
  @Allow([Role.ADMIN])
  @ApiOperation({ summary: 'Đổi các mốc thời gian của một kỳ báo cáo (có lý do, được ghi nhật ký)' })
  changePeriodDeadlines(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('period') period: string,
    @Body() dto: ChangePeriodDeadlinesDto,
  ) {
    return this.cycles.changePeriodDeadlines(actor, id, period, dto);
  }
}
