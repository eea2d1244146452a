import { Body, Controller, Get, Param, ParseIntPipe, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { EvidenceService } from './evidence.service.js';
import type { UploadedFile as EvidenceFile } from './evidence.service.js';
import { UploadEvidenceDto } from './upload-evidence.dto.js';

@ApiTags('evidence')
@ApiBearerAuth()
@Controller('submissions/:id')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  /** Multer limits and storage come from SubmissionModule (size, one file, memory). */
  @Post('indicators/:code/evidence')
  @Allow([Role.UNIT_OFFICER, Role.UNIT_HEAD, Role.SOURCE_AGENCY])
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'PDF, JPG, PNG, Word, Excel, PowerPoint, OpenDocument hoặc ZIP' },
        documentNumber: { type: 'string', example: '45/KH-UBND' },
        documentDate: { type: 'string', format: 'date', example: '2024-03-15' },
        issuer: { type: 'string', example: 'UBND thành phố Biên Hòa' },
      },
    },
  })
  upload(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIntPipe) id: number,
    @Param('code') code: string,
    @UploadedFile() file: EvidenceFile | undefined,
    @Body() dto: UploadEvidenceDto,
  ) {
    return this.evidence.upload(actor, id, code, file, dto);
  }

  @Get('evidence')
  @Allow(ALL_ROLES)
  list(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIntPipe) id: number) {
    return this.evidence.list(actor, id);
  }

  @Get('evidence/:evidenceId/download')
  @Allow(ALL_ROLES)
  download(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIntPipe) id: number, @Param('evidenceId', ParseIntPipe) evidenceId: number) {
    return this.evidence.download(actor, id, evidenceId);
  }
}
