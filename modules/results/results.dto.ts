import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { EVALUATED_KINDS } from '../units/unit-kind.enum.js';
import { Trimmed } from '../../src/errors/validation.js';

export class ConsolidateDto {
  @ApiPropertyOptional({ enum: EVALUATED_KINDS, description: 'Chỉ tổng hợp loại đơn vị này; bỏ trống: mọi loại của kỳ' })
  @IsOptional()
  @IsIn(EVALUATED_KINDS)
  unitKind?: string;
}

export class ReasonDto {
  @ApiProperty({ example: 'Đề nghị rà soát lại điểm chỉ số 4.1 của các huyện' }) @Trimmed() @IsString() @Length(5, 2000) reason: string;
}

export class PublicRankingQuery {
  @ApiProperty({ enum: EVALUATED_KINDS }) @IsIn(EVALUATED_KINDS) unitKind: string;

  @ApiPropertyOptional({ example: 1, description: 'Phiên bản đã công bố; mặc định: mới nhất' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) version?: number;
}

export class PublicVersionQuery {
  @ApiPropertyOptional({ example: 1, description: 'Phiên bản đã công bố; mặc định: mới nhất' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) version?: number;
}

export class PeriodReportQuery {
  @ApiPropertyOptional({ enum: EVALUATED_KINDS, description: 'Loại đơn vị; bỏ trống: loại đầu tiên của kỳ' }) @IsOptional() @IsIn(EVALUATED_KINDS) unitKind?: string;
}

export class StandingQuery {
  @ApiPropertyOptional({ enum: ['Q1', 'H1', 'Q3', 'YEAR'], description: 'Một kỳ báo cáo; bỏ trống: cả năm đến thời điểm hiện tại' })
  @IsOptional()
  @IsIn(['Q1', 'H1', 'Q3', 'YEAR'])
  period?: string;
}
