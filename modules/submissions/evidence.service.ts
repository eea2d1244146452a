import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { fileTypeFromBuffer } from 'file-type';
import { DataSource, Repository } from 'typeorm';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { appConfig } from '../../src/config/app.config.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { acceptableFileName, ALLOWED_EVIDENCE_TYPES, contentDisposition, nameFitsContent } from './evidence-file.rules.js';
import { Evidence } from './evidence.entity.js';
import { EvidenceErrors } from './evidence.errors.js';
import { SubmissionDataService } from './submission-data.service.js';
import { SubmissionService } from './submission.service.js';
import { documentFields, LinkEvidenceDto, UploadEvidenceDto } from './upload-evidence.dto.js';

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

@Injectable()
export class EvidenceService {
  constructor(
    @InjectRepository(Evidence) private readonly evidence: Repository<Evidence>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    private readonly submissions: SubmissionService,
    private readonly data: SubmissionDataService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The file arrives in memory (multer), so an interrupted upload never touches the disk. It is
   * checked by content, written under a generated name, then recorded; if recording fails the
   * file is removed: neither a row without a file nor a file without a row.
   */
  async upload(actor: AuthenticatedUser, id: number, code: string, file: UploadedFile | undefined, dto: UploadEvidenceDto) {
    await this.data.requireDataAccess(actor, id, code, 'evidence');
    if (!file?.buffer?.length) throw new DomainException(EvidenceErrors.FILE_REQUIRED);
    const originalName = acceptableFileName(file.originalname);
    if (!originalName) throw new DomainException(EvidenceErrors.BAD_NAME);
    const detected = await fileTypeFromBuffer(file.buffer);
    const ext = detected && ALLOWED_EVIDENCE_TYPES.get(detected.mime);
    if (!detected || !ext) throw new DomainException(EvidenceErrors.TYPE_NOT_ALLOWED, { detected: detected?.mime ?? null });
    if (!nameFitsContent(originalName, detected.mime)) throw new DomainException(EvidenceErrors.NAME_NOT_CONTENT, { name: originalName, detected: detected.mime });
    const storedName = `evidence/${randomUUID()}.${ext}`;
    const path = join(this.app.uploadDir, storedName);
    await mkdir(join(this.app.uploadDir, 'evidence'), { recursive: true });
    await writeFile(`${path}.part`, file.buffer, { flag: 'wx' });
    await rename(`${path}.part`, path);
    try {
      return await this.dataSource.transaction(async (em) => {
        const row = await em.getRepository(Evidence).save(
          em.create(Evidence, {
            submissionId: id,
            indicatorCode: code,
            storedName,
            originalName,
            mimeType: detected.mime,
            size: file.buffer.length,
            sha256: createHash('sha256').update(file.buffer).digest('hex'),
            ...documentFields(dto),
            uploadedById: actor.id,
          }),
        );
        await this.audit.record(actor, { action: 'SUBMISSION.EVIDENCE_UPLOADED', entityType: 'submission', entityId: id, after: { indicator: code, evidenceId: row.id, originalName, sha256: row.sha256, size: row.size } }, em);
        return row;
      });
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
  }

  /** A link to where the document is published, recorded like a file (audited, per indicator). */
  async link(actor: AuthenticatedUser, id: number, code: string, dto: LinkEvidenceDto) {
    await this.data.requireDataAccess(actor, id, code, 'evidence');
    const url = new URL(dto.url.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new DomainException(EvidenceErrors.BAD_LINK);
    const title = acceptableFileName(dto.title.trim());
    if (!title) throw new DomainException(EvidenceErrors.BAD_NAME);
    return this.dataSource.transaction(async (em) => {
      const row = await em.getRepository(Evidence).save(
        em.create(Evidence, {
          submissionId: id,
          indicatorCode: code,
          storedName: '',
          originalName: title,
          mimeType: 'text/uri-list',
          size: 0,
          sha256: '',
          url: url.toString(),
          ...documentFields(dto),
          uploadedById: actor.id,
        }),
      );
      await this.audit.record(actor, { action: 'SUBMISSION.EVIDENCE_LINKED', entityType: 'submission', entityId: id, after: { indicator: code, evidenceId: row.id, title, url: row.url } }, em);
      return row;
    });
  }

  /**
   * Its uploader removes a piece of evidence while the indicator is still theirs to edit (before
   * submission, or when returned). The row goes first, the file after: never a row without a file.
   */
  async remove(actor: AuthenticatedUser, id: number, evidenceId: number): Promise<{ deleted: number }> {
    const submission = await this.submissions.get(actor, id);
    const row = await this.evidence.findOneBy({ id: evidenceId, submissionId: id });
    if (!row) throw new DomainException(EvidenceErrors.NOT_FOUND, { evidenceId });
    if (row.uploadedById !== actor.id) throw new DomainException(EvidenceErrors.NOT_UPLOADER, { evidenceId });
    // During a dispute the unit adds to what the reviewer verified against; it takes nothing away
    // (stored times are to the second, too coarse to tell a document added after the dispute opened).
    if (submission.status === 'disputed') throw new DomainException(EvidenceErrors.KEPT_DURING_DISPUTE, { evidenceId });
    await this.data.requireDataAccess(actor, id, row.indicatorCode, 'evidence');
    await this.dataSource.transaction(async (em) => {
      await em.getRepository(Evidence).delete({ id: row.id });
      await this.audit.record(actor, { action: 'SUBMISSION.EVIDENCE_DELETED', entityType: 'submission', entityId: id, before: { indicator: row.indicatorCode, evidenceId: row.id, originalName: row.originalName, sha256: row.sha256, url: row.url } }, em);
    });
    if (row.storedName) await rm(join(this.app.uploadDir, row.storedName), { force: true });
    return { deleted: row.id };
  }

  /** Listing and downloading are authorized exactly as the submission is. */
  async list(actor: AuthenticatedUser, id: number): Promise<Evidence[]> {
    await this.submissions.get(actor, id);
    return this.evidence.find({ where: { submissionId: id }, order: { indicatorCode: 'ASC', id: 'ASC' } });
  }

  /** `inline`: PDF and images open in the browser (preview); anything else is downloaded. */
  async download(actor: AuthenticatedUser, id: number, evidenceId: number, inline = false): Promise<StreamableFile> {
    await this.submissions.get(actor, id);
    const row = await this.evidence.findOneBy({ id: evidenceId, submissionId: id });
    if (row?.url) throw new DomainException(EvidenceErrors.IS_LINK, { evidenceId, url: row.url });
    const path = row && join(this.app.uploadDir, row.storedName);
    if (!row || !path || !(await stat(path).catch(() => null))) throw new DomainException(EvidenceErrors.NOT_FOUND, { evidenceId });
    return new StreamableFile(createReadStream(path), { type: row.mimeType, length: row.size, disposition: contentDisposition(row.originalName, row.mimeType, inline) });
  }
}
