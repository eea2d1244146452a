import { MigrationInterface, QueryRunner } from "typeorm";

export class Cycles1795430099810 implements MigrationInterface {
    name = 'Cycles1795430099810'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`assessment_cycles\` (\`id\` int NOT NULL AUTO_INCREMENT, \`code\` varchar(40) NOT NULL, \`year\` int NOT NULL, \`name\` varchar(200) NOT NULL, \`frameworks\` json NOT NULL, \`periods\` json NOT NULL, \`deadlines\` json NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, UNIQUE INDEX \`IDX_e82742efd109e5f5b9074527d4\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`submissions\` (\`id\` int NOT NULL AUTO_INCREMENT, \`cycleId\` int NOT NULL, \`unitId\` int NOT NULL, \`period\` varchar(10) NOT NULL, \`frameworkCode\` varchar(40) NOT NULL, \`frameworkVersion\` int NOT NULL, \`status\` varchar(30) NOT NULL, \`state\` json NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, INDEX \`IDX_7634b767790629b627e873c8c7\` (\`unitId\`), UNIQUE INDEX \`IDX_646c9bb4343b745fc61bf3f175\` (\`cycleId\`, \`unitId\`, \`period\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`IDX_646c9bb4343b745fc61bf3f175\` ON \`submissions\``);
        await queryRunner.query(`DROP INDEX \`IDX_7634b767790629b627e873c8c7\` ON \`submissions\``);
        await queryRunner.query(`DROP TABLE \`submissions\``);
        await queryRunner.query(`DROP INDEX \`IDX_e82742efd109e5f5b9074527d4\` ON \`assessment_cycles\``);
        await queryRunner.query(`DROP TABLE \`assessment_cycles\``);
    }

}
