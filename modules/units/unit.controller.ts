import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { CreateUnitDto } from './create-unit.dto.js';
import { ListUnitsQuery } from './list-units.query.js';
import { UpdateUnitDto } from './update-unit.dto.js';
import { UnitService } from './unit.service.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitController {
  constructor(private readonly units: UnitService) {}

  /** The list of units is not secret: the published ranking names them all. */
  @Get()
  @Allow(ALL_ROLES)
  list(@Query() query: ListUnitsQuery) {
    return this.units.list(query);
  }

  @Get(':id')
  @Allow(ALL_ROLES)
  get(@Param('id', ParseIdPipe) id: number) {
    return this.units.get(id);
  }

  @Post()
  @Allow([Role.ADMIN])
  create(@CurrentUser() actor: AuthenticatedUser, @Body() dto: CreateUnitDto) {
    return this.units.create(actor, dto);
  }

  @Patch(':id')
  @Allow([Role.ADMIN])
  update(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body() dto: UpdateUnitDto) {
    return this.units.update(actor, id, dto);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  deactivate(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.units.setActive(actor, id, false);
  }

  @Post(':id/activate')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  activate(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.units.setActive(actor, id, true);
  }
}
