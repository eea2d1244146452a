import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, Min } from 'class-validator';
import type { UnitInputs } from '../scoring/engine/score.types.js';

export class PreviewScoreDto {
  @ApiProperty({
    description: 'Giá trị biến theo mã chỉ số: { "6.3.2": { "values": { "a": 12, "b": 40 } }, "6.3.7": { "notApplicable": "lý do" } }',
  })
  @IsObject()
  inputs: UnitInputs;

  @ApiPropertyOptional({ description: 'Giá trị kỳ trước (cho chỉ số cải thiện so với năm trước)' })
  @IsOptional()
  @IsObject()
  previous?: UnitInputs;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) version?: number;
}
