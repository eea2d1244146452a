import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { appConfig } from '../../src/config/app.config.js';
import { readBundledFrameworks } from '../frameworks/bundled-frameworks.js';
import { FrameworkService } from '../frameworks/framework.service.js';
import { UnitService } from '../units/unit.service.js';
import { UserService } from '../users/user.service.js';
import { DEMO_UNITS, DEMO_USERS } from './demo-units.js';

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
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.app.isDemo) return;
    // Re-importing unchanged files is a no-op, so this runs at every demo start.
    for (const framework of readBundledFrameworks()) await this.frameworks.import(null, framework);
    if ((await this.units.list({ includeInactive: true })).length > 0) return;
    const idByCode = new Map<string, number>();
    for (const unit of DEMO_UNITS) {
      idByCode.set(unit.code, (await this.units.create(null, unit)).id);
    }
    for (const { unitCode, ...user } of DEMO_USERS) {
      await this.users.create(null, { ...user, unitId: idByCode.get(unitCode)!, password: this.app.demoPassword }, { isDemo: true });
    }
    const table = DEMO_USERS.map((u) => `  ${u.username.padEnd(20)} ${u.role.padEnd(14)} ${u.unitCode}`).join('\n');
    this.logger.warn(
      `Dữ liệu mẫu đã được tạo (${DEMO_UNITS.length} đơn vị). Tài khoản mẫu, mật khẩu chung "${this.app.demoPassword}" ` +
        `(chỉ dùng ở chế độ demo, bị từ chối ở chế độ production):\n${table}`,
    );
  }
}
