// The parts of better-sqlite3 this code uses: the backup, and a spec of SQLite's JSON functions
// (the package ships no types; TypeORM loads it itself).
declare module 'better-sqlite3' {
  interface Database {
    backup(destination: string): Promise<unknown>;
    close(): void;
    prepare(sql: string): { get(...params: unknown[]): unknown };
  }
  const Database: new (path: string, options?: { readonly?: boolean; fileMustExist?: boolean }) => Database;
  export default Database;
}
