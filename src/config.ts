import { statSync } from "node:fs";
import path from "node:path";
import { DEFAULT_MAX_BYTES, displayPath } from "./files.js";
import type { RequiredSection, Severity } from "./lint/types.js";
import { buildVocabulary, type Vocabulary, type VocabularyWords } from "./model/vocabulary.js";

/** The sections every postmortem needs unless its template or the config says otherwise. */
export const DEFAULT_REQUIRED_SECTIONS: RequiredSection[] = [
  { name: "Summary", kinds: ["summary", "impact"] },
  { name: "Timeline", kinds: ["timeline"] },
  { name: "Contributing factors", kinds: ["contributing-factors", "root-cause", "five-whys"] },
  { name: "Action items", kinds: ["actions"] },
];

/** Gitignore-style patterns relative to `base` (an absolute folder), and where they were written. */
export interface IgnoreLayer {
  base: string;
  patterns: string[];
  from: string;
}

/** Index pages beside the postmortems are not postmortems; a `!README.md` in `ignores` brings them back. */
export const DEFAULT_IGNORES: IgnoreLayer = { base: path.parse(process.cwd()).root, patterns: ["README.md", "index.md"], from: "default" };

/** The configuration lint runs with, after defaults, config files and flags are merged. */
export interface ResolvedConfig {
  rules: Record<string, Severity>;
  /** The sections a document needs when its front matter names no template. */
  requiredSections: RequiredSection[];
  /** Section lists per template name from the config, chosen by a document's front matter `template:`; they override what the template file declares. */
  templateSections: Record<string, RequiredSection[]>;
  /** The team's words, added to pm's own. */
  vocabulary: VocabularyWords;
  /** Absolute folder `pm lint` checks when given no paths; null means the working directory. */
  postmortems: string | null;
  /** Options per rule id (e.g. `{ "blameless-language": { allow: ["@release-bot"] } }`). */
  ruleOptions: Record<string, Record<string, unknown>>;
  maxFileBytes: number;
  /** Folders of custom templates (absolute), searched before the built-in ones: the config's `templates`, and --templates. */
  templateDirs: string[];
  /** The nearest config file these settings were read from, or null when only defaults apply. */
  file: string | null;
  /** Every config file merged, nearest first (the nearest, then its parents up to one with `root: true`). */
  files: string[];
  /** Ignore patterns in the order they apply: pm's defaults, each config file's farthest first, then --ignore-pattern. */
  ignores: IgnoreLayer[];
  /** Where each setting came from ("rules.action-owner" -> ".pmrc.yaml:4"); settings not listed are defaults. */
  sources: Record<string, string>;
}

export function defaultConfig(): ResolvedConfig {
  return {
    rules: {},
    requiredSections: DEFAULT_REQUIRED_SECTIONS,
    ruleOptions: {},
    templateSections: {},
    vocabulary: { factLabels: [], hypothesisLabels: [], deferralWords: [], placeholders: [], commitmentPhrases: [], vaguePhrases: [], problemPhrases: [] },
    postmortems: null,
    maxFileBytes: DEFAULT_MAX_BYTES,
    templateDirs: [],
    file: null,
    files: [],
    ignores: [DEFAULT_IGNORES],
    sources: {},
  };
}

/**
 * Where commands that read the whole collection (`pm lint`, `pm actions`) look when given no
 * paths: the config's `postmortems` folder, else ./postmortems when it exists, else the working
 * directory.
 */
export function defaultPostmortemPaths(cwd: string, config: ResolvedConfig): string[] {
  if (config.postmortems !== null) return [displayPath(config.postmortems, cwd) || "."];
  return isDirectory(path.join(cwd, "postmortems")) ? ["postmortems"] : ["."];
}

export function isDirectory(target: string): boolean {
  try {
    return statSync(target).isDirectory();
  } catch {
    return false;
  }
}

// The config stays plain data (it may cross to a worker thread); its compiled vocabulary is made once per config.
const compiled = new WeakMap<ResolvedConfig, Vocabulary>();

export function vocabularyOf(config: ResolvedConfig): Vocabulary {
  let vocabulary = compiled.get(config);
  if (!vocabulary) {
    vocabulary = buildVocabulary(config.vocabulary);
    compiled.set(config, vocabulary);
  }
  return vocabulary;
}
