import { MigrationInterface, QueryRunner } from "typeorm";

export class SignInLock1796419599135 implements MigrationInterface {
    name = 'SignInLock1796419599135'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_fe0bb3f6520ee0469504521e71"`);
        await queryRunner.query(`CREATE TABLE "temporary_users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(60) NOT NULL, "fullName" varchar(120) NOT NULL, "email" varchar(200), "passwordHash" varchar(100) NOT NULL, "role" varchar(20) NOT NULL, "unitId" integer NOT NULL, "isActive" boolean NOT NULL DEFAULT (1), "isDemo" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "isDeputyHead" boolean NOT NULL DEFAULT (0), "tokenVersion" integer NOT NULL DEFAULT (0), "failedSignIns" integer NOT NULL DEFAULT (0), "lockedUntil" datetime, CONSTRAINT "FK_573707d34e5b3252f03b728b3f5" FOREIGN KEY ("unitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_users"("id", "username", "fullName", "email", "passwordHash", "role", "unitId", "isActive", "isDemo", "createdAt", "updatedAt", "version", "isDeputyHead", "tokenVersion") SELECT "id", "username", "fullName", "email", "passwordHash", "role", "unitId", "isActive", "isDemo", "createdAt", "updatedAt", "version", "isDeputyHead", "tokenVersion" FROM "users"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`ALTER TABLE "temporary_users" RENAME TO "users"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fe0bb3f6520ee0469504521e71" ON "users" ("username") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_fe0bb3f6520ee0469504521e71"`);
        await queryRunner.query(`ALTER TABLE "users" RENAME TO "temporary_users"`);
        await queryRunner.query(`CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(60) NOT NULL, "fullName" varchar(120) NOT NULL, "email" varchar(200), "passwordHash" varchar(100) NOT NULL, "role" varchar(20) NOT NULL, "unitId" integer NOT NULL, "isActive" boolean NOT NULL DEFAULT (1), "isDemo" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "isDeputyHead" boolean NOT NULL DEFAULT (0), "tokenVersion" integer NOT NULL DEFAULT (0), CONSTRAINT "FK_573707d34e5b3252f03b728b3f5" FOREIGN KEY ("unitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "users"("id", "username", "fullName", "email", "passwordHash", "role", "unitId", "isActive", "isDemo", "createdAt", "updatedAt", "version", "isDeputyHead", "tokenVersion") SELECT "id", "username", "fullName", "email", "passwordHash", "role", "unitId", "isActive", "isDemo", "createdAt", "updatedAt", "version", "isDeputyHead", "tokenVersion" FROM "temporary_users"`);
        await queryRunner.query(`DROP TABLE "temporary_users"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fe0bb3f6520ee0469504521e71" ON "users" ("username") `);
    }

}
