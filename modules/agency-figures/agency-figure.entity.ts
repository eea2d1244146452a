import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { VariableValue } from '../scoring/engine/score.types.js';

/**
 * An agency's own figure for one indicator of one unit's submission (Appendix III: the agency
 * "cung cấp thông tin và đánh giá" from its records). Kept beside the unit's self-assessment,
 * never in place of it: the reviewer sees both and decides.
 */
@Entity('agency_figures')
@Index(['submissionId', 'indicatorCode', 'agencyUnitId'], { unique: true })
export class AgencyFigure {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) submissionId: number;

  @Column({ type: 'varchar', length: 20 }) indicatorCode: string;

  @Column({ type: 'int' }) agencyUnitId: number;

  /** Only the variables this agency assesses (`assessedBy.variables`). */
  @Column({ type: 'json' }) values: Record<string, VariableValue | null>;

  /** The agency's assessment note ("đánh giá, giải trình"). */
  @Column({ type: 'varchar', length: 2000, nullable: true }) note: string | null;

  /** Điều 5c claimed by the agency: the indicator does not apply to this unit, and why. */
  @Column({ type: 'varchar', length: 1000, nullable: true }) notApplicable: string | null;

  @Column({ type: 'int' }) updatedById: number;

  @UpdateDateColumn({ type: 'datetime' }) updatedAt: Date;

  @VersionColumn() version: number;
}
