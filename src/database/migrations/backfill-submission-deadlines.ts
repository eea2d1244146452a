import type { QueryRunner } from 'typeorm';

/**
 * Fills the new deadline columns of existing submissions from their statechart snapshots
 * (the same reading as submissionDeadlines, kept here so a migration never changes with the app).
 * Shared by the SQLite and MySQL migrations: both take a UTC 'YYYY-MM-DD HH:MM:SS.mmm' string.
 */
export async function backfillSubmissionDeadlines(queryRunner: QueryRunner, quote: (name: string) => string): Promise<void> {
  const rows: { id: number; state: unknown }[] = await queryRunner.query(`SELECT ${quote('id')}, ${quote('state')} FROM ${quote('submissions')}`);
  const utc = (iso: unknown) => (typeof iso === 'string' && !Number.isNaN(Date.parse(iso)) ? new Date(iso).toISOString().replace('T', ' ').replace('Z', '') : null);
  for (const row of rows) {
    const state = (typeof row.state === 'string' ? JSON.parse(row.state) : row.state) as { context?: { deadlines?: { dataEntry?: string; disputeWindow?: string | null } } };
    const d = state?.context?.deadlines;
    await queryRunner.query(`UPDATE ${quote('submissions')} SET ${quote('dataEntryDue')} = ?, ${quote('disputeWindowCloses')} = ? WHERE ${quote('id')} = ?`, [utc(d?.dataEntry), utc(d?.disputeWindow), row.id]);
  }
}
