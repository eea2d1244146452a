import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsString, Length } from 'class-validator';
import { OptionalNotNull, Trimmed } from '../../src/errors/validation.js';
import type { VariableValue } from '../scoring/engine/score.types.js';

/** The longest N/A reason and comment: the form and the spreadsheet import hold them to the same. */
export const TEXT_LIMITS = { notApplicable: 1000, comment: 2000 } as const;

export class EnterValuesDto {
  @ApiPropertyOptional({ example: { a: 12, b: 40 }, description: 'Giá trị các biến (chữ cái của bảng chỉ số); null để xóa' })
  @OptionalNotNull()
  @IsObject()
  values?: Record<string, VariableValue | null>;

  @ApiPropertyOptional({ example: 'Đơn vị không có thủ tục hành chính thuộc lĩnh vực này', description: 'Lý do không áp dụng (Điều 5c); chuỗi rỗng để bỏ' })
  @OptionalNotNull()
  @Trimmed() @IsString()
  @Length(0, TEXT_LIMITS.notApplicable)
  notApplicable?: string;

  @ApiPropertyOptional({ example: 'Số liệu tính đến ngày 31/3/2025 theo báo cáo của Văn phòng Sở' }) @OptionalNotNull() @Trimmed() @IsString() @Length(0, TEXT_LIMITS.comment) comment?: string;
}
