/**
 * `npm run restore -- <folder>`: checks every file of a backup against its manifest, then puts the
 * database and the uploads back. Run it with the app stopped: it replaces what is there.
 */
import 'reflect-metadata';
import { copyFile, cp, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { databaseConfigFrom } from '../config/database.config.js';
import { validateEnvironment } from '../config/env.validation.js';
import { listFiles, Manifest, runFirst, sha256 } from './backup.js';

export async function restore(source: string, env: NodeJS.ProcessEnv = process.env): Promise<Manifest> {
  const settings = validateEnvironment(env);
  const db = databaseConfigFrom(env);
  const manifest = JSON.parse(await readFile(join(source, 'manifest.json'), 'utf8')) as Manifest;
  // Nothing is touched unless every file is there and intact.
  for (const [name, { sha256: expected }] of Object.entries(manifest.files)) {
    const actual = await sha256(join(source, name)).catch(() => 'missing');
    if (actual !== expected) throw new Error(`${name}: ${actual === 'missing' ? 'thiếu tệp' : 'tệp đã bị thay đổi (sha256 không khớp)'}`);
  }
  if (manifest.database.type === 'sqlite' && db.type !== 'sqlite') throw new Error('bản sao lưu là SQLite, cấu hình hiện tại là MySQL/MariaDB');
  if (manifest.database.type !== 'sqlite' && db.type === 'sqlite') throw new Error('bản sao lưu là MySQL/MariaDB, cấu hình hiện tại là SQLite');
  if (db.type === 'sqlite') {
    await mkdir(dirname(db.path), { recursive: true });
    for (const suffix of ['-wal', '-shm']) await rm(`${db.path}${suffix}`, { force: true });
    await copyFile(join(source, manifest.database.file), db.path);
  } else {
    await runFirst([process.env.MYSQL_CLIENT, 'mariadb', 'mysql'], ['-h', db.host, '-P', String(db.port), '-u', db.user, db.name], { ...process.env, MYSQL_PWD: db.password }, undefined, join(source, manifest.database.file));
  }
  await rm(settings.UPLOAD_DIR, { recursive: true, force: true });
  await mkdir(settings.UPLOAD_DIR, { recursive: true });
  if ((await listFiles(join(source, 'uploads'))).length) await cp(join(source, 'uploads'), settings.UPLOAD_DIR, { recursive: true });
  return manifest;
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const source = process.argv[2];
  if (!source) {
    process.stderr.write('Cách dùng: npm run restore -- <thư mục sao lưu>\n');
    process.exit(2);
  }
  restore(source).then(
    (m) => process.stdout.write(`Đã khôi phục từ ${source} (sao lưu lúc ${m.createdAt}): ${Object.keys(m.files).length} tệp đúng sha256\n`),
    (e: unknown) => {
      process.stderr.write(`Khôi phục thất bại: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
