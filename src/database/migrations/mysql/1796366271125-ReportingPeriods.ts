import { MigrationInterface, QueryRunner } from "typeorm";

export class ReportingPeriods1796366271125 implements MigrationInterface {
    name = 'ReportingPeriods1796366271125'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`assessment_cycles\` ADD \`schedule\` varchar(20) NOT NULL DEFAULT 'QUARTERLY'`);
        await queryRunner.query(`ALTER TABLE \`assessment_cycles\` ADD \`settings\` json NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`assessment_cycles\` DROP COLUMN \`settings\``);
        await queryRunner.query(`ALTER TABLE \`assessment_cycles\` DROP COLUMN \`schedule\``);
    }

}
