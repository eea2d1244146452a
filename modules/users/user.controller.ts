import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { CreateUserDto } from './create-user.dto.js';
import { DeputyHeadDto } from './deputy-head.dto.js';
import { UpdateUserDto } from './update-user.dto.js';
import { UserService } from './user.service.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';

@ApiTags('users')
@ApiBearerAuth()
@Controller()
export class UserController {
  constructor(private readonly users: UserService) {}

  @Get('users')
  @Allow([Role.ADMIN])
  list() {
    return this.users.list();
  }

  /** A unit head sees who works in the unit; nobody else's. */
  @Get('units/:unitId/users')
  @Allow([Role.ADMIN, Role.UNIT_HEAD], { ownUnit: 'unitId' })
  listForUnit(@Param('unitId', ParseIdPipe) unitId: number) {
    return this.users.listForUnit(unitId);
  }

  @Put('units/:unitId/deputy-head')
  @Allow([Role.ADMIN, Role.UNIT_HEAD], { ownUnit: 'unitId' })
  @ApiOperation({ summary: 'Lãnh đạo đơn vị ủy quyền một cán bộ nộp hồ sơ khi vắng mặt (null: bỏ ủy quyền)' })
  setDeputyHead(@CurrentUser() actor: AuthenticatedUser, @Param('unitId', ParseIdPipe) unitId: number, @Body() dto: DeputyHeadDto) {
    return this.users.setDeputyHead(actor, unitId, dto.userId ?? null);
  }

  @Get('users/:id')
  @Allow([Role.ADMIN])
  get(@Param('id', ParseIdPipe) id: number) {
    return this.users.get(id);
  }

  @Post('users')
  @Allow([Role.ADMIN])
  create(@CurrentUser() actor: AuthenticatedUser, @Body() dto: CreateUserDto) {
    return this.users.create(actor, dto);
  }

  @Patch('users/:id')
  @Allow([Role.ADMIN])
  update(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body() dto: UpdateUserDto) {
    return this.users.update(actor, id, dto);
  }

  @Post('users/:id/deactivate')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  deactivate(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.users.setActive(actor, id, false);
  }

  @Post('users/:id/activate')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  activate(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.users.setActive(actor, id, true);
  }

  @Post('users/:id/unlock')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  unlock(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.users.unlock(actor, id);
  }
}
