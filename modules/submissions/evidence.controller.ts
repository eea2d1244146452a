import { Body, Controller, Delete, Get, Param, ParseBoolPipe, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { EvidenceService } from './evidence.service.js';
import type { UploadedFile as EvidenceFile } from './evidence.service.js';
import { LinkEvidenceDto, UploadEvidenceDto } from './upload-evidence.dto.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { RequestErrors } from '../../src/errors/common.errors.js';
import { EvidenceErrors } from './evidence.errors.js';
import { DATA_ACCESS_ERRORS as DATA_ACCESS, SubmissionErrors as E } from './submission.errors.js';

/** What SubmissionDataService.requireDataAccess refuses: evidence is added and removed while the indicator takes data. */
@ApiTags('evidence')
@ApiBearerAuth()
@Controller('submissions/:id')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  /** Multer limits and storage come from SubmissionModule (size, one file, memory). */
  @Post('indicators/:code/evidence')
  @Allow([Role.UNIT_OFFICER, Role.UNIT_HEAD, Role.SOURCE_AGENCY])
  @Doc(
    'Tải lên tài liệu kiểm chứng của một chỉ số',
    'Cán bộ, lãnh đạo đơn vị và cơ quan đầu mối, khi chỉ số còn nhận số liệu của bên mình (cả khi đang giải trình, kiến nghị: đơn vị nộp thêm cho chỉ số bị kiến nghị). Tệp được kiểm tra theo nội dung (PDF, ảnh JPG/PNG, tài liệu văn phòng hoặc ZIP), đuôi tên phải khớp nội dung, kèm số, ngày và cơ quan ban hành văn bản nếu có. Trả về tài liệu kiểm chứng đã lưu.',
    [...DATA_ACCESS, EvidenceErrors.FILE_REQUIRED, EvidenceErrors.BAD_NAME, EvidenceErrors.TYPE_NOT_ALLOWED, EvidenceErrors.NAME_NOT_CONTENT, RequestErrors.PAYLOAD_TOO_LARGE],
  )
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
        location: { type: 'string', example: 'Mục II.3, trang 5', description: 'Mục, trang trong tài liệu chứng minh chỉ số' },
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
  @Doc(
    'Thêm tài liệu kiểm chứng dưới dạng đường dẫn',
    'Cán bộ, lãnh đạo đơn vị và cơ quan đầu mối, khi chỉ số còn nhận số liệu của bên mình, ghi địa chỉ http(s) của văn bản đăng trên cổng thông tin, kèm tiêu đề và số, ngày, cơ quan ban hành nếu có. Trả về tài liệu kiểm chứng đã lưu.',
    [...DATA_ACCESS, EvidenceErrors.BAD_LINK, EvidenceErrors.BAD_NAME],
  )
  link(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Param('code') code: string, @Body() dto: LinkEvidenceDto) {
    return this.evidence.link(actor, id, code, dto);
  }

  @Delete('evidence/:evidenceId')
  @Allow([Role.UNIT_OFFICER, Role.UNIT_HEAD, Role.SOURCE_AGENCY])
  @Doc(
    'Xóa tài liệu kiểm chứng',
    'Chỉ người đã tải lên, khi chỉ số còn được sửa (đang nhập liệu, hoặc bị trả lại cho bên mình); không xóa được khi đang giải trình, kiến nghị. Trả về mã tài liệu đã xóa.',
    [EvidenceErrors.NOT_FOUND, EvidenceErrors.NOT_UPLOADER, EvidenceErrors.KEPT_DURING_DISPUTE, ...DATA_ACCESS],
  )
  remove(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Param('evidenceId', ParseIdPipe) evidenceId: number) {
    return this.evidence.remove(actor, id, evidenceId);
  }

  @Get('evidence')
  @Allow(ALL_ROLES)
  @Doc(
    'Danh sách tài liệu kiểm chứng của hồ sơ',
    'Mọi vai trò được xem hồ sơ. Trả về các tài liệu kiểm chứng (tệp và đường dẫn) theo từng chỉ số, với số, ngày, cơ quan ban hành văn bản và người tải lên.',
    [E.NOT_FOUND],
  )
  list(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.evidence.list(actor, id);
  }

  @Get('evidence/:evidenceId/download')
  @Allow(ALL_ROLES)
  @Doc(
    'Tải về tài liệu kiểm chứng',
    'Mọi vai trò được xem hồ sơ. Trả về tệp với tên gốc; inline=true mở xem trước trong trình duyệt với PDF và ảnh. Tài liệu dạng đường dẫn không có tệp để tải.',
    [E.NOT_FOUND, EvidenceErrors.NOT_FOUND, EvidenceErrors.IS_LINK],
  )
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
