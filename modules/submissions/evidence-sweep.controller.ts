import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { Allow, CurrentUser } from '../../src/access/access.decorators.js';
import type { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { Role } from '../../src/access/role.enum.js';
import { EvidenceSweepService } from './evidence-sweep.service.js';

@ApiTags('evidence')
@ApiBearerAuth()
@Controller('evidence-files')
export class EvidenceSweepController {
  constructor(private readonly sweeper: EvidenceSweepService) {}

  @Post('sweep')
  @HttpCode(200)
  @Allow([Role.ADMIN])
  @Doc(
    'Đối chiếu tệp với danh sách tài liệu kiểm chứng',
    'Quản trị viên chạy ngay việc đối chiếu mà hệ thống làm khi khởi động và hằng đêm: xóa tệp mồ côi (không thuộc tài liệu kiểm chứng nào, cũ hơn một giờ) và báo các tài liệu kiểm chứng mất tệp (được giữ lại). Trả về thời điểm đối chiếu, các tệp đã xóa và các tài liệu mất tệp.',
  )
  sweep(@CurrentUser() actor: AuthenticatedUser) {
    return this.sweeper.sweep(actor);
  }
}
