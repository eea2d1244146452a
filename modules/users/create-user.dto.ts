import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsEnum, IsInt, IsOptional, IsString, Length, Matches, MaxLength, Min } from 'class-validator';
import { Role } from '../../src/access/role.enum.js';
import { Trimmed } from '../../src/errors/validation.js';

export class CreateUserDto {
  @ApiProperty({ example: 'canbo.soyte', description: 'Tên đăng nhập: chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới' })
  @IsString()
  @Length(3, 60)
  @Matches(/^[a-z0-9._-]+$/, { message: 'username: chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới' })
  username: string;

  @ApiProperty({ example: 'Nguyễn Thị Hoa' }) @Trimmed() @IsString() @Length(2, 120) fullName: string;

  @ApiPropertyOptional({ example: 'nthoa.soyte@dongnai.gov.vn', description: 'Thư điện tử nhận thông báo và thư nhắc hạn' }) @IsOptional() @IsEmail() @MaxLength(200) email?: string;

  @ApiProperty({ minLength: 10, description: 'Mật khẩu ít nhất 10 ký tự', example: 'SoYte@DongNai2025' })
  @IsString()
  @Length(10, 72)
  password: string;

  @ApiProperty({ enum: Role }) @IsEnum(Role) role: Role;

  @ApiProperty({ example: 6, description: 'Mã định danh của đơn vị (vai trò phải phù hợp với loại đơn vị)' }) @IsInt() @Min(1) unitId: number;
}
