import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Cron, CronExpression } from '@nestjs/schedule';
import { SingleRun } from '../../src/common/single-run.js';
import { appConfig } from '../../src/config/app.config.js';
import { NotificationService } from './notification.service.js';

@Injectable()
export class NotificationScheduler {
  private readonly logger = new Logger('Notifications');
  private readonly once = new SingleRun();

  constructor(
    private readonly notifications: NotificationService,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  @Cron(CronExpression.EVERY_MINUTE)
  async scheduled(): Promise<void> {
    if (this.app.mail.notificationJob) await this.run();
  }

  run(): Promise<{ messages: number; items: number }> {
    return this.once.run(async () => {
      const result = await this.notifications.mailPending();
      if (result.messages) this.logger.log(`Đã gửi ${result.messages} thư thông báo (${result.items} thông báo)`);
      return result;
    }, { messages: 0, items: 0 });
  }
}
