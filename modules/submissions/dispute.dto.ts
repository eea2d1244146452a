import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsNumber, IsString, Length, Matches, Min } from 'class-validator';
import { OptionalNotNull, Trimmed } from '../../src/errors/validation.js';

export class OpenDisputeDto {
  @ApiProperty({ example: ['1.1'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @Matches(/^[0-9A-Z.]{1,20}$/, { each: true })
  indicators: string[];

  @ApiProperty({ example: 'Đơn vị đã ban hành Kế hoạch số 45/KH-UBND ngày 15/3/2024, đề nghị xem xét lại điểm chỉ số 1.1', description: 'Giải trình, kiến nghị' })
  @Trimmed()
  @IsString()
  @Length(3, 4000)
  explanation: string;
}

export class DisputeMessageDto {
  @ApiProperty({ example: 'Đơn vị đã bổ sung Quyết định số 215/QĐ-UBND vào tài liệu kiểm chứng của chỉ số' }) @Trimmed() @IsString() @Length(1, 4000) body: string;
}

export class ResolveDisputeItemDto {
  @ApiProperty({ enum: ['UPHELD', 'REJECTED'] }) @IsIn(['UPHELD', 'REJECTED']) outcome: 'UPHELD' | 'REJECTED';

  @ApiPropertyOptional({ example: 2, description: 'Điểm cuối cùng khi chấp nhận kiến nghị' })
  @OptionalNotNull()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  points?: number;

  @ApiProperty({ example: 'Kế hoạch số 45/KH-UBND ban hành trong kỳ đánh giá, đủ điều kiện tính điểm' })
  @Trimmed()
  @IsString()
  @Length(3, 2000)
  reason: string;
}
