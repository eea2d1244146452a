import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class ListAuditQuery {
  @ApiProperty({ example: 'unit' })
  @IsString()
  @Matches(/^[a-z_-]{1,40}$/)
  entityType: string;

  @ApiPropertyOptional({ example: '12' }) @IsOptional() @IsString() @Length(1, 40) entityId?: string;
}
