import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../../src/access/access.decorators.js';
import { RequestErrors } from '../../src/errors/common.errors.js';
import { Doc } from '../../src/http/api-docs.decorators.js';
import { EvidenceSweepService } from '../submissions/evidence-sweep.service.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly sweeper: EvidenceSweepService,
  ) {}

  /**
   * The database answers (asked at most once a second); the uploads folder as last checked (at start, nightly, or by the admin):
   * evidence rows without their file are counted, not failed on, so one lost file does not take
   * the instance out of the load balancer.
   */
  @Get()
  @Public()
  @HealthCheck()
  @Doc(
    'Tình trạng hệ thống',
    'Ai cũng gọi được, không cần đăng nhập (dùng cho bộ cân bằng tải và giám sát). Kiểm tra cơ sở dữ liệu có phản hồi (kết quả dùng lại trong một giây) và cho biết lần rà soát thư mục tệp kiểm chứng gần nhất (thời điểm, số tệp bị thiếu); tệp thiếu chỉ được đếm, không làm hệ thống bị coi là hỏng. Cơ sở dữ liệu không phản hồi thì trả 503.',
    [RequestErrors.UNAVAILABLE],
  )
  check() {
    return this.health.check([
      // One ping a second at most, shared by the requests meanwhile (Terminus's own cache): a
      // balancer polling every few seconds sees an outage within a second, and a burst of health
      // checks no longer queries the database and builds an abort signal each.
      () => this.db.pingCheck('database').cacheFor(1000),
      () => {
        const last = this.sweeper.lastResult();
        return this.indicators.check('uploads').up({ checkedAt: last?.checkedAt ?? null, missingFiles: last?.missing.length ?? null });
      },
    ]);
  }
}
