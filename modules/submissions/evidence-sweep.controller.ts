import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: 'Đối chiếu thư mục tệp với danh sách tài liệu kiểm chứng: xóa tệp mồ côi, báo các tài liệu mất tệp' })
  sweep(@CurrentUser() actor: AuthenticatedUser) {
    return this.sweeper.sweep(actor);
  }
}
