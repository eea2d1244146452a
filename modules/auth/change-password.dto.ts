import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';

/** A signed-in person's own new password, confirmed by the current one. */
export class ChangePasswordDto {
  @ApiProperty({ description: 'Mật khẩu hiện tại', example: 'Demo@2024' }) @IsString() @MaxLength(72) currentPassword: string;
  @ApiProperty({ minLength: 10, description: 'Mật khẩu mới, ít nhất 10 ký tự', example: 'SoYte@DongNai2025' }) @IsString() @Length(10, 72, { message: 'Mật khẩu mới phải có từ 10 đến 72 ký tự' }) newPassword: string;
}
