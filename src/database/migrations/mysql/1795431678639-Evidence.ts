import { MigrationInterface, QueryRunner } from "typeorm";

export class Evidence1795431678639 implements MigrationInterface {
    name = 'Evidence1795431678639'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`evidence\` (\`id\` int NOT NULL AUTO_INCREMENT, \`submissionId\` int NOT NULL, \`indicatorCode\` varchar(20) NOT NULL, \`storedName\` varchar(100) NOT NULL, \`originalName\` varchar(255) NOT NULL, \`mimeType\` varchar(120) NOT NULL, \`size\` int NOT NULL, \`sha256\` varchar(64) NOT NULL, \`documentNumber\` varchar(100) NULL, \`documentDate\` varchar(10) NULL, \`issuer\` varchar(300) NULL, \`uploadedById\` int NOT NULL, \`uploadedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_3daaf3a4eeb344c4cdcbd50235\` (\`submissionId\`, \`indicatorCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`IDX_3daaf3a4eeb344c4cdcbd50235\` ON \`evidence\``);
        await queryRunner.query(`DROP TABLE \`evidence\``);
    }

}
