import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { PersistedState } from '../../workflows/persisted-machine.js';

export interface CycleFramework {
  unitKind: string;
  code: string;
  version: number;
}

/** ISO instants (UTC) of each stage's end. */
export interface CycleDeadlines {
  dataEntry: string;
  verification: string;
  disputeWindow: string;
  disputeResolution: string;
}

/** A yearly assessment (e.g. DTI 2024): which framework version scores which unit kind, its periods and deadlines. */
@Entity('assessment_cycles')
export class AssessmentCycle {
  @PrimaryGeneratedColumn() id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'int' }) year: number;

  @Column({ type: 'varchar', length: 200 }) name: string;

  @Column({ type: 'json' }) frameworks: CycleFramework[];

  /** In order, e.g. ["Q1","Q2","Q3","Q4"]; the last one is the year's final period. */
  @Column({ type: 'json' }) periods: string[];

  @Column({ type: 'json' }) deadlines: CycleDeadlines;

  /** The cycle statechart's top-level state (workflows/cycle.machine.ts), repeated for queries. */
  @Column({ type: 'varchar', length: 30, default: 'collecting' }) status: string;

  /** Its persisted snapshot; null until the first move (the machine's initial state). */
  @Column({ type: 'json', nullable: true }) state: PersistedState | null;

  @CreateDateColumn({ type: 'datetime' }) createdAt: Date;

  @VersionColumn() version: number;
}
