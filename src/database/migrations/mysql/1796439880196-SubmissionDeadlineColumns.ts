import { MigrationInterface, QueryRunner } from "typeorm";
import { backfillSubmissionDeadlines } from "../backfill-submission-deadlines.js";

export class SubmissionDeadlineColumns1796439880196 implements MigrationInterface {
    name = 'SubmissionDeadlineColumns1796439880196'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`submissions\` ADD \`dataEntryDue\` datetime NULL`);
        await queryRunner.query(`ALTER TABLE \`submissions\` ADD \`disputeWindowCloses\` datetime NULL`);
        await queryRunner.query(`CREATE INDEX \`IDX_6124d81b08f4a2accba31420a3\` ON \`submissions\` (\`status\`, \`disputeWindowCloses\`)`);
        await queryRunner.query(`CREATE INDEX \`IDX_21fb640054f3a38e4ce873b9ad\` ON \`submissions\` (\`status\`, \`dataEntryDue\`)`);
        await backfillSubmissionDeadlines(queryRunner, (name) => `\`${name}\``);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`IDX_21fb640054f3a38e4ce873b9ad\` ON \`submissions\``);
        await queryRunner.query(`DROP INDEX \`IDX_6124d81b08f4a2accba31420a3\` ON \`submissions\``);
        await queryRunner.query(`ALTER TABLE \`submissions\` DROP COLUMN \`disputeWindowCloses\``);
        await queryRunner.query(`ALTER TABLE \`submissions\` DROP COLUMN \`dataEntryDue\``);
    }

}
