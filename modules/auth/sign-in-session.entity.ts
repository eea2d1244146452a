import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One sign-in, kept alive by its refresh token while the short-lived access tokens come and go.
 * Only the sha256 of the refresh secret is stored; the previous one is kept so that a stolen,
 * already-used secret presented again ends the session instead of continuing it.
 */
@Entity('sign_in_sessions')
export class SignInSession {
  /** A random uuid: the first half of the refresh token, so a session is found without scanning hashes. */
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;

  @Index()
  @Column({ type: 'int' }) userId: number;

  /** The user's token version at sign-in: a sign-out, a password change or a role change moves it and ends this session too. */
  @Column({ type: 'int' }) tokenVersion: number;

  @Column({ type: 'varchar', length: 64 }) secretHash: string;

  @Column({ type: 'varchar', length: 64, nullable: true }) previousSecretHash: string | null;

  /** The end of the working day the session was opened for: refreshing never moves it. */
  @Index()
  @Column({ type: 'datetime' }) expiresAt: Date;

  @Column({ type: 'datetime', nullable: true }) revokedAt: Date | null;

  @Column({ type: 'varchar', length: 60, nullable: true }) address: string | null;

  @CreateDateColumn({ type: 'datetime' }) createdAt: Date;

  @Column({ type: 'datetime', nullable: true }) refreshedAt: Date | null;
}
