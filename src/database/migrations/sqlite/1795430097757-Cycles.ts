import { MigrationInterface, QueryRunner } from "typeorm";

export class Cycles1795430097757 implements MigrationInterface {
    name = 'Cycles1795430097757'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "assessment_cycles" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(40) NOT NULL, "year" integer NOT NULL, "name" varchar(200) NOT NULL, "frameworks" json NOT NULL, "periods" json NOT NULL, "deadlines" json NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e82742efd109e5f5b9074527d4" ON "assessment_cycles" ("code") `);
        await queryRunner.query(`CREATE TABLE "submissions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cycleId" integer NOT NULL, "unitId" integer NOT NULL, "period" varchar(10) NOT NULL, "frameworkCode" varchar(40) NOT NULL, "frameworkVersion" integer NOT NULL, "status" varchar(30) NOT NULL, "state" json NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "IDX_7634b767790629b627e873c8c7" ON "submissions" ("unitId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_646c9bb4343b745fc61bf3f175" ON "submissions" ("cycleId", "unitId", "period") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_646c9bb4343b745fc61bf3f175"`);
        await queryRunner.query(`DROP INDEX "IDX_7634b767790629b627e873c8c7"`);
        await queryRunner.query(`DROP TABLE "submissions"`);
        await queryRunner.query(`DROP INDEX "IDX_e82742efd109e5f5b9074527d4"`);
        await queryRunner.query(`DROP TABLE "assessment_cycles"`);
    }

}
