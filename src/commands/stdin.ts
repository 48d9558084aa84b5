import type { ResolvedConfig } from "../config.js";
import type { ConfigLookup } from "../config-lookup.js";
import { UserError } from "../errors.js";
import { readStdinDocument, type SourceFile } from "../files.js";
import type { Io } from "../io.js";

/**
 * `--stdin [--stdin-filename PATH]` as lint, inspect and score take it: the text from standard
 * input, the config from PATH's folder (cwd without one); null when --stdin was not given.
 */
export async function stdinInput(args: string[], options: Record<string, unknown>, lookup: ConfigLookup, io: Io): Promise<{ source: SourceFile; config: ResolvedConfig } | null> {
  const filename = typeof options.stdinFilename === "string" ? options.stdinFilename : undefined;
  if (options.stdin !== true) {
    if (filename !== undefined) throw new UserError("--stdin-filename names the document read with --stdin: add --stdin");
    return null;
  }
  if (args.length > 0) throw new UserError(`--stdin reads the document from standard input, so it takes no paths (got ${args.join(" ")}); name it with --stdin-filename`);
  const config = filename === undefined ? lookup.configForFolder(io.cwd) : lookup.configFor(filename);
  if (typeof options.maxFileSize === "number") config.maxFileBytes = options.maxFileSize;
  return { source: await readStdinDocument(io, filename, config.maxFileBytes), config };
}
