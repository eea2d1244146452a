import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsEnum, IsInt, IsOptional, IsString, Length, MaxLength, Min } from 'class-validator';
import { Role } from '../../src/access/role.enum.js';
import { OptionalNotNull, Trimmed } from '../../src/errors/validation.js';

/** A new password may be set here (admin reset); the user name is the sign-in identity and stays. */
export class UpdateUserDto {
  @ApiPropertyOptional() @OptionalNotNull() @Trimmed() @IsString() @Length(2, 120) fullName?: string;
  /** null clears the e-mail address. */
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(200) email?: string | null;
  @ApiPropertyOptional({ minLength: 10 }) @OptionalNotNull() @IsString() @Length(10, 72) password?: string;
  @ApiPropertyOptional({ enum: Role }) @OptionalNotNull() @IsEnum(Role) role?: Role;
  @ApiPropertyOptional() @OptionalNotNull() @IsInt() @Min(1) unitId?: number;
}
