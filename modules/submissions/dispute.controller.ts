import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, ALL_ROLES, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { DisputeMessageDto, OpenDisputeDto, ResolveDisputeItemDto } from './dispute.dto.js';
import { DisputeService } from './dispute.service.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { SubmissionErrors as E } from './submission.errors.js';

@ApiTags('disputes')
@ApiBearerAuth()
@Controller('submissions/:id/disputes')
export class DisputeController {
  constructor(private readonly disputes: DisputeService) {}

  /** One thread per disputed indicator, with its outcome. */
  @Get()
  @Allow(ALL_ROLES)
  @Doc(
    'Các giải trình, kiến nghị của hồ sơ',
    'Mọi vai trò được xem hồ sơ. Trả về, cho từng chỉ số bị kiến nghị, nội dung giải trình, kết quả giải quyết (đang xem xét, chấp nhận kèm điểm cuối cùng, hoặc không chấp nhận) và các trao đổi, cũ trước mới sau.',
    [E.NOT_FOUND],
  )
  list(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.disputes.list(actor, id);
  }

  @Post()
  @Allow([Role.UNIT_HEAD])
  @Doc(
    'Gửi giải trình, kiến nghị',
    'Lãnh đạo đơn vị gửi giải trình, kiến nghị về kết quả thẩm định, cho một hoặc nhiều chỉ số có điểm, khi hồ sơ đã thẩm định và còn trong thời hạn giải trình, kiến nghị. Hồ sơ chuyển sang "Đang giải trình, kiến nghị", mỗi chỉ số mở một nội dung trao đổi; trả về hồ sơ ở trạng thái mới.',
    [E.NOT_FOUND, E.INDICATOR_NOT_FOUND, E.ILLEGAL_TRANSITION, E.CONCURRENT_UPDATE],
  )
  open(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Body() dto: OpenDisputeDto) {
    return this.disputes.open(actor, id, dto);
  }

  @Post(':code/messages')
  @Allow([Role.UNIT_HEAD, Role.UNIT_OFFICER, Role.REVIEWER, Role.SOURCE_AGENCY])
  @Doc(
    'Trao đổi về một chỉ số bị kiến nghị',
    'Cán bộ, lãnh đạo đơn vị, cơ quan thẩm định độc lập và cơ quan đầu mối cung cấp hoặc đánh giá chỉ số này viết vào nội dung trao đổi của chỉ số, khi hồ sơ đang giải trình, kiến nghị. Bên kia được thông báo; trả về tin nhắn đã lưu.',
    [E.NOT_FOUND, E.ILLEGAL_TRANSITION, E.NOT_YOUR_PART, E.NOT_DISPUTED],
  )
  message(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Param('code') code: string, @Body() dto: DisputeMessageDto) {
    return this.disputes.addMessage(actor, id, code, dto);
  }

  @Put(':code/resolution')
  @Allow([Role.REVIEWER])
  @Doc(
    'Giải quyết kiến nghị một chỉ số',
    'Cơ quan thẩm định độc lập, khi hồ sơ đang giải trình, kiến nghị. Chấp nhận kiến nghị (UPHELD) với điểm cuối cùng từ 0 đến điểm tối đa của chỉ số, hoặc không chấp nhận (REJECTED) để giữ điểm thẩm định, luôn kèm lý do; có thể sửa lại trước khi kết thúc giải quyết. Trả về kết quả đã lưu của chỉ số.',
    [E.NOT_FOUND, E.ILLEGAL_TRANSITION, E.NOT_DISPUTED, E.UPHELD_NEEDS_POINTS, E.POINTS_OUT_OF_RANGE],
  )
  resolve(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number, @Param('code') code: string, @Body() dto: ResolveDisputeItemDto) {
    return this.disputes.resolveItem(actor, id, code, dto);
  }

  @Post('close')
  @HttpCode(200)
  @Allow([Role.REVIEWER])
  @Doc(
    'Kết thúc giải quyết kiến nghị',
    'Cơ quan thẩm định độc lập kết thúc khi mọi chỉ số bị kiến nghị đã có kết quả giải quyết. Hồ sơ chuyển sang "Đã giải quyết kiến nghị"; trả về hồ sơ ở trạng thái mới.',
    [E.NOT_FOUND, E.ILLEGAL_TRANSITION, E.CONCURRENT_UPDATE],
  )
  close(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: number) {
    return this.disputes.close(actor, id);
  }
}
