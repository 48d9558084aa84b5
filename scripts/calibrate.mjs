#!/usr/bin/env node
// Prints `pm score` grades for the seeds and the corpus beside the hand grades in
// calibration/hand-grades.json, so a change to extraction or scoring that moves grades shows up.
// Usage: npm run calibrate [-- SHARED_DIR]   (default: the nearest ../shared or ../../shared)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../dist/model/extract.js";
import { scoreDocument } from "../dist/score/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const shared =
  process.argv[2] ?? [path.resolve(root, "../shared"), path.resolve(root, "../../shared")].find((dir) => existsSync(path.join(dir, "corpus")));
if (!shared || !existsSync(shared)) {
  console.error("calibrate: can't find the shared corpus; pass its directory: npm run calibrate -- /path/to/shared");
  process.exit(2);
}
const hand = JSON.parse(readFileSync(path.join(root, "calibration/hand-grades.json"), "utf8"));
const handByFile = new Map(hand.documents.map((entry) => [entry.file, entry]));

const files = [
  ...readdirSync(path.join(shared, "seeds")).map((name) => `seeds/${name}`),
  "corpus/skillpack/with_skill.md",
  ...["real", "templates"].flatMap((dir) => readdirSync(path.join(shared, "corpus", dir)).map((name) => `corpus/${dir}/${name}`)),
].sort();

const rows = [];
let disagreements = 0;
for (const file of files) {
  const result = scoreDocument(extract(file, readFileSync(path.join(shared, file), "utf8")));
  const graded = handByFile.get(file);
  if (!result.scorable) {
    rows.push([file, "not scorable", "", "", graded ? "not scorable" : ""]);
    continue;
  }
  const grades = result.dimensions.map((dimension) => dimension.score).join(" ");
  let agreement = "";
  if (graded) {
    const handTotal = graded.grades.reduce((sum, grade) => sum + grade, 0);
    const off = result.dimensions.filter((dimension, index) => dimension.score !== graded.grades[index]).map((dimension) => dimension.id);
    const inBand = result.total >= graded.band[0] && result.total <= graded.band[1];
    if (!inBand) disagreements++;
    agreement = `${graded.grades.join(" ")} = ${handTotal}${off.length > 0 ? `  differs on ${off.join(",")}` : ""}${inBand ? "" : "  OUT OF BAND"}`;
  }
  rows.push([file, grades, String(result.total), result.verdict, agreement]);
}

const header = ["document", "dims 1-6", "total", "verdict", "hand grades"];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (row) => row.map((cell, column) => cell.padEnd(widths[column])).join("  ").trimEnd();
console.log(line(header));
console.log(widths.map((width) => "-".repeat(width)).join("  "));
for (const row of rows) console.log(line(row));
console.log(`\n${hand.documents.length} hand-graded documents, ${disagreements} outside their band.`);
process.exitCode = disagreements > 0 ? 1 : 0;
