import { MigrationInterface, QueryRunner } from "typeorm";

export class IndicatorValues1795430214360 implements MigrationInterface {
    name = 'IndicatorValues1795430214360'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`indicator_values\` (\`id\` int NOT NULL AUTO_INCREMENT, \`submissionId\` int NOT NULL, \`indicatorCode\` varchar(20) NOT NULL, \`values\` json NOT NULL, \`notApplicable\` varchar(1000) NULL, \`comment\` varchar(2000) NULL, \`updatedById\` int NOT NULL, \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, UNIQUE INDEX \`IDX_896d981b014d97afb83260a669\` (\`submissionId\`, \`indicatorCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`IDX_896d981b014d97afb83260a669\` ON \`indicator_values\``);
        await queryRunner.query(`DROP TABLE \`indicator_values\``);
    }

}
