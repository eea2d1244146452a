import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsString, IsUrl, Length, Matches } from 'class-validator';
import { OptionalNotNull, Trimmed } from '../../src/errors/validation.js';

/** The form fields beside the file (multipart/form-data; the file itself is the "file" part). */
export class UploadEvidenceDto {
  @ApiPropertyOptional({ example: '45/KH-UBND' }) @OptionalNotNull() @Trimmed() @IsString() @Length(1, 100) documentNumber?: string;
  @ApiPropertyOptional({ example: '2024-03-15' }) @OptionalNotNull() @IsISO8601({ strict: true }) @Length(10, 10) documentDate?: string;
  @ApiPropertyOptional({ example: 'UBND thành phố Biên Hòa' }) @OptionalNotNull() @Trimmed() @IsString() @Length(1, 300) issuer?: string;
  /** Seed 004's column "Tài liệu kiểm chứng (chú thích rõ mục nào trong tài liệu nếu có nhiều trang)". */
  @ApiPropertyOptional({ example: 'Mục II.3, trang 5', description: 'Mục, trang trong tài liệu chứng minh chỉ số (khi tài liệu có nhiều trang)' })
  @OptionalNotNull()
  @Trimmed()
  @IsString()
  @Length(1, 500)
  @Matches(/^[^\u0000-\u001f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]*$/, { message: 'Mục trong tài liệu không được chứa ký tự điều khiển hoặc ký tự đổi chiều văn bản' })
  location?: string;
}

/** What the uploader says about the document, as stored. */
export const documentFields = (dto: UploadEvidenceDto) => ({
  documentNumber: dto.documentNumber?.trim() || null,
  documentDate: dto.documentDate ?? null,
  issuer: dto.issuer?.trim() || null,
  location: dto.location?.trim() || null,
});

/** Evidence that lives on a portal: its address, a title, and the document's number/date/issuer. */
export class LinkEvidenceDto extends UploadEvidenceDto {
  @ApiProperty({ example: 'https://bienhoa.dongnai.gov.vn/van-ban/45-kh-ubnd' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'Đường dẫn phải là địa chỉ http:// hoặc https:// hợp lệ' })
  @Length(10, 1000)
  url: string;

  @ApiProperty({ example: 'Kế hoạch chuyển đổi số năm 2024' }) @Trimmed() @IsString() @Length(2, 255) title: string;
}
