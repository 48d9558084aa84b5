import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { UserError } from "./errors.js";
import { processIo, type Io } from "./io.js";
import { PACKAGE_VERSION } from "./package-info.js";

/** What every command module exports: it returns the exit code and never calls process.exit. */
export type CommandHandler = (args: string[], options: Record<string, unknown>, io: Io) => Promise<number>;

type CommandModule = { default: CommandHandler };

/**
 * Commands are declared here with their options, but their code is imported only when one runs,
 * so `pm lint` in a pre-commit hook never loads prompts, templates or the scorer.
 */
function lazy(load: () => Promise<CommandModule>, io: Io, setExit: (code: number) => void) {
  return async (...received: unknown[]) => {
    const command = received[received.length - 1] as Command;
    const handler = (await load()).default;
    setExit(await handler(command.args, command.opts(), io));
  };
}

/** A whole number of zero or more, or -1 for no limit, as ESLint's --max-warnings takes. */
function parseMaxWarnings(value: string): number {
  if (!/^(\d+|-1)$/.test(value.trim())) throw new InvalidArgumentError("expected a whole number of 0 or more (or -1 for no limit).");
  return Number(value);
}

/** For options given once per value (--ignore-pattern a --ignore-pattern b). */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** "2MB", "500 KB", "1048576": a size in bytes (KB and MB are 1024-based, as the messages show them). */
export function parseSize(value: string): number {
  const found = /^\s*(\d+(?:\.\d+)?)\s*(b|kb?|mb?|gb?)?\s*$/i.exec(value);
  if (!found || Number(found[1]) <= 0) throw new InvalidArgumentError('expected a size such as 10MB, 500KB or 1048576.');
  const unit = (found[2] ?? "b").toLowerCase()[0]!;
  const factor = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Math.round(Number(found[1]) * factor);
}

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command("pm")
    .description("Lint, score and scaffold incident postmortems kept as Markdown.")
    .version(PACKAGE_VERSION, "-v, --version")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (message, write) => write(usageErrorLine(message)) })
    .exitOverride();

  program
    .command("lint")
    .description("check postmortems for what makes them useful; exit 1 on errors")
    .argument("[paths...]", "files, directories (searched for *.md) or globs; default: the config's postmortems folder, else ./postmortems, else .")
    .addOption(new Option("-f, --format <name>", "output format: stylish, json, sarif, github, gitlab, junit, compact").default("stylish"))
    .option("--templates <dir>", "folder of custom templates, for documents whose front matter names one (adds to the config's templates)")
    .option("-c, --config <file>", "use this config file instead of looking for one from the working directory up")
    .option("--print-config <file>", "print the settings that apply to a file (and to each path after it), with where each came from, and exit")
    .option("--ignore-pattern <pattern>", "skip files matching this gitignore-style pattern (relative to the working directory; repeatable)", collect, [])
    .option("--no-ignore", "lint files even when ignores (or the README.md/index.md default) match them")
    .option("--stdin", "lint the document on standard input")
    .option("--stdin-filename <path>", "with --stdin: the document's path, for its config, ignores and the report")
    .option("--suppress-all", "accept every current error of the files linted into pm-suppressions.json (a baseline); later runs report only what goes beyond it")
    .option("--suppress-rule <rule>", "like --suppress-all, for this rule's errors only (repeatable)", collect, [])
    .option("--prune-suppressions", "drop what no longer occurs from pm-suppressions.json")
    .option("--suppressions-location <file>", "the suppressions file (default: pm-suppressions.json in the working directory)")
    .option("--pass-on-unpruned-suppressions", "do not fail when pm-suppressions.json counts errors that no longer occur")
    .option("-q, --quiet", "report errors only")
    .addOption(new Option("--max-warnings <count>", "exit 1 when there are more warnings than this (-1: no limit)").argParser(parseMaxWarnings))
    .option("-o, --output-file <file>", "write the report to a file instead of standard output")
    .addOption(new Option("--max-file-size <size>", "skip files larger than this (default 2MB; e.g. 10MB)").argParser(parseSize))
    .action(lazy(() => import("./commands/lint.js"), io, setExit));

  program
    .command("inspect")
    .description("show what pm extracted from a postmortem: sections, timeline, actions, triggers")
    .argument("[file]", "a Markdown postmortem")
    .addOption(new Option("-f, --format <name>", "output format").choices(["text", "json"]).default("text"))
    .option("--stdin", "read the document from standard input")
    .option("--stdin-filename <path>", "with --stdin: the document's path, for its config")
    .addOption(new Option("--max-file-size <size>", "refuse files larger than this (default 2MB; e.g. 10MB)").argParser(parseSize))
    .action(lazy(() => import("./commands/inspect.js"), io, setExit));

  program
    .command("new")
    .description("scaffold a postmortem from a template: asks on a terminal, or takes flags, --answers or --yes")
    .option("--title <text>", "what broke, in a few words")
    .option("--date <YYYY-MM-DD>", "incident date (default: today)")
    .option("--severity <level>", "SEV1 to SEV4 (default: SEV3)")
    .option("--review-type <type>", "incident, near-miss, security or project (default: incident)")
    .option("--facilitator <name>", "who runs the review")
    .option("--scribe <name>", "who takes the notes")
    .option("--decision-owner <name>", "who signs off the actions")
    .option("--detected <HH:MM>", "when it was detected (UTC; YYYY-MM-DD HH:MM for another day)")
    .option("--resolved <HH:MM>", "when it was resolved (UTC; YYYY-MM-DD HH:MM for another day)")
    .option("--impact <text>", "who was affected, how many, for how long")
    .option("-t, --template <name>", "template to start from (see pm templates)")
    .option("--answers <file.yaml>", "read answers from a YAML file (keys are the flag names)")
    .option("-y, --yes", "take the default for every answer not given instead of asking")
    .option("-o, --out <file>", "where to write (default: postmortems/YYYY-MM-DD-slug.md)")
    .option("--force", "replace the output file if it exists")
    .option("--templates <dir>", "folder of custom templates (adds to and overrides the built-ins)")
    .option("--from <transcript>", "draft from a review meeting's transcript (then --date is the meeting date)")
    .option("--dry-run", "print the document (and the commitments found) instead of writing it")
    .action(lazy(() => import("./commands/new.js"), io, setExit));

  program
    .command("templates")
    .description("list the templates pm new can start from")
    .option("--templates <dir>", "folder of custom templates (adds to and overrides the built-ins)")
    .option("--verbose", "also show the sections each template requires")
    .action(lazy(() => import("./commands/templates.js"), io, setExit));

  program
    .command("score")
    .description("grade postmortems 0-2 on the six rubric dimensions, with the lines that earned each grade")
    .argument("[paths...]", "Markdown postmortems, folders (searched for *.md) or globs")
    .addOption(new Option("-f, --format <name>", "output format").choices(["text", "json"]).default("text"))
    .option("--stdin", "read the document from standard input")
    .option("--stdin-filename <path>", "with --stdin: the document's path, for its config")
    .option("--min <total>", "exit 1 when a document totals below this (0-12), for CI gates")
    .action(lazy(() => import("./commands/score.js"), io, setExit));

  program
    .command("actions")
    .description("list every action of every postmortem, most urgent first; track owners and overdue items")
    .argument("[paths...]", "files, directories or globs (default: the config's postmortems folder, else ./postmortems, else .)", [])
    .option("--owner <name>", "only actions of this owner (a handle or name, case-insensitive)")
    .option("--overdue", "only open actions past their due date")
    .option("--due-within <days>", "only open actions due within this many days, overdue ones included (14d, 2w)")
    .addOption(new Option("--status <status>", "only actions with this status (open includes in progress)").choices(["open", "in-progress", "done", "dropped"]))
    .option("--doc <text>", "only actions of documents whose path or title contains this text")
    .option("--today <date>", "the date to count overdue days from, YYYY-MM-DD (default: today, local time)")
    .addOption(new Option("-f, --format <name>", "output format").choices(["table", "json", "csv", "markdown"]).default("table"))
    .option("--fail-on-overdue", "exit 1 when any listed open action is overdue (for a scheduled CI job)")
    .action(lazy(() => import("./commands/actions.js"), io, setExit));

  program
    .command("report")
    .description("the whole collection at a glance: incidents, times, action follow-through, grades; one HTML page, Markdown or JSON")
    .argument("[paths...]", "files, directories or globs (default: the config's postmortems folder, else ./postmortems, else .)", [])
    .option("-o, --output <file>", "write the report to this file (default: standard output); replaces only a page pm report wrote, unless --force")
    .addOption(new Option("-f, --format <name>", "output format").choices(["html", "markdown", "json"]).default("html"))
    .option("--today <date>", "the date to count overdue actions from, YYYY-MM-DD (default: today, local time)")
    .option("--owner <name>", "action figures for this owner's actions only (a handle or name, case-insensitive)")
    .option("--force", "replace the output file even if pm report did not write it")
    .addOption(new Option("--max-file-size <size>", "skip files larger than this (default 2MB; e.g. 10MB)").argParser(parseSize))
    .action(lazy(() => import("./commands/report.js"), io, setExit));

  program
    .command("rules")
    .description("list the rules with their default severity and what each checks; with a rule, print its docs")
    .argument("[rule]", "a rule id: print that rule's docs page (what it checks, failing and passing examples, how to fix)")
    .addOption(new Option("-f, --format <name>", "output format").choices(["text", "json"]).default("text"))
    .action(lazy(() => import("./commands/rules.js"), io, setExit));

  program
    .command("lsp")
    .description("run the language server on stdin/stdout, for editors: diagnostics as you type, rule docs on hover, outline, quick fixes")
    .option("--stdio", "talk over standard input and output (the default and only transport; accepted because editors pass it)")
    .action(lazy(() => import("./commands/lsp.js"), io, setExit));

  program
    .command("init")
    .description("write a starter .pmrc.yaml here (never over an existing one) and show the pre-commit hook setup")
    .action(lazy(() => import("./commands/init.js"), io, setExit));

  // A mistake in a subcommand's usage points at that subcommand's help.
  for (const command of program.commands) {
    command.configureOutput({ outputError: (message, write) => write(usageErrorLine(message, `pm ${command.name()}`)) });
  }
  return program;
}

/**
 * Commander's "error: unknown option '--x'\n(Did you mean --y?)" as one line like every other
 * pm error, with where to find the usage.
 */
function usageErrorLine(message: string, command = "pm"): string {
  const text = message.replace(/^error:\s*/, "").replace(/\s*\n\s*/g, " ").trim();
  return `pm: ${text} (run ${command} --help for usage)\n`;
}

/** Runs the CLI in-process: tests call this, `bin/pm.js` only forwards to it. */
export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    return handleError(error, io);
  }
}

function handleError(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Help and version asked for are successes; help shown because no command was given, and
    // every other parse failure, is a usage error (ESLint's 2).
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
    if (error.code === "commander.help" && error.exitCode === 0) return 0;
    return 2;
  }
  if (error instanceof UserError) {
    io.stderr(`pm: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`pm: internal error: ${message}\n`);
  if (io.env.PM_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  else io.stderr("pm: this is a bug in pm; run again with PM_DEBUG=1 for details and report it.\n");
  return 3;
}

export async function run(): Promise<void> {
  // A reader that stops early (`pm lint | head`) closes the pipe: stop quietly, as other Unix tools
  // do, instead of dying on the write error with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  const io = processIo();
  process.exitCode = await main(process.argv.slice(2), io);
}
