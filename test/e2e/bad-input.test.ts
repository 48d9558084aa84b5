import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, pm, type CliRun } from "../helpers/cli.js";

const GOOD = ["# Outage", "", "## Summary", "", "Search was down.", "", "## Timeline", "", "- 14:05 deploy went out (fact)", "", "## Root cause", "", "Owner was [Name] at the time.", "", "## Action items", "", "- [ ] Add an alert — owner: @ana, due 2026-05-01, success: pages within 2 min", ""];

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "pm-bad-"));
}

/** A user-facing failure: exactly one line on stderr, prefixed "pm:", no stack trace. */
function expectOneLine(run: CliRun, code: number, message: string): void {
  expect(run.stderr).toBe(`pm: ${message}\n`);
  expect(run.code).toBe(code);
}

describe("bad input through the built CLI", () => {
  it("a missing path: one line, exit 2, nothing on stdout", () => {
    const dir = tempDir();
    const lint = pm(["lint", "gone.md"], { cwd: dir });
    expectOneLine(lint, 2, "gone.md: no such file or directory");
    expect(lint.stdout).toBe("");
    expectOneLine(pm(["inspect", "gone.md"], { cwd: dir }), 2, "gone.md: no such file or directory");
  });

  it("a directory with no Markdown, and a directory given to inspect", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "notes"));
    writeFileSync(path.join(dir, "notes", "readme.txt"), "not markdown");
    const lint = pm(["lint", "notes"], { cwd: dir });
    expect(lint.stderr).toBe("pm: warning: notes: no Markdown files in this directory\npm: no Markdown files to lint\n");
    expect(lint.code).toBe(2);
    expectOneLine(pm(["inspect", "notes"], { cwd: dir }), 2, "notes: is a directory, not a file");
  });

  it("a binary file and invalid UTF-8 are refused, and the other files are still linted", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "image.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    writeFileSync(path.join(dir, "latin1.md"), Buffer.concat([Buffer.from("# Caf"), Buffer.from([0xe9]), Buffer.from("\n")]));
    writeFileSync(path.join(dir, "good.md"), GOOD.join("\n"));
    const run = pm(["lint", "image.md", "latin1.md", "good.md"], { cwd: dir });
    expect(run.stderr).toBe(
      "pm: image.md: looks like a binary file (it contains NUL bytes), not Markdown\n" +
        "pm: latin1.md: is not valid UTF-8 (first bad byte at offset 5); re-save it as UTF-8\n",
    );
    expect(run.stdout).toContain("good.md");
    expect(run.code).toBe(2);
  });

  it("an empty file gets one finding saying so, not four missing sections", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "empty.md"), "");
    writeFileSync(path.join(dir, "blank.md"), "\n  \n\t\n");
    const run = pm(["lint", "--format", "json", "empty.md", "blank.md"], { cwd: dir });
    for (const result of JSON.parse(run.stdout)) {
      expect(result.messages).toEqual([expect.objectContaining({ ruleId: "document-format", line: 1, column: 1, message: expect.stringContaining("The document is empty") })]);
    }
    expect(run.code).toBe(1);
    const inspect = pm(["inspect", "empty.md"], { cwd: dir });
    expect(inspect.stdout).toContain("problem: the document is empty");
    expect(inspect.code).toBe(0);
  });

  it("a 50 MB file is refused quickly, before it is read", () => {
    const dir = tempDir();
    const chunk = Buffer.alloc(1024 * 1024, "word ");
    const file = path.join(dir, "huge.md");
    writeFileSync(file, Buffer.concat(Array.from({ length: 50 }, () => chunk)));
    const started = Date.now();
    expectOneLine(pm(["lint", "huge.md"], { cwd: dir }), 2, "huge.md: is 50 MB, over the 2 MB limit for one document (--max-file-size raises it)");
    expectOneLine(pm(["inspect", "huge.md"], { cwd: dir }), 2, "huge.md: is 50 MB, over the 2 MB limit for one document (--max-file-size raises it)");
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("--max-file-size raises or lowers the limit, and a bad size is a usage error", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "small.md"), `# Notes\n\n${"word ".repeat(1000)}\n`);
    expectOneLine(pm(["lint", "--max-file-size", "2KB", "small.md"], { cwd: dir }), 2, "small.md: is 4.9 KB, over the 2 KB limit for one document (--max-file-size raises it)");
    expect(pm(["inspect", "--max-file-size", "1MB", "small.md"], { cwd: dir }).code).toBe(0);
    const bad = pm(["lint", "--max-file-size", "lots", "small.md"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("expected a size such as 10MB");
  });

  it("a file with no line breaks gets one document-format error; a one-line note is read normally", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "flat.md"), GOOD.join(" ").repeat(4));
    writeFileSync(path.join(dir, "note.md"), "# Just a title with no newline");
    const [flat, note] = JSON.parse(pm(["lint", "--format", "json", "flat.md", "note.md"], { cwd: dir }).stdout);
    expect(flat.messages.map((message: { ruleId: string; line: number }) => `${message.line} ${message.ruleId}`)).toEqual(["1 document-format"]);
    expect(flat.messages[0].message).toMatch(/no line breaks \(\d+ characters on one line\)/);
    expect(note.messages.map((message: { ruleId: string }) => message.ruleId)).toContain("required-sections");
  });

  it("CRLF and CR line endings and a byte-order mark give the same lines and columns as plain LF", () => {
    const dir = tempDir();
    const text = [GOOD[0], "", "**Date**: 2026-04-09", "**Reviewer**: TBD", ...GOOD.slice(1)].join("\n");
    writeFileSync(path.join(dir, "lf.md"), text);
    writeFileSync(path.join(dir, "crlf.md"), text.replace(/\n/g, "\r\n"));
    writeFileSync(path.join(dir, "cr.md"), text.replace(/\n/g, "\r"));
    writeFileSync(path.join(dir, "bom.md"), `\uFEFF${text.replace(/\n/g, "\r\n")}`);
    const results = JSON.parse(pm(["lint", "--format", "json", "lf.md", "crlf.md", "cr.md", "bom.md"], { cwd: dir }).stdout);
    const where = (result: { messages: Array<{ line: number; column: number; endLine: number; endColumn: number; ruleId: string; message: string }> }) =>
      result.messages.map((message) => `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.ruleId} ${message.message}`);
    const expected = where(results[0]);
    expect(expected).toEqual(
      expect.arrayContaining([
        '4:15-4:18 no-placeholders "TBD" is a template placeholder: replace it with the real value ("**Reviewer**: TBD").',
        '16:11-16:17 no-placeholders "[Name]" is a template placeholder: replace it with the real value ("Owner was [Name] at the time.").',
      ]),
    );
    for (const result of results.slice(1)) expect(where(result)).toEqual(expected);
    const inspected = ["lf.md", "crlf.md", "cr.md", "bom.md"].map((file) => JSON.parse(pm(["inspect", "--format", "json", file], { cwd: dir }).stdout));
    for (const model of inspected) {
      expect(model.incidentDate).toEqual({ text: "2026-04-09", line: 3 });
      expect({ ...model, file: "" }).toEqual({ ...inspected[0], file: "" });
    }
  });

  it("a symlink loop is reported, and a directory holding one is still searched", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "docs"));
    symlinkSync("b.md", path.join(dir, "docs", "a.md"));
    symlinkSync("a.md", path.join(dir, "docs", "b.md"));
    symlinkSync("..", path.join(dir, "docs", "up"));
    writeFileSync(path.join(dir, "docs", "good.md"), GOOD.join("\n"));
    expectOneLine(pm(["lint", "docs/a.md"], { cwd: dir }), 2, "docs/a.md: too many levels of symbolic links (a symlink loop?)");
    expectOneLine(pm(["inspect", "docs/a.md"], { cwd: dir }), 2, "docs/a.md: too many levels of symbolic links (a symlink loop?)");
    const run = pm(["lint", "docs"], { cwd: dir });
    expect(run.stderr).toBe("pm: docs/a.md: too many levels of symbolic links (a symlink loop?)\npm: docs/b.md: too many levels of symbolic links (a symlink loop?)\n");
    expect(run.stdout).toContain("docs/good.md");
    expect(run.code).toBe(2);
  });

  it("a file that can't be read: permission denied (run as an unprivileged user when the tests run as root)", () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, "secret.md"), GOOD.join("\n"));
    chmodSync(path.join(dir, "secret.md"), 0o000);
    // Root reads any file whatever its mode, so as root the CLI runs as "nobody".
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    for (const command of ["lint", "inspect"]) {
      const result = spawnSync(process.execPath, [BIN, command, "secret.md"], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, ...asNobody });
      // "nobody" must be able to run this node at all (one under /root, mode 700, can't be).
      expect(result.error, `running ${process.execPath} as nobody`).toBeUndefined();
      expectOneLine({ code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }, 2, "secret.md: permission denied");
    }
  });

  it("broken YAML front matter is a finding at the line where the YAML parser found the mistake", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "front.md"), ["---", "title: Search outage", "owner: [ana", "date: 2026-04-09", "---", ...GOOD].join("\n"));
    const [result] = JSON.parse(pm(["lint", "--format", "json", "front.md"], { cwd: dir }).stdout);
    const finding = result.messages.find((message: { ruleId: string }) => message.ruleId === "document-format");
    expect(finding).toMatchObject({ line: 4, message: expect.stringMatching(/^The front matter is not valid YAML: .*\]/) });
  });

  it("a YAML alias bomb fails fast in bounded memory", () => {
    const dir = tempDir();
    const levels = "abcdefghij".split("");
    const bomb = levels.map((name, index) => (index === 0 ? `${name}: &${name} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]` : `${name}: &${name} [${Array(9).fill(`*${levels[index - 1]}`).join(",")}]`));
    writeFileSync(path.join(dir, "bomb.md"), ["---", ...bomb, "---", ...GOOD].join("\n"));
    // A 96 MB heap: expanding the aliases (9^10 strings) would crash the process instead.
    const started = Date.now();
    const result = spawnSync(process.execPath, ["--max-old-space-size=96", BIN, "lint", "--format", "json", "bomb.md"], { cwd: dir, encoding: "utf8" });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.stderr).toBe("");
    const [lint] = JSON.parse(result.stdout);
    expect(lint.messages[0]).toMatchObject({ ruleId: "document-format", line: 1, message: expect.stringContaining("alias") });
    expect(result.status).toBe(1);
  });

  it("an unknown rule in the config: one line with the config's file, line and column, exit 2", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, ".pmrc.yaml"), "rules:\n  no-such-rule: error\n");
    writeFileSync(path.join(dir, "a.md"), GOOD.join("\n"));
    const run = pm(["lint", "a.md"], { cwd: dir });
    expectOneLine(run, 2, '.pmrc.yaml:2:3: unknown rule "no-such-rule"; run pm rules to list them');
    expect(run.stdout).toBe("");
  });

  it("unknown options, commands and missing arguments: one line, exit 2", () => {
    expectOneLine(pm(["lint", "--frobnicate"]), 2, "unknown option '--frobnicate' (run pm lint --help for usage)");
    expectOneLine(pm(["lint", "--formt", "json"]), 2, "unknown option '--formt' (Did you mean --format?) (run pm lint --help for usage)");
    expectOneLine(pm(["frobnicate"]), 2, "unknown command 'frobnicate' (run pm --help for usage)");
    expectOneLine(pm(["inspect"]), 2, "missing required argument 'file' (or --stdin) (run pm inspect --help for usage)");
    expectOneLine(pm(["score"]), 2, "missing required argument 'paths' (or --stdin) (run pm score --help for usage)");
    const bare = pm([]);
    expect(bare.stderr).toContain("Usage: pm");
    expect(bare.code).toBe(2);
    expect(pm(["--help"]).code).toBe(0);
  });
});

