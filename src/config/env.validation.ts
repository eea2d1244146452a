import { plainToInstance, Transform } from 'class-transformer';
import {
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MinLength,
  Min,
  validateSync,
} from 'class-validator';

export enum AppMode {
  Demo = 'demo',
  Production = 'production',
}

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/** Every variable the app reads. README and .env.example document the same list. */
export class EnvironmentVariables {
  @IsOptional() @IsEnum(AppMode) APP_MODE: AppMode = AppMode.Demo;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(65535) PORT = 3000;
  /**
   * Behind a reverse proxy: which proxies to believe about the client's address (X-Forwarded-For),
   * as Express's `trust proxy` reads it: `loopback`, a subnet list, or a number of hops. Unset, the
   * header is ignored, so a client cannot choose the address its failed sign-ins are counted under.
   */
  @IsOptional() @Matches(/^(loopback|linklocal|uniquelocal|\d{1,2}|[0-9a-f.:/, ]+)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-f.:/]+))*$/i, { message: 'loopback, một danh sách địa chỉ/mạng (10.0.0.0/8) hoặc số lớp proxy (1) — as Express trust proxy' }) TRUST_PROXY?: string;
  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional() @IsString() @MinLength(32) JWT_SECRET?: string;
  /** Access tokens are short-lived; the sign-in session behind them lasts a working day. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(120) ACCESS_TOKEN_MINUTES = 15;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(72) SESSION_HOURS = 10;

  @IsOptional() @IsIn(['sqlite', 'mysql', 'mariadb']) DB_TYPE?: 'sqlite' | 'mysql' | 'mariadb';
  @IsOptional() @IsString() SQLITE_PATH = 'data/dti.sqlite';
  @IsOptional() @IsString() DB_HOST?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(65535) DB_PORT = 3306;
  @IsOptional() @IsString() DB_USER?: string;
  @IsOptional() @IsString() DB_PASSWORD?: string;
  @IsOptional() @IsString() DB_NAME?: string;
  /** Tries to reach the database at start, 3 s apart: the app may start before the database does. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(100) DB_CONNECT_RETRIES = 9;

  @IsOptional() @IsString() DATA_DIR = 'data';
  @IsOptional() @IsString() UPLOAD_DIR = 'uploads';
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100) UPLOAD_MAX_MB = 20;
  /** on: deadlines are checked every minute; off: only when an admin runs the job. */
  @IsOptional() @IsIn(['on', 'off']) DEADLINE_JOB: 'on' | 'off' = 'on';
  /** Units read and scored together by the consolidation: more is a little faster and holds more memory. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1000) CONSOLIDATION_BATCH_UNITS = 50;

  /** The OpenAPI page and document at /api/docs: on in demo mode, off in production unless asked for. */
  @IsOptional() @IsIn(['on', 'off']) API_DOCS?: 'on' | 'off';
  @IsOptional() @IsString() @MinLength(8) DEMO_PASSWORD = 'Demo@2024';
  /** full: accounts for every unit and the 2023 (published) and 2024 cycles; accounts: units and accounts only. */
  @IsOptional() @IsIn(['full', 'accounts']) DEMO_DATA: 'full' | 'accounts' = 'full';
  /** Per address: an office behind one NAT signs in from one address, so the account lock does the rest. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1000) LOGIN_THROTTLE_LIMIT = 30;
  /** Wrong passwords in a row before an account is locked, and for how long. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100) SIGN_IN_LOCK_AFTER = 5;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1440) SIGN_IN_LOCK_MINUTES = 15;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1000) LOGIN_THROTTLE_TTL_MS = 60_000;

  /** smtp: real mail; folder: each message written as an .eml file under MAIL_DIR (demo, tests); off: no mail at all (a warning at start). */
  @IsOptional() @IsIn(['smtp', 'folder', 'off']) MAIL_TRANSPORT?: 'smtp' | 'folder' | 'off';
  @IsOptional() @IsString() SMTP_HOST?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(65535) SMTP_PORT = 587;
  @IsOptional() @IsIn(['on', 'off']) SMTP_SECURE: 'on' | 'off' = 'off';
  @IsOptional() @IsString() SMTP_USER?: string;
  @IsOptional() @IsString() SMTP_PASSWORD?: string;
  @IsOptional() @IsString() MAIL_FROM = 'Hệ thống đánh giá DTI <no-reply@localhost>';
  @IsOptional() @IsString() MAIL_DIR?: string;
  /** Reminders of a deadline go out this many days before it. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(60) REMINDER_DAYS_BEFORE = 3;
  /** on: reminders are checked every hour; off: only when an admin runs POST /api/reminders/run. */
  @IsOptional() @IsIn(['on', 'off']) REMINDER_JOB: 'on' | 'off' = 'on';
  /** on: notifications not yet mailed go out every minute; off: only when an admin runs POST /api/notifications/mail/run. */
  @IsOptional() @IsIn(['on', 'off']) NOTIFICATION_MAIL_JOB: 'on' | 'off' = 'on';
  /** The address people open the app at: links in mails point here (default http://localhost:PORT). */
  @IsOptional() @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'phải là địa chỉ http(s)://… (an http(s) address, e.g. https://dti.dongnai.gov.vn)' }) APP_BASE_URL?: string;
}

