import { vocabularyOf } from "../config.js";
import { ConfigLookup } from "../config-lookup.js";
import { UserError } from "../errors.js";
import type { Io } from "../io.js";
import { readDocument } from "../files.js";
import { extract } from "../model/extract.js";
import { inspectToJson, formatInspect } from "../reporters/inspect.js";
import { stdinInput } from "./stdin.js";

export default async function inspect(args: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  // The team's vocabulary decides labels, so inspect shows exactly what lint sees.
  const lookup = new ConfigLookup({ cwd: io.cwd });
  const input = await stdinInput(args, options, lookup, io);
  let source = input?.source;
  let config = input?.config;
  if (!source || !config) {
    const file = args[0];
    if (file === undefined) throw new UserError("missing required argument 'file' (or --stdin) (run pm inspect --help for usage)");
    config = lookup.configFor(file);
    source = readDocument(file, io.cwd, typeof options.maxFileSize === "number" ? options.maxFileSize : config.maxFileBytes);
  }
  const doc = extract(source.path, source.text, vocabularyOf(config));
  io.stdout(options.format === "json" ? `${JSON.stringify(inspectToJson(doc), null, 2)}\n` : formatInspect(doc));
  return 0;
}