describe("a reader that stops early", () => {
  it("pm lint | head: the closed pipe ends pm quietly, with no stack trace", () => {
    const dir = tempDir();
    for (let index = 0; index < 300; index++) writeFileSync(path.join(dir, `review-${index}.md`), GOOD.join("\n").replace("## Summary", "## Summary\n\nTODO"));
    // More output than a pipe holds; `head -c 1` reads one byte and exits, closing the pipe while pm still writes.
    const run = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" lint --format json . | head -c 1`], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run.stdout).toBe("[");
    expect(run.stderr).toBe("");
  });
});

describe("documents that would overwhelm the parser", () => {
  it("lists or quotes nested thousands deep on one line get one finding at that line, quickly", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "deep.md"), ["# Outage", "", "- ".repeat(20_000) + "x", "", "> ".repeat(20_000) + "y", "", "- ".repeat(300)].join("\n"));
    const started = Date.now();
    const [result] = JSON.parse(pm(["lint", "--format", "json", "deep.md"], { cwd: dir }).stdout);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: "document-format", line: 3, message: expect.stringContaining("nests lists or block quotes hundreds of levels deep") })]);
  });
});

describe("a clone that was never built", () => {
  it("says to build it, in one line, instead of a module-not-found stack trace", () => {
    const clone = tempDir();
    mkdirSync(path.join(clone, "bin"));
    copyFileSync(BIN, path.join(clone, "bin", "pm.js"));
    const run = spawnSync(process.execPath, [path.join(clone, "bin", "pm.js"), "lint"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`pm: pm is not built in ${clone}/: run npm ci (or npm run build) there first\n`);
  });
});
