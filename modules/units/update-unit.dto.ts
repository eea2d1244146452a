import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsInt, IsString, Length, Min } from 'class-validator';
import { OptionalNotNull, Trimmed } from '../../src/errors/validation.js';
import { UnitKind } from './unit-kind.enum.js';

/** The code is the unit's stable identity in imports and reports, so it is not editable. */
export class UpdateUnitDto {
  @ApiPropertyOptional() @OptionalNotNull() @Trimmed() @IsString() @Length(2, 200) name?: string;
  @ApiPropertyOptional({ enum: UnitKind }) @OptionalNotNull() @IsEnum(UnitKind) kind?: UnitKind;
  @ApiPropertyOptional() @OptionalNotNull() @IsInt() @Min(1) parentId?: number;
  @ApiPropertyOptional() @OptionalNotNull() @IsBoolean() isSourceAgency?: boolean;
  @ApiPropertyOptional() @OptionalNotNull() @IsBoolean() isReviewingAgency?: boolean;
}
