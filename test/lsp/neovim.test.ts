import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";
import { workspace } from "./fixtures.js";

const nvim = spawnSync("nvim", ["--version"], { encoding: "utf8" });
const hasNvim = nvim.status === 0;
const script = new URL("./neovim-client.lua", import.meta.url).pathname;

describe.skipIf(!hasNvim)(hasNvim ? "pm lsp in a real editor: headless Neovim" : "pm lsp in headless Neovim: skipped, nvim is not installed", () => {
  it("shows the diagnostics with their ranges, and applies a code action's edit", () => {
    const { dir } = workspace();
    const file = path.join(dir, "postmortems/2026-03-09-queue-backlog.md");
    const out = path.join(dir, "nvim-result.json");
    const run = spawnSync("nvim", ["--headless", "--clean", "-n", "-c", `luafile ${script}`], {
      cwd: dir,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, PM_BIN: BIN, PM_FILE: file, PM_OUT: out, PM_ROOT: dir, PM_LINE: "29" },
    });
    const result = JSON.parse(readFileSync(out, "utf8"));
    expect(result.error, run.stderr).toBeUndefined();
    expect(result.diagnostics.map((each: any) => `${each.code} ${each.lnum}:${each.col}-${each.end_lnum}:${each.end_col} ${each.severity}`)).toEqual([
      "required-sections 6:0-6:51 1",
      "timeline-labels 22:0-22:51 2",
      "action-owner 29:0-29:132 1",
    ]);
    expect(result.actions).toEqual(['Add the missing "Owner" column to the action table']);
    expect(result.lines.slice(27, 31)).toEqual([
      "| Action | Due | Success signal | Owner |",
      "|---|---|---| --- |",
      "| Add a dead-letter queue for the order consumer | 2026-04-01 | Malformed messages land in the dead-letter queue in the next drill |  |",
      "| Alert on consumer lag above 5 minutes | 2026-04-01 | The lag alert fires within 5 minutes in the next drill |  |",
    ]);
    expect(result.hover).toContain("# action-owner");
  });
});
