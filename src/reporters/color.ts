import { Chalk, type ChalkInstance } from "chalk";
import type { Io } from "../io.js";

/** Colours only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colorsFor(io: Io): ChalkInstance {
  // A non-empty NO_COLOR wins over everything, FORCE_COLOR included (https://no-color.org).
  if (io.env.NO_COLOR) return new Chalk({ level: 0 });
  const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0";
  const enabled = forced || (io.stdoutIsTTY && io.env.TERM !== "dumb");
  return new Chalk({ level: enabled ? 1 : 0 });
}
