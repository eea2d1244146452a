import { MigrationInterface, QueryRunner } from "typeorm";

export class SignInSessions1796425831413 implements MigrationInterface {
    name = 'SignInSessions1796425831413'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`sign_in_sessions\` (\`id\` varchar(36) NOT NULL, \`userId\` int NOT NULL, \`tokenVersion\` int NOT NULL, \`secretHash\` varchar(64) NOT NULL, \`previousSecretHash\` varchar(64) NULL, \`expiresAt\` datetime NOT NULL, \`revokedAt\` datetime NULL, \`address\` varchar(60) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`refreshedAt\` datetime NULL, INDEX \`IDX_cb40983c74ae3860eb9bf3b651\` (\`userId\`), INDEX \`IDX_32e8958315da42c9ac6cd565e4\` (\`expiresAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`IDX_32e8958315da42c9ac6cd565e4\` ON \`sign_in_sessions\``);
        await queryRunner.query(`DROP INDEX \`IDX_cb40983c74ae3860eb9bf3b651\` ON \`sign_in_sessions\``);
        await queryRunner.query(`DROP TABLE \`sign_in_sessions\``);
    }

}
