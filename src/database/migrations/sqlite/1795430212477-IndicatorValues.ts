import { MigrationInterface, QueryRunner } from "typeorm";

export class IndicatorValues1795430212477 implements MigrationInterface {
    name = 'IndicatorValues1795430212477'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "indicator_values" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "submissionId" integer NOT NULL, "indicatorCode" varchar(20) NOT NULL, "values" json NOT NULL, "notApplicable" varchar(1000), "comment" varchar(2000), "updatedById" integer NOT NULL, "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_896d981b014d97afb83260a669" ON "indicator_values" ("submissionId", "indicatorCode") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_896d981b014d97afb83260a669"`);
        await queryRunner.query(`DROP TABLE "indicator_values"`);
    }

}
