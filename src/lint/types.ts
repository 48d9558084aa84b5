import type { PostmortemDoc, SectionKind } from "../model/types.js";
import type { Vocabulary } from "../model/vocabulary.js";

export type Severity = "off" | "warn" | "error";

/** What a rule returns: what is wrong and where. The engine adds rule id, severity and docs URL. */
export interface Finding {
  messageId: string;
  /** Values for the {placeholders} of the message template. */
  data?: Record<string, string | number>;
  line: number;
  column?: number;
  /**
   * The words the finding is about as they stand in the source (a placeholder owner, a due date),
   * so the message's range covers them; without it the range runs to the end of the line.
   */
  text?: string;
}

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Exclude<Severity, "off">;
  /** Message templates by id; `{name}` is replaced from the finding's data. */
  messages: Record<string, string>;
  /** What the rule's options are, for the README, the schema and `pm init`; absent when it takes none. */
  options?: {
    /** What they do, in a sentence. */
    description: string;
    /** The options in a config entry, as `pm init` shows them after the severity: "{ allow: [] }". */
    example: string;
    /** The config schema's definition of the whole entry (severity and options), in schema/pmrc.schema.json. */
    schemaDefinition: string;
  };
  /** Rules that still make sense on a document whose structure could not be read (empty, no line breaks, nested too deeply). */
  checksUnreadableDocuments?: boolean;
}

/** A section requirement: any one of the kinds satisfies it. */
export interface RequiredSection {
  name: string;
  kinds: SectionKind[];
}

/** What rules may read besides the document: the resolved configuration. */
export interface RuleContext {
  requiredSections: RequiredSection[];
  /**
   * The template the front matter names (`template: NAME`): when it loaded, `requiredSections` are
   * its declaration; when it didn't, `problem` says why and the configured sections apply.
   */
  template?: { name: string; problem: string | null };
  /** Today's date (YYYY-MM-DD), so rules that compare dates are reproducible in tests. */
  today: string;
  /** pm's words plus the team's (config `vocabulary`): pass it to every predicate that takes one. */
  vocabulary: Vocabulary;
  /** This rule's options from the configuration (e.g. blameless-language's `allow` list); {} when none. */
  options?: Readonly<Record<string, unknown>>;
}

export interface Rule {
  meta: RuleMeta;
  check(doc: PostmortemDoc, context: RuleContext): Finding[];
}

/** One diagnostic as reporters see it (ESLint's message shape plus the docs URL). */
export interface LintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  /** Where the range ends, 1-based and exclusive as ESLint's: the column just after the last character. */
  endLine: number;
  endColumn: number;
  url: string;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
}
