import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsString, Length } from 'class-validator';
import { OptionalNotNull } from '../../src/errors/validation.js';

/** The form fields beside the file (multipart/form-data; the file itself is the "file" part). */
export class UploadEvidenceDto {
  @ApiPropertyOptional({ example: '45/KH-UBND' }) @OptionalNotNull() @IsString() @Length(1, 100) documentNumber?: string;
  @ApiPropertyOptional({ example: '2024-03-15' }) @OptionalNotNull() @IsISO8601({ strict: true }) @Length(10, 10) documentDate?: string;
  @ApiPropertyOptional({ example: 'UBND thành phố Biên Hòa' }) @OptionalNotNull() @IsString() @Length(1, 300) issuer?: string;
}
