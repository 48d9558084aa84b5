import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";

// util-linux `script` gives the built CLI a real pseudo-terminal, as a user's shell would.
const hasScript = spawnSync("script", ["--version"]).status === 0;

function inTerminal(args: string[], cwd: string) {
  const command = [process.execPath, BIN, ...args].map((part) => `'${part.replace(/'/g, "'\\''")}'`).join(" ");
  const child = spawn("script", ["-qfec", command, "/dev/null"], { cwd, env: { ...process.env, TERM: "xterm", NO_COLOR: "1" } });
  let screen = "";
  child.stdout.on("data", (chunk: Buffer) => {
    screen += chunk.toString("utf8");
  });
  const exited = new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? -1)));
  return {
    exited,
    text: () => screen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ""),
    async waitFor(text: string): Promise<void> {
      const started = Date.now();
      while (!this.text().includes(text)) {
        if (Date.now() - started > 10_000) throw new Error(`never saw "${text}" in:\n${this.text()}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    type(keys: string) {
      child.stdin.write(keys);
    },
    close() {
      child.stdin.end();
    },
  };
}

describe.runIf(hasScript)("pm new in a pseudo-terminal (built CLI)", () => {
  it("prompts, takes Enter as the default, and writes the file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pm-tty-"));
    const term = inTerminal(["new", "--date", "2026-03-16", "--review-type", "near-miss"], dir);
    const steps: Array<[string, string]> = [
      ["Title", "Disk almost full on db-2\r"],
      ["Severity", "\r"],
      ["Facilitator", "Ana Lima\r"],
      ["Scribe", "\r"],
      ["Decision owner", "\r"],
      ["Detected at", "09:40\r"],
      ["Resolved at", "10:05\r"],
      ["Impact", "None: caught before writes failed\r"],
      ["Short review for a near miss", "\r"],
    ];
    for (const [prompt, keys] of steps) {
      await term.waitFor(prompt);
      term.type(keys);
    }
    await term.waitFor("Created postmortems/2026-03-16-disk-almost-full-on-db-2.md from the near-miss template.");
    term.close();
    expect(await term.exited).toBe(0);
    const text = readFileSync(path.join(dir, "postmortems/2026-03-16-disk-almost-full-on-db-2.md"), "utf8");
    expect(text).toContain("severity: SEV3\nreview_type: near-miss\nfacilitator: Ana Lima\ndetected: \"09:40\"\nresolved: \"10:05\"\ntemplate: near-miss\n");
    expect(text).toContain("**Impact:** None: caught before writes failed");
  });

  it("Ctrl-C at a prompt exits 130 and leaves no file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pm-tty-"));
    const term = inTerminal(["new"], dir);
    await term.waitFor("Title");
    term.type("Half typed\r");
    await term.waitFor("Incident date");
    term.type("\x03");
    await term.waitFor("Cancelled: nothing was written.");
    term.close();
    expect(await term.exited).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  });
});
