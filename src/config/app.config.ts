import { registerAs } from '@nestjs/config';
import { AppMode, validateEnvironment } from './env.validation.js';
import { loadOrCreateDemoSecret } from './demo-secret.js';

export interface AppConfig {
  mode: AppMode;
  isDemo: boolean;
  port: number;
  logLevel: string;
  dataDir: string;
  uploadDir: string;
  uploadMaxBytes: number;
  deadlineJob: boolean;
  jwtSecret: string;
  jwtExpiresIn: string;
  demoPassword: string;
  loginThrottle: { limit: number; ttlMs: number };
}

export const appConfig = registerAs('app', (): AppConfig => {
  const env = validateEnvironment(process.env);
  const isDemo = env.APP_MODE === AppMode.Demo;
  return {
    mode: env.APP_MODE,
    isDemo,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    dataDir: env.DATA_DIR,
    uploadDir: env.UPLOAD_DIR,
    uploadMaxBytes: env.UPLOAD_MAX_MB * 1024 * 1024,
    deadlineJob: env.DEADLINE_JOB === 'on',
    jwtSecret: env.JWT_SECRET ?? loadOrCreateDemoSecret(env.DATA_DIR),
    jwtExpiresIn: env.JWT_EXPIRES_IN,
    demoPassword: env.DEMO_PASSWORD,
    loginThrottle: { limit: env.LOGIN_THROTTLE_LIMIT, ttlMs: env.LOGIN_THROTTLE_TTL_MS },
  };
});
