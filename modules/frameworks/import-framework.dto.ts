import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import type { Framework } from '../scoring/engine/framework.types.js';

/** The framework file's content; its structure is checked by validateFramework, which names the indicator at fault. */
export class ImportFrameworkDto {
  @ApiProperty({ description: 'Nội dung tệp bộ chỉ số (JSON), xem modules/frameworks/data/' })
  @IsObject()
  framework: Framework;
}
