import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsInt, IsString, Length, Matches, Min } from 'class-validator';
import { OptionalNotNull, Trimmed } from '../../src/errors/validation.js';
import { UnitKind } from './unit-kind.enum.js';

export class CreateUnitDto {
  @ApiProperty({ example: 'SO-TTTT', description: 'Mã đơn vị: chữ in hoa, số, gạch ngang' })
  @IsString()
  @Length(2, 40)
  @Matches(/^[A-Z0-9-]+$/, { message: 'code: chỉ gồm chữ in hoa, số và dấu gạch ngang (A-Z, 0-9, -)' })
  code: string;

  @ApiProperty({ example: 'Sở Thông tin và Truyền thông' }) @Trimmed() @IsString() @Length(2, 200) name: string;

  @ApiProperty({ enum: UnitKind }) @IsEnum(UnitKind) kind: UnitKind;

  @ApiPropertyOptional({ example: 3, description: 'Mã định danh của đơn vị cấp trên (nếu có)' }) @OptionalNotNull() @IsInt() @Min(1) parentId?: number;

  @ApiPropertyOptional({ example: true, description: 'Đơn vị là cơ quan đầu mối cung cấp số liệu (Phụ lục III)' }) @OptionalNotNull() @IsBoolean() isSourceAgency?: boolean;

  @ApiPropertyOptional({ example: false, description: 'Giao nhiệm vụ thẩm định cho đơn vị này (chỉ một đơn vị)' })
  @OptionalNotNull()
  @IsBoolean()
  isReviewingAgency?: boolean;
}
