import { MigrationInterface, QueryRunner } from "typeorm";
import { backfillSubmissionDeadlines } from "../backfill-submission-deadlines.js";

export class SubmissionDeadlineColumns1796439848667 implements MigrationInterface {
    name = 'SubmissionDeadlineColumns1796439848667'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_646c9bb4343b745fc61bf3f175"`);
        await queryRunner.query(`DROP INDEX "IDX_7634b767790629b627e873c8c7"`);
        await queryRunner.query(`CREATE TABLE "temporary_submissions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cycleId" integer NOT NULL, "unitId" integer NOT NULL, "period" varchar(10) NOT NULL, "frameworkCode" varchar(40) NOT NULL, "frameworkVersion" integer NOT NULL, "status" varchar(30) NOT NULL, "state" json NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "dataEntryDue" datetime, "disputeWindowCloses" datetime)`);
        await queryRunner.query(`INSERT INTO "temporary_submissions"("id", "cycleId", "unitId", "period", "frameworkCode", "frameworkVersion", "status", "state", "createdAt", "updatedAt", "version") SELECT "id", "cycleId", "unitId", "period", "frameworkCode", "frameworkVersion", "status", "state", "createdAt", "updatedAt", "version" FROM "submissions"`);
        await queryRunner.query(`DROP TABLE "submissions"`);
        await queryRunner.query(`ALTER TABLE "temporary_submissions" RENAME TO "submissions"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_646c9bb4343b745fc61bf3f175" ON "submissions" ("cycleId", "unitId", "period") `);
        await queryRunner.query(`CREATE INDEX "IDX_7634b767790629b627e873c8c7" ON "submissions" ("unitId") `);
        await queryRunner.query(`CREATE INDEX "IDX_6124d81b08f4a2accba31420a3" ON "submissions" ("status", "disputeWindowCloses") `);
        await queryRunner.query(`CREATE INDEX "IDX_21fb640054f3a38e4ce873b9ad" ON "submissions" ("status", "dataEntryDue") `);
        await backfillSubmissionDeadlines(queryRunner, (name) => `"${name}"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_21fb640054f3a38e4ce873b9ad"`);
        await queryRunner.query(`DROP INDEX "IDX_6124d81b08f4a2accba31420a3"`);
        await queryRunner.query(`DROP INDEX "IDX_7634b767790629b627e873c8c7"`);
        await queryRunner.query(`DROP INDEX "IDX_646c9bb4343b745fc61bf3f175"`);
        await queryRunner.query(`ALTER TABLE "submissions" RENAME TO "temporary_submissions"`);
        await queryRunner.query(`CREATE TABLE "submissions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cycleId" integer NOT NULL, "unitId" integer NOT NULL, "period" varchar(10) NOT NULL, "frameworkCode" varchar(40) NOT NULL, "frameworkVersion" integer NOT NULL, "status" varchar(30) NOT NULL, "state" json NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
        await queryRunner.query(`INSERT INTO "submissions"("id", "cycleId", "unitId", "period", "frameworkCode", "frameworkVersion", "status", "state", "createdAt", "updatedAt", "version") SELECT "id", "cycleId", "unitId", "period", "frameworkCode", "frameworkVersion", "status", "state", "createdAt", "updatedAt", "version" FROM "temporary_submissions"`);
        await queryRunner.query(`DROP TABLE "temporary_submissions"`);
        await queryRunner.query(`CREATE INDEX "IDX_7634b767790629b627e873c8c7" ON "submissions" ("unitId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_646c9bb4343b745fc61bf3f175" ON "submissions" ("cycleId", "unitId", "period") `);
    }

}
