import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { SchedulerRegistry } from '@nestjs/schedule';
import { appConfig } from '../../src/config/app.config.js';
import { readBundledFrameworks } from '../frameworks/bundled-frameworks.js';
import { FrameworkService } from '../frameworks/framework.service.js';
import { UnitService } from '../units/unit.service.js';
import { UserService } from '../users/user.service.js';
import { DemoCyclesService } from './demo-cycles.service.js';
import { DEMO_UNITS, DEMO_USERS, UNIT_ACCOUNTS } from './demo-units.js';

/**
 * In demo mode, fills an empty database with Đồng Nai's units and one account per role, and
 * prints the accounts. Runs only when no unit exists, so a restart never duplicates anything and
 * never touches a database someone has started using. Production mode never seeds.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    private readonly units: UnitService,
    private readonly users: UserService,
    private readonly frameworks: FrameworkService,
    private readonly cycles: DemoCyclesService,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  /**
   * The demo plays 2023 through deadlines that have long passed: the minute job must not move
   * those drafts on while their values are still being entered, nor consolidate beside the seed.
   */
  private async withJobsPaused(work: () => Promise<void>): Promise<void> {
    const jobs = [...this.scheduler.getCronJobs().values()];
    for (const job of jobs) job.stop();
    try {
      await work();
    } finally {
      for (const job of jobs) job.start();
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.app.isDemo) return;
    // Re-importing unchanged files is a no-op, so this runs at every demo start.
    for (const framework of readBundledFrameworks()) await this.frameworks.import(null, framework);
    // Item by item, so a start that failed half-way is completed by the next one.
    const existing = new Map((await this.units.list({ includeInactive: true })).map((u) => [u.code, u.id]));
    if (existing.size > 0 && (await this.users.list()).some((u) => !u.isDemo)) return;
    for (const unit of DEMO_UNITS) {
      if (!existing.has(unit.code)) existing.set(unit.code, (await this.units.create(null, unit)).id);
    }
    const full = this.app.demoData === 'full';
    const accounts = full ? [...DEMO_USERS, ...UNIT_ACCOUNTS] : DEMO_USERS;
    const taken = new Set((await this.users.list()).map((u) => u.username));
    const missing = accounts.filter((u) => !taken.has(u.username));
    for (const { unitCode, ...user } of missing) {
      // A mailbox of the reserved .invalid domain: reminders are written to MAIL_DIR in demo mode, never sent.
      await this.users.create(null, { ...user, email: `${user.username}@demo.invalid`, unitId: existing.get(unitCode)!, password: this.app.demoPassword }, { isDemo: true });
    }
    if (full) await this.withJobsPaused(() => this.cycles.seed());
    if (!missing.length) return;
    // The named accounts; the per-unit ones (canbo.<mã đơn vị>, lanhdao.<mã đơn vị>) follow the same pattern.
    const table = DEMO_USERS.map((u) => `  ${u.username.padEnd(20)} ${u.role.padEnd(14)} ${u.unitCode}`).join('\n');
    this.logger.warn(
      `Dữ liệu mẫu đã được tạo (${DEMO_UNITS.length} đơn vị). Tài khoản mẫu, mật khẩu chung "${this.app.demoPassword}" ` +
        `(chỉ dùng ở chế độ demo, bị từ chối ở chế độ production):\n${table}`,
    );
  }
}
