import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Not, Repository } from 'typeorm';
import { AuthenticatedUser } from '../../src/access/authenticated-user.js';
import type { CycleContext } from '../../workflows/cycle.machine.js';
import { CycleService } from '../cycles/cycle.service.js';
import { movements, Movement } from '../scoring/engine/consolidate.js';
import { ConsolidatedScore } from './consolidated-score.entity.js';
import { ConsolidationService } from './consolidation.service.js';
import { PublishedResult } from './published-result.entity.js';

/**
 * Điều 7: STTTT proposes the ranking, the chair decides, the result is published. Each move goes
 * through the cycle statechart (CycleService.applyEvent); what it freezes is written in the same
 * transaction as the move.
 */
@Injectable()
export class PublicationService {
  constructor(
    @InjectRepository(PublishedResult) private readonly versions: Repository<PublishedResult>,
    private readonly consolidation: ConsolidationService,
    private readonly cycles: CycleService,
  ) {}

  /** Where the cycle stands: its state, the latest run of each kind with its ranking, every version. */
  async overview(actor: AuthenticatedUser, cycleId: number) {
    const cycle = await this.cycles.get(cycleId);
    const runs = [];
    for (const run of await this.consolidation.latestRuns(cycleId)) runs.push({ ...run, ranking: await this.consolidation.ranking(run.id) });
    const { tags, allowed, statusLabel } = this.cycles.present(actor, cycle);
    return { cycleId, year: cycle.year, status: cycle.status, statusLabel, tags, allowed, context: cycle.state?.context ?? null, runs, versions: await this.list(cycleId, false) };
  }

  /** The latest run of every kind goes to the chair. */
  async sendToChair(actor: AuthenticatedUser, cycleId: number) {
    await this.cycles.requireReferences(cycleId, await this.consolidation.latestRuns(cycleId));
    const runs = await this.latestRunIds(cycleId);
    const unfinished = await this.unfinishedWhere(cycleId, 'consolidated');
    return this.cycles.applyEvent(actor, cycleId, { type: 'SEND_TO_CHAIR', runs, unfinished }, async () => ({ status: 'awaitingApproval', proposed: runs }));
  }

  sendBack(actor: AuthenticatedUser, cycleId: number, reason: string) {
    return this.cycles.applyEvent(actor, cycleId, { type: 'SEND_BACK', reason }, async (_em, _c, next) => ({ status: 'consolidated', sentBack: next.sentBack }), reason.trim());
  }

  /** The chair's sign-off freezes the proposed runs as the next version (public only once published). */
  async approve(actor: AuthenticatedUser, cycleId: number) {
    const unfinished = await this.unfinishedWhere(cycleId, 'awaitingApproval');
    return this.cycles.applyEvent(actor, cycleId, { type: 'APPROVE', unfinished }, (em, _c, next: CycleContext) => this.freeze(em, actor, cycleId, next.proposed!, null, null));
  }

  async publish(actor: AuthenticatedUser, cycleId: number) {
    const unfinished = await this.unfinishedWhere(cycleId, 'approved');
    return this.cycles.applyEvent(actor, cycleId, { type: 'PUBLISH', unfinished }, async (em) => {
      const repo = em.getRepository(PublishedResult);
      const pending = await repo.findOneOrFail({ where: { cycleId, publishedAt: IsNull() }, order: { version: 'DESC' } });
      pending.publishedAt = new Date();
      return repo.save(pending);
    });
  }

  /** After publication: the latest runs become a new published version, with the reason and what moved. */
  async correct(actor: AuthenticatedUser, cycleId: number, reason: string) {
    const runs = await this.latestRunIds(cycleId);
    const unfinished = await this.unfinishedWhere(cycleId, 'published');
    // A correction that moves nothing would only republish the same ranking: the machine refuses it.
    const moved = Object.values(await this.changesSinceLast(this.versions.manager, cycleId, runs)).some((list) => list.length > 0);
    return this.cycles.applyEvent(
      actor,
      cycleId,
      { type: 'PUBLISH_CORRECTION', reason, unfinished, reconsolidated: moved },
      (em) => this.freeze(em, actor, cycleId, runs, reason.trim(), new Date()),
      reason.trim(),
    );
  }

  /** What public answers depend on, in one query: the last published version and how many there are. */
  async publishedState(): Promise<string> {
    // Plain SQL: asked on every public request, and the query builder cost more than the query.
    const [row] = await this.versions.query('SELECT MAX(id) AS last, COUNT(*) AS count FROM published_results WHERE publishedAt IS NOT NULL');
    return `published-${row?.last ?? 0}-${row?.count ?? 0}`;
  }

  /** Versions of a cycle, newest first; `publishedOnly` for what the public may see. */
  list(cycleId: number, publishedOnly: boolean): Promise<PublishedResult[]> {
    return this.versions.find({ where: { cycleId, ...(publishedOnly ? { publishedAt: Not(IsNull()) } : {}) }, order: { version: 'DESC' } });
  }

  private async freeze(em: EntityManager, actor: AuthenticatedUser, cycleId: number, runs: Record<string, number>, reason: string | null, publishedAt: Date | null) {
    const repo = em.getRepository(PublishedResult);
    const previous = await repo.findOne({ where: { cycleId }, order: { version: 'DESC' } });
    const changes = await this.changesSinceLast(em, cycleId, runs);
    return repo.save(repo.create({ cycleId, version: (previous?.version ?? 0) + 1, runs, approvedById: actor.id, approvedAt: new Date(), publishedAt, reason, changes }));
  }

  /** What each kind's run moves against the last version (approved or published); nothing before the first. */
  private async changesSinceLast(em: EntityManager, cycleId: number, runs: Record<string, number>): Promise<Record<string, Movement[]>> {
    const previous = await em.getRepository(PublishedResult).findOne({ where: { cycleId }, order: { version: 'DESC' } });
    const changes: Record<string, Movement[]> = {};
    if (!previous) return changes;
    for (const [kind, id] of Object.entries(runs)) {
      const before = previous.runs[kind] ? await this.rows(em, previous.runs[kind]) : [];
      changes[kind] = movements(before, await this.rows(em, id));
    }
    return changes;
  }

  /**
   * The refusal naming the unfinished units, but only where the move could otherwise be made: in
   * another state the statechart's own refusal (what may be done now) is the true answer.
   */
  private async unfinishedWhere(cycleId: number, state: string): Promise<number> {
    if ((await this.cycles.get(cycleId)).status !== state) return 0;
    return this.consolidation.requireAllFinal(cycleId);
  }

  /** Unit kind → id of its latest consolidation run. */
  private async latestRunIds(cycleId: number): Promise<Record<string, number>> {
    return Object.fromEntries((await this.consolidation.latestRuns(cycleId)).map((r) => [r.unitKind, r.id]));
  }

  private async rows(em: EntityManager, consolidationId: number) {
    const scores = await em.getRepository(ConsolidatedScore).find({ select: { unitCode: true, total: true, rank: true }, where: { consolidationId } });
    return scores.map((s) => ({ unit: s.unitCode, total: s.total, rank: s.rank }));
  }
}
