import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { toDecimalInt } from '../../src/errors/validation.js';

/** The log is read a page at a time: it grows with every change in the province, for years. */
export class ListAuditQuery {
  @ApiPropertyOptional({ example: 'unit', description: 'Loại đối tượng: unit, user, cycle, submission, framework…' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z_-]{1,40}$/, { message: 'entityType: chữ thường, gạch dưới, gạch ngang' })
  entityType?: string;

  @ApiPropertyOptional({ example: '12' }) @IsOptional() @IsString() @Length(1, 40) entityId?: string;

  @ApiPropertyOptional({ example: 'SUBMISSION.', description: 'Hành động, hoặc phần đầu của nó (SUBMISSION.)' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z_.]{1,60}$/, { message: 'action: chữ in hoa, gạch dưới, dấu chấm' })
  action?: string;

  @ApiPropertyOptional({ example: 2, description: 'Mã người thực hiện' }) @IsOptional() @Transform(toDecimalInt) @IsInt() @Min(1) actorId?: number;

  @ApiPropertyOptional({ example: '2024-01-01T00:00:00+07:00', description: 'Từ thời điểm (kể cả)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2024-12-31T23:59:59+07:00', description: 'Đến thời điểm (kể cả)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], description: 'Mặc định: mới nhất trước' }) @IsOptional() @IsIn(['asc', 'desc']) order?: 'asc' | 'desc';

  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Transform(toDecimalInt) @IsInt() @Min(1) @Max(100000) page?: number;

  @ApiPropertyOptional({ default: 50, maximum: 200 }) @IsOptional() @Transform(toDecimalInt) @IsInt() @Min(1) @Max(200) pageSize?: number;
}
