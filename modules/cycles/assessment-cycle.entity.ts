import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { PersistedState } from '../../workflows/persisted-machine.js';
import type { PeriodDeadlines } from './cycle-schedule.js';

export type { PeriodDeadlines };

export interface CycleFramework {
  unitKind: string;
  code: string;
  version: number;
}

export interface CycleSettings {
  /** Điều 5: the dispute window, in working days from the day a verification result is sent. */
  disputeWorkingDays: number;
  /** A positive score on an indicator whose row asks for "Tài liệu kiểm chứng" needs evidence before it is sent. */
  evidenceRequired: boolean;
}

/**
 * A figure from outside the units evaluated, that a rule compares with (seed 004, 7.5: the best
 * province's ratio nationally), entered by the reviewing agency with where it comes from.
 */
export interface CycleReference {
  value: number;
  source: string;
  enteredById: number;
  enteredAt: string;
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

  /** QUARTERLY or YEARLY (modules/scoring/engine/periods.ts). */
  @Column({ type: 'varchar', length: 20, default: 'QUARTERLY' }) schedule: string;

  /** The schedule's reporting periods in order, e.g. ["Q1","H1","Q3","YEAR"]; the last one is the year's. */
  @Column({ type: 'json' }) periods: string[];

  /** Period code → its dates. */
  @Column({ type: 'json' }) deadlines: Record<string, PeriodDeadlines>;

  @Column({ type: 'json', nullable: true }) settings: CycleSettings | null;

  /** Indicator code → its reference value (RELATIVE_TO_BEST against a figure from outside). */
  @Column({ type: 'json', nullable: true }) references: Record<string, CycleReference> | null;

  /** The cycle statechart's top-level state (workflows/cycle.machine.ts), repeated for queries. */
  @Column({ type: 'varchar', length: 30, default: 'collecting' }) status: string;

  /** Its persisted snapshot; null until the first move (the machine's initial state). */
  @Column({ type: 'json', nullable: true }) state: PersistedState | null;

  @CreateDateColumn({ type: 'datetime' }) createdAt: Date;

  @VersionColumn() version: number;
}
