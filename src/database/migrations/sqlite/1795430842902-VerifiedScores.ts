import { MigrationInterface, QueryRunner } from "typeorm";

export class VerifiedScores1795430842902 implements MigrationInterface {
    name = 'VerifiedScores1795430842902'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "verified_scores" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "submissionId" integer NOT NULL, "indicatorCode" varchar(20) NOT NULL, "selfPoints" decimal(8,2), "verifiedPoints" decimal(8,2), "accepted" boolean NOT NULL, "reason" varchar(2000), "reviewerId" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_29a745d98c2e115f42762222a5" ON "verified_scores" ("submissionId", "indicatorCode") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_29a745d98c2e115f42762222a5"`);
        await queryRunner.query(`DROP TABLE "verified_scores"`);
    }

}
