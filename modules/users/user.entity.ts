import { Exclude } from 'class-transformer';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { Role } from '../../src/access/role.enum.js';
import { Unit } from '../units/unit.entity.js';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn() id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 60 })
  username: string;

  @Column({ type: 'varchar', length: 120 }) fullName: string;

  @Column({ type: 'varchar', length: 200, nullable: true }) email: string | null;

  @Exclude()
  @Column({ type: 'varchar', length: 100, select: false })
  passwordHash: string;

  @Column({ type: 'varchar', length: 20 }) role: Role;

  @Column({ type: 'int' }) unitId: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  @Column({ type: 'boolean', default: true }) isActive: boolean;

  /** An officer the unit head named to submit in the head's absence (one per unit at a time). */
  @Column({ type: 'boolean', default: false }) isDeputyHead: boolean;

  /** Demo accounts share a published password: production mode refuses them at sign-in. */
  @Column({ type: 'boolean', default: false }) isDemo: boolean;

  /**
   * Carried in every token and compared on every request: raised by a sign-out, a password change
   * or reset, a deactivation and a change of role or unit, which ends every session issued before.
   */
  @Column({ type: 'int', default: 0 }) tokenVersion: number;

  /** Wrong passwords in a row; reaching the limit locks the account until `lockedUntil`. */
  @Column({ type: 'int', default: 0 }) failedSignIns: number;
  @Column({ type: 'datetime', nullable: true }) lockedUntil: Date | null;

  @CreateDateColumn({ type: 'datetime' }) createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' }) updatedAt: Date;

  @VersionColumn() version: number;
}
