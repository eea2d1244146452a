import { AppMode, checkEnvironment, EnvironmentError, validateEnvironment } from './env.validation.js';

function problemsOf(raw: Record<string, unknown>): string[] {
  try {
    validateEnvironment(raw);
    return [];
  } catch (e) {
    if (e instanceof EnvironmentError) return e.problems;
    throw e;
  }
}

describe('validateEnvironment', () => {
  it('defaults to demo mode on the embedded SQLite file with nothing set', () => {
    const env = validateEnvironment({});
    expect(env.APP_MODE).toBe(AppMode.Demo);
    expect(env.DB_TYPE).toBe('sqlite');
    expect(env.SQLITE_PATH).toBe('data/dti.sqlite');
    expect(env.PORT).toBe(3000);
  });

  it('switches to MySQL when a database host is given', () => {
    const env = validateEnvironment({ DB_HOST: 'db', DB_USER: 'dti', DB_NAME: 'dti', DB_PORT: '3307' });
    expect(env.DB_TYPE).toBe('mysql');
    expect(env.DB_PORT).toBe(3307);
  });

  it('names the variable that is wrong', () => {
    expect(problemsOf({ PORT: 'abc' })[0]).toMatch(/^PORT:/);
    expect(problemsOf({ APP_MODE: 'staging' })[0]).toMatch(/^APP_MODE:/);
    expect(problemsOf({ JWT_SECRET: 'short' })[0]).toMatch(/^JWT_SECRET:/);
  });

  it('names each missing MySQL variable', () => {
    const problems = problemsOf({ DB_TYPE: 'mysql', DB_HOST: 'db' });
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^DB_USER:/), expect.stringMatching(/^DB_NAME:/)]),
    );
  });

  it('refuses production mode without a JWT secret and a MySQL database', () => {
    const problems = problemsOf({ APP_MODE: 'production' });
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^JWT_SECRET:/), expect.stringMatching(/^DB_TYPE:/)]),
    );
  });

  it('accepts a complete production configuration', () => {
    const env = validateEnvironment({
      APP_MODE: 'production',
      JWT_SECRET: 'x'.repeat(40),
      DB_HOST: 'db',
      DB_USER: 'dti',
      DB_PASSWORD: 'secret',
      DB_NAME: 'dti',
      SMTP_HOST: 'smtp.dongnai.gov.vn',
    });
    expect(env.APP_MODE).toBe(AppMode.Production);
    expect(env.MAIL_TRANSPORT).toBe('smtp');
  });

  it('sends real mail in production, and needs a server for it, unless mail is turned off (with a warning)', () => {
    expect(problemsOf({ APP_MODE: 'production' })).toEqual(expect.arrayContaining([expect.stringMatching(/^SMTP_HOST: required in production/)]));
    expect(problemsOf({ APP_MODE: 'production', MAIL_TRANSPORT: 'folder' })).toEqual(expect.arrayContaining([expect.stringMatching(/^MAIL_TRANSPORT: folder is for demo/)]));
    const off = checkEnvironment({ APP_MODE: 'production', MAIL_TRANSPORT: 'off' });
    expect(off.problems.some((p) => p.startsWith('SMTP_HOST') || p.startsWith('MAIL_TRANSPORT'))).toBe(false);
    expect(off.warnings).toEqual([expect.stringMatching(/^MAIL_TRANSPORT=off/)]);
    expect(problemsOf({ MAIL_TRANSPORT: 'smtp' })).toEqual([expect.stringMatching(/^SMTP_HOST:/)]);
    expect(validateEnvironment({}).MAIL_TRANSPORT).toBe('folder');
  });
});
