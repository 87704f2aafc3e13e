export interface StartedService {
  url?: string;
  port?: number;
  /** Why the service is not available (then no url). */
  skipped?: string;
  stop(): Promise<void>;
  /** Redis only: start it again on the same port. */
  restart?(): Promise<void>;
}
export function freePort(): Promise<number>;
export function startRedis(options?: { install?: boolean }): Promise<StartedService>;
export function startPostgres(options?: { install?: boolean }): Promise<StartedService>;
export function startServices(): Promise<{
  env: Record<string, string>;
  notes: string[];
  stop(): Promise<void>;
}>;
