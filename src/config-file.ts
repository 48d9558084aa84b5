/**
 * Config files: found from the working directory upwards, checked against the JSON Schema that
 * ships with pm (schema/pmrc.schema.json, the same file editors use), and merged over the defaults.
 * Every mistake is reported with the file, line and column it is on.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Ajv, ErrorObject } from "ajv";
import { ajv, yaml } from "./vendored.js";
import type { Document, Node as YamlNode } from "yaml";
import { defaultConfig, isDirectory, type ResolvedConfig } from "./config.js";
import { closest } from "./did-you-mean.js";
import { UserError, UserErrors } from "./errors.js";
import { displayPath, describeFsError } from "./files.js";
import type { RequiredSection, Severity } from "./lint/types.js";
import type { SectionKind } from "./model/types.js";
import type { VocabularyWords } from "./model/vocabulary.js";
import { presetSeverities, type PresetName } from "./presets.js";
import { rules as registeredRules } from "./rules/index.js";

/** Looked for in each directory from the working directory up to the root; the first found wins. */
export const CONFIG_FILE_NAMES = [".pmrc.yaml", ".pmrc.yml", "pm.config.yaml", "package.json"] as const;

export const SCHEMA_URL = new URL("../schema/pmrc.schema.json", import.meta.url);

/** One mistake in a config file, where it is. */
export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Config mistakes, one per line as `file:line:column: message`; exit 2 like any usage error. */
export class ConfigError extends UserErrors {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map((problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`));
    this.name = "ConfigError";
  }
}

/** The settings as written in a config file, after validation. */
interface ConfigShape {
  root?: boolean;
  extends?: PresetName | PresetName[];
  ignores?: string[];
  postmortems?: string;
  templates?: string;
  rules?: Record<string, Severity | 0 | 1 | 2 | [Severity | 0 | 1 | 2] | [Severity | 0 | 1 | 2, Record<string, unknown>]>;
  vocabulary?: Partial<VocabularyWords>;
  requiredSections?: { default?: SectionEntry[]; templates?: Record<string, SectionEntry[]> };
}

type SectionEntry = SectionKind | RequiredSection;

/** The nearest config file at or above the directory, or null. */
export function findConfigFile(directory: string): string | null {
  for (let current = path.resolve(directory); ; current = path.dirname(current)) {
    const file = configFileIn(current);
    if (file !== null || path.dirname(current) === current) return file;
  }
}

/** The config file in one folder, if any; a package.json counts only with a "pm" key. */
export function configFileIn(folder: string): string | null {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(folder, name);
    if (!existsSync(candidate)) continue;
    if (name !== "package.json" || packageJsonHasPm(candidate)) return candidate;
  }
  return null;
}

function packageJsonHasPm(file: string): boolean {
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as unknown;
    return typeof data === "object" && data !== null && "pm" in data;
  } catch {
    // A broken package.json is npm's business, not a pm config.
    return false;
  }
}

/** One config file, read and checked, ready to be merged with the ones above it. */
export interface ConfigLayer {
  file: string;
  /** Whether the file says `root: true`: config files above it do not apply. */
  root: boolean;
  data: ConfigShape;
  source: ConfigSource;
}

/** Reads and validates one config file; every mistake in it is reported at once (ConfigError). */
export function readConfigLayer(file: string, cwd: string): ConfigLayer {
  const shown = displayPath(file, cwd);
  let text: string;
  try {
    if (statSync(file).isDirectory()) throw new UserError(`${shown}: is a directory, not a config file`);
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${shown}: cannot read the config file: ${describeFsError(error)}`);
  }
  const source = new ConfigSource(shown, text, path.basename(file) === "package.json" ? ["pm"] : []);
  const data = source.data() as ConfigShape;
  source.validate(data);
  return { file, root: data.root === true, data, source };
}

/** One config file alone over the defaults (--config FILE). */
export function loadConfigFile(file: string, cwd: string): ResolvedConfig {
  return mergeLayers([readConfigLayer(file, cwd)]);
}

/** Config files merged over the defaults, farthest first: a nearer file's settings win, ignores add up. */
export function mergeLayers(farthestFirst: ConfigLayer[]): ResolvedConfig {
  const config = defaultConfig();
  for (const layer of farthestFirst) mergeInto(config, layer.data, layer.source, path.dirname(layer.file));
  config.files = farthestFirst.map((layer) => layer.source.shown).reverse();
  return config;
}

/** A parsed config file that can say where any of its values is written. */
class ConfigSource {
  readonly lines = new (yaml().LineCounter)();
  readonly document: Document;

  constructor(
    readonly shown: string,
    text: string,
    /** Where pm's settings sit inside the file: ["pm"] in package.json. */
    readonly prefix: string[],
  ) {
    // JSON is YAML, so package.json goes through the same parser and keeps its positions.
    this.document = yaml().parseDocument(text, { lineCounter: this.lines, prettyErrors: false });
    const problems = this.document.errors.map((error) => {
      const at = this.lines.linePos(error.pos[0]);
      return { file: shown, line: at.line, column: at.col, message: error.message.split("\n")[0]! };
    });
    if (problems.length > 0) throw new ConfigError(problems);
  }

