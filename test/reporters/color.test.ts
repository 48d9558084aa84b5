import { describe, expect, it } from "vitest";
import type { Io } from "../../src/io.js";
import { colorsFor } from "../../src/reporters/color.js";

const io = (env: Record<string, string | undefined>, stdoutIsTTY: boolean): Io => ({ stdout: () => {}, stderr: () => {}, cwd: "/", env, isTTY: stdoutIsTTY, stdoutIsTTY, columns: 80 });

describe("colours", () => {
  it.each([
    ["a terminal", {}, true, 1],
    ["a pipe", {}, false, 0],
    ["NO_COLOR on a terminal", { NO_COLOR: "1" }, true, 0],
    ["NO_COLOR beats FORCE_COLOR", { NO_COLOR: "1", FORCE_COLOR: "1" }, true, 0],
    ["an empty NO_COLOR counts as unset", { NO_COLOR: "", FORCE_COLOR: "1" }, false, 1],
    ["FORCE_COLOR into a pipe", { FORCE_COLOR: "1" }, false, 1],
    ["FORCE_COLOR=0", { FORCE_COLOR: "0" }, false, 0],
    ["TERM=dumb", { TERM: "dumb" }, true, 0],
  ])("%s", (_name, env, tty, level) => {
    expect(colorsFor(io(env, tty)).level).toBe(level);
  });
});
