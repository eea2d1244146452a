import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { DisputeItem } from './dispute-item.entity.js';
import { DisputeMessage } from './dispute-message.entity.js';
import { DisputeMessageDto, OpenDisputeDto, ResolveDisputeItemDto } from './dispute.dto.js';
import { SubmissionErrors } from './submission.errors.js';
import { SubmissionService } from './submission.service.js';
import { SubmissionDataService } from './submission-data.service.js';

/** Giải trình, kiến nghị: one thread per disputed indicator, each resolved by an independent reviewer. */
@Injectable()
export class DisputeService {
  constructor(
    @InjectRepository(DisputeItem) private readonly items: Repository<DisputeItem>,
    @InjectRepository(DisputeMessage) private readonly messages: Repository<DisputeMessage>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly submissions: SubmissionService,
    private readonly data: SubmissionDataService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: AuthenticatedUser, id: number) {
    await this.submissions.get(actor, id);
    const items = await this.items.find({ where: { submissionId: id }, order: { indicatorCode: 'ASC' } });
    const messages = items.length ? await this.messages.find({ where: { disputeItemId: In(items.map((i) => i.id)) }, order: { id: 'ASC' } }) : [];
    return items.map((item) => ({ ...item, messages: messages.filter((m) => m.disputeItemId === item.id) }));
  }

  /** DISPUTE: the move and its items land together; only scored indicators can be disputed. */
  async open(actor: AuthenticatedUser, id: number, dto: OpenDisputeDto) {
    const scored = new Set((await this.data.scoredIndicators(actor, id)).map((i) => i.code));
    const unknown = dto.indicators.filter((c) => !scored.has(c));
    if (unknown.length) throw new DomainException(SubmissionErrors.INDICATOR_NOT_FOUND, { codes: unknown });
    const explanation = dto.explanation.trim();
    return this.submissions.applyEvent(actor, id, { type: 'DISPUTE', indicators: dto.indicators, explanation }, {}, async (em) => {
      const repo = em.getRepository(DisputeItem);
      for (const code of dto.indicators) await repo.save(repo.create({ submissionId: id, indicatorCode: code, explanation, outcome: 'OPEN' }));
    });
  }

  async addMessage(actor: AuthenticatedUser, id: number, code: string, dto: DisputeMessageDto) {
    const submission = await this.submissions.get(actor, id);
    this.submissions.requireAllowed(actor, submission, 'DISPUTE_MESSAGE');
    await this.data.requireAgencyPart(actor, submission, code);
    const item = await this.item(id, code);
    return this.dataSource.transaction(async (em) => {
      const message = await em.getRepository(DisputeMessage).save(em.create(DisputeMessage, { disputeItemId: item.id, authorId: actor.id, authorRole: actor.role, body: dto.body.trim() }));
      await this.audit.record(actor, { action: 'SUBMISSION.DISPUTE_MESSAGE', entityType: 'submission', entityId: id, after: { indicator: code, messageId: message.id } }, em);
      await this.submissions.tellThread(em, actor, submission, code, dto.body.trim());
      return message;
    });
  }

  /** Upheld: a new final score within [0, max], with a reason. Rejected: the verified score stands, with a reason. */
  async resolveItem(actor: AuthenticatedUser, id: number, code: string, dto: ResolveDisputeItemDto) {
    const submission = await this.submissions.get(actor, id);
    this.submissions.requireAllowed(actor, submission, 'RECORD_RESOLUTION');
    const item = await this.item(id, code);
    const max = (await this.data.scoredIndicators(actor, id)).find((i) => i.code === code)!.maxPoints;
    if (dto.outcome === 'UPHELD' && dto.points === undefined) throw new DomainException(SubmissionErrors.UPHELD_NEEDS_POINTS);
    if (dto.points !== undefined && dto.points > max) throw new DomainException(SubmissionErrors.POINTS_OUT_OF_RANGE, { max });
    return this.dataSource.transaction(async (em) => {
      const before = { outcome: item.outcome, finalPoints: item.finalPoints };
      Object.assign(item, { outcome: dto.outcome, finalPoints: dto.outcome === 'UPHELD' ? dto.points! : null, resolutionReason: dto.reason.trim(), resolvedById: actor.id });
      const saved = await em.getRepository(DisputeItem).save(item);
      await this.audit.record(actor, { action: `SUBMISSION.DISPUTE_${dto.outcome}`, entityType: 'submission', entityId: id, before, after: { indicator: code, finalPoints: saved.finalPoints }, reason: saved.resolutionReason }, em);
      return saved;
    });
  }

  /** RESOLVE_DISPUTE, once every disputed indicator has an outcome (the statechart checks the fact). */
  async close(actor: AuthenticatedUser, id: number) {
    const open = await this.items.countBy({ submissionId: id, outcome: 'OPEN' });
    return this.submissions.applyEvent(actor, id, { type: 'RESOLVE_DISPUTE' }, { complete: open === 0 });
  }

  private async item(submissionId: number, code: string): Promise<DisputeItem> {
    const item = await this.items.findOneBy({ submissionId, indicatorCode: code });
    if (!item) throw new DomainException(SubmissionErrors.NOT_DISPUTED, { code });
    return item;
  }
}
