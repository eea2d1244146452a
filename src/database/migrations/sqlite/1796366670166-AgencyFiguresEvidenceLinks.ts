import { MigrationInterface, QueryRunner } from "typeorm";

export class AgencyFiguresEvidenceLinks1796366670166 implements MigrationInterface {
    name = 'AgencyFiguresEvidenceLinks1796366670166'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "agency_figures" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "submissionId" integer NOT NULL, "indicatorCode" varchar(20) NOT NULL, "agencyUnitId" integer NOT NULL, "values" json NOT NULL, "note" varchar(2000), "notApplicable" varchar(1000), "updatedById" integer NOT NULL, "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d87618c51900f5df70e225925d" ON "agency_figures" ("submissionId", "indicatorCode", "agencyUnitId") `);
        await queryRunner.query(`DROP INDEX "IDX_3daaf3a4eeb344c4cdcbd50235"`);
        await queryRunner.query(`CREATE TABLE "temporary_evidence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "submissionId" integer NOT NULL, "indicatorCode" varchar(20) NOT NULL, "storedName" varchar(100) NOT NULL, "originalName" varchar(255) NOT NULL, "mimeType" varchar(120) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "documentNumber" varchar(100), "documentDate" varchar(10), "issuer" varchar(300), "uploadedById" integer NOT NULL, "uploadedAt" datetime NOT NULL DEFAULT (datetime('now')), "url" varchar(1000))`);
        await queryRunner.query(`INSERT INTO "temporary_evidence"("id", "submissionId", "indicatorCode", "storedName", "originalName", "mimeType", "size", "sha256", "documentNumber", "documentDate", "issuer", "uploadedById", "uploadedAt") SELECT "id", "submissionId", "indicatorCode", "storedName", "originalName", "mimeType", "size", "sha256", "documentNumber", "documentDate", "issuer", "uploadedById", "uploadedAt" FROM "evidence"`);
        await queryRunner.query(`DROP TABLE "evidence"`);
        await queryRunner.query(`ALTER TABLE "temporary_evidence" RENAME TO "evidence"`);
        await queryRunner.query(`CREATE INDEX "IDX_3daaf3a4eeb344c4cdcbd50235" ON "evidence" ("submissionId", "indicatorCode") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_3daaf3a4eeb344c4cdcbd50235"`);
        await queryRunner.query(`ALTER TABLE "evidence" RENAME TO "temporary_evidence"`);
        await queryRunner.query(`CREATE TABLE "evidence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "submissionId" integer NOT NULL, "indicatorCode" varchar(20) NOT NULL, "storedName" varchar(100) NOT NULL, "originalName" varchar(255) NOT NULL, "mimeType" varchar(120) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "documentNumber" varchar(100), "documentDate" varchar(10), "issuer" varchar(300), "uploadedById" integer NOT NULL, "uploadedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`INSERT INTO "evidence"("id", "submissionId", "indicatorCode", "storedName", "originalName", "mimeType", "size", "sha256", "documentNumber", "documentDate", "issuer", "uploadedById", "uploadedAt") SELECT "id", "submissionId", "indicatorCode", "storedName", "originalName", "mimeType", "size", "sha256", "documentNumber", "documentDate", "issuer", "uploadedById", "uploadedAt" FROM "temporary_evidence"`);
        await queryRunner.query(`DROP TABLE "temporary_evidence"`);
        await queryRunner.query(`CREATE INDEX "IDX_3daaf3a4eeb344c4cdcbd50235" ON "evidence" ("submissionId", "indicatorCode") `);
        await queryRunner.query(`DROP INDEX "IDX_d87618c51900f5df70e225925d"`);
        await queryRunner.query(`DROP TABLE "agency_figures"`);
    }

}
