export declare const POSTGRES_BIN: string;
export declare function ensurePostgres(): boolean;
export type PostgresServer = {
  port: number;
  dir: string;
  url(database?: string): string;
  stop(options?: { keep?: boolean }): void;
  stopOnly(): void;
  startOnly(): void;
  psql(sqlText: string, database?: string): string;
};
export declare function startPostgres(options?: { port?: number; durable?: boolean }): Promise<PostgresServer>;
