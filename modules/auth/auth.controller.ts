import { Body, Controller, Get, HttpCode, Ip, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Allow, ALL_ROLES, CurrentUser, Public } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { RequestErrors } from '../../src/errors/common.errors.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { AuthErrors } from './auth.errors.js';
import { AuthService } from './auth.service.js';
import { LocalAuthGuard } from './local-auth.guard.js';
import { ChangePasswordDto } from './change-password.dto.js';
import { LoginDto } from './login.dto.js';
import { RefreshSessionDto } from './refresh-session.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Throttled before the password is even checked, so guessing is slowed for every account. */
  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard, LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @Doc(
    'Đăng nhập',
    'Ai cũng gọi được, không cần đăng nhập trước. Mở một phiên đăng nhập: trả về mã truy cập ngắn hạn (`accessToken`, sống `expiresIn` giây), mã làm mới phiên (`refreshToken`) dùng cho `POST /api/auth/refresh` và hồ sơ người dùng. Nhập sai mật khẩu nhiều lần liên tiếp thì tài khoản bị tạm khóa một thời gian (423), quá nhiều lần sai từ một địa chỉ thì phải chờ (429); tài khoản bị quản trị khóa, đơn vị đã ngừng hoạt động hay tài khoản trình diễn ở chế độ vận hành thật đều nhận cùng lỗi như sai mật khẩu, để không lộ tên đăng nhập nào tồn tại.',
    [AuthErrors.INVALID_CREDENTIALS, AuthErrors.ACCOUNT_LOCKED, RequestErrors.TOO_MANY_REQUESTS],
  )
  login(@CurrentUser() user: AuthenticatedUser, @Ip() address: string, @Body() _body: unknown) {
    return this.auth.login(user, address ?? null);
  }

  /** Public: the access token may already have expired; the refresh token is the credential. */
  @Post('refresh')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @Doc(
    'Làm mới phiên đăng nhập',
    'Không cần mã truy cập: mã làm mới là bằng chứng của phiên đăng nhập. Đổi mã làm mới lấy mã truy cập mới và mã làm mới kế tiếp. Mỗi mã làm mới chỉ dùng được một lần; dùng lại mã cũ, phiên đã hết hạn, đã đăng xuất hoặc tài khoản không còn được đăng nhập thì phiên kết thúc (401 AUTH.SESSION_ENDED).',
    [AuthErrors.SESSION_ENDED, RequestErrors.TOO_MANY_REQUESTS],
  )
  refresh(@Body() dto: RefreshSessionDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('password')
  @HttpCode(200)
  @ApiBearerAuth()
  @Allow(ALL_ROLES)
  @Doc(
    'Đổi mật khẩu của chính mình',
    'Mọi người dùng đã đăng nhập. Đổi mật khẩu khi xác nhận đúng mật khẩu hiện tại; mật khẩu mới phải khác mật khẩu cũ. Mọi phiên đăng nhập khác kết thúc, phiên hiện tại tiếp tục bằng mã truy cập và mã làm mới mới được trả về.',
    [AuthErrors.WRONG_CURRENT_PASSWORD, AuthErrors.SAME_PASSWORD],
  )
  changePassword(@CurrentUser() user: AuthenticatedUser, @Ip() address: string, @Body() dto: ChangePasswordDto) {
    return this.auth.changePassword(user, dto, address ?? null);
  }

  @Post('logout')
  @HttpCode(200)
  @ApiBearerAuth()
  @Allow(ALL_ROLES)
  @Doc(
    'Đăng xuất',
    'Mọi người dùng đã đăng nhập. Kết thúc mọi phiên đăng nhập của người dùng này trên mọi thiết bị (mã truy cập và mã làm mới đã cấp đều hết hiệu lực) và ghi nhật ký thao tác.',
  )
  logout(@CurrentUser() user: AuthenticatedUser) {
    return this.auth.logout(user);
  }

  @Get('me')
  @ApiBearerAuth()
  @Allow(ALL_ROLES)
  @Doc('Thông tin người đang đăng nhập', 'Mọi người dùng đã đăng nhập. Trả về mã người dùng, tên đăng nhập, vai trò, đơn vị, họ tên và thư điện tử của chính mình.')
  me(@CurrentUser() user: AuthenticatedUser) {
    return this.auth.profile(user);
  }
}
