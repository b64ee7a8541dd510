/** Where a command writes and what it reads from its surroundings; injected so tests run in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The project folder (data/ and the default state folder live here). */
  readonly rootDir: string;
  readonly cwd: string;
  /** Whether stderr is a terminal (progress lines are redrawn only there). */
  readonly interactive: boolean;
}
