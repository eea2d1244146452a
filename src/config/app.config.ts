import { join } from 'node:path';
import { registerAs } from '@nestjs/config';
import { AppMode, validateEnvironment } from './env.validation.js';
import { loadOrCreateDemoSecret } from './demo-secret.js';

export interface AppConfig {
  mode: AppMode;
  isDemo: boolean;
  port: number;
  /** Express's `trust proxy`, or false. */
  trustProxy: string | number | false;
  logLevel: string;
  dataDir: string;
  uploadDir: string;
  uploadMaxBytes: number;
  deadlineJob: boolean;
  consolidationBatchUnits: number;
  dbConnectRetries: number;
  apiDocs: boolean;
  jwtSecret: string;
  /** Seconds an access token lives; the refresh token renews it until the session's hours are up. */
  accessTokenSeconds: number;
  sessionHours: number;
  demoPassword: string;
  demoData: 'full' | 'accounts';
  loginThrottle: { limit: number; ttlMs: number };
  signInLock: { after: number; minutes: number };
  mail: {
    transport: 'smtp' | 'folder' | 'off';
    smtp: { host?: string; port: number; secure: boolean; user?: string; password?: string };
    from: string;
    dir: string;
    daysBefore: number;
    job: boolean;
    notificationJob: boolean;
  };
  /** Where people open the app: the links in mails. */
  baseUrl: string;
}

export const appConfig = registerAs('app', (): AppConfig => {
  const env = validateEnvironment(process.env);
  const isDemo = env.APP_MODE === AppMode.Demo;
  return {
    mode: env.APP_MODE,
    isDemo,
    port: env.PORT,
    trustProxy: env.TRUST_PROXY === undefined ? false : /^\d+$/.test(env.TRUST_PROXY) ? Number(env.TRUST_PROXY) : env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
    dataDir: env.DATA_DIR,
    uploadDir: env.UPLOAD_DIR,
    uploadMaxBytes: env.UPLOAD_MAX_MB * 1024 * 1024,
    deadlineJob: env.DEADLINE_JOB === 'on',
    consolidationBatchUnits: env.CONSOLIDATION_BATCH_UNITS,
    dbConnectRetries: env.DB_CONNECT_RETRIES,
    apiDocs: (env.API_DOCS ?? (isDemo ? 'on' : 'off')) === 'on',
    jwtSecret: env.JWT_SECRET ?? loadOrCreateDemoSecret(env.DATA_DIR),
    accessTokenSeconds: env.ACCESS_TOKEN_MINUTES * 60,
    sessionHours: env.SESSION_HOURS,
    demoPassword: env.DEMO_PASSWORD,
    demoData: env.DEMO_DATA,
    loginThrottle: { limit: env.LOGIN_THROTTLE_LIMIT, ttlMs: env.LOGIN_THROTTLE_TTL_MS },
    signInLock: { after: env.SIGN_IN_LOCK_AFTER, minutes: env.SIGN_IN_LOCK_MINUTES },
    mail: {
      transport: env.MAIL_TRANSPORT!,
      smtp: { host: env.SMTP_HOST, port: env.SMTP_PORT, secure: env.SMTP_SECURE === 'on', user: env.SMTP_USER, password: env.SMTP_PASSWORD },
      from: env.MAIL_FROM,
      dir: env.MAIL_DIR ?? join(env.DATA_DIR, 'mail'),
      daysBefore: env.REMINDER_DAYS_BEFORE,
      // With mail off the jobs do not run: a reminder recorded as sent but never mailed would be lost.
      job: env.REMINDER_JOB === 'on' && env.MAIL_TRANSPORT !== 'off',
      notificationJob: env.NOTIFICATION_MAIL_JOB === 'on' && env.MAIL_TRANSPORT !== 'off',
    },
    baseUrl: (env.APP_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
  };
});
