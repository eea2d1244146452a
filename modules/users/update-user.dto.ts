import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsEnum, IsInt, IsOptional, IsString, Length, MaxLength, Min } from 'class-validator';
import { Role } from '../../src/access/role.enum.js';
import { OptionalNotNull, Trimmed } from '../../src/errors/validation.js';

/** A new password may be set here (admin reset); the user name is the sign-in identity and stays. */
export class UpdateUserDto {
  @ApiPropertyOptional({ example: 'Nguyễn Thị Hoa' }) @OptionalNotNull() @Trimmed() @IsString() @Length(2, 120) fullName?: string;
  /** null clears the e-mail address. */
  @ApiPropertyOptional({ nullable: true, example: 'nthoa.soyte@dongnai.gov.vn', description: 'null: xóa địa chỉ thư' }) @IsOptional() @IsEmail() @MaxLength(200) email?: string | null;
  @ApiPropertyOptional({ minLength: 10, example: 'MatKhauMoi@2025', description: 'Mật khẩu mới do quản trị đặt lại; mọi phiên đăng nhập của người này kết thúc' }) @OptionalNotNull() @IsString() @Length(10, 72) password?: string;
  @ApiPropertyOptional({ enum: Role }) @OptionalNotNull() @IsEnum(Role) role?: Role;
  @ApiPropertyOptional({ example: 6, description: 'Chuyển sang đơn vị khác (vai trò phải phù hợp với loại đơn vị)' }) @OptionalNotNull() @IsInt() @Min(1) unitId?: number;
}
