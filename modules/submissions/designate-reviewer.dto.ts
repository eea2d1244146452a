import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Length, Min } from 'class-validator';
import { Trimmed } from '../../src/errors/validation.js';

export class DesignateReviewerDto {
  @ApiProperty({ example: 12, description: 'Người thẩm định độc lập (vai trò REVIEWER, không thuộc đơn vị của hồ sơ)' })
  @IsInt()
  @Min(1)
  reviewerId: number;

  @ApiProperty({ example: 'Hồ sơ của chính cơ quan thẩm định' }) @Trimmed() @IsString() @Length(3, 1000) reason: string;
}
