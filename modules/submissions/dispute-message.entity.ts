import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A message in a disputed indicator's thread, between the unit and the reviewer. Never edited. */
@Entity('dispute_messages')
@Index(['disputeItemId'])
export class DisputeMessage {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) disputeItemId: number;
  @Column({ type: 'int' }) authorId: number;
  @Column({ type: 'varchar', length: 20 }) authorRole: string;
  @Column({ type: 'varchar', length: 4000 }) body: string;
  @CreateDateColumn({ type: 'datetime' }) at: Date;
}
