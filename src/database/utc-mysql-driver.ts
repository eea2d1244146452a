import mysql2 from 'mysql2';

/**
 * mysql2, with every pooled connection's session pinned to UTC before its first query.
 * `timezone: 'Z'` only tells mysql2 how to convert JS dates; CURRENT_TIMESTAMP (behind every
 * CreateDateColumn) follows the *session* zone, which is the server's (+07:00 in Vietnam) unless
 * set. Passed to TypeORM as its `driver`, so no internal of TypeORM is touched.
 */
export const utcMysqlDriver = {
  ...mysql2,
  createPool(config: Parameters<typeof mysql2.createPool>[0]) {
    const pool = mysql2.createPool(config as never);
    pool.on('connection', (connection) => {
      connection.query("SET time_zone = '+00:00'");
    });
    return pool;
  },
};
