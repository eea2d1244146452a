import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Movement } from '../scoring/engine/consolidate.js';

/**
 * One consolidation run of one unit kind of a cycle. Runs are never changed or deleted: a
 * re-run after a late correction is a new run, and a published version points at the runs it
 * froze, so what was published stays readable as it was.
 */
@Entity('consolidations')
@Index(['cycleId', 'unitKind', 'run'], { unique: true })
export class Consolidation {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) cycleId: number;

  @Column({ type: 'varchar', length: 30 }) unitKind: string;

  /** 1, 2, 3… per cycle and unit kind. */
  @Column({ type: 'int' }) run: number;

  @Column({ type: 'varchar', length: 40 }) frameworkCode: string;

  @Column({ type: 'int' }) frameworkVersion: number;

  /** The submissions of the kind that were not final when it ran (their best known scores were used). */
  @Column({ type: 'json' }) notFinal: { submissionId: number; unitCode: string; period: string; status: string }[];

  /** What moved against the previous run of the same kind. */
  @Column({ type: 'json' }) movements: Movement[];

  /** The cycle's reference values this run compared with (seed 004, 7.5), by indicator code: a result goes to the chair only with the current ones. */
  @Column({ type: 'json', nullable: true }) references: Record<string, number> | null;

  @Column({ type: 'int', nullable: true }) createdById: number | null;

  @CreateDateColumn({ type: 'datetime' }) createdAt: Date;
}
