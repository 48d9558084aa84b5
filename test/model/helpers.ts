import { readFileSync } from "node:fs";
import { extract } from "../../src/model/extract.js";
import type { PostmortemDoc } from "../../src/model/types.js";

/** Extracts the model from a fixture under fixtures/model/. */
export function fixture(name: string): PostmortemDoc {
  const file = new URL(`../../fixtures/model/${name}`, import.meta.url);
  return extract(name, readFileSync(file, "utf8"));
}
