/** Everything a command may touch outside its arguments, so tests can run `main` in-process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether standard input and output are an interactive terminal (prompts need both). */
  isTTY: boolean;
  /** Whether stdout is a terminal: colours only go to terminals. */
  stdoutIsTTY: boolean;
  /** Terminal width, for tables that should fit the screen. */
  columns: number;
  /** All of standard input (--stdin); absent where there is none to read. */
  readStdin?: () => Promise<Uint8Array>;
}

export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    // $COLUMNS lets a pipe or CI log ask for a width; a terminal reports its own.
    columns: process.stdout.columns || Number(process.env.COLUMNS) || 100,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}
