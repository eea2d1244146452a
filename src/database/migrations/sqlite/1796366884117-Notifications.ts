import { MigrationInterface, QueryRunner } from "typeorm";

export class Notifications1796366884117 implements MigrationInterface {
    name = 'Notifications1796366884117'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "notifications" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "kind" varchar(60) NOT NULL, "title" varchar(300) NOT NULL, "body" varchar(2000) NOT NULL, "link" varchar(300) NOT NULL, "entityType" varchar(40) NOT NULL, "entityId" varchar(40) NOT NULL, "readAt" datetime, "mailedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_eb224d6d3acf40220d84a63720" ON "notifications" ("userId", "readAt") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_eb224d6d3acf40220d84a63720"`);
        await queryRunner.query(`DROP TABLE "notifications"`);
    }

}
