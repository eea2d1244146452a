import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { CreateUnitDto } from './create-unit.dto.js';
import { ListUnitsQuery } from './list-units.query.js';
import { UpdateUnitDto } from './update-unit.dto.js';
import { UnitErrors } from './unit.errors.js';
import { UnitService } from './unit.service.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';
import { SomethingToWrite } from '../../src/http/something-to-write.pipe.js';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitController {
  constructor(private readonly units: UnitService) {}

  /** The list of units is not secret: the published ranking names them all. */
  @Get()
  @Allow(ALL_ROLES)
  @Doc(
    'Danh sách đơn vị',
    'Mọi người dùng đã đăng nhập. Trả về các đơn vị (sở, ban, ngành, UBND cấp huyện, cơ quan đầu mối, cơ quan thẩm định…) xếp theo loại rồi theo tên; lọc được theo loại đơn vị. Mặc định chỉ gồm đơn vị đang hoạt động, `includeInactive=true` để xem cả đơn vị đã ngừng hoạt động.',
  )
  list(@Query() query: ListUnitsQuery) {
    return this.units.list(query);
  }

  @Get(':id')
  @Allow(ALL_ROLES)
  @Doc('Xem một đơn vị', 'Mọi người dùng đã đăng nhập. Trả về thông tin một đơn vị, kể cả đơn vị đã ngừng hoạt động.', [UnitErrors.NOT_FOUND])
  get(@Param('id', ParseIdPipe) id: number) {
    return this.units.get(id);
  }

  @Post()
  @Allow([Role.ADMIN])
  @Doc(
    'Thêm đơn vị',
    'Quản trị hệ thống. Tạo một đơn vị mới với mã chưa dùng và đơn vị cấp trên (nếu có) đã tồn tại; được ghi nhật ký. Giao nhiệm vụ cơ quan thẩm định cho đơn vị mới thì đơn vị đang giữ nhiệm vụ này mất nó, vì mỗi lúc chỉ có một cơ quan thẩm định.',
    [UnitErrors.CODE_TAKEN, UnitErrors.PARENT_NOT_FOUND],
  )
  create(@CurrentUser() actor: AuthenticatedUser, @Body() dto: CreateUnitDto) {
    return this.units.create(actor, dto);
  }

  @Patch(':id')
  @Allow([Role.ADMIN])
  @Doc(
    'Sửa thông tin đơn vị',
    'Quản trị hệ thống. Sửa tên, loại, đơn vị cấp trên và các nhiệm vụ (cơ quan đầu mối cung cấp số liệu, cơ quan thẩm định) của đơn vị; mã đơn vị không sửa được. Giao nhiệm vụ thẩm định cho đơn vị này thì chuyển nhiệm vụ khỏi đơn vị đang giữ; yêu cầu không thay đổi gì thì không ghi gì.',
    [UnitErrors.NOT_FOUND, UnitErrors.PARENT_IS_SELF, UnitErrors.PARENT_NOT_FOUND],
  )
  update(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body(SomethingToWrite) dto: UpdateUnitDto) {
    return this.units.update(actor, id, dto);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  @Doc(
    'Ngừng hoạt động đơn vị',
    'Quản trị hệ thống. Đơn vị không bị xóa (hồ sơ, điểm và nhật ký vẫn đọc được) nhưng người dùng của đơn vị không đăng nhập được nữa. Không thể ngừng hoạt động đơn vị của chính mình.',
    [UnitErrors.OWN_UNIT, UnitErrors.NOT_FOUND],
  )
  deactivate(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.units.setActive(actor, id, false);
  }

  @Post(':id/activate')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  @Doc('Cho đơn vị hoạt động trở lại', 'Quản trị hệ thống. Mở lại một đơn vị đã ngừng hoạt động; người dùng đang hoạt động của đơn vị đăng nhập lại được. Trả về đơn vị.', [UnitErrors.NOT_FOUND])
  activate(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.units.setActive(actor, id, true);
  }
}
