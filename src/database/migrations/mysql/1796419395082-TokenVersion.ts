import { MigrationInterface, QueryRunner } from "typeorm";

export class TokenVersion1796419395082 implements MigrationInterface {
    name = 'TokenVersion1796419395082'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`users\` ADD \`tokenVersion\` int NOT NULL DEFAULT '0'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`users\` DROP COLUMN \`tokenVersion\``);
    }

}
