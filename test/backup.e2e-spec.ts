import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Evidence } from '../modules/submissions/evidence.entity.js';
import { IndicatorValue } from '../modules/submissions/indicator-value.entity.js';
import { databaseConfigFrom } from '../src/config/database.config.js';
import { backup } from '../src/ops/backup.js';
import { restore } from '../src/ops/restore.js';
import { createTestApp, cycleFor, emptyMysqlDatabase, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

/** npm run backup while the app runs, everything wiped, npm run restore: every value and file back. */
describe('backup and restore', () => {
  let t: TestApp;
  const folder = mkdtempSync(join(tmpdir(), 'dti-backup-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('backs up while the app runs, restores after a wipe, and finds every value and file intact', async () => {
    t = await createTestApp();
    const admin = { Authorization: `Bearer ${await tokenFor(t, 'admin')}` };
    const officer = { Authorization: `Bearer ${await tokenFor(t, 'canbo.bienhoa')}` };
    expect((await t.http.post('/api/cycles').set(admin).send(cycleFor(2091))).status).toBe(201);
    const [{ id }] = await t.db.query(`SELECT id FROM submissions WHERE unitId = ?`, [await unitIdByCode(t, 'TP-BIEN-HOA')]);
    expect((await t.http.put(`/api/submissions/${id}/indicators/1.1`).set(officer).send({ values: { programmes: 3 } })).status).toBe(200);
    const uploaded = await t.http.post(`/api/submissions/${id}/indicators/1.1/evidence`).set(officer).attach('file', pdf, { filename: 'Kế hoạch.pdf', contentType: 'application/pdf' });
    expect(uploaded.status).toBe(201);
    const snapshot = async (app: TestApp) => ({
      values: await app.db.getRepository(IndicatorValue).find({ order: { id: 'ASC' } }),
      evidence: await app.db.getRepository(Evidence).find({ order: { id: 'ASC' } }),
      audit: await app.db.getRepository(AuditEntry).count(),
    });
    const before = await snapshot(t);

    const env = { ...process.env, ...t.env };
    const manifest = await backup(folder, env);
    expect(Object.keys(manifest.files)).toEqual(expect.arrayContaining([manifest.database.file, expect.stringMatching(/^uploads\/evidence\/.+\.pdf$/)]));
    await t.close({ keepFiles: true });

    // everything gone: the database and the uploads
    const db = databaseConfigFrom(env);
    if (db.type === 'sqlite') rmSync(db.path, { force: true });
    else await emptyMysqlDatabase(db);
    rmSync(t.env.UPLOAD_DIR, { recursive: true, force: true });

    await restore(folder, env);
    const back = await createTestApp({ SQLITE_PATH: t.env.SQLITE_PATH, UPLOAD_DIR: t.env.UPLOAD_DIR, DATA_DIR: t.env.DATA_DIR }, { keepDatabase: true });
    try {
      expect(await snapshot(back)).toEqual(before);
      const token = await tokenFor(back, 'canbo.bienhoa');
      const file = await back.http.get(`/api/submissions/${id}/evidence/${uploaded.body.id}/download`).set('Authorization', `Bearer ${token}`).buffer(true);
      expect(Buffer.compare(file.body, pdf)).toBe(0);
    } finally {
      await back.close();
      rmSync(t.env.DATA_DIR, { recursive: true, force: true });
    }
  });

  it('refuses a backup whose files do not match the manifest, naming the file, and changes nothing', async () => {
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    const evidence = Object.keys(manifest.files).find((f) => f.startsWith('uploads/'))!;
    writeFileSync(join(folder, evidence), 'sửa đổi');
    const untouched = join(folder, 'khong-duoc-dung');
    await expect(restore(folder, { ...process.env, UPLOAD_DIR: untouched })).rejects.toThrow(`${evidence}: tệp đã bị thay đổi`);
    expect(existsSync(untouched)).toBe(false);
  });
});
