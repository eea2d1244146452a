import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsString, Length } from 'class-validator';
import { OptionalNotNull, Trimmed } from '../../src/errors/validation.js';
import type { VariableValue } from '../scoring/engine/score.types.js';

/** An assessing agency's figure for one indicator of one unit. */
export class EnterAgencyFigureDto {
  @ApiPropertyOptional({ example: { a: 120000 }, description: 'Số liệu theo dõi của cơ quan cho các biến được giao; null để xóa' })
  @OptionalNotNull()
  @IsObject()
  values?: Record<string, VariableValue | null>;

  @ApiPropertyOptional({ example: 'Số liệu theo hệ thống định danh điện tử của Công an tỉnh đến ngày 31/3/2025', description: 'Nhận xét, đánh giá của cơ quan; chuỗi rỗng để bỏ' })
  @OptionalNotNull()
  @Trimmed() @IsString()
  @Length(0, 2000)
  note?: string;

  @ApiPropertyOptional({ example: 'Đơn vị không có thủ tục hành chính thuộc lĩnh vực này', description: 'Lý do chỉ số không áp dụng cho đơn vị (Điều 5c); chuỗi rỗng để bỏ' })
  @OptionalNotNull()
  @Trimmed() @IsString()
  @Length(0, 1000)
  notApplicable?: string;
}
