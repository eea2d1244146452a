import { MigrationInterface, QueryRunner } from "typeorm";

export class Results1795436869745 implements MigrationInterface {
    name = 'Results1795436869745'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`consolidations\` (\`id\` int NOT NULL AUTO_INCREMENT, \`cycleId\` int NOT NULL, \`unitKind\` varchar(30) NOT NULL, \`run\` int NOT NULL, \`frameworkCode\` varchar(40) NOT NULL, \`frameworkVersion\` int NOT NULL, \`notFinal\` json NOT NULL, \`movements\` json NOT NULL, \`createdById\` int NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_b96ebb24edc5341cd2a818b1a3\` (\`cycleId\`, \`unitKind\`, \`run\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`consolidated_scores\` (\`id\` int NOT NULL AUTO_INCREMENT, \`consolidationId\` int NOT NULL, \`unitId\` int NOT NULL, \`unitCode\` varchar(40) NOT NULL, \`unitName\` varchar(200) NOT NULL, \`rank\` int NOT NULL, \`total\` decimal(8,2) NOT NULL, \`mains\` json NOT NULL, \`indicators\` json NOT NULL, UNIQUE INDEX \`IDX_6bf583f0e7ae6fabd4eee8a1e7\` (\`consolidationId\`, \`unitId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`published_results\` (\`id\` int NOT NULL AUTO_INCREMENT, \`cycleId\` int NOT NULL, \`version\` int NOT NULL, \`runs\` json NOT NULL, \`approvedById\` int NOT NULL, \`approvedAt\` datetime NOT NULL, \`publishedAt\` datetime NULL, \`reason\` varchar(2000) NULL, \`changes\` json NOT NULL, UNIQUE INDEX \`IDX_a1b5ddf65935c6647196925ca9\` (\`cycleId\`, \`version\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`reminders\` (\`id\` int NOT NULL AUTO_INCREMENT, \`key\` varchar(200) NOT NULL, \`kind\` varchar(40) NOT NULL, \`userId\` int NOT NULL, \`email\` varchar(200) NOT NULL, \`subject\` varchar(300) NOT NULL, \`entityType\` varchar(30) NOT NULL, \`entityId\` varchar(40) NOT NULL, \`sentAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_0c7b5f38a007bfc3392375faf7\` (\`key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`ALTER TABLE \`assessment_cycles\` ADD \`status\` varchar(30) NOT NULL DEFAULT 'collecting'`);
        await queryRunner.query(`ALTER TABLE \`assessment_cycles\` ADD \`state\` json NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`assessment_cycles\` DROP COLUMN \`state\``);
        await queryRunner.query(`ALTER TABLE \`assessment_cycles\` DROP COLUMN \`status\``);
        await queryRunner.query(`DROP INDEX \`IDX_0c7b5f38a007bfc3392375faf7\` ON \`reminders\``);
        await queryRunner.query(`DROP TABLE \`reminders\``);
        await queryRunner.query(`DROP INDEX \`IDX_a1b5ddf65935c6647196925ca9\` ON \`published_results\``);
        await queryRunner.query(`DROP TABLE \`published_results\``);
        await queryRunner.query(`DROP INDEX \`IDX_6bf583f0e7ae6fabd4eee8a1e7\` ON \`consolidated_scores\``);
        await queryRunner.query(`DROP TABLE \`consolidated_scores\``);
        await queryRunner.query(`DROP INDEX \`IDX_b96ebb24edc5341cd2a818b1a3\` ON \`consolidations\``);
        await queryRunner.query(`DROP TABLE \`consolidations\``);
    }

}
