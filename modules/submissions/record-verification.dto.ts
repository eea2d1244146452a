import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNumber, IsString, Length, Min } from 'class-validator';
import { OptionalNotNull, Trimmed } from '../../src/errors/validation.js';

export class RecordVerificationDto {
  @ApiPropertyOptional({ example: false, description: 'Chấp nhận điểm tự đánh giá' }) @OptionalNotNull() @IsBoolean() accept?: boolean;

  @ApiPropertyOptional({ example: 1.5, description: 'Điểm thẩm định (0 … điểm tối đa), kèm lý do' })
  @OptionalNotNull()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  points?: number;

  @ApiPropertyOptional({ example: 'Kế hoạch số 12/KH-UBND chưa đính kèm', description: 'Lý do (bắt buộc khi điểm thẩm định khác điểm tự đánh giá)' })
  @OptionalNotNull()
  @Trimmed() @IsString()
  @Length(3, 2000)
  reason?: string;
}
