import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, Min } from 'class-validator';
import { type PeriodCode, REPORTING_PERIODS } from '../scoring/engine/periods.js';
import type { UnitInputs } from '../scoring/engine/score.types.js';

const PERIOD_CODES = REPORTING_PERIODS.map((p) => p.code);

export class PreviewScoreDto {
  @ApiProperty({
    description: 'Giá trị biến theo mã chỉ số: { "6.3.2": { "values": { "a": 12, "b": 40 } }, "6.3.7": { "notApplicable": "lý do" } }',
    example: { '1.1': { values: { programmes: 3 } }, '1.5': { values: { has_column: true } } },
  })
  @IsObject()
  inputs: UnitInputs;

  @ApiPropertyOptional({ description: 'Giá trị kỳ trước (cho chỉ số cải thiện so với năm trước)', example: { '1.1': { values: { programmes: 2 } } } })
  @IsOptional()
  @IsObject()
  previous?: UnitInputs;

  @ApiPropertyOptional({ example: 1, description: 'Phiên bản bộ chỉ số; mặc định: phiên bản mới nhất' }) @IsOptional() @IsInt() @Min(1) version?: number;

  @ApiPropertyOptional({ enum: PERIOD_CODES, description: 'Kỳ báo cáo: chỉ số không thu thập trong kỳ này không tính điểm (NOT_IN_PERIOD)' })
  @IsOptional()
  @IsIn(PERIOD_CODES)
  period?: PeriodCode;
}
