import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Cron, CronExpression } from '@nestjs/schedule';
import { SingleRun } from '../../src/common/single-run.js';
import { appConfig } from '../../src/config/app.config.js';
import { SubmissionService } from './submission.service.js';

/** Deadlines move submissions on by themselves; every move is audited as done by the system. */
@Injectable()
export class DeadlineScheduler {
  private readonly logger = new Logger('Deadlines');
  private readonly once = new SingleRun();

  constructor(
    private readonly submissions: SubmissionService,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  @Cron(CronExpression.EVERY_MINUTE)
  async scheduled(): Promise<void> {
    if (this.app.deadlineJob) await this.run();
  }

  /** Also behind POST /api/deadlines/run. */
  run(): Promise<{ moved: number }> {
    return this.once.run(async () => {
      const result = await this.submissions.advanceByDeadlines(new Date());
      if (result.moved) this.logger.log(`${result.moved} hồ sơ chuyển trạng thái do hết hạn`);
      return result;
    }, { moved: 0 });
  }
}
