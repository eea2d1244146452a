import { Body, Controller, Get, HttpCode, Ip, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Allow, ALL_ROLES, CurrentUser, Public } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
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
  @ApiOperation({ summary: 'Đăng nhập', description: 'Trả về mã truy cập ngắn hạn (`accessToken`, sống `expiresIn` giây) và mã làm mới phiên (`refreshToken`) dùng cho `POST /api/auth/refresh`.' })
  login(@CurrentUser() user: AuthenticatedUser, @Ip() address: string, @Body() _body: unknown) {
    return this.auth.login(user, address ?? null);
  }

  /** Public: the access token may already have expired; the refresh token is the credential. */
  @Post('refresh')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Làm mới phiên đăng nhập', description: 'Đổi mã làm mới lấy mã truy cập mới và mã làm mới kế tiếp. Mỗi mã làm mới chỉ dùng được một lần; dùng lại mã cũ sẽ kết thúc phiên (401 AUTH.SESSION_ENDED).' })
  refresh(@Body() dto: RefreshSessionDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('password')
  @HttpCode(200)
  @ApiBearerAuth()
  @Allow(ALL_ROLES)
  @ApiOperation({ summary: 'Đổi mật khẩu của chính mình (cần mật khẩu hiện tại)' })
  changePassword(@CurrentUser() user: AuthenticatedUser, @Ip() address: string, @Body() dto: ChangePasswordDto) {
    return this.auth.changePassword(user, dto, address ?? null);
  }

  @Post('logout')
  @HttpCode(200)
  @ApiBearerAuth()
  @Allow(ALL_ROLES)
  @ApiOperation({ summary: 'Đăng xuất: mọi phiên đăng nhập của người dùng này đều kết thúc' })
  logout(@CurrentUser() user: AuthenticatedUser) {
    return this.auth.logout(user);
  }

  @Get('me')
  @ApiBearerAuth()
  @Allow(ALL_ROLES)
  me(@CurrentUser() user: AuthenticatedUser) {
    return this.auth.profile(user);
  }
}
