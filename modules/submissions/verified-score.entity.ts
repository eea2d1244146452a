import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { decimalPoints } from '../../src/database/decimal.transformer.js';

/**
 * The reviewer's verdict on one indicator. The self score is never overwritten: it is kept here
 * as it stood when verified, beside the verified one, and a dispute's outcome adds the final one.
 */
@Entity('verified_scores')
@Index(['submissionId', 'indicatorCode'], { unique: true })
export class VerifiedScore {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) submissionId: number;

  @Column({ type: 'varchar', length: 20 }) indicatorCode: string;

  /** Null while the self score waits for the other units (relative rules). */
  @Column({ type: 'decimal', precision: 8, scale: 2, nullable: true, transformer: decimalPoints }) selfPoints: number | null;

  @Column({ type: 'decimal', precision: 8, scale: 2, nullable: true, transformer: decimalPoints }) verifiedPoints: number | null;

  /** True when the reviewer accepted the self score as it is. */
  @Column({ type: 'boolean' }) accepted: boolean;

  @Column({ type: 'varchar', length: 2000, nullable: true }) reason: string | null;

  @Column({ type: 'int' }) reviewerId: number;

  @CreateDateColumn({ type: 'datetime' }) createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' }) updatedAt: Date;

  @VersionColumn() version: number;
}
