import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsInt, IsString, Length, Min } from 'class-validator';
import { OptionalNotNull, Trimmed } from '../../src/errors/validation.js';
import { UnitKind } from './unit-kind.enum.js';

/** The code is the unit's stable identity in imports and reports, so it is not editable. */
export class UpdateUnitDto {
  @ApiPropertyOptional({ example: 'Sở Khoa học và Công nghệ' }) @OptionalNotNull() @Trimmed() @IsString() @Length(2, 200) name?: string;
  @ApiPropertyOptional({ enum: UnitKind }) @OptionalNotNull() @IsEnum(UnitKind) kind?: UnitKind;
  @ApiPropertyOptional({ example: 3, description: 'Mã định danh của đơn vị cấp trên' }) @OptionalNotNull() @IsInt() @Min(1) parentId?: number;
  @ApiPropertyOptional({ example: true, description: 'Đơn vị là cơ quan đầu mối cung cấp số liệu (Phụ lục III)' }) @OptionalNotNull() @IsBoolean() isSourceAgency?: boolean;
  @ApiPropertyOptional({ example: true, description: 'Giao nhiệm vụ thẩm định cho đơn vị này; đơn vị đang giữ nhiệm vụ sẽ mất nó' }) @OptionalNotNull() @IsBoolean() isReviewingAgency?: boolean;
}
