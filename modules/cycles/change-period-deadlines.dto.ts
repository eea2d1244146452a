import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { Trimmed } from '../../src/errors/validation.js';

/** An admin moves one reporting period's dates after the cycle opened: audited, with the reason. */
export class ChangePeriodDeadlinesDto {
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) opensAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) dataEntry?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) verification?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) disputeResolution?: string;
  @ApiProperty({ example: 'Gia hạn theo Công văn số 123/STTTT' }) @Trimmed() @IsString() @Length(1, 1000) @Matches(/\S/, { message: 'Lý do không được để trống' }) reason: string;
}