  data(): unknown {
    const whole = this.document.toJS() as unknown;
    const value = this.prefix.reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), whole);
    if (value === null || value === undefined) return {};
    return value;
  }

  /** Line and column of the value at the path, or of its key (which reads better for unknown keys); the nearest existing parent otherwise. */
  where(pathTo: Array<string | number>, atKey = false): { line: number; column: number } {
    const full = [...this.prefix, ...pathTo];
    let node: unknown = this.document.contents;
    let found = node as YamlNode | null;
    for (const [index, key] of full.entries()) {
      if (yaml().isMap(node)) {
        const pair = node.items.find((item) => yaml().isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) break;
        found = ((index === full.length - 1 && atKey) || !pair.value ? pair.key : pair.value) as YamlNode;
        node = pair.value;
      } else if (yaml().isSeq(node)) {
        const item = node.items[Number(key)];
        if (!item) break;
        found = item as YamlNode;
        node = item;
      } else break;
    }
    const position = this.lines.linePos(found?.range?.[0] ?? 0);
    return { line: position.line, column: position.col };
  }

  problem(pathTo: Array<string | number>, message: string, atKey = false): ConfigProblem {
    return { file: this.shown, ...this.where(pathTo, atKey), message };
  }

  validate(data: unknown): void {
    const problems: ConfigProblem[] = [];
    const validateSchema = schemaValidator();
    if (!validateSchema(data)) problems.push(...describeSchemaErrors(validateSchema.errors ?? [], data, this));
    problems.push(...this.checkRules(data));
    if (problems.length > 0) throw new ConfigError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  }

  /** Rule ids are checked against the rules pm has, which the schema can't know about from a plugin or a newer pm. */
  private checkRules(data: unknown): ConfigProblem[] {
    const rules = (data as ConfigShape).rules;
    if (!rules || typeof rules !== "object" || Array.isArray(rules)) return [];
    const known = registeredRules.map((rule) => rule.meta.id);
    return Object.keys(rules)
      .filter((id) => !known.includes(id))
      .map((id) => {
        const guess = closest(id, known);
        return this.problem(["rules", id], `unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ""}; run pm rules to list them`, true);
      });
  }
}

let compiledSchema: ReturnType<Ajv["compile"]> | null = null;

function schemaValidator(): ReturnType<Ajv["compile"]> {
  if (!compiledSchema) {
    const schema = JSON.parse(readFileSync(SCHEMA_URL, "utf8")) as Record<string, unknown>;
    const { Ajv: AjvClass } = ajv();
    compiledSchema = new AjvClass({ allErrors: true, strict: false, verbose: true }).compile(schema);
  }
  return compiledSchema;
}

