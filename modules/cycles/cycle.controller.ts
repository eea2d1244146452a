import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { CreateCycleDto } from './create-cycle.dto.js';
import { CycleService } from './cycle.service.js';

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
}
