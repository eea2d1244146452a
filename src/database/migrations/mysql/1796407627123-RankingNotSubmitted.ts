import { MigrationInterface, QueryRunner } from "typeorm";

export class RankingNotSubmitted1796407627123 implements MigrationInterface {
    name = 'RankingNotSubmitted1796407627123'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`consolidated_scores\` ADD \`notSubmitted\` json NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`consolidated_scores\` DROP COLUMN \`notSubmitted\``);
    }

}
