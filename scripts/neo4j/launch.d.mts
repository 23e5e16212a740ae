// Types of launch.mjs for the TypeScript tests and benches that import it.
export declare const PROJECT_ROOT: string;
export declare function hasJavaAndMaven(): boolean;
export declare function resolveClasspath(options?: { quiet?: boolean }): string;
export declare function freePort(): Promise<number>;
export interface StartOptions {
  port?: number;
  httpPort?: number;
  /** Port of the Browser guide server (with HTTP on); 0 or absent: any free port. */
  guidePort?: number;
  dataDir?: string;
  password: string;
  heap?: string;
  timeoutMs?: number;
  log?: (line: string) => void;
}
export interface RunningNeo4j {
  uri: string;
  user: string;
  password: string;
  httpUrl: string | null;
  /** The guide and style Browser loads on connect (null with HTTP off). */
  guideUrl: string | null;
  styleUrl: string | null;
  /** Paths the guide server has served so far, in order. */
  guideRequests: string[];
  startMs: number;
  pid: number | undefined;
  stop(): Promise<void>;
}
export declare function startNeo4j(options: StartOptions): Promise<RunningNeo4j>;
