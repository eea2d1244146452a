import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { decimalPoints } from '../../src/database/decimal.transformer.js';

export interface MainScore {
  code: string;
  name: string;
  points: number;
  maxPoints: number;
}

export interface LeafScore {
  code: string;
  points: number | null;
  maxPoints: number;
  status: string;
  trace: string;
}

/** A report the unit never submitted, closed by the reviewer with this reason (Điều 5c: what it did not supply scores 0). */
export interface NotSubmitted {
  period: string;
  reason: string;
}

/** One unit's yearly result in a consolidation run: total, rank, main indicators and every scored indicator. */
@Entity('consolidated_scores')
@Index(['consolidationId', 'unitId'], { unique: true })
export class ConsolidatedScore {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) consolidationId: number;

  @Column({ type: 'int' }) unitId: number;

  @Column({ type: 'varchar', length: 40 }) unitCode: string;

  @Column({ type: 'varchar', length: 200 }) unitName: string;

  @Column({ type: 'int' }) rank: number;

  @Column({ type: 'decimal', precision: 8, scale: 2, transformer: decimalPoints }) total: number;

  @Column({ type: 'json' }) mains: MainScore[];

  @Column({ type: 'json' }) indicators: LeafScore[];

  /** Shown beside the unit in every ranking, public ones included: nothing is closed silently. */
  @Column({ type: 'json', nullable: true }) notSubmitted: NotSubmitted[] | null;
}
