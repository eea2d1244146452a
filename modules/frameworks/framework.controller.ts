import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { FrameworkService } from './framework.service.js';
import { ImportFrameworkDto } from './import-framework.dto.js';
import { PreviewScoreDto } from './preview-score.dto.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';

@ApiTags('frameworks')
@ApiBearerAuth()
@Controller('frameworks')
export class FrameworkController {
  constructor(private readonly frameworks: FrameworkService) {}

  @Get()
  @Allow(ALL_ROLES)
  list() {
    return this.frameworks.list();
  }

  @Get(':code')
  @Allow(ALL_ROLES)
  @ApiQuery({ name: 'version', required: false })
  get(@Param('code') code: string, @Query('version', new ParseIdPipe({ optional: true })) version?: number) {
    return this.frameworks.get(code, version);
  }

  @Post('import')
  @Allow([Role.ADMIN])
  import(@CurrentUser() actor: AuthenticatedUser, @Body() dto: ImportFrameworkDto) {
    return this.frameworks.import(actor, dto.framework);
  }

  @Post(':code/preview')
  @Allow(ALL_ROLES)
  preview(@Param('code') code: string, @Body() dto: PreviewScoreDto) {
    return this.frameworks.preview(code, dto.inputs, dto.previous, dto.version, dto.period);
  }
}
