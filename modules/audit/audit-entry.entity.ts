import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: the app inserts and reads these rows, never updates or deletes them. */
@Entity('audit_entries')
@Index(['entityType', 'entityId'])
export class AuditEntry {
  @PrimaryGeneratedColumn() id: number;

  @CreateDateColumn({ type: 'datetime' }) at: Date;

  /** Null when the system acted by itself (a deadline passing, the demo seed). */
  @Column({ type: 'int', nullable: true }) actorId: number | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) actorRole: string | null;
  @Column({ type: 'int', nullable: true }) actorUnitId: number | null;

  @Column({ type: 'varchar', length: 60 }) action: string;
  @Column({ type: 'varchar', length: 40 }) entityType: string;
  @Column({ type: 'varchar', length: 40 }) entityId: string;

  @Column({ type: 'simple-json', nullable: true }) before: object | null;
  @Column({ type: 'simple-json', nullable: true }) after: object | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) reason: string | null;
}
