import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT } from "../helpers/cli.js";

const example = path.join(ROOT, "fixtures/examples/search-outage.md");

function git(cwd: string, ...args: string[]) {
  const run = spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  return { code: run.status ?? -1, output: `${run.stdout}${run.stderr}` };
}

/** The README's plain git hook, as written there, calling the built CLI: lint the staged postmortems, nothing else. */
const readmeHook = /\*\*A plain git hook\*\*[\s\S]*?```sh\n([\s\S]*?)```/.exec(readFileSync(path.join(ROOT, "README.md"), "utf8"))![1]!;
const hook = readmeHook.replaceAll("npx --no -- pm", `"${process.execPath}" "${BIN}"`);

describe("a pre-commit hook running pm lint on staged files (real git repo)", () => {
  const repo = mkdtempSync(path.join(tmpdir(), "pm-e2e-git-"));
  git(repo, "init", "-q", "-b", "main");
  writeFileSync(path.join(repo, ".pmrc.yaml"), "postmortems: postmortems\nrules:\n  no-placeholders: error\n");
  mkdirSync(path.join(repo, "postmortems"));
  writeFileSync(path.join(repo, ".git", "hooks", "pre-commit"), hook);
  chmodSync(path.join(repo, ".git", "hooks", "pre-commit"), 0o755);
  const good = readFileSync(example, "utf8");
  const bad = good.replace("All times UTC.", "All times UTC. Reviewer: [Name].");

  it("blocks a commit with a bad staged postmortem and shows why", () => {
    writeFileSync(path.join(repo, "postmortems", "bad.md"), bad);
    git(repo, "add", "postmortems/bad.md");
    const commit = git(repo, "commit", "-q", "-m", "add bad");
    expect(commit.code).not.toBe(0);
    expect(commit.output).toMatch(/postmortems\/bad\.md[\s\S]*error\s+"\[Name\]" is a template placeholder/);
    expect(git(repo, "log", "--oneline").output).not.toContain("add bad");
    git(repo, "rm", "-q", "--cached", "postmortems/bad.md");
  });

  it("lints only staged files: a bad file left unstaged does not block a good commit", () => {
    writeFileSync(path.join(repo, "postmortems", "good one.md"), good);
    git(repo, "add", "postmortems/good one.md", ".pmrc.yaml");
    const commit = git(repo, "commit", "-q", "-m", "add good");
    expect(commit.output).toContain("1 file checked: no problems.");
    expect(commit.code).toBe(0);
    expect(git(repo, "log", "--oneline").output).toContain("add good");
  });

  it("lints the staged text, not the working copy: a fix left unstaged does not let a bad commit through", () => {
    writeFileSync(path.join(repo, "postmortems", "later.md"), bad);
    git(repo, "add", "postmortems/later.md");
    writeFileSync(path.join(repo, "postmortems", "later.md"), good);
    const commit = git(repo, "commit", "-q", "-m", "add later");
    expect(commit.code).not.toBe(0);
    expect(commit.output).toMatch(/postmortems\/later\.md[\s\S]*error\s+"\[Name\]" is a template placeholder/);
    git(repo, "add", "postmortems/later.md");
    expect(git(repo, "commit", "-q", "-m", "add later").code).toBe(0);
  });

  it("does not lint a staged Markdown file outside the postmortems folder", () => {
    writeFileSync(path.join(repo, "README.md"), "# Project\n\nNot a postmortem.\n");
    git(repo, "add", "README.md");
    const commit = git(repo, "commit", "-q", "-m", "readme");
    expect(commit.code).toBe(0);
    expect(commit.output).not.toContain("checked");
  });

  it("the README recipe is the hook tested here", () => {
    expect(readmeHook).toContain('git show ":$file" | npx --no -- pm lint --stdin --stdin-filename "$file"');
    expect(hook).not.toContain("npx");
  });
});
