import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { AccessErrors } from '../../src/errors/common.errors.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { CreateUserDto } from './create-user.dto.js';
import { DeputyHeadDto } from './deputy-head.dto.js';
import { UpdateUserDto } from './update-user.dto.js';
import { UserErrors } from './user.errors.js';
import { UserService } from './user.service.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';
import { SomethingToWrite } from '../../src/http/something-to-write.pipe.js';

@ApiTags('users')
@ApiBearerAuth()
@Controller()
export class UserController {
  constructor(private readonly users: UserService) {}

  @Get('users')
  @Allow([Role.ADMIN])
  @Doc('Danh sách người dùng', 'Quản trị hệ thống. Trả về mọi tài khoản (kể cả tài khoản đã khóa), xếp theo đơn vị rồi theo tên đăng nhập; không bao giờ kèm mật khẩu.')
  list() {
    return this.users.list();
  }

  /** A unit head sees who works in the unit; nobody else's. */
  @Get('units/:unitId/users')
  @Allow([Role.ADMIN, Role.UNIT_HEAD], { ownUnit: 'unitId' })
  @Doc(
    'Người dùng của một đơn vị',
    'Quản trị hệ thống, hoặc lãnh đạo đơn vị cho chính đơn vị mình. Trả về các tài khoản thuộc đơn vị, xếp theo tên đăng nhập, cho biết ai đang được ủy quyền nộp hồ sơ.',
    [AccessErrors.OTHER_UNIT],
  )
  listForUnit(@Param('unitId', ParseIdPipe) unitId: number) {
    return this.users.listForUnit(unitId);
  }

  @Put('units/:unitId/deputy-head')
  @Allow([Role.ADMIN, Role.UNIT_HEAD], { ownUnit: 'unitId' })
  @Doc(
    'Ủy quyền nộp hồ sơ khi lãnh đạo vắng mặt',
    'Quản trị hệ thống, hoặc lãnh đạo đơn vị cho chính đơn vị mình. Chỉ định một cán bộ đang hoạt động của đơn vị được nộp hồ sơ thay lãnh đạo (`userId: null` để bỏ ủy quyền); người được ủy quyền trước đó mất quyền này. Trả về danh sách người dùng của đơn vị.',
    [AccessErrors.OTHER_UNIT, UserErrors.NOT_FOUND, UserErrors.DEPUTY_NOT_AN_OFFICER],
  )
  setDeputyHead(@CurrentUser() actor: AuthenticatedUser, @Param('unitId', ParseIdPipe) unitId: number, @Body() dto: DeputyHeadDto) {
    return this.users.setDeputyHead(actor, unitId, dto.userId ?? null);
  }

  @Get('users/:id')
  @Allow([Role.ADMIN])
  @Doc('Xem một người dùng', 'Quản trị hệ thống. Trả về thông tin tài khoản: họ tên, vai trò, đơn vị, trạng thái và thời điểm tạm khóa đăng nhập (nếu có).', [UserErrors.NOT_FOUND])
  get(@Param('id', ParseIdPipe) id: number) {
    return this.users.get(id);
  }

  @Post('users')
  @Allow([Role.ADMIN])
  @Doc(
    'Tạo tài khoản người dùng',
    'Quản trị hệ thống. Tạo tài khoản với tên đăng nhập chưa dùng, thuộc một đơn vị đang hoạt động và có vai trò phù hợp với loại đơn vị (cán bộ, lãnh đạo: đơn vị được đánh giá; đầu mối: cơ quan đầu mối; thẩm định: cơ quan thẩm định hoặc Ban Chỉ đạo; Chủ tịch: Ban Chỉ đạo). Được ghi nhật ký, không lưu mật khẩu gốc.',
    [UserErrors.USERNAME_TAKEN, UserErrors.UNIT_NOT_FOUND, UserErrors.ROLE_UNIT_MISMATCH],
  )
  create(@CurrentUser() actor: AuthenticatedUser, @Body() dto: CreateUserDto) {
    return this.users.create(actor, dto);
  }

  @Patch('users/:id')
  @Allow([Role.ADMIN])
  @Doc(
    'Sửa tài khoản, đặt lại mật khẩu',
    'Quản trị hệ thống. Sửa họ tên, thư điện tử, vai trò, đơn vị hoặc đặt lại mật khẩu (tên đăng nhập không sửa được). Đổi vai trò, đơn vị hoặc mật khẩu thì mọi phiên đăng nhập của người đó kết thúc và việc ủy quyền nộp hồ sơ (nếu có) chấm dứt; phải luôn còn ít nhất một quản trị viên đang hoạt động.',
    [UserErrors.NOT_FOUND, UserErrors.LAST_ADMIN, UserErrors.UNIT_NOT_FOUND, UserErrors.ROLE_UNIT_MISMATCH],
  )
  update(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body(SomethingToWrite) dto: UpdateUserDto) {
    return this.users.update(actor, id, dto);
  }

  @Post('users/:id/deactivate')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  @Doc(
    'Khóa tài khoản',
    'Quản trị hệ thống. Tài khoản không bị xóa (nhật ký vẫn ghi rõ ai làm gì) nhưng không đăng nhập được nữa và mọi phiên đăng nhập của nó kết thúc ngay. Không thể tự khóa chính mình hay khóa quản trị viên đang hoạt động cuối cùng.',
    [UserErrors.SELF_DEACTIVATION, UserErrors.NOT_FOUND, UserErrors.LAST_ADMIN],
  )
  deactivate(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.users.setActive(actor, id, false);
  }

  @Post('users/:id/activate')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  @Doc('Mở lại tài khoản', 'Quản trị hệ thống. Cho một tài khoản đã khóa đăng nhập lại được; trả về tài khoản.', [UserErrors.NOT_FOUND])
  activate(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.users.setActive(actor, id, true);
  }

  @Post('users/:id/unlock')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  @Doc(
    'Gỡ tạm khóa đăng nhập',
    'Quản trị hệ thống. Gỡ ngay lần tạm khóa do nhập sai mật khẩu nhiều lần (không chờ hết thời gian khóa) và xóa số lần sai đã đếm; được ghi nhật ký.',
    [UserErrors.NOT_FOUND],
  )
  unlock(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.users.unlock(actor, id);
  }
}
