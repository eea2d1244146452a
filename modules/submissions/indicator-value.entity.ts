import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { VariableValue } from '../scoring/engine/score.types.js';

/** What was entered for one indicator of one submission, by the unit and/or its source agencies. */
@Entity('indicator_values')
@Index(['submissionId', 'indicatorCode'], { unique: true })
export class IndicatorValue {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) submissionId: number;

  @Column({ type: 'varchar', length: 20 }) indicatorCode: string;

  @Column({ type: 'json' }) values: Record<string, VariableValue | null>;

  /** Điều 5c: the reason the indicator does not apply to the unit (scores the maximum). */
  @Column({ type: 'varchar', length: 1000, nullable: true }) notApplicable: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true }) comment: string | null;

  @Column({ type: 'int' }) updatedById: number;

  @UpdateDateColumn({ type: 'datetime' }) updatedAt: Date;

  @VersionColumn() version: number;
}