/** Ajv's errors as one message per mistake, in words a config author understands. */
function describeSchemaErrors(errors: ErrorObject[], data: unknown, source: ConfigSource): ConfigProblem[] {
  // An anyOf that failed explains itself; the failures of each of its branches (at or below it) would only confuse.
  // A mapping that was meant as the mapping branch is explained by that branch's own errors (a missing "kinds").
  const valueAt = (instancePath: string) =>
    instancePath.split("/").slice(1).map(unescapePointer).reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
  const isMapping = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value);
  const alternatives = errors.filter((error) => error.keyword === "anyOf").map((error) => error.instancePath);
  const relevant = errors.filter((error) => {
    const inAlternative = alternatives.find((at) => error.instancePath === at || error.instancePath.startsWith(`${at}/`));
    if (inAlternative === undefined) return true;
    if (isMapping(valueAt(inAlternative))) return error.keyword !== "anyOf" && (error.instancePath !== inAlternative || (error.keyword !== "enum" && error.keyword !== "type"));
    return error.keyword === "anyOf";
  });
  const seen = new Set<string>();
  const problems: ConfigProblem[] = [];
  for (const error of relevant) {
    const pathTo = error.instancePath.split("/").slice(1).map(unescapePointer);
    const value = valueAt(error.instancePath);
    const name = pathTo.length > 0 ? pathTo.map((part, index) => (/^\d+$/.test(part) ? `[${part}]` : index > 0 ? `.${part}` : part)).join("") : "the config";
    let problem: ConfigProblem;
    switch (error.keyword) {
      case "additionalProperties": {
        const key = (error.params as { additionalProperty: string }).additionalProperty;
        const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((k) => k !== "$schema");
        const guess = closest(key, allowed);
        problem = source.problem([...pathTo, key], `unknown key "${key}" in ${name}${guess ? ` (did you mean "${guess}"?)` : ""}; expected one of: ${allowed.join(", ")}`, true);
        break;
      }
      case "enum": {
        const allowedValues = (error.params as { allowedValues: unknown[] }).allowedValues;
        const guess = typeof value === "string" ? closest(value, allowedValues.map(String)) : null;
        const hint = guess ? `did you mean "${guess}"?` : `expected one of: ${allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
        problem = source.problem(pathTo, `${name} is ${JSON.stringify(value)}; ${hint}`);
        break;
      }
      case "anyOf": {
        const expected = (error.parentSchema as { description?: string } | undefined)?.description ?? "a valid value";
        const allowed = errors
          .filter((other) => other.keyword === "enum" && other.instancePath === error.instancePath)
          .flatMap((other) => (other.params as { allowedValues: unknown[] }).allowedValues.map(String));
        const guess = typeof value === "string" ? closest(value, allowed) : null;
        problem = source.problem(pathTo, `${name} is ${JSON.stringify(value)}; expected ${expected}${guess ? ` (did you mean "${guess}"?)` : ""}`);
        break;
      }
      case "type": {
        const type = (error.params as { type: string }).type;
        const words: Record<string, string> = { array: "a list", object: "a mapping (key: value)", string: "text", number: "a number" };
        problem = source.problem(pathTo, `${name} must be ${words[type] ?? type}, not ${describeValue(value)}`);
        break;
      }
      case "required":
        problem = source.problem(pathTo, `${name} needs "${(error.params as { missingProperty: string }).missingProperty}"`);
        break;
      case "minLength":
      case "minItems":
        problem = source.problem(pathTo, `${name} must not be empty`);
        break;
      case "maxItems":
        problem = source.problem(pathTo, `${name} has too many items: only blameless-language takes options ([severity, { allow: [...] }]); write just the severity`);
        break;
      case "uniqueItems":
        problem = source.problem(pathTo, `${name} lists the same value twice`);
        break;
      default:
        problem = source.problem(pathTo, `${name} ${error.message ?? "is not valid"}`);
    }
    const key = `${problem.line}:${problem.column}:${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

function unescapePointer(part: string): string {
  return part.replace(/~1/g, "/").replace(/~0/g, "~");
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "empty";
  if (typeof value === "object") return "a mapping";
  return JSON.stringify(value);
}

const SEVERITY_NUMBERS: Record<number, Severity> = { 0: "off", 1: "warn", 2: "error" };

function severityOf(entry: NonNullable<ConfigShape["rules"]>[string]): Severity {
  const value = Array.isArray(entry) ? entry[0] : entry;
  return typeof value === "number" ? SEVERITY_NUMBERS[value]! : value;
}

/** How messages name a section given as a bare kind: "contributing-factors" is "Contributing factors". */
export function sectionName(kind: string): string {
  const words = kind.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function toSections(entries: SectionEntry[]): RequiredSection[] {
  return entries.map((entry) => (typeof entry === "string" ? { name: sectionName(entry), kinds: [entry] } : { name: entry.name, kinds: entry.kinds }));
}

/** A config file's validated settings over what `config` holds so far, remembering where each one was written. */
function mergeInto(config: ResolvedConfig, data: ConfigShape, source: ConfigSource, base: string): void {
  config.file = source.shown;
  const from = (pathTo: Array<string | number>) => `${source.shown}:${source.where(pathTo).line}`;
  if (data.extends !== undefined) {
    const presets = Array.isArray(data.extends) ? data.extends : [data.extends];
    for (const preset of presets) {
      for (const [id, severity] of Object.entries(presetSeverities(preset))) {
        config.rules[id] = severity;
        config.sources[`rules.${id}`] = `extends ${preset} (${from(["extends"])})`;
      }
    }
  }
  if (data.ignores !== undefined) config.ignores.push({ base, patterns: data.ignores, from: from(["ignores"]) });
  for (const [id, entry] of Object.entries(data.rules ?? {})) {
    config.rules[id] = severityOf(entry);
    config.sources[`rules.${id}`] = from(["rules", id]);
    // The schema lets only rules with options have a second item, and checks its shape.
    if (Array.isArray(entry) && entry.length === 2) config.ruleOptions[id] = entry[1];
  }
  for (const key of ["factLabels", "hypothesisLabels", "deferralWords", "placeholders", "commitmentPhrases", "vaguePhrases", "problemPhrases"] as const) {
    const words = data.vocabulary?.[key];
    if (words) {
      config.vocabulary[key] = words;
      config.sources[`vocabulary.${key}`] = from(["vocabulary", key]);
    }
  }
  if (data.requiredSections?.default) {
    config.requiredSections = toSections(data.requiredSections.default);
    config.sources["requiredSections.default"] = from(["requiredSections", "default"]);
  }
  for (const [template, entries] of Object.entries(data.requiredSections?.templates ?? {})) {
    config.templateSections[template] = toSections(entries);
    config.sources[`requiredSections.templates.${template}`] = from(["requiredSections", "templates", template]);
  }
  const problems: ConfigProblem[] = [];
  const folder = (key: "postmortems" | "templates"): string | null => {
    const value = data[key];
    if (value === undefined) return null;
    const absolute = path.resolve(base, value);
    if (!isDirectory(absolute)) problems.push(source.problem([key], `${key}: "${value}" is not a folder (paths are relative to the config file)`));
    config.sources[key] = from([key]);
    return absolute;
  };
  config.postmortems = folder("postmortems") ?? config.postmortems;
  const templates = folder("templates");
  if (templates !== null) config.templateDirs = [templates];
  if (problems.length > 0) throw new ConfigError(problems);
}
