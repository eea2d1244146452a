import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsString, Length } from 'class-validator';
import { OptionalNotNull, Trimmed } from '../../src/errors/validation.js';

/** A later deadline for one unit's submission, with the reason. */
export class ExtendDeadlineDto {
  @ApiPropertyOptional({ example: '2025-01-31T23:59:59+07:00' }) @OptionalNotNull() @IsISO8601({ strict: true }) dataEntry?: string;
  @ApiPropertyOptional({ example: '2025-04-15T16:59:59Z' }) @OptionalNotNull() @IsISO8601({ strict: true }) disputeWindow?: string;
  @ApiProperty({ example: 'Đơn vị sáp nhập, cần thêm thời gian tổng hợp số liệu' }) @Trimmed() @IsString() @Length(3, 1000) reason: string;
}
