import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { Trimmed } from '../../src/errors/validation.js';

/**
 * Moves people make here. The deadline move (DISPUTE_WINDOW_CLOSED) is the system's own; VERIFY, DISPUTE and RESOLVE_DISPUTE have their own routes, which do their bookkeeping first.
 */
export const USER_EVENTS = [
  'UNIT_PART_COMPLETE',
  'UNIT_PART_INCOMPLETE',
  'AGENCY_PART_COMPLETE',
  'AGENCY_PART_INCOMPLETE',
  'SUBMIT',
  'CLOSE_UNSUBMITTED',
  'START_VERIFICATION',
  'RETURN',
  'RESUBMIT',
  'AGENCY_RESUBMIT',
  'ACCEPT',
  'FINALIZE',
  'WITHDRAW',
  'REOPEN_FOR_CORRECTION',
  'CORRECTION_DONE',
] as const;

export class SubmissionEventDto {
  @ApiProperty({ enum: USER_EVENTS }) @IsIn(USER_EVENTS) type: (typeof USER_EVENTS)[number];

  @ApiPropertyOptional({ example: ['6.3.2'], description: 'Chỉ số bị trả lại (RETURN)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @Matches(/^[0-9A-Z.]{1,20}$/, { each: true })
  indicators?: string[];

  @ApiPropertyOptional({
    example: ['UNIT', 'SO-TC'],
    description: 'RETURN: trả lại cho ai ("UNIT" là đơn vị, hoặc mã cơ quan cung cấp/đánh giá); mặc định: bên đã cung cấp số liệu',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(/^[A-Z0-9-]{1,40}$/, { each: true })
  to?: string[];

  @ApiPropertyOptional({ example: 'Kế hoạch số 12/KH-UBND chưa đính kèm', description: 'Lý do trả lại (RETURN), đóng hồ sơ không nộp (CLOSE_UNSUBMITTED), rút hồ sơ (WITHDRAW) hoặc căn cứ mở lại để đính chính (REOPEN_FOR_CORRECTION: số văn bản, ví dụ kết quả giải quyết khiếu nại)' }) @IsOptional() @Trimmed() @IsString() @Length(1, 2000) reason?: string;

  @ApiPropertyOptional({ example: 'Đơn vị đã ban hành Kế hoạch số 45/KH-UBND ngày 15/3/2024', description: 'Giải trình khiếu nại (DISPUTE)' })
  @IsOptional()
  @Trimmed() @IsString()
  @Length(1, 4000)
  explanation?: string;
}
