// The shape every subcommand module has (see main.ts).
export interface Command {
  /** Shown by `cadregraph <command> --help`. */
  help: string;
  /** Runs the command with its arguments; resolves to the exit status. */
  run(argv: string[]): Promise<number>;
}
