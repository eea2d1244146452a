import { Init1795427104567 } from './1795427104567-Init.js';

/** In order. A new migration is generated against MariaDB/MySQL and added here (see README). */
export const MYSQL_MIGRATIONS = [Init1795427104567];
