import { MigrationInterface, QueryRunner } from "typeorm";

export class ProvinceForm1796451679335 implements MigrationInterface {
    name = 'ProvinceForm1796451679335'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_e82742efd109e5f5b9074527d4"`);
        await queryRunner.query(`CREATE TABLE "temporary_assessment_cycles" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(40) NOT NULL, "year" integer NOT NULL, "name" varchar(200) NOT NULL, "frameworks" json NOT NULL, "periods" json NOT NULL, "deadlines" json NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "status" varchar(30) NOT NULL DEFAULT ('collecting'), "state" json, "schedule" varchar(20) NOT NULL DEFAULT ('QUARTERLY'), "settings" json, "references" json)`);
        await queryRunner.query(`INSERT INTO "temporary_assessment_cycles"("id", "code", "year", "name", "frameworks", "periods", "deadlines", "createdAt", "version", "status", "state", "schedule", "settings") SELECT "id", "code", "year", "name", "frameworks", "periods", "deadlines", "createdAt", "version", "status", "state", "schedule", "settings" FROM "assessment_cycles"`);
        await queryRunner.query(`DROP TABLE "assessment_cycles"`);
        await queryRunner.query(`ALTER TABLE "temporary_assessment_cycles" RENAME TO "assessment_cycles"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e82742efd109e5f5b9074527d4" ON "assessment_cycles" ("code") `);
        await queryRunner.query(`DROP INDEX "IDX_3daaf3a4eeb344c4cdcbd50235"`);
        await queryRunner.query(`CREATE TABLE "temporary_evidence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "submissionId" integer NOT NULL, "indicatorCode" varchar(20) NOT NULL, "storedName" varchar(100) NOT NULL, "originalName" varchar(255) NOT NULL, "mimeType" varchar(120) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "documentNumber" varchar(100), "documentDate" varchar(10), "issuer" varchar(300), "uploadedById" integer NOT NULL, "uploadedAt" datetime NOT NULL DEFAULT (datetime('now')), "url" varchar(1000), "location" varchar(500))`);
        await queryRunner.query(`INSERT INTO "temporary_evidence"("id", "submissionId", "indicatorCode", "storedName", "originalName", "mimeType", "size", "sha256", "documentNumber", "documentDate", "issuer", "uploadedById", "uploadedAt", "url") SELECT "id", "submissionId", "indicatorCode", "storedName", "originalName", "mimeType", "size", "sha256", "documentNumber", "documentDate", "issuer", "uploadedById", "uploadedAt", "url" FROM "evidence"`);
        await queryRunner.query(`DROP TABLE "evidence"`);
        await queryRunner.query(`ALTER TABLE "temporary_evidence" RENAME TO "evidence"`);
        await queryRunner.query(`CREATE INDEX "IDX_3daaf3a4eeb344c4cdcbd50235" ON "evidence" ("submissionId", "indicatorCode") `);
        await queryRunner.query(`DROP INDEX "IDX_b96ebb24edc5341cd2a818b1a3"`);
        await queryRunner.query(`CREATE TABLE "temporary_consolidations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cycleId" integer NOT NULL, "unitKind" varchar(30) NOT NULL, "run" integer NOT NULL, "frameworkCode" varchar(40) NOT NULL, "frameworkVersion" integer NOT NULL, "notFinal" json NOT NULL, "movements" json NOT NULL, "createdById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "references" json)`);
        await queryRunner.query(`INSERT INTO "temporary_consolidations"("id", "cycleId", "unitKind", "run", "frameworkCode", "frameworkVersion", "notFinal", "movements", "createdById", "createdAt") SELECT "id", "cycleId", "unitKind", "run", "frameworkCode", "frameworkVersion", "notFinal", "movements", "createdById", "createdAt" FROM "consolidations"`);
        await queryRunner.query(`DROP TABLE "consolidations"`);
        await queryRunner.query(`ALTER TABLE "temporary_consolidations" RENAME TO "consolidations"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b96ebb24edc5341cd2a818b1a3" ON "consolidations" ("cycleId", "unitKind", "run") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_b96ebb24edc5341cd2a818b1a3"`);
        await queryRunner.query(`ALTER TABLE "consolidations" RENAME TO "temporary_consolidations"`);
        await queryRunner.query(`CREATE TABLE "consolidations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cycleId" integer NOT NULL, "unitKind" varchar(30) NOT NULL, "run" integer NOT NULL, "frameworkCode" varchar(40) NOT NULL, "frameworkVersion" integer NOT NULL, "notFinal" json NOT NULL, "movements" json NOT NULL, "createdById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`INSERT INTO "consolidations"("id", "cycleId", "unitKind", "run", "frameworkCode", "frameworkVersion", "notFinal", "movements", "createdById", "createdAt") SELECT "id", "cycleId", "unitKind", "run", "frameworkCode", "frameworkVersion", "notFinal", "movements", "createdById", "createdAt" FROM "temporary_consolidations"`);
        await queryRunner.query(`DROP TABLE "temporary_consolidations"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b96ebb24edc5341cd2a818b1a3" ON "consolidations" ("cycleId", "unitKind", "run") `);
        await queryRunner.query(`DROP INDEX "IDX_3daaf3a4eeb344c4cdcbd50235"`);
        await queryRunner.query(`ALTER TABLE "evidence" RENAME TO "temporary_evidence"`);
        await queryRunner.query(`CREATE TABLE "evidence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "submissionId" integer NOT NULL, "indicatorCode" varchar(20) NOT NULL, "storedName" varchar(100) NOT NULL, "originalName" varchar(255) NOT NULL, "mimeType" varchar(120) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "documentNumber" varchar(100), "documentDate" varchar(10), "issuer" varchar(300), "uploadedById" integer NOT NULL, "uploadedAt" datetime NOT NULL DEFAULT (datetime('now')), "url" varchar(1000))`);
        await queryRunner.query(`INSERT INTO "evidence"("id", "submissionId", "indicatorCode", "storedName", "originalName", "mimeType", "size", "sha256", "documentNumber", "documentDate", "issuer", "uploadedById", "uploadedAt", "url") SELECT "id", "submissionId", "indicatorCode", "storedName", "originalName", "mimeType", "size", "sha256", "documentNumber", "documentDate", "issuer", "uploadedById", "uploadedAt", "url" FROM "temporary_evidence"`);
        await queryRunner.query(`DROP TABLE "temporary_evidence"`);
        await queryRunner.query(`CREATE INDEX "IDX_3daaf3a4eeb344c4cdcbd50235" ON "evidence" ("submissionId", "indicatorCode") `);
        await queryRunner.query(`DROP INDEX "IDX_e82742efd109e5f5b9074527d4"`);
        await queryRunner.query(`ALTER TABLE "assessment_cycles" RENAME TO "temporary_assessment_cycles"`);
        await queryRunner.query(`CREATE TABLE "assessment_cycles" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(40) NOT NULL, "year" integer NOT NULL, "name" varchar(200) NOT NULL, "frameworks" json NOT NULL, "periods" json NOT NULL, "deadlines" json NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "status" varchar(30) NOT NULL DEFAULT ('collecting'), "state" json, "schedule" varchar(20) NOT NULL DEFAULT ('QUARTERLY'), "settings" json)`);
        await queryRunner.query(`INSERT INTO "assessment_cycles"("id", "code", "year", "name", "frameworks", "periods", "deadlines", "createdAt", "version", "status", "state", "schedule", "settings") SELECT "id", "code", "year", "name", "frameworks", "periods", "deadlines", "createdAt", "version", "status", "state", "schedule", "settings" FROM "temporary_assessment_cycles"`);
        await queryRunner.query(`DROP TABLE "temporary_assessment_cycles"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e82742efd109e5f5b9074527d4" ON "assessment_cycles" ("code") `);
    }

}
