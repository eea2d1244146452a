import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';

/** The officer who may submit in the unit head's absence; null ends the designation. */
export class DeputyHeadDto {
  @ApiProperty({ nullable: true, example: 12, description: 'Mã người dùng (cán bộ của đơn vị); null: bỏ ủy quyền' })
  @IsOptional()
  @IsInt()
  @Min(1)
  userId: number | null;
}
