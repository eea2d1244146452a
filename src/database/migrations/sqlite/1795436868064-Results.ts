import { MigrationInterface, QueryRunner } from "typeorm";

export class Results1795436868064 implements MigrationInterface {
    name = 'Results1795436868064'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "consolidations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cycleId" integer NOT NULL, "unitKind" varchar(30) NOT NULL, "run" integer NOT NULL, "frameworkCode" varchar(40) NOT NULL, "frameworkVersion" integer NOT NULL, "notFinal" json NOT NULL, "movements" json NOT NULL, "createdById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b96ebb24edc5341cd2a818b1a3" ON "consolidations" ("cycleId", "unitKind", "run") `);
        await queryRunner.query(`CREATE TABLE "consolidated_scores" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "consolidationId" integer NOT NULL, "unitId" integer NOT NULL, "unitCode" varchar(40) NOT NULL, "unitName" varchar(200) NOT NULL, "rank" integer NOT NULL, "total" decimal(8,2) NOT NULL, "mains" json NOT NULL, "indicators" json NOT NULL)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6bf583f0e7ae6fabd4eee8a1e7" ON "consolidated_scores" ("consolidationId", "unitId") `);
        await queryRunner.query(`CREATE TABLE "published_results" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cycleId" integer NOT NULL, "version" integer NOT NULL, "runs" json NOT NULL, "approvedById" integer NOT NULL, "approvedAt" datetime NOT NULL, "publishedAt" datetime, "reason" varchar(2000), "changes" json NOT NULL)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a1b5ddf65935c6647196925ca9" ON "published_results" ("cycleId", "version") `);
        await queryRunner.query(`CREATE TABLE "reminders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "key" varchar(200) NOT NULL, "kind" varchar(40) NOT NULL, "userId" integer NOT NULL, "email" varchar(200) NOT NULL, "subject" varchar(300) NOT NULL, "entityType" varchar(30) NOT NULL, "entityId" varchar(40) NOT NULL, "sentAt" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0c7b5f38a007bfc3392375faf7" ON "reminders" ("key") `);
        await queryRunner.query(`DROP INDEX "IDX_e82742efd109e5f5b9074527d4"`);
        await queryRunner.query(`CREATE TABLE "temporary_assessment_cycles" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(40) NOT NULL, "year" integer NOT NULL, "name" varchar(200) NOT NULL, "frameworks" json NOT NULL, "periods" json NOT NULL, "deadlines" json NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "status" varchar(30) NOT NULL DEFAULT ('collecting'), "state" json)`);
        await queryRunner.query(`INSERT INTO "temporary_assessment_cycles"("id", "code", "year", "name", "frameworks", "periods", "deadlines", "createdAt", "version") SELECT "id", "code", "year", "name", "frameworks", "periods", "deadlines", "createdAt", "version" FROM "assessment_cycles"`);
        await queryRunner.query(`DROP TABLE "assessment_cycles"`);
        await queryRunner.query(`ALTER TABLE "temporary_assessment_cycles" RENAME TO "assessment_cycles"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e82742efd109e5f5b9074527d4" ON "assessment_cycles" ("code") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_e82742efd109e5f5b9074527d4"`);
        await queryRunner.query(`ALTER TABLE "assessment_cycles" RENAME TO "temporary_assessment_cycles"`);
        await queryRunner.query(`CREATE TABLE "assessment_cycles" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(40) NOT NULL, "year" integer NOT NULL, "name" varchar(200) NOT NULL, "frameworks" json NOT NULL, "periods" json NOT NULL, "deadlines" json NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
        await queryRunner.query(`INSERT INTO "assessment_cycles"("id", "code", "year", "name", "frameworks", "periods", "deadlines", "createdAt", "version") SELECT "id", "code", "year", "name", "frameworks", "periods", "deadlines", "createdAt", "version" FROM "temporary_assessment_cycles"`);
        await queryRunner.query(`DROP TABLE "temporary_assessment_cycles"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e82742efd109e5f5b9074527d4" ON "assessment_cycles" ("code") `);
        await queryRunner.query(`DROP INDEX "IDX_0c7b5f38a007bfc3392375faf7"`);
        await queryRunner.query(`DROP TABLE "reminders"`);
        await queryRunner.query(`DROP INDEX "IDX_a1b5ddf65935c6647196925ca9"`);
        await queryRunner.query(`DROP TABLE "published_results"`);
        await queryRunner.query(`DROP INDEX "IDX_6bf583f0e7ae6fabd4eee8a1e7"`);
        await queryRunner.query(`DROP TABLE "consolidated_scores"`);
        await queryRunner.query(`DROP INDEX "IDX_b96ebb24edc5341cd2a818b1a3"`);
        await queryRunner.query(`DROP TABLE "consolidations"`);
    }

}