export class EnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình môi trường không hợp lệ / invalid environment:\n  - ${problems.join('\n  - ')}`);
    this.name = 'EnvironmentError';
  }
}

/**
 * Every problem with the environment, one line each naming the variable and what it expects, and
 * the warnings worth a line at start. main.ts prints them before anything else loads.
 */
export function checkEnvironment(raw: Record<string, unknown>): { env: EnvironmentVariables; problems: string[]; warnings: string[] } {
  const env = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  const problems = validateSync(env, { skipMissingProperties: false }).map(
    (e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`,
  );
  const warnings: string[] = [];
  env.DB_TYPE ??= env.DB_HOST ? 'mysql' : 'sqlite';
  if (env.DB_TYPE !== 'sqlite') {
    for (const name of ['DB_HOST', 'DB_USER', 'DB_NAME'] as const) {
      if (!env[name]) problems.push(`${name}: required when DB_TYPE=${env.DB_TYPE}`);
    }
  }
  env.MAIL_TRANSPORT ??= env.SMTP_HOST ? 'smtp' : env.APP_MODE === AppMode.Production ? undefined : 'folder';
  if (env.MAIL_TRANSPORT === 'smtp' && !env.SMTP_HOST) problems.push('SMTP_HOST: required when MAIL_TRANSPORT=smtp (the mail server\'s name)');
  if (env.MAIL_TRANSPORT === 'off') warnings.push('MAIL_TRANSPORT=off: no reminder or notification is mailed (Không gửi thư nhắc việc, thông báo)');
  if (env.APP_MODE === AppMode.Production) {
    if (env.MAIL_TRANSPORT === undefined) problems.push('SMTP_HOST: required in production mode to mail reminders (or MAIL_TRANSPORT=off to send none)');
    if (env.MAIL_TRANSPORT === 'folder') problems.push('MAIL_TRANSPORT: folder is for demo and tests; production sends through SMTP_HOST (or MAIL_TRANSPORT=off)');
    if (!env.JWT_SECRET) problems.push('JWT_SECRET: required in production mode (a random string of at least 32 characters)');
    if (env.DB_TYPE === 'sqlite') {
      problems.push('DB_TYPE: production mode needs a MySQL or MariaDB database (set DB_HOST, DB_USER, DB_PASSWORD, DB_NAME)');
    }
  }
  return { env, problems, warnings };
}

/** Used as ConfigModule's `validate`: a bad or missing variable stops start-up naming it. */
export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  const { env, problems } = checkEnvironment(raw);
  if (problems.length) throw new EnvironmentError(problems);
  return env;
}
