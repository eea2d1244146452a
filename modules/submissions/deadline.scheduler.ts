import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Cron, CronExpression } from '@nestjs/schedule';
import { appConfig } from '../../src/config/app.config.js';
import { SubmissionService } from './submission.service.js';

/** Deadlines move submissions on by themselves; every move is audited as done by the system. */
@Injectable()
export class DeadlineScheduler {
  private readonly logger = new Logger('Deadlines');
  private running = false;

  constructor(
    private readonly submissions: SubmissionService,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  @Cron(CronExpression.EVERY_MINUTE)
  async scheduled(): Promise<void> {
    if (this.app.deadlineJob) await this.run();
  }

  /** Also behind POST /api/deadlines/run. */
  async run(): Promise<{ moved: number }> {
    // One run at a time in this instance; across instances the version check keeps moves single.
    if (this.running) return { moved: 0 };
    this.running = true;
    try {
      const result = await this.submissions.advanceByDeadlines(new Date());
      if (result.moved) this.logger.log(`${result.moved} hồ sơ chuyển trạng thái do hết hạn`);
      return result;
    } finally {
      this.running = false;
    }
  }
}
