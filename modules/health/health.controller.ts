import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../../src/access/access.decorators.js';
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
   * The database answers; the uploads folder as last checked (at start, nightly, or by the admin):
   * evidence rows without their file are counted, not failed on, so one lost file does not take
   * the instance out of the load balancer.
   */
  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.db.pingCheck('database'),
      () => {
        const last = this.sweeper.lastResult();
        return this.indicators.check('uploads').up({ checkedAt: last?.checkedAt ?? null, missingFiles: last?.missing.length ?? null });
      },
    ]);
  }
}
