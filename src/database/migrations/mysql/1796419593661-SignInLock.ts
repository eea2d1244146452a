import { MigrationInterface, QueryRunner } from "typeorm";

export class SignInLock1796419593661 implements MigrationInterface {
    name = 'SignInLock1796419593661'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`users\` ADD \`failedSignIns\` int NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE \`users\` ADD \`lockedUntil\` datetime NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`users\` DROP COLUMN \`lockedUntil\``);
        await queryRunner.query(`ALTER TABLE \`users\` DROP COLUMN \`failedSignIns\``);
    }

}
