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

  async years() {
    const out = [];
    for (const cycle of await this.cycles.list()) {
      const versions = await this.publication.list(cycle.id, true);
      if (!versions.length) continue;
      out.push({ year: cycle.year, name: cycle.name, unitKinds: cycle.frameworks.map((f) => f.unitKind), versions: versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt, reason: v.reason, changes: v.changes })) });
    }
    return out;
  }

  /** Ranking of one unit kind in a published version (the latest unless one is asked for). */
  async ranking(year: number, unitKind: string, version?: number) {
    const { cycle, published } = await this.published(year, version);
    const runId = published.runs[unitKind];
    if (!runId) throw new DomainException(ResultsErrors.UNIT_KIND_NOT_IN_CYCLE, { unitKind });
    const rows = await this.consolidation.ranking(runId);
    return {
      year: cycle.year,
      name: cycle.name,
      unitKind,
      version: published.version,
      publishedAt: published.publishedAt,
      ranking: rows.map((r) => ({ rank: r.rank, unitCode: r.unitCode, unitName: r.unitName, total: r.total, mains: r.mains })),
    };
  }

  /**
   * A unit's profile in a published version: each main indicator against its maximum and the
   * average of the units of its kind, every indicator's points, and the previous year's published scores.
   */
  async unitProfile(year: number, unitCode: string, version?: number) {
    const { cycle, published } = await this.published(year, version);
    for (const [unitKind, runId] of Object.entries(published.runs)) {
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
        previous: previous && { year: year - 1, rank: previous.rank, total: previous.total },
        mains: own.mains.map((m) => ({ ...m, average: average(m.code), previous: previous?.mains.find((p) => p.code === m.code)?.points ?? null })),
        indicators: own.indicators.map((i) => ({ code: i.code, points: i.points, maxPoints: i.maxPoints })),
      };
    }
    throw new DomainException(ResultsErrors.UNIT_NOT_FOUND, { unitCode });
  }

  private async previousYear(year: number, unitKind: string, unitCode: string) {
    try {
      const { published } = await this.published(year - 1);
      const runId = published.runs[unitKind];
      return runId ? ((await this.consolidation.ranking(runId)).find((r) => r.unitCode === unitCode) ?? null) : null;
    } catch (error) {
      if (error instanceof DomainException) return null;
      throw error;
    }
  }

  private async published(year: number, version?: number): Promise<{ cycle: { year: number; name: string }; published: PublishedResult }> {
    for (const cycle of (await this.cycles.list()).filter((c) => c.year === year)) {
      const versions = await this.publication.list(cycle.id, true);
      const published = version === undefined ? versions[0] : versions.find((v) => v.version === version);
      if (published) return { cycle, published };
    }
    throw new DomainException(ResultsErrors.NOT_PUBLISHED, { year, version });
  }
}
