import { MigrationInterface, QueryRunner } from "typeorm";

export class DeputyHead1796408024221 implements MigrationInterface {
    name = 'DeputyHead1796408024221'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`users\` ADD \`isDeputyHead\` tinyint NOT NULL DEFAULT 0`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`users\` DROP COLUMN \`isDeputyHead\``);
    }

}
