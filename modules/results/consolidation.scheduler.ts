import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Cron, CronExpression } from '@nestjs/schedule';
import { SingleRun } from '../../src/common/single-run.js';
import { appConfig } from '../../src/config/app.config.js';
import { ConsolidationService } from './consolidation.service.js';

/** With the deadline job (DEADLINE_JOB): kinds whose year is final consolidate without waiting for the reviewer. */
@Injectable()
export class ConsolidationScheduler {
  private readonly logger = new Logger('Consolidation');
  private readonly once = new SingleRun();

  constructor(
    private readonly consolidation: ConsolidationService,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  @Cron(CronExpression.EVERY_10_MINUTES)
  async scheduled(): Promise<void> {
    if (!this.app.deadlineJob) return;
    await this.once.run(async () => {
      try {
        const { consolidated } = await this.consolidation.runWhereFinal();
        if (consolidated.length) this.logger.log(`Tự động tổng hợp: ${consolidated.join(', ')}`);
      } catch (error) {
        // A cycle moved meanwhile (409): the next run sees where it stands.
        this.logger.warn(`Tổng hợp tự động không thành công: ${(error as Error).message}`);
      }
    }, undefined);
  }
}
