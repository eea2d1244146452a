import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, Length } from 'class-validator';
import { OptionalNotNull } from '../../src/errors/validation.js';
import type { VariableValue } from '../scoring/engine/score.types.js';

export class EnterValuesDto {
  @ApiPropertyOptional({ example: { a: 12, b: 40 }, description: 'Giá trị các biến (chữ cái của bảng chỉ số); null để xóa' })
  @IsOptional()
  @IsObject()
  values?: Record<string, VariableValue | null>;

  @ApiPropertyOptional({ description: 'Lý do không áp dụng (Điều 5c); chuỗi rỗng để bỏ' })
  @OptionalNotNull()
  @IsString()
  @Length(0, 1000)
  notApplicable?: string;

  @ApiPropertyOptional() @OptionalNotNull() @IsString() @Length(0, 2000) comment?: string;
}
