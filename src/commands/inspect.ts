import type { Io } from "../io.js";
import { readDocument } from "../files.js";
import { extract } from "../model/extract.js";
import { inspectToJson, formatInspect } from "../reporters/inspect.js";

export default async function inspect(args: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  const file = args[0]!;
  const source = await readDocument(file, io.cwd);
  const doc = extract(source.path, source.text);
  io.stdout(options.format === "json" ? `${JSON.stringify(inspectToJson(doc), null, 2)}\n` : formatInspect(doc));
  return 0;
}
