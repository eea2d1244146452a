/**
 * `npm run setup -- <username> "<full name>" [email]`: the first start of a production install.
 * Runs the migrations, imports the bundled frameworks, adds the province's units when there are
 * none (Đồng Nai's departments, districts and supplying agencies as the seeds name them), and
 * creates the first administrator, in Sở TTTT, with a password printed once. Refuses when an
 * administrator exists: after that, people are added from the admin's screens.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';

const [username, fullName, email] = process.argv.slice(2);
if (!username || !fullName) {
  process.stderr.write('Cách dùng / usage: npm run setup -- <tên đăng nhập> "<Họ và tên>" [email]\n');
  process.exit(2);
}

// Loaded after the arguments are checked: the configuration is read (and validated) as they load.
const { NestFactory } = await import('@nestjs/core');
const { AppModule } = await import('../app.module.js');
const { Role } = await import('../access/role.enum.js');
const { readBundledFrameworks } = await import('../../modules/frameworks/bundled-frameworks.js');
const { FrameworkService } = await import('../../modules/frameworks/framework.service.js');
const { UnitService } = await import('../../modules/units/unit.service.js');
const { UserService } = await import('../../modules/users/user.service.js');
const { DEMO_UNITS } = await import('../../modules/demo/demo-units.js');
const { CreateUserDto } = await import('../../modules/users/create-user.dto.js');
const { plainToInstance } = await import('class-transformer');
const { validateSync } = await import('class-validator');

const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
try {
  const users = app.get(UserService);
  if ((await users.list()).some((u) => u.role === Role.ADMIN && u.isActive)) {
    process.stderr.write('Đã có quản trị viên: thêm người dùng từ màn hình Quản trị / an administrator exists already\n');
    process.exitCode = 1;
  } else {
    for (const framework of readBundledFrameworks()) {
      const { outcome } = await app.get(FrameworkService).import(null, framework);
      process.stdout.write(`Bộ chỉ số ${framework.code} v${framework.version}: ${outcome}\n`);
    }
    const units = app.get(UnitService);
    if (!(await units.list({ includeInactive: true })).length) {
      for (const unit of DEMO_UNITS) await units.create(null, unit);
      process.stdout.write(`Đã thêm ${DEMO_UNITS.length} đơn vị của tỉnh\n`);
    }
    const home = (await units.list({ includeInactive: true })).find((u) => u.isReviewingAgency) ?? (await units.list({}))[0];
    const password = randomBytes(12).toString('base64url');
    // The same checks as the admin's form: a user name the sign-in accepts, a real address.
    const dto = plainToInstance(CreateUserDto, { username, fullName, ...(email ? { email } : {}), role: Role.ADMIN, unitId: home.id, password });
    const problems = validateSync(dto).flatMap((e) => Object.values(e.constraints ?? {}));
    if (problems.length) throw new Error(problems.join('; '));
    await users.create(null, dto);
    process.stdout.write(`Đã tạo quản trị viên ${username} (${home.name}). Mật khẩu (chỉ in một lần, hãy đổi ngay sau khi đăng nhập): ${password}\n`);
  }
} catch (error) {
  process.stderr.write(`Không thực hiện được / setup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await app.close();
}
