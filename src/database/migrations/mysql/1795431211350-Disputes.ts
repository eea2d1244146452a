import { MigrationInterface, QueryRunner } from "typeorm";

export class Disputes1795431211350 implements MigrationInterface {
    name = 'Disputes1795431211350'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`dispute_items\` (\`id\` int NOT NULL AUTO_INCREMENT, \`submissionId\` int NOT NULL, \`indicatorCode\` varchar(20) NOT NULL, \`explanation\` varchar(4000) NOT NULL, \`outcome\` varchar(10) NOT NULL, \`finalPoints\` decimal(8,2) NULL, \`resolutionReason\` varchar(2000) NULL, \`resolvedById\` int NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, UNIQUE INDEX \`IDX_950f894742c252b6b1f4e82232\` (\`submissionId\`, \`indicatorCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`dispute_messages\` (\`id\` int NOT NULL AUTO_INCREMENT, \`disputeItemId\` int NOT NULL, \`authorId\` int NOT NULL, \`authorRole\` varchar(20) NOT NULL, \`body\` varchar(4000) NOT NULL, \`at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_901b27040cc1887f6e66cfb65d\` (\`disputeItemId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`IDX_901b27040cc1887f6e66cfb65d\` ON \`dispute_messages\``);
        await queryRunner.query(`DROP TABLE \`dispute_messages\``);
        await queryRunner.query(`DROP INDEX \`IDX_950f894742c252b6b1f4e82232\` ON \`dispute_items\``);
        await queryRunner.query(`DROP TABLE \`dispute_items\``);
    }

}
