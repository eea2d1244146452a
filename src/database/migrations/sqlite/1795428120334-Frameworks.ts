import { MigrationInterface, QueryRunner } from "typeorm";

export class Frameworks1795428120334 implements MigrationInterface {
    name = 'Frameworks1795428120334'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "framework_versions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(40) NOT NULL, "version" integer NOT NULL, "name" varchar(300) NOT NULL, "unitKind" varchar(20) NOT NULL, "maxPoints" integer NOT NULL, "contentHash" varchar(64) NOT NULL, "definition" json NOT NULL, "isFrozen" boolean NOT NULL DEFAULT (0), "importedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8f7651d6dda154a113a11bb585" ON "framework_versions" ("code", "version") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_8f7651d6dda154a113a11bb585"`);
        await queryRunner.query(`DROP TABLE "framework_versions"`);
    }

}
