import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { UnitScore } from '../scoring/engine/score.types.js';

/**
 * A submission's self-assessment score with its traces, computed when its values change (in the
 * same transaction, under the submission's lock) and read as it is: reading a score no longer
 * scores. Absent for a submission nobody has read or written since this table came: the first
 * read computes and stores it.
 */
@Entity('submission_scores')
export class SubmissionScore {
  @PrimaryColumn({ type: 'int' }) submissionId: number;

  @Column({ type: 'json' }) score: UnitScore;

  @UpdateDateColumn({ type: 'datetime' }) computedAt: Date;
}
