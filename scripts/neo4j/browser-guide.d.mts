// Types of browser-guide.mjs for the TypeScript tests that import it.
export declare const GUIDE_TEMPLATE: string;
export declare const STYLE_FILE: string;
export declare const QUERIES_DIR: string;
export interface QueryFile {
  name: string;
  statement: string;
  /** The `:params {…}` example line, or null when the query takes none. */
  params: string | null;
}
export declare function readQuery(name: string): QueryFile;
export declare function guideTitle(): string;
export declare function renderGuide(origin: string): string;
export interface GuideServer {
  origin: string;
  guideUrl: string;
  styleUrl: string;
  served: string[];
  stop(): Promise<void>;
}
export declare function startGuideServer(options?: { port?: number }): Promise<GuideServer>;
export declare function postConnectCommands(guide: Pick<GuideServer, 'guideUrl' | 'styleUrl'>): string;
