import { MigrationInterface, QueryRunner } from "typeorm";

export class VerifiedScores1795430852768 implements MigrationInterface {
    name = 'VerifiedScores1795430852768'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`verified_scores\` (\`id\` int NOT NULL AUTO_INCREMENT, \`submissionId\` int NOT NULL, \`indicatorCode\` varchar(20) NOT NULL, \`selfPoints\` decimal(8,2) NULL, \`verifiedPoints\` decimal(8,2) NULL, \`accepted\` tinyint NOT NULL, \`reason\` varchar(2000) NULL, \`reviewerId\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, UNIQUE INDEX \`IDX_29a745d98c2e115f42762222a5\` (\`submissionId\`, \`indicatorCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`IDX_29a745d98c2e115f42762222a5\` ON \`verified_scores\``);
        await queryRunner.query(`DROP TABLE \`verified_scores\``);
    }

}
