/**
 * The starter config of `pm init` with every commented-out setting ("# key: value", "#   - item")
 * switched on: what a team gets by uncommenting lines, so tests can check every example loads.
 */
export function uncommentSettings(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.startsWith("# yaml-language-server:"))
    .map((line) => line.replace(/^# ( *(?:- |[A-Za-z$][\w-]*:(?: |$)))/, "$1"))
    .join("\n");
}
