import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Framework } from '../scoring/engine/framework.types.js';

/**
 * One version of a framework file, stored whole. A version that a cycle has used is frozen:
 * old cycles keep scoring with the rules they were run with, and a change becomes a new version.
 */
@Entity('framework_versions')
@Index(['code', 'version'], { unique: true })
export class FrameworkVersion {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'varchar', length: 40 }) code: string;

  @Column({ type: 'int' }) version: number;

  @Column({ type: 'varchar', length: 300 }) name: string;

  @Column({ type: 'varchar', length: 20 }) unitKind: string;

  @Column({ type: 'int' }) maxPoints: number;

  /** sha256 of the canonical JSON: re-importing the same content is recognised and changes nothing. */
  @Column({ type: 'varchar', length: 64 }) contentHash: string;

  @Column({ type: 'json' }) definition: Framework;

  @Column({ type: 'boolean', default: false }) isFrozen: boolean;

  @CreateDateColumn({ type: 'datetime' }) importedAt: Date;
}
