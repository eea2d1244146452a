import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { Trimmed } from '../../src/errors/validation.js';

/** An admin moves one reporting period's dates after the cycle opened: audited, with the reason. */
export class ChangePeriodDeadlinesDto {
  @ApiPropertyOptional({ example: '2025-03-20T00:00:00+07:00', description: 'Mở nhập số liệu' }) @IsOptional() @IsISO8601({ strict: true }) opensAt?: string;
  @ApiPropertyOptional({ example: '2025-04-17T23:59:59+07:00', description: 'Hạn nhập số liệu và gửi tự đánh giá' }) @IsOptional() @IsISO8601({ strict: true }) dataEntry?: string;
  @ApiPropertyOptional({ example: '2025-05-02T23:59:59+07:00', description: 'Hạn thẩm định' }) @IsOptional() @IsISO8601({ strict: true }) verification?: string;
  @ApiPropertyOptional({ example: '2025-05-22T23:59:59+07:00', description: 'Hạn giải quyết giải trình, kiến nghị' }) @IsOptional() @IsISO8601({ strict: true }) disputeResolution?: string;
  @ApiProperty({ example: 'Gia hạn nhập liệu Quý I thêm 7 ngày theo Công văn số 123/STTTT', description: 'Lý do thay đổi (ghi nhật ký và gửi kèm thông báo)' }) @Trimmed() @IsString() @Length(1, 1000) @Matches(/\S/, { message: 'Lý do không được để trống' }) reason: string;
}
