import { MigrationInterface, QueryRunner } from "typeorm";

export class RankingNotSubmitted1796407621436 implements MigrationInterface {
    name = 'RankingNotSubmitted1796407621436'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_6bf583f0e7ae6fabd4eee8a1e7"`);
        await queryRunner.query(`CREATE TABLE "temporary_consolidated_scores" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "consolidationId" integer NOT NULL, "unitId" integer NOT NULL, "unitCode" varchar(40) NOT NULL, "unitName" varchar(200) NOT NULL, "rank" integer NOT NULL, "total" decimal(8,2) NOT NULL, "mains" json NOT NULL, "indicators" json NOT NULL, "notSubmitted" json)`);
        await queryRunner.query(`INSERT INTO "temporary_consolidated_scores"("id", "consolidationId", "unitId", "unitCode", "unitName", "rank", "total", "mains", "indicators") SELECT "id", "consolidationId", "unitId", "unitCode", "unitName", "rank", "total", "mains", "indicators" FROM "consolidated_scores"`);
        await queryRunner.query(`DROP TABLE "consolidated_scores"`);
        await queryRunner.query(`ALTER TABLE "temporary_consolidated_scores" RENAME TO "consolidated_scores"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6bf583f0e7ae6fabd4eee8a1e7" ON "consolidated_scores" ("consolidationId", "unitId") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_6bf583f0e7ae6fabd4eee8a1e7"`);
        await queryRunner.query(`ALTER TABLE "consolidated_scores" RENAME TO "temporary_consolidated_scores"`);
        await queryRunner.query(`CREATE TABLE "consolidated_scores" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "consolidationId" integer NOT NULL, "unitId" integer NOT NULL, "unitCode" varchar(40) NOT NULL, "unitName" varchar(200) NOT NULL, "rank" integer NOT NULL, "total" decimal(8,2) NOT NULL, "mains" json NOT NULL, "indicators" json NOT NULL)`);
        await queryRunner.query(`INSERT INTO "consolidated_scores"("id", "consolidationId", "unitId", "unitCode", "unitName", "rank", "total", "mains", "indicators") SELECT "id", "consolidationId", "unitId", "unitCode", "unitName", "rank", "total", "mains", "indicators" FROM "temporary_consolidated_scores"`);
        await queryRunner.query(`DROP TABLE "temporary_consolidated_scores"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6bf583f0e7ae6fabd4eee8a1e7" ON "consolidated_scores" ("consolidationId", "unitId") `);
    }

}
