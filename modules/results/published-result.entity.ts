import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Movement } from '../scoring/engine/consolidate.js';

/**
 * A version of a cycle's results as the chair approved it: which consolidation run of each unit
 * kind it froze. Version 1 is public once published; each correction is a new version with its
 * reason and what moved, and the earlier versions stay readable.
 */
@Entity('published_results')
@Index(['cycleId', 'version'], { unique: true })
export class PublishedResult {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) cycleId: number;

  @Column({ type: 'int' }) version: number;

  /** Unit kind → consolidation id. */
  @Column({ type: 'json' }) runs: Record<string, number>;

  @Column({ type: 'int' }) approvedById: number;

  @Column({ type: 'datetime' }) approvedAt: Date;

  /** Null until published: nothing of this version is public before. */
  @Column({ type: 'datetime', nullable: true }) publishedAt: Date | null;

  /** Why this version replaces the previous one (corrections only). */
  @Column({ type: 'varchar', length: 2000, nullable: true }) reason: string | null;

  /** Per unit kind, what moved against the previous version. */
  @Column({ type: 'json' }) changes: Record<string, Movement[]>;
}
