import { screen } from "@inquirer/testing/vitest";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli.js";
import type { Io } from "../../src/io.js";

/** An Io with a terminal attached, so `pm new` prompts (through inquirer, driven by @inquirer/testing). */
function terminalIo(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd, env: {}, isTTY: true, stdoutIsTTY: true, columns: 100 };
  return { io, out, err };
}

/** Waits until the prompt screen shows the text (prompts render asynchronously). */
async function see(text: string): Promise<void> {
  await vi.waitFor(() => expect(screen.getScreen()).toContain(text), { timeout: 5000 });
}

async function answer(prompt: string, keys: string[]): Promise<void> {
  await see(prompt);
  for (const key of keys) {
    if (key === "enter" || key === "down" || key === "up" || key === "backspace") screen.keypress(key);
    else screen.type(key);
  }
}

describe("pm new on a terminal (inquirer prompts)", () => {
  it("asks each question with its default, validates at the prompt, and writes the file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pm-prompt-"));
    const { io, out } = terminalIo(dir);
    const run = main(["new", "--date", "2026-03-16"], io);

    await answer("Title (what broke, in a few words)", ["enter"]);
    await see("the title can't be empty");
    await answer("Title", ["Search | outage", "enter"]);
    await see("❯ SEV3");
    await answer("Severity", ["up", "enter"]);
    await answer("Review type", ["enter"]);
    await answer("Facilitator", ["TBD", "enter"]);
    await see('"TBD" is a placeholder, not an owner');
    await answer("Facilitator", ["backspace", "backspace", "backspace", "Ana Lima", "enter"]);
    await answer("Scribe", ["enter"]);
    await answer("Decision owner", ["@sam", "enter"]);
    await answer("Detected at", ["14:05", "enter"]);
    await answer("Resolved at", ["13:00", "enter"]);
    await see("resolution (13:00) comes before detection (14:05)");
    await answer("Resolved at", ["backspace", "backspace", "backspace", "backspace", "backspace", "15:30", "enter"]);
    await answer("Impact", ["Searches failed for 40% of users", "enter"]);
    await answer("Full learning-review pack", ["enter"]);

    expect(await run).toBe(0);
    expect(out.join("")).toContain("Created postmortems/2026-03-16-search-outage.md from the learning-review template.");
    const text = readFileSync(path.join(dir, "postmortems/2026-03-16-search-outage.md"), "utf8");
    expect(text).toContain("title: Search | outage\ndate: \"2026-03-16\"\nseverity: SEV2\nreview_type: incident\nfacilitator: Ana Lima\ndecision_owner: \"@sam\"\n");
    expect(text).toContain("# Search \\| outage\n");
    expect(text).toContain("- **Scribe:** {{name the scribe, who takes the notes}}");
  });

  it("Ctrl-C exits 130 and writes nothing", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pm-prompt-"));
    const { io, err } = terminalIo(dir);
    const run = main(["new"], io);
    await answer("Title", ["Half an answer", "enter"]);
    await see("Incident date");
    screen.keypress({ name: "c", ctrl: true });
    expect(await run).toBe(130);
    expect(err.join("")).toBe("pm: Cancelled: nothing was written.\n");
    expect(readdirSync(dir)).toEqual([]);
  });
});
