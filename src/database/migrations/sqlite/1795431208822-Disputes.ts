import { MigrationInterface, QueryRunner } from "typeorm";

export class Disputes1795431208822 implements MigrationInterface {
    name = 'Disputes1795431208822'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "dispute_items" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "submissionId" integer NOT NULL, "indicatorCode" varchar(20) NOT NULL, "explanation" varchar(4000) NOT NULL, "outcome" varchar(10) NOT NULL, "finalPoints" decimal(8,2), "resolutionReason" varchar(2000), "resolvedById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_950f894742c252b6b1f4e82232" ON "dispute_items" ("submissionId", "indicatorCode") `);
        await queryRunner.query(`CREATE TABLE "dispute_messages" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "disputeItemId" integer NOT NULL, "authorId" integer NOT NULL, "authorRole" varchar(20) NOT NULL, "body" varchar(4000) NOT NULL, "at" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_901b27040cc1887f6e66cfb65d" ON "dispute_messages" ("disputeItemId") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_901b27040cc1887f6e66cfb65d"`);
        await queryRunner.query(`DROP TABLE "dispute_messages"`);
        await queryRunner.query(`DROP INDEX "IDX_950f894742c252b6b1f4e82232"`);
        await queryRunner.query(`DROP TABLE "dispute_items"`);
    }

}
