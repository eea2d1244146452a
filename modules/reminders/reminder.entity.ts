import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A reminder that was sent. The unique key (what it is about, to whom, for which deadline) is
 * what makes each reminder go out once, however often the job runs and on however many instances.
 */
@Entity('reminders')
export class Reminder {
  @PrimaryGeneratedColumn() id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  key: string;

  /** DATA_ENTRY_DUE, AGENCY_PART_DUE, AWAITING_VERIFICATION, AWAITING_RESOLUTION, AWAITING_APPROVAL. */
  @Column({ type: 'varchar', length: 40 }) kind: string;

  @Column({ type: 'int' }) userId: number;

  @Column({ type: 'varchar', length: 200 }) email: string;

  @Column({ type: 'varchar', length: 300 }) subject: string;

  @Column({ type: 'varchar', length: 30 }) entityType: string;

  @Column({ type: 'varchar', length: 40 }) entityId: string;

  @CreateDateColumn({ type: 'datetime' }) sentAt: Date;
}
