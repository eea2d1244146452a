import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Cron, CronExpression } from '@nestjs/schedule';
import { SingleRun } from '../../src/common/single-run.js';
import { appConfig } from '../../src/config/app.config.js';
import { ReminderService } from './reminder.service.js';

@Injectable()
export class ReminderScheduler {
  private readonly logger = new Logger('Reminders');
  private readonly once = new SingleRun();

  constructor(
    private readonly reminders: ReminderService,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  @Cron(CronExpression.EVERY_HOUR)
  async scheduled(): Promise<void> {
    if (this.app.mail.job) await this.run();
  }

  /** Also behind POST /api/reminders/run. */
  run(): Promise<{ messages: number; items: number }> {
    return this.once.run(async () => {
      const result = await this.reminders.run(new Date());
      if (result.messages) this.logger.log(`Đã gửi ${result.messages} thư nhắc việc (${result.items} việc)`);
      return result;
    }, { messages: 0, items: 0 });
  }
}
