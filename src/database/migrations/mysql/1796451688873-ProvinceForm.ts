import { MigrationInterface, QueryRunner } from "typeorm";

export class ProvinceForm1796451688873 implements MigrationInterface {
    name = 'ProvinceForm1796451688873'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`assessment_cycles\` ADD \`references\` json NULL`);
        await queryRunner.query(`ALTER TABLE \`evidence\` ADD \`location\` varchar(500) NULL`);
        await queryRunner.query(`ALTER TABLE \`consolidations\` ADD \`references\` json NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`consolidations\` DROP COLUMN \`references\``);
        await queryRunner.query(`ALTER TABLE \`evidence\` DROP COLUMN \`location\``);
        await queryRunner.query(`ALTER TABLE \`assessment_cycles\` DROP COLUMN \`references\``);
    }

}
