import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNumber, IsString, Length, Min } from 'class-validator';
import { OptionalNotNull, Trimmed } from '../../src/errors/validation.js';

export class RecordVerificationDto {
  @ApiPropertyOptional({ description: 'Chấp nhận điểm tự đánh giá' }) @OptionalNotNull() @IsBoolean() accept?: boolean;

  @ApiPropertyOptional({ description: 'Điểm thẩm định (0 … điểm tối đa), kèm lý do' })
  @OptionalNotNull()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  points?: number;

  @ApiPropertyOptional({ description: 'Lý do (bắt buộc khi điểm thẩm định khác điểm tự đánh giá)' })
  @OptionalNotNull()
  @Trimmed() @IsString()
  @Length(3, 2000)
  reason?: string;
}
