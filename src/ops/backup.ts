/**
 * `npm run backup [-- <folder>]`: a consistent copy of the database and the uploads, with a
 * manifest of sha256 sums. Safe while the app runs: SQLite through its online backup API,
 * MySQL/MariaDB through `mysqldump --single-transaction` (one snapshot, no table locks).
 */
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { cp, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { databaseConfigFrom } from '../config/database.config.js';
import { validateEnvironment } from '../config/env.validation.js';

export interface Manifest {
  createdAt: string;
  database: { type: string; file: string };
  files: Record<string, { sha256: string; bytes: number }>;
}

export async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) out.push(path);
    }
  };
  await walk(root);
  return out.sort();
}

/**
 * The first of the client programs that exists (Debian ships `mariadb-dump`, MySQL `mysqldump`),
 * run like `run`; an override from the environment comes first.
 */
export async function runFirst(commands: (string | undefined)[], args: string[], env: NodeJS.ProcessEnv, stdoutTo?: string, stdinFrom?: string): Promise<void> {
  const candidates = commands.filter((c): c is string => !!c);
  for (const [i, command] of candidates.entries()) {
    try {
      return await run(command, args, env, stdoutTo, stdinFrom);
    } catch (e) {
      if (!(e instanceof Error && e.message.includes('ENOENT')) || i === candidates.length - 1) throw e;
    }
  }
}

/** Runs a client program, its stdout to a file; rejects with its stderr when it fails. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv, stdoutTo?: string, stdinFrom?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: [stdinFrom ? 'pipe' : 'ignore', stdoutTo ? 'pipe' : 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (c) => (stderr += c));
    if (stdoutTo) child.stdout!.pipe(createWriteStream(stdoutTo));
    if (stdinFrom) createReadStream(stdinFrom).pipe(child.stdin!);
    child.on('error', (e) => reject(new Error(`${command}: ${e.message} (is the MariaDB/MySQL client installed?)`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}: ${stderr.trim()}`))));
  });
}

export async function backup(target: string, env: NodeJS.ProcessEnv = process.env): Promise<Manifest> {
  const settings = validateEnvironment(env);
  const db = databaseConfigFrom(env);
  await mkdir(target, { recursive: true });
  let file: string;
  if (db.type === 'sqlite') {
    file = 'database.sqlite';
    const source = new Database(db.path, { readonly: true, fileMustExist: true });
    try {
      await source.backup(join(target, file));
    } finally {
      source.close();
    }
  } else {
    file = 'database.sql';
    await runFirst([process.env.MYSQLDUMP, 'mariadb-dump', 'mysqldump'], ['--single-transaction', '--routines', '--triggers', '--no-tablespaces', '-h', db.host, '-P', String(db.port), '-u', db.user, db.name], { ...process.env, MYSQL_PWD: db.password }, join(target, file));
  }
  await cp(settings.UPLOAD_DIR, join(target, 'uploads'), { recursive: true, errorOnExist: false }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  const files: Manifest['files'] = {};
  for (const path of await listFiles(target)) {
    const name = relative(target, path);
    if (name === 'manifest.json') continue;
    files[name] = { sha256: await sha256(path), bytes: (await stat(path)).size };
  }
  const manifest: Manifest = { createdAt: new Date().toISOString(), database: { type: db.type, file }, files };
  await writeFile(join(target, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const target = process.argv[2] ?? join('backups', new Date().toISOString().replace(/[:.]/g, '-'));
  backup(target).then(
    (m) => process.stdout.write(`Đã sao lưu vào ${target}: ${Object.keys(m.files).length} tệp, kèm manifest.json (sha256)\n`),
    (e: unknown) => {
      process.stderr.write(`Sao lưu thất bại: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
