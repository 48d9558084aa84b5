import { vocabularyOf } from "../config.js";
import { resolveConfig } from "../config-file.js";
import type { Io } from "../io.js";
import { readDocument } from "../files.js";
import { extract } from "../model/extract.js";
import { inspectToJson, formatInspect } from "../reporters/inspect.js";

export default async function inspect(args: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  const file = args[0]!;
  // The team's vocabulary decides labels, so inspect shows exactly what lint sees.
  const config = resolveConfig(io.cwd);
  const maxBytes = typeof options.maxFileSize === "number" ? options.maxFileSize : config.maxFileBytes;
  const source = readDocument(file, io.cwd, maxBytes);
  const doc = extract(source.path, source.text, vocabularyOf(config));
  io.stdout(options.format === "json" ? `${JSON.stringify(inspectToJson(doc), null, 2)}\n` : formatInspect(doc));
  return 0;
}
