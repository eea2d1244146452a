import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { decimalPoints } from '../../src/database/decimal.transformer.js';

export type DisputeOutcome = 'OPEN' | 'UPHELD' | 'REJECTED';

/** One disputed indicator: the unit's explanation, then the reviewer's outcome. */
@Entity('dispute_items')
@Index(['submissionId', 'indicatorCode'], { unique: true })
export class DisputeItem {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) submissionId: number;
  @Column({ type: 'varchar', length: 20 }) indicatorCode: string;
  @Column({ type: 'varchar', length: 4000 }) explanation: string;
  @Column({ type: 'varchar', length: 10 }) outcome: DisputeOutcome;
  /** Upheld: the new final score. Rejected: null, the verified score stands. */
  @Column({ type: 'decimal', precision: 8, scale: 2, nullable: true, transformer: decimalPoints }) finalPoints: number | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) resolutionReason: string | null;
  @Column({ type: 'int', nullable: true }) resolvedById: number | null;
  @CreateDateColumn({ type: 'datetime' }) createdAt: Date;
  @UpdateDateColumn({ type: 'datetime' }) updatedAt: Date;
  @VersionColumn() version: number;
}
