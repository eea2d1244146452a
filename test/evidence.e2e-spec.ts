import { createHash } from 'node:crypto';
import { existsSync, readdirSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { completeAgencyParts, count, createTestApp, cycleFor, expectErrorShape, TestApp, tokenFor, unitIdByCode } from './support/test-app.js';

const cycle = cycleFor(2096);
const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00', 'latin1'), Buffer.alloc(64)]);

describe('evidence (tài liệu kiểm chứng)', () => {
  let t: TestApp;
  let id: number;
  const as: Record<string, Record<string, string>> = {};
  const files = () => (existsSync(join(t.env.UPLOAD_DIR, 'evidence')) ? readdirSync(join(t.env.UPLOAD_DIR, 'evidence')) : []);
  const upload = (who: string, code: string, content: Buffer, options: { filename?: string; filepath?: string }, fields: Record<string, string> = {}) => {
    const req = t.http.post(`/api/submissions/${id}/indicators/${code}/evidence`).set(as[who]);
    for (const [k, v] of Object.entries(fields)) req.field(k, v);
    return req.attach('file', content, { contentType: 'application/pdf', ...options });
  };

  beforeAll(async () => {
    t = await createTestApp({ UPLOAD_MAX_MB: '1' });
    for (const u of ['admin', 'canbo.bienhoa', 'lanhdao.bienhoa', 'lanhdao.longkhanh', 'daumoi.congan', 'thamdinh.sotttt']) as[u] = { Authorization: `Bearer ${await tokenFor(t, u)}` };
    expect((await t.http.post('/api/cycles').set(as.admin).send(cycle)).status).toBe(201);
    id = Number((await t.db.query(`SELECT id FROM submissions WHERE unitId = ?`, [await unitIdByCode(t, 'TP-BIEN-HOA')]))[0].id);
  });
  afterAll(() => t.close());

  it('stores a PDF under a generated name with its sha256, keeping the Vietnamese name for download', async () => {
    const res = await upload('canbo.bienhoa', '1.1', pdf, { filename: 'Kế hoạch 45-KH-UBND.pdf' }, { documentNumber: '45/KH-UBND', documentDate: '2096-01-05', issuer: 'UBND thành phố Biên Hòa' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      originalName: 'Kế hoạch 45-KH-UBND.pdf', mimeType: 'application/pdf', size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'), documentNumber: '45/KH-UBND', documentDate: '2096-01-05',
    });
    expect(res.body.storedName).toMatch(/^evidence\/[0-9a-f-]{36}\.pdf$/);
    expect(files()).toEqual([res.body.storedName.replace('evidence/', '')]);
    const download = await t.http.get(`/api/submissions/${id}/evidence/${res.body.id}/download`).set(as['lanhdao.bienhoa']).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body, pdf)).toBe(0);
    expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Kế hoạch 45-KH-UBND.pdf')}`);
  });

  it('refuses a wrong type by content, a file too large, a path in the name, or no file, leaving neither a row nor a file', async () => {
    const rows = await count(t, 'evidence');
    const before = files().length;
    expectErrorShape((await upload('canbo.bienhoa', '1.1', exe, { filename: 'ke-hoach.pdf' })).body, 415, 'EVIDENCE.TYPE_NOT_ALLOWED');
    expectErrorShape((await upload('canbo.bienhoa', '1.1', Buffer.concat([pdf, Buffer.alloc(1024 * 1024)]), { filename: 'lon.pdf' })).body, 413, 'REQUEST.PAYLOAD_TOO_LARGE');
    expectErrorShape((await upload('canbo.bienhoa', '1.1', pdf, { filepath: '../../etc/passwd.pdf' })).body, 400, 'EVIDENCE.BAD_NAME');
    // a right-to-left override that makes an .exe read as .pdf; a PDF named as an installer
    expectErrorShape((await upload('canbo.bienhoa', '1.1', pdf, { filename: 'hoso\u202Efdp.exe' })).body, 400, 'EVIDENCE.BAD_NAME');
    expectErrorShape((await upload('canbo.bienhoa', '1.1', pdf, { filename: 'setup.msi' })).body, 415, 'EVIDENCE.NAME_NOT_CONTENT');
    const none = await t.http.post(`/api/submissions/${id}/indicators/1.1/evidence`).set(as['canbo.bienhoa']).field('issuer', 'x');
    expectErrorShape(none.body, 400, 'EVIDENCE.FILE_REQUIRED');
    expect(await count(t, 'evidence')).toBe(rows);
    expect(files()).toHaveLength(before);
  });

  it('authorizes uploads like data entry, and listing and downloads exactly as the submission', async () => {
    // The district reports 8.1 (Appendix II); Công an tỉnh assesses it (Appendix III) and gives its figure elsewhere.
    expectErrorShape((await upload('daumoi.congan', '1.1', pdf, { filename: 'a.pdf' })).body, 403, 'SUBMISSION.NOT_YOUR_PART');
    expectErrorShape((await upload('daumoi.congan', '8.1', pdf, { filename: 'a.pdf' })).body, 403, 'SUBMISSION.NOT_YOUR_PART');
    expect((await upload('canbo.bienhoa', '8.1', pdf, { filename: 'Báo cáo định danh.pdf' })).status).toBe(201);
    expectErrorShape((await upload('thamdinh.sotttt', '1.1', pdf, { filename: 'a.pdf' })).body, 403, 'ACCESS.FORBIDDEN_ROLE');
    const first = (await t.http.get(`/api/submissions/${id}/evidence`).set(as['thamdinh.sotttt'])).body[0];
    expectErrorShape((await t.http.get(`/api/submissions/${id}/evidence`).set(as['lanhdao.longkhanh'])).body, 404, 'SUBMISSION.NOT_FOUND');
    expectErrorShape((await t.http.get(`/api/submissions/${id}/evidence/${first.id}/download`).set(as['lanhdao.longkhanh'])).body, 404, 'SUBMISSION.NOT_FOUND');
    expectErrorShape((await t.http.get(`/api/submissions/${id}/evidence/999999/download`).set(as['lanhdao.bienhoa'])).body, 404, 'EVIDENCE.NOT_FOUND');
  });

  it('keeps the uploads folder and the evidence rows in step: orphan files removed, rows without a file reported', async () => {
    const folder = join(t.env.UPLOAD_DIR, 'evidence');
    // a file left by a crash two hours ago, one another instance may be writing right now, and a lost file
    writeFileSync(join(folder, 'stray.pdf.part'), pdf);
    const hoursAgo = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(join(folder, 'stray.pdf.part'), hoursAgo, hoursAgo);
    writeFileSync(join(folder, 'fresh.pdf.part'), pdf);
    const [lost] = await t.db.query(`SELECT id, storedName FROM evidence WHERE url IS NULL ORDER BY id LIMIT 1`);
    unlinkSync(join(t.env.UPLOAD_DIR, lost.storedName));

    expect((await t.http.post('/api/evidence-files/sweep').set(as['canbo.bienhoa'])).status).toBe(403);
    const res = await t.http.post('/api/evidence-files/sweep').set(as.admin);
    expect(res.status).toBe(200);
    expect(res.body.removed).toEqual(['evidence/stray.pdf.part']);
    expect(res.body.missing).toEqual([expect.objectContaining({ evidenceId: Number(lost.id), storedName: lost.storedName })]);
    expect(files()).toContain('fresh.pdf.part');
    expect(files()).not.toContain('stray.pdf.part');
    const health = await t.http.get('/api/health');
    expect(health.body.info.uploads).toMatchObject({ status: 'up', missingFiles: 1 });
    unlinkSync(join(folder, 'fresh.pdf.part'));
  });

  it('takes no new evidence once submitted, and records every upload', async () => {
    await completeAgencyParts(t, id);
    for (const [who, type] of [['canbo.bienhoa', 'UNIT_PART_COMPLETE'], ['lanhdao.bienhoa', 'SUBMIT']]) {
      expect((await t.http.post(`/api/submissions/${id}/events`).set(as[who]).send({ type })).status).toBe(201);
    }
    expectErrorShape((await upload('canbo.bienhoa', '1.1', pdf, { filename: 'muon.pdf' })).body, 409, 'SUBMISSION.NOT_EDITABLE');
    const history = await t.http.get(`/api/submissions/${id}/history`).set(as['lanhdao.bienhoa']);
    expect(history.body.filter((e: { action: string }) => e.action === 'SUBMISSION.EVIDENCE_UPLOADED')).toHaveLength(2);
  });
});
