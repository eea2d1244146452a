import { Body, Controller, Delete, Get, Param, ParseBoolPipe, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { EvidenceService } from './evidence.service.js';
import type { UploadedFile as EvidenceFile } from './evidence.service.js';
import { LinkEvidenceDto, UploadEvidenceDto } from './upload-evidence.dto.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';

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
    @Param('id', ParseIdPipe) id: number,
    @Param('code') code: string,
    @UploadedFile() file: EvidenceFile | undefined,
    @Body() dto: UploadEvidenceDto,
  ) {
    return this.evidence.upload(actor, id, code, file, dto);
  }

  @Post('indicators/:code/evidence-links')
  @Allow([Role.UNIT_OFFICER, Role.UNIT_HEAD, Role.SOURCE_AGENCY])
  @ApiOperation({ summary: 'Thêm tài liệu kiểm chứng dưới dạng đường dẫn (văn bản đăng trên cổng thông tin)' })
  link(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Param('code') code: string, @Body() dto: LinkEvidenceDto) {
    return this.evidence.link(actor, id, code, dto);
  }

  @Delete('evidence/:evidenceId')
  @Allow([Role.UNIT_OFFICER, Role.UNIT_HEAD, Role.SOURCE_AGENCY])
  @ApiOperation({ summary: 'Người tải lên xóa tài liệu kiểm chứng khi chỉ số còn được sửa' })
  remove(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Param('evidenceId', ParseIdPipe) evidenceId: number) {
    return this.evidence.remove(actor, id, evidenceId);
  }

  @Get('evidence')
  @Allow(ALL_ROLES)
  list(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.evidence.list(actor, id);
  }

  @Get('evidence/:evidenceId/download')
  @Allow(ALL_ROLES)
  @ApiQuery({ name: 'inline', required: false, type: Boolean, description: 'true: xem trước trong trình duyệt (PDF, ảnh)' })
  download(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('evidenceId', ParseIdPipe) evidenceId: number,
    @Query('inline', new ParseBoolPipe({ optional: true })) inline?: boolean,
  ) {
    return this.evidence.download(actor, id, evidenceId, inline ?? false);
  }
}
