import { MigrationInterface, QueryRunner } from "typeorm";

export class AgencyFiguresEvidenceLinks1796366672793 implements MigrationInterface {
    name = 'AgencyFiguresEvidenceLinks1796366672793'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`agency_figures\` (\`id\` int NOT NULL AUTO_INCREMENT, \`submissionId\` int NOT NULL, \`indicatorCode\` varchar(20) NOT NULL, \`agencyUnitId\` int NOT NULL, \`values\` json NOT NULL, \`note\` varchar(2000) NULL, \`notApplicable\` varchar(1000) NULL, \`updatedById\` int NOT NULL, \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, UNIQUE INDEX \`IDX_d87618c51900f5df70e225925d\` (\`submissionId\`, \`indicatorCode\`, \`agencyUnitId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`ALTER TABLE \`evidence\` ADD \`url\` varchar(1000) NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`evidence\` DROP COLUMN \`url\``);
        await queryRunner.query(`DROP INDEX \`IDX_d87618c51900f5df70e225925d\` ON \`agency_figures\``);
        await queryRunner.query(`DROP TABLE \`agency_figures\``);
    }

}
