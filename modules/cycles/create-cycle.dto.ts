import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { REPORTING_PERIODS, SCHEDULES } from '../scoring/engine/periods.js';
import { Trimmed } from '../../src/errors/validation.js';
import { EVALUATED_KINDS } from '../units/unit-kind.enum.js';

export const PERIOD_CODES = REPORTING_PERIODS.map((p) => p.code);

/** A whole quarterly schedule, in order, so the example body opens a cycle as it stands. */
const QUARTERLY_EXAMPLE = [
  { period: 'Q1', opensAt: '2024-03-20T00:00:00+07:00', dataEntry: '2024-04-10T23:59:59+07:00', verification: '2024-04-25T23:59:59+07:00', disputeResolution: '2024-05-15T23:59:59+07:00' },
  { period: 'H1', opensAt: '2024-06-20T00:00:00+07:00', dataEntry: '2024-07-10T23:59:59+07:00', verification: '2024-07-25T23:59:59+07:00', disputeResolution: '2024-08-15T23:59:59+07:00' },
  { period: 'Q3', opensAt: '2024-09-20T00:00:00+07:00', dataEntry: '2024-10-10T23:59:59+07:00', verification: '2024-10-25T23:59:59+07:00', disputeResolution: '2024-11-15T23:59:59+07:00' },
  { period: 'YEAR', opensAt: '2024-12-01T00:00:00+07:00', dataEntry: '2024-12-31T23:59:59+07:00', verification: '2025-01-20T23:59:59+07:00', disputeResolution: '2025-02-10T23:59:59+07:00' },
];

export class CycleFrameworkDto {
  @ApiProperty({ enum: EVALUATED_KINDS }) @IsIn(EVALUATED_KINDS) unitKind: string;
  @ApiProperty({ example: 'district', description: 'Mã bộ chỉ số' }) @IsString() @Matches(/^[a-z0-9-]{1,40}$/) code: string;
  @ApiPropertyOptional({ example: 1, description: 'Mặc định: phiên bản mới nhất' }) @IsOptional() @IsInt() @Min(1) version?: number;
}

/** One reporting period's own dates (ISO instants; "…T23:59:59+07:00" is read as Việt Nam time). */
export class PeriodDeadlinesDto {
  @ApiProperty({ enum: PERIOD_CODES, example: 'Q1' }) @IsIn(PERIOD_CODES) period: string;
  @ApiProperty({ example: '2025-03-20T00:00:00+07:00', description: 'Mở nhập số liệu' }) @IsISO8601({ strict: true }) opensAt: string;
  @ApiProperty({ example: '2025-04-10T23:59:59+07:00', description: 'Hạn nhập số liệu và gửi tự đánh giá' }) @IsISO8601({ strict: true }) dataEntry: string;
  @ApiProperty({ example: '2025-04-25T23:59:59+07:00', description: 'Hạn thẩm định' }) @IsISO8601({ strict: true }) verification: string;
  @ApiProperty({ example: '2025-05-15T23:59:59+07:00', description: 'Hạn giải quyết giải trình, kiến nghị' }) @IsISO8601({ strict: true }) disputeResolution: string;
}

export class CreateCycleDto {
  @ApiProperty({ example: 'DTI-2024-HUYEN' }) @IsString() @Matches(/^[A-Z0-9-]{2,40}$/) code: string;
  @ApiProperty({ example: 2024 }) @IsInt() @Min(2000) @Max(2100) year: number;
  @ApiProperty({ example: 'Đánh giá DTI cấp huyện năm 2024' }) @Trimmed() @IsString() @Length(2, 200) name: string;

  /** One framework (one unit kind) per cycle: each kind's ranking goes to the chair on its own. */
  @ApiProperty({ type: [CycleFrameworkDto], description: 'Đúng một bộ chỉ số (một loại đơn vị) cho mỗi kỳ đánh giá', example: [{ unitKind: 'DISTRICT', code: 'district', version: 1 }] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1)
  @ValidateNested({ each: true })
  @Type(() => CycleFrameworkDto)
  frameworks: CycleFrameworkDto[];

  @ApiProperty({ enum: Object.keys(SCHEDULES), example: 'QUARTERLY', description: 'QUARTERLY: Quý I, 6 tháng, 9 tháng, Năm; YEARLY: chỉ báo cáo năm' })
  @IsIn(Object.keys(SCHEDULES))
  schedule: keyof typeof SCHEDULES;

  @ApiProperty({ type: [PeriodDeadlinesDto], description: 'Các kỳ báo cáo của lịch đã chọn, đúng thứ tự, mỗi kỳ một lần', example: QUARTERLY_EXAMPLE })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => PeriodDeadlinesDto)
  periods: PeriodDeadlinesDto[];

  @ApiPropertyOptional({ example: 5, description: 'Số ngày làm việc để giải trình, kiến nghị kể từ ngày gửi kết quả thẩm định (mặc định 5)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  disputeWorkingDays?: number;

  @ApiPropertyOptional({ example: true, description: 'Bắt buộc tài liệu kiểm chứng cho chỉ số có điểm (mặc định: có)' })
  @IsOptional()
  @IsBoolean()
  evidenceRequired?: boolean;
}
