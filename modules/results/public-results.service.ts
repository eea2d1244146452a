import { Injectable } from '@nestjs/common';
import { DomainException } from '../../src/errors/domain.exception.js';
import { CycleService } from '../cycles/cycle.service.js';
import { ConsolidationService } from './consolidation.service.js';
import { PublicationService } from './publication.service.js';
import { PublishedResult } from './published-result.entity.js';
import { ResultsErrors } from './results.errors.js';

/**
 * What anyone may read without signing in: published versions only. Every read starts from a
 * published version (publishedAt set), so an approved-but-unpublished version, a consolidation
 * run or a submission can never be reached from here.
 */
@Injectable()
export class PublicResultsService {
  constructor(
    private readonly cycles: CycleService,
    private readonly publication: PublicationService,
    private readonly consolidation: ConsolidationService,
  ) {}

  /** Each year with a published ranking, and the rankings (one cycle per unit kind) it has. */
  async years() {
    const byYear = new Map<number, { year: number; cycles: unknown[]; unitKinds: string[] }>();
    for (const cycle of await this.cycles.list()) {
      const versions = await this.publication.list(cycle.id, true);
      if (!versions.length) continue;
      const entry = byYear.get(cycle.year) ?? { year: cycle.year, cycles: [], unitKinds: [] };
      const unitKinds = cycle.frameworks.map((f) => f.unitKind);
      entry.unitKinds.push(...unitKinds);
      entry.cycles.push({ name: cycle.name, unitKinds, versions: versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt, reason: v.reason, changes: v.changes })) });
      byYear.set(cycle.year, entry);
    }
    return [...byYear.values()];
  }

  /** Ranking of one unit kind in a published version (the latest unless one is asked for). */
  async ranking(year: number, unitKind: string, version?: number) {
    const { cycle, published } = await this.published(year, version, unitKind);
    const runId = published.runs[unitKind];
    if (!runId) throw new DomainException(ResultsErrors.UNIT_KIND_NOT_IN_CYCLE, { unitKind });
    const rows = await this.consolidation.ranking(runId);
    return {
      year: cycle.year,
      name: cycle.name,
      unitKind,
      version: published.version,
      publishedAt: published.publishedAt,
      ranking: rows.map((r) => ({ rank: r.rank, unitCode: r.unitCode, unitName: r.unitName, total: r.total, mains: r.mains, notSubmitted: r.notSubmitted ?? [] })),
    };
  }

  /**
   * A unit's profile in a published version: each main indicator against its maximum and the
   * average of the units of its kind, every indicator's points, and the previous year's published scores.
   */
  async unitProfile(year: number, unitCode: string, version?: number) {
    for (const { cycle, published } of await this.publishedOfYear(year, version)) for (const [unitKind, runId] of Object.entries(published.runs)) {
      const rows = await this.consolidation.ranking(runId);
      const own = rows.find((r) => r.unitCode === unitCode);
      if (!own) continue;
      const average = (code: string) => Math.round((rows.reduce((acc, r) => acc + (r.mains.find((m) => m.code === code)?.points ?? 0), 0) / rows.length) * 100) / 100;
      const previous = await this.previousYear(year, unitKind, unitCode);
      return {
        year: cycle.year,
        version: published.version,
        unitKind,
        unit: { code: own.unitCode, name: own.unitName },
        rank: own.rank,
        of: rows.length,
        total: own.total,
        notSubmitted: own.notSubmitted ?? [],
        previous: previous && { year: year - 1, rank: previous.rank, total: previous.total },
        mains: own.mains.map((m) => ({ ...m, average: average(m.code), previous: previous?.mains.find((p) => p.code === m.code)?.points ?? null })),
        indicators: own.indicators.map((i) => ({ code: i.code, points: i.points, maxPoints: i.maxPoints })),
      };
    }
    throw new DomainException(ResultsErrors.UNIT_NOT_FOUND, { unitCode });
  }

  private async previousYear(year: number, unitKind: string, unitCode: string) {
    try {
      const { published } = await this.published(year - 1, undefined, unitKind);
      const runId = published.runs[unitKind];
      return runId ? ((await this.consolidation.ranking(runId)).find((r) => r.unitCode === unitCode) ?? null) : null;
    } catch (error) {
      if (error instanceof DomainException) return null;
      throw error;
    }
  }

  /** The year's published version of the cycle that ranks this unit kind (one cycle per year and kind). */
  private async published(year: number, version: number | undefined, unitKind: string) {
    const found = (await this.publishedOfYear(year, version)).find((p) => p.published.runs[unitKind]);
    if (!found) throw new DomainException(ResultsErrors.NOT_PUBLISHED, { year, version, unitKind });
    return found;
  }

  private async publishedOfYear(year: number, version?: number): Promise<{ cycle: { year: number; name: string }; published: PublishedResult }[]> {
    const out = [];
    for (const cycle of (await this.cycles.list()).filter((c) => c.year === year)) {
      const versions = await this.publication.list(cycle.id, true);
      const published = version === undefined ? versions[0] : versions.find((v) => v.version === version);
      if (published) out.push({ cycle, published });
    }
    if (!out.length) throw new DomainException(ResultsErrors.NOT_PUBLISHED, { year, version });
    return out;
  }
}
