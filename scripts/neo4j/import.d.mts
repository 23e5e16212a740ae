// Types of import.mjs for the TypeScript tests and benches that import it.
export declare function importCsv(options: {
  dataDir: string;
  argsFile: string;
  heap?: string;
  log?: (line: string) => void;
}): Promise<{ ms: number; output: string; reportFile: string }>;
