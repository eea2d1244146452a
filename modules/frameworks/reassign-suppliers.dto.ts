import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsString, Length, Matches, Min, ValidateNested } from 'class-validator';
import { Trimmed } from '../../src/errors/validation.js';

export class SupplierChangeDto {
  @ApiProperty({ example: '4.5', description: 'Mã chỉ số (chỉ số lá)' }) @IsString() @Matches(/^[A-Za-z0-9.]{1,20}$/) indicator: string;
  @ApiPropertyOptional({ example: 'a', description: 'Biến; bỏ trống: mọi biến chỉ số tự nhập' }) @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_]{1,40}$/) variable?: string;
  @ApiProperty({ example: 'SO-KHCN', description: 'Mã đơn vị đầu mối mới' }) @IsString() @Matches(/^[A-Z0-9-]{1,40}$/) supplier: string;
}

/** The admin's change of the form's focal agencies before a cycle opens, with the reason. */
export class ReassignSuppliersDto {
  @ApiPropertyOptional({ example: 1, description: 'Phiên bản; mặc định: phiên bản mới nhất' }) @IsOptional() @IsInt() @Min(1) version?: number;
  @ApiProperty({ type: [SupplierChangeDto], example: [{ indicator: '4.5', variable: 'a', supplier: 'SO-KHCN' }], description: 'Các thay đổi: một chỉ số (mọi biến chỉ số tự nhập) hoặc một biến' })
  @ValidateNested({ each: true })
  @Type(() => SupplierChangeDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  changes: SupplierChangeDto[];
  @ApiProperty({ example: 'Sở KH&CN tổng hợp số liệu của UBND cấp huyện' }) @Trimmed() @IsString() @Length(1, 1000) @Matches(/\S/, { message: 'Lý do không được để trống' }) reason: string;
}
