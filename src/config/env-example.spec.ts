import { readFileSync } from 'node:fs';
import { EnvironmentVariables } from './env.validation.js';

/** Every setting the app reads is in .env.example (with its meaning) and in the README's table. */
describe('.env.example and the README', () => {
  const names = Object.keys(new EnvironmentVariables()).concat(
    // Optional settings without a default are not own properties of a fresh instance: read them from the source.
    [...readFileSync(new URL('./env.validation.ts', import.meta.url), 'utf8').matchAll(/\b([A-Z][A-Z0-9_]{2,})\?: /g)].map((m) => m[1]),
  );
  const unique = [...new Set(names)];

  it('finds the settings', () => {
    expect(unique).toEqual(expect.arrayContaining(['APP_MODE', 'JWT_SECRET', 'DB_HOST', 'SMTP_HOST', 'APP_BASE_URL', 'MAIL_TRANSPORT']));
  });

  it('lists each in .env.example, set or commented with its default, after a line saying what it is', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8').split('\n');
    const missing = unique.filter((name) => !example.some((line) => new RegExp(`^#? ?${name}=`).test(line)));
    expect(missing).toEqual([]);
  });

  it('lists each in the README', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(unique.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });
});
