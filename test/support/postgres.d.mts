/** Types of ./postgres.mjs for TypeScript callers (the server's tests). */
export interface PostgresCluster {
  /** postgres://postgres@127.0.0.1:<port>/borgertid, trust authentication. */
  url: string;
  port: number;
  dataDir: string;
  /** Stops the cluster at once (immediate mode) and deletes its directory. */
  stop(): Promise<void>;
}

export function postgresBinDir(): string | undefined;

/** null when PostgreSQL is not installed (after a message), unless CI=true, where that throws. */
export function startPostgres(options?: { quiet?: boolean }): Promise<PostgresCluster | null>;
