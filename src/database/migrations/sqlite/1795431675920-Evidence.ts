import { MigrationInterface, QueryRunner } from "typeorm";

export class Evidence1795431675920 implements MigrationInterface {
    name = 'Evidence1795431675920'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "evidence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "submissionId" integer NOT NULL, "indicatorCode" varchar(20) NOT NULL, "storedName" varchar(100) NOT NULL, "originalName" varchar(255) NOT NULL, "mimeType" varchar(120) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "documentNumber" varchar(100), "documentDate" varchar(10), "issuer" varchar(300), "uploadedById" integer NOT NULL, "uploadedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_3daaf3a4eeb344c4cdcbd50235" ON "evidence" ("submissionId", "indicatorCode") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_3daaf3a4eeb344c4cdcbd50235"`);
        await queryRunner.query(`DROP TABLE "evidence"`);
    }

}
