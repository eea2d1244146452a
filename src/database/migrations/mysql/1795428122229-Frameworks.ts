import { MigrationInterface, QueryRunner } from "typeorm";

export class Frameworks1795428122229 implements MigrationInterface {
    name = 'Frameworks1795428122229'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`framework_versions\` (\`id\` int NOT NULL AUTO_INCREMENT, \`code\` varchar(40) NOT NULL, \`version\` int NOT NULL, \`name\` varchar(300) NOT NULL, \`unitKind\` varchar(20) NOT NULL, \`maxPoints\` int NOT NULL, \`contentHash\` varchar(64) NOT NULL, \`definition\` json NOT NULL, \`isFrozen\` tinyint NOT NULL DEFAULT 0, \`importedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_8f7651d6dda154a113a11bb585\` (\`code\`, \`version\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`IDX_8f7651d6dda154a113a11bb585\` ON \`framework_versions\``);
        await queryRunner.query(`DROP TABLE \`framework_versions\``);
    }

}
