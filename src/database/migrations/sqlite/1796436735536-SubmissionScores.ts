import { MigrationInterface, QueryRunner } from "typeorm";

export class SubmissionScores1796436735536 implements MigrationInterface {
    name = 'SubmissionScores1796436735536'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "submission_scores" ("submissionId" integer PRIMARY KEY NOT NULL, "score" json NOT NULL, "computedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "submission_scores"`);
    }

}
