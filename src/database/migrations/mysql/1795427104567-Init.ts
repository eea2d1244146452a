import { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795427104567 implements MigrationInterface {
    name = 'Init1795427104567'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`audit_entries\` (\`id\` int NOT NULL AUTO_INCREMENT, \`at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`actorId\` int NULL, \`actorRole\` varchar(20) NULL, \`actorUnitId\` int NULL, \`action\` varchar(60) NOT NULL, \`entityType\` varchar(40) NOT NULL, \`entityId\` varchar(40) NOT NULL, \`before\` text NULL, \`after\` text NULL, \`reason\` varchar(1000) NULL, INDEX \`IDX_5b7e4c3d44efb78209b378b416\` (\`entityType\`, \`entityId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`units\` (\`id\` int NOT NULL AUTO_INCREMENT, \`code\` varchar(40) NOT NULL, \`name\` varchar(200) NOT NULL, \`kind\` varchar(20) NOT NULL, \`parentId\` int NULL, \`isSourceAgency\` tinyint NOT NULL DEFAULT 0, \`isReviewingAgency\` tinyint NOT NULL DEFAULT 0, \`isActive\` tinyint NOT NULL DEFAULT 1, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, UNIQUE INDEX \`IDX_47635c1ab22d02fc3ebae3608b\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`users\` (\`id\` int NOT NULL AUTO_INCREMENT, \`username\` varchar(60) NOT NULL, \`fullName\` varchar(120) NOT NULL, \`email\` varchar(200) NULL, \`passwordHash\` varchar(100) NOT NULL, \`role\` varchar(20) NOT NULL, \`unitId\` int NOT NULL, \`isActive\` tinyint NOT NULL DEFAULT 1, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL, UNIQUE INDEX \`IDX_fe0bb3f6520ee0469504521e71\` (\`username\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`ALTER TABLE \`users\` ADD CONSTRAINT \`FK_573707d34e5b3252f03b728b3f5\` FOREIGN KEY (\`unitId\`) REFERENCES \`units\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`users\` DROP FOREIGN KEY \`FK_573707d34e5b3252f03b728b3f5\``);
        await queryRunner.query(`DROP INDEX \`IDX_fe0bb3f6520ee0469504521e71\` ON \`users\``);
        await queryRunner.query(`DROP TABLE \`users\``);
        await queryRunner.query(`DROP INDEX \`IDX_47635c1ab22d02fc3ebae3608b\` ON \`units\``);
        await queryRunner.query(`DROP TABLE \`units\``);
        await queryRunner.query(`DROP INDEX \`IDX_5b7e4c3d44efb78209b378b416\` ON \`audit_entries\``);
        await queryRunner.query(`DROP TABLE \`audit_entries\``);
    }

}
