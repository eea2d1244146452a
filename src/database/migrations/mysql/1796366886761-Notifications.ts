import { MigrationInterface, QueryRunner } from "typeorm";

export class Notifications1796366886761 implements MigrationInterface {
    name = 'Notifications1796366886761'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`notifications\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NOT NULL, \`kind\` varchar(60) NOT NULL, \`title\` varchar(300) NOT NULL, \`body\` varchar(2000) NOT NULL, \`link\` varchar(300) NOT NULL, \`entityType\` varchar(40) NOT NULL, \`entityId\` varchar(40) NOT NULL, \`readAt\` datetime NULL, \`mailedAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_eb224d6d3acf40220d84a63720\` (\`userId\`, \`readAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`IDX_eb224d6d3acf40220d84a63720\` ON \`notifications\``);
        await queryRunner.query(`DROP TABLE \`notifications\``);
    }

}
