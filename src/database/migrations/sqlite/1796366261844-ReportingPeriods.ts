import { MigrationInterface, QueryRunner } from "typeorm";

export class ReportingPeriods1796366261844 implements MigrationInterface {
    name = 'ReportingPeriods1796366261844'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_e82742efd109e5f5b9074527d4"`);
        await queryRunner.query(`CREATE TABLE "temporary_assessment_cycles" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(40) NOT NULL, "year" integer NOT NULL, "name" varchar(200) NOT NULL, "frameworks" json NOT NULL, "periods" json NOT NULL, "deadlines" json NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "status" varchar(30) NOT NULL DEFAULT ('collecting'), "state" json, "schedule" varchar(20) NOT NULL DEFAULT ('QUARTERLY'), "settings" json)`);
        await queryRunner.query(`INSERT INTO "temporary_assessment_cycles"("id", "code", "year", "name", "frameworks", "periods", "deadlines", "createdAt", "version", "status", "state") SELECT "id", "code", "year", "name", "frameworks", "periods", "deadlines", "createdAt", "version", "status", "state" FROM "assessment_cycles"`);
        await queryRunner.query(`DROP TABLE "assessment_cycles"`);
        await queryRunner.query(`ALTER TABLE "temporary_assessment_cycles" RENAME TO "assessment_cycles"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e82742efd109e5f5b9074527d4" ON "assessment_cycles" ("code") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_e82742efd109e5f5b9074527d4"`);
        await queryRunner.query(`ALTER TABLE "assessment_cycles" RENAME TO "temporary_assessment_cycles"`);
        await queryRunner.query(`CREATE TABLE "assessment_cycles" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(40) NOT NULL, "year" integer NOT NULL, "name" varchar(200) NOT NULL, "frameworks" json NOT NULL, "periods" json NOT NULL, "deadlines" json NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "status" varchar(30) NOT NULL DEFAULT ('collecting'), "state" json)`);
        await queryRunner.query(`INSERT INTO "assessment_cycles"("id", "code", "year", "name", "frameworks", "periods", "deadlines", "createdAt", "version", "status", "state") SELECT "id", "code", "year", "name", "frameworks", "periods", "deadlines", "createdAt", "version", "status", "state" FROM "temporary_assessment_cycles"`);
        await queryRunner.query(`DROP TABLE "temporary_assessment_cycles"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e82742efd109e5f5b9074527d4" ON "assessment_cycles" ("code") `);
    }

}
