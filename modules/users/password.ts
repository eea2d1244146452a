import bcrypt from 'bcryptjs';

const COST = 10;

export const hashPassword = (plain: string): Promise<string> => bcrypt.hash(plain, COST);

export const verifyPassword = (plain: string, hash: string): Promise<boolean> => bcrypt.compare(plain, hash);

/** Compared against when the user name is unknown, so both failures take the same time. */
export const UNKNOWN_USER_HASH = bcrypt.hashSync('dti-no-such-user', COST);
