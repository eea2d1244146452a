import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Allow, ALL_ROLES, CurrentUser, Public } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { AuthService } from './auth.service.js';
import { LocalAuthGuard } from './local-auth.guard.js';
import { ChangePasswordDto } from './change-password.dto.js';
import { LoginDto } from './login.dto.js';

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
  login(@CurrentUser() user: AuthenticatedUser, @Body() _body: unknown) {
    return this.auth.login(user);
  }

  @Post('password')
  @HttpCode(200)
  @ApiBearerAuth()
  @Allow(ALL_ROLES)
  @ApiOperation({ summary: 'Đổi mật khẩu của chính mình (cần mật khẩu hiện tại)' })
  changePassword(@CurrentUser() user: AuthenticatedUser, @Body() dto: ChangePasswordDto) {
    return this.auth.changePassword(user, dto);
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
