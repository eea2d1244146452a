import { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795427091543 implements MigrationInterface {
    name = 'Init1795427091543'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_entries" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime NOT NULL DEFAULT (datetime('now')), "actorId" integer, "actorRole" varchar(20), "actorUnitId" integer, "action" varchar(60) NOT NULL, "entityType" varchar(40) NOT NULL, "entityId" varchar(40) NOT NULL, "before" text, "after" text, "reason" varchar(1000))`);
        await queryRunner.query(`CREATE INDEX "IDX_5b7e4c3d44efb78209b378b416" ON "audit_entries" ("entityType", "entityId") `);
        await queryRunner.query(`CREATE TABLE "units" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(40) NOT NULL, "name" varchar(200) NOT NULL, "kind" varchar(20) NOT NULL, "parentId" integer, "isSourceAgency" boolean NOT NULL DEFAULT (0), "isReviewingAgency" boolean NOT NULL DEFAULT (0), "isActive" boolean NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_47635c1ab22d02fc3ebae3608b" ON "units" ("code") `);
        await queryRunner.query(`CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(60) NOT NULL, "fullName" varchar(120) NOT NULL, "email" varchar(200), "passwordHash" varchar(100) NOT NULL, "role" varchar(20) NOT NULL, "unitId" integer NOT NULL, "isActive" boolean NOT NULL DEFAULT (1), "isDemo" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fe0bb3f6520ee0469504521e71" ON "users" ("username") `);
        await queryRunner.query(`DROP INDEX "IDX_fe0bb3f6520ee0469504521e71"`);
        await queryRunner.query(`CREATE TABLE "temporary_users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(60) NOT NULL, "fullName" varchar(120) NOT NULL, "email" varchar(200), "passwordHash" varchar(100) NOT NULL, "role" varchar(20) NOT NULL, "unitId" integer NOT NULL, "isActive" boolean NOT NULL DEFAULT (1), "isDemo" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, CONSTRAINT "FK_573707d34e5b3252f03b728b3f5" FOREIGN KEY ("unitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_users"("id", "username", "fullName", "email", "passwordHash", "role", "unitId", "isActive", "isDemo", "createdAt", "updatedAt", "version") SELECT "id", "username", "fullName", "email", "passwordHash", "role", "unitId", "isActive", "isDemo", "createdAt", "updatedAt", "version" FROM "users"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`ALTER TABLE "temporary_users" RENAME TO "users"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fe0bb3f6520ee0469504521e71" ON "users" ("username") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_fe0bb3f6520ee0469504521e71"`);
        await queryRunner.query(`ALTER TABLE "users" RENAME TO "temporary_users"`);
        await queryRunner.query(`CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(60) NOT NULL, "fullName" varchar(120) NOT NULL, "email" varchar(200), "passwordHash" varchar(100) NOT NULL, "role" varchar(20) NOT NULL, "unitId" integer NOT NULL, "isActive" boolean NOT NULL DEFAULT (1), "isDemo" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`);
        await queryRunner.query(`INSERT INTO "users"("id", "username", "fullName", "email", "passwordHash", "role", "unitId", "isActive", "isDemo", "createdAt", "updatedAt", "version") SELECT "id", "username", "fullName", "email", "passwordHash", "role", "unitId", "isActive", "isDemo", "createdAt", "updatedAt", "version" FROM "temporary_users"`);
        await queryRunner.query(`DROP TABLE "temporary_users"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fe0bb3f6520ee0469504521e71" ON "users" ("username") `);
        await queryRunner.query(`DROP INDEX "IDX_fe0bb3f6520ee0469504521e71"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP INDEX "IDX_47635c1ab22d02fc3ebae3608b"`);
        await queryRunner.query(`DROP TABLE "units"`);
        await queryRunner.query(`DROP INDEX "IDX_5b7e4c3d44efb78209b378b416"`);
        await queryRunner.query(`DROP TABLE "audit_entries"`);
    }

}
