/** One subcommand of `shared-responsibility`: `cli/main.ts` loads it by name, `cli/commands/*` define them. */
export interface Command {
  readonly summary: string;
  readonly run: (argv: readonly string[]) => Promise<number> | number;
}
