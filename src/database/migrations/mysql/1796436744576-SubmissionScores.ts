import { MigrationInterface, QueryRunner } from "typeorm";

export class SubmissionScores1796436744576 implements MigrationInterface {
    name = 'SubmissionScores1796436744576'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`submission_scores\` (\`submissionId\` int NOT NULL, \`score\` json NOT NULL, \`computedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (\`submissionId\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE \`submission_scores\``);
    }

}
