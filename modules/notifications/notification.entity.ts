import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Something one person must act on or would want to know (returned, result sent, dispute
 * answered, ranking approved…): listed in the app with an unread count, and mailed once.
 */
@Entity('notifications')
@Index(['userId', 'readAt'])
export class Notification {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) userId: number;

  /** SUBMISSION.RETURN, SUBMISSION.VERIFY, CYCLE.PUBLISH, CYCLE.DEADLINES_CHANGED, … */
  @Column({ type: 'varchar', length: 60 }) kind: string;

  @Column({ type: 'varchar', length: 300 }) title: string;

  @Column({ type: 'varchar', length: 2000 }) body: string;

  /** The page in the app, relative to its address (e.g. /submissions/12). */
  @Column({ type: 'varchar', length: 300 }) link: string;

  @Column({ type: 'varchar', length: 40 }) entityType: string;

  @Column({ type: 'varchar', length: 40 }) entityId: string;

  @Column({ type: 'datetime', nullable: true }) readAt: Date | null;

  /** Set when the mail went out (or when there was no address to send to). */
  @Column({ type: 'datetime', nullable: true }) mailedAt: Date | null;

  @CreateDateColumn({ type: 'datetime' }) createdAt: Date;
}
