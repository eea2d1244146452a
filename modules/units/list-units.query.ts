import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { UnitKind } from './unit-kind.enum.js';

export class ListUnitsQuery {
  @ApiPropertyOptional({ enum: UnitKind }) @IsOptional() @IsEnum(UnitKind) kind?: UnitKind;

  @ApiPropertyOptional({ example: false, description: 'Gồm cả đơn vị đã ngừng hoạt động' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeInactive?: boolean;
}
