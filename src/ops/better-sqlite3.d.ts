// The part of better-sqlite3 the backup uses (the package ships no types; TypeORM loads it itself).
declare module 'better-sqlite3' {
  interface Database {
    backup(destination: string): Promise<unknown>;
    close(): void;
  }
  const Database: new (path: string, options?: { readonly?: boolean; fileMustExist?: boolean }) => Database;
  export default Database;
}
