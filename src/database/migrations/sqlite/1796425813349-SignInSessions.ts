import { MigrationInterface, QueryRunner } from "typeorm";

export class SignInSessions1796425813349 implements MigrationInterface {
    name = 'SignInSessions1796425813349'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "sign_in_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" integer NOT NULL, "tokenVersion" integer NOT NULL, "secretHash" varchar(64) NOT NULL, "previousSecretHash" varchar(64), "expiresAt" datetime NOT NULL, "revokedAt" datetime, "address" varchar(60), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "refreshedAt" datetime)`);
        await queryRunner.query(`CREATE INDEX "IDX_cb40983c74ae3860eb9bf3b651" ON "sign_in_sessions" ("userId") `);
        await queryRunner.query(`CREATE INDEX "IDX_32e8958315da42c9ac6cd565e4" ON "sign_in_sessions" ("expiresAt") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_32e8958315da42c9ac6cd565e4"`);
        await queryRunner.query(`DROP INDEX "IDX_cb40983c74ae3860eb9bf3b651"`);
        await queryRunner.query(`DROP TABLE "sign_in_sessions"`);
    }

}
