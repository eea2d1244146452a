import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { UnitKind } from './unit-kind.enum.js';

/**
 * An organisation unit. A department can also be a source agency (Sở Nội vụ supplies indicator
 * data for every district) or the reviewing agency (STTTT, since 2025 Sở KH&CN), so those duties
 * are flags beside the kind rather than kinds of their own.
 */
@Entity('units')
export class Unit {
  @PrimaryGeneratedColumn() id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 200 }) name: string;

  @Column({ type: 'varchar', length: 20 }) kind: UnitKind;

  @Column({ type: 'int', nullable: true }) parentId: number | null;

  @Column({ type: 'boolean', default: false }) isSourceAgency: boolean;

  @Column({ type: 'boolean', default: false }) isReviewingAgency: boolean;

  @Column({ type: 'boolean', default: true }) isActive: boolean;

  @CreateDateColumn({ type: 'datetime' }) createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' }) updatedAt: Date;

  @VersionColumn() version: number;
}
