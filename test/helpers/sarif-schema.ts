import { readFileSync } from "node:fs";
import ajvDraft04 from "ajv-draft-04";

const Ajv04 = ajvDraft04.default;

const schema = JSON.parse(readFileSync(new URL("../vendor/sarif-2.1.0-rtm.5.json", import.meta.url), "utf8"));

/** Validates against the vendored SARIF 2.1.0 schema (see test/vendor/README.md). */
// The schema has a language-tag pattern that is only valid as a non-Unicode regular expression.
export const validateSarif = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
