import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { PersistedState } from '../../workflows/persisted-machine.js';

/**
 * One unit's submission for one period of a cycle. `state` is the statechart's persisted
 * snapshot; `status` repeats its top-level name for queries. Every transition is written with
 * `WHERE version = <read version>`, so of two concurrent moves exactly one lands.
 */
@Entity('submissions')
@Index(['cycleId', 'unitId', 'period'], { unique: true })
@Index(['status', 'dataEntryDue'])
@Index(['status', 'disputeWindowCloses'])
export class Submission {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) cycleId: number;

  @Index()
  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 10 }) period: string;

  @Column({ type: 'varchar', length: 40 }) frameworkCode: string;

  @Column({ type: 'int' }) frameworkVersion: number;

  @Column({ type: 'varchar', length: 30 }) status: string;

  @Column({ type: 'json' }) state: PersistedState;

  /**
   * The statechart's deadlines repeated in indexed columns (submissionDeadlines), written with
   * every state, so the schedulers ask the database for what is due instead of reading every
   * snapshot. Only a filter: the statechart still decides (seconds may round in MySQL).
   */
  @Column({ type: 'datetime', nullable: true }) dataEntryDue: Date | null;

  @Column({ type: 'datetime', nullable: true }) disputeWindowCloses: Date | null;

  @CreateDateColumn({ type: 'datetime' }) createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' }) updatedAt: Date;

  @VersionColumn() version: number;
}
