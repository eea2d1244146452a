import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsString, IsUrl, Length } from 'class-validator';
import { OptionalNotNull, Trimmed } from '../../src/errors/validation.js';

/** The form fields beside the file (multipart/form-data; the file itself is the "file" part). */
export class UploadEvidenceDto {
  @ApiPropertyOptional({ example: '45/KH-UBND' }) @OptionalNotNull() @Trimmed() @IsString() @Length(1, 100) documentNumber?: string;
  @ApiPropertyOptional({ example: '2024-03-15' }) @OptionalNotNull() @IsISO8601({ strict: true }) @Length(10, 10) documentDate?: string;
  @ApiPropertyOptional({ example: 'UBND thành phố Biên Hòa' }) @OptionalNotNull() @Trimmed() @IsString() @Length(1, 300) issuer?: string;
}

/** Evidence that lives on a portal: its address, a title, and the document's number/date/issuer. */
export class LinkEvidenceDto extends UploadEvidenceDto {
  @ApiProperty({ example: 'https://bienhoa.dongnai.gov.vn/van-ban/45-kh-ubnd' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'Đường dẫn phải là địa chỉ http:// hoặc https:// hợp lệ' })
  @Length(10, 1000)
  url: string;

  @ApiProperty({ example: 'Kế hoạch chuyển đổi số năm 2024' }) @Trimmed() @IsString() @Length(2, 255) title: string;
}
