import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export const PERIODS = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'YEAR'] as const;

export class CycleFrameworkDto {
  @ApiProperty({ enum: ['DEPARTMENT', 'DISTRICT', 'COMMUNE'] }) @IsIn(['DEPARTMENT', 'DISTRICT', 'COMMUNE']) unitKind: string;
  @ApiProperty({ example: 'district' }) @IsString() @Matches(/^[a-z0-9-]{1,40}$/) code: string;
  @ApiPropertyOptional({ description: 'Mặc định: phiên bản mới nhất' }) @IsOptional() @IsInt() @Min(1) version?: number;
}

export class CycleDeadlinesDto {
  @ApiProperty({ example: '2025-01-15T16:59:59Z' }) @IsISO8601({ strict: true }) dataEntry: string;
  @ApiProperty() @IsISO8601({ strict: true }) verification: string;
  @ApiProperty() @IsISO8601({ strict: true }) disputeWindow: string;
  @ApiProperty() @IsISO8601({ strict: true }) disputeResolution: string;
}

export class CreateCycleDto {
  @ApiProperty({ example: 'DTI-2024' }) @IsString() @Matches(/^[A-Z0-9-]{2,40}$/) code: string;
  @ApiProperty({ example: 2024 }) @IsInt() @Min(2000) @Max(2100) year: number;
  @ApiProperty({ example: 'Đánh giá DTI năm 2024' }) @IsString() @Length(2, 200) name: string;

  @ApiProperty({ type: [CycleFrameworkDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => CycleFrameworkDto)
  frameworks: CycleFrameworkDto[];

  @ApiProperty({ example: ['Q1', 'Q2', 'Q3', 'Q4'], enum: PERIODS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(PERIODS, { each: true })
  periods: (typeof PERIODS)[number][];

  @ApiProperty({ type: CycleDeadlinesDto }) @ValidateNested() @Type(() => CycleDeadlinesDto) deadlines: CycleDeadlinesDto;
}
