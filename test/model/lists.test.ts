import { describe, expect, it } from "vitest";
import { extract } from "../../src/model/extract.js";
import { md } from "../helpers/rule-tester.js";
import { fixture } from "./helpers.js";

describe("bullet and task lists", () => {
  const doc = fixture("bullets.md");

  it('reads "- 14:05 — event (fact; source: ...)" bullets with their labels and evidence', () => {
    expect(doc.timeline.map((entry) => [entry.line, entry.time?.text, entry.label, entry.evidence?.text ?? null])).toEqual([
      [11, "14:05", "fact", "deploy log"],
      [12, "14:11", "fact", "lag alert"],
      [13, "14:20", "hypothesis", null],
      [14, "14:32", "hypothesis", null],
    ]);
    expect(doc.timeline[0]!.event).toBe("indexer deploy 88 starts (fact; source: deploy log)");
    expect(doc.timeline[3]!.labelText).toBe("[unconfirmed]");
  });

  it('reads task-list actions with "owner: @a, due ..., success: ..." inline fields', () => {
    const action = doc.actions[0]!;
    expect(action).toMatchObject({ line: 22, shape: "task-list", title: "Load test batch sizes before release", status: "open" });
    expect([action.owner?.text, action.due?.text, action.success?.text]).toEqual(["@kim", "2026-05-30", "CI load test fails above 2 min lag"]);
  });

  it("reads status from checkboxes and strike-through", () => {
    expect(doc.actions.map((action) => [action.line, action.status])).toEqual([
      [22, "open"],
      [23, "done"],
      [24, "dropped"],
      [25, "open"],
      [26, null],
    ]);
    expect(doc.actions[2]!.title).toBe("Move the indexer to a new cluster");
  });

  it('reads a bare "(@handle)" owner, out of the title, and a "by DATE" due date', () => {
    expect(doc.actions[3]).toMatchObject({ title: "Add a lag alert at 5 minutes", owner: { text: "@raj" }, due: { text: "2026-05-20" } });
  });

  it('reads actions under a "(completed)" heading as done and under "Planned" as open, unless they say otherwise', () => {
    const doc = extract("c.md", md("## Remediation", "", "### Immediate actions (completed)", "", "- Rotate the keys", "- [ ] Audit the logs", "", "### Planned actions", "", "- Add an alert"));
    expect(doc.actions.map((action) => [action.line, action.status])).toEqual([
      [5, "done"],
      [6, "open"],
      [10, "open"],
    ]);
  });

  it("reads nested **Owner:** bullets under a plain bullet, each at its own line", () => {
    const action = doc.actions[4]!;
    expect(action.title).toBe("Document the writer limits");
    expect(action.owner).toMatchObject({ text: "@kim", line: 27 });
    expect(action.due).toMatchObject({ text: "2026-06-05", line: 28 });
    expect(action.success).toMatchObject({ text: "runbook links the limits page", line: 29 });
  });

  it("reads YAML front matter and the incident date from it", () => {
    expect(doc.frontMatter).toMatchObject({ format: "yaml", line: 1, endLine: 5, error: null });
    expect(doc.frontMatter.data.severity).toBe("SEV-3");
    expect(doc.incidentDate?.text).toBe("2026-05-12");
    expect(doc.title).toMatchObject({ text: "Search index lag", line: 7 });
  });

  it("reads a day with its events nested below it, and military times after a date", () => {
    const nested = extract("n.md", md("## Timeline", "", "- 2026-03-02", "  - 14:05 deploy", "  - 14:25 rollback", "- 2026-03-03 0930: review"));
    expect(nested.timeline.map((entry) => [entry.line, entry.date, entry.minutes])).toEqual([
      [4, "2026-03-02", 14 * 60 + 5],
      [5, "2026-03-02", 14 * 60 + 25],
      [6, "2026-03-03", 9 * 60 + 30],
    ]);
  });

  it("keeps a dated entry with a nested list as one entry", () => {
    const nested = extract("n.md", md("## Timeline", "", "- 2026-03-02 1906: release cut:", "  - web: 1.2.3", "  - api: 4.5.6", "- 2026-03-02 1930: deployed"));
    expect(nested.timeline.map((entry) => [entry.line, entry.time?.text])).toEqual([
      [3, "2026-03-02 1906"],
      [6, "2026-03-02 1930"],
    ]);
  });

  it("gives undated entries the day of the dated entry before them, the next one past midnight", () => {
    const dated = extract("d.md", md("## Timeline", "", "- 2026-03-01 21:55: builds fail", "- 23:10: alert fires", "- 00:10: rollback"));
    expect(dated.timeline.map((entry) => entry.date)).toEqual(["2026-03-01", "2026-03-01", "2026-03-02"]);
  });

  it("leaves out a list of links beside a timed timeline, but keeps an all-untimed timeline", () => {
    const links = extract("l.md", md("## Timeline", "", "- [overview](https://grafana.example.com/d/1)", "", "### 07:30 - First report", "", "Users report errors."));
    expect(links.timeline.map((entry) => entry.line)).toEqual([5]);
    const beside = extract("b.md", md("## Timeline", "", "- 10:00 deploy", "", "### 2026-03-03", "", "- messages expire"));
    expect(beside.timeline.map((entry) => [entry.line, entry.time])).toEqual([
      [3, expect.objectContaining({ text: "10:00" })],
      [7, null],
    ]);
    const untimed = extract("u.md", md("## Timeline", "", "- deploy starts", "- errors rise"));
    expect(untimed.timeline.map((entry) => [entry.line, entry.time])).toEqual([
      [3, null],
      [4, null],
    ]);
  });

  it('keeps an author\'s "unknown" as the time as written, with no clock time', () => {
    const doc = extract("u.md", md("## Timeline", "", "### 2026-03-02", "* `unknown` - messages submitted", "* `10:34` - expiry noticed"));
    expect(doc.timeline.map((entry) => [entry.line, entry.time?.text, entry.minutes, entry.date])).toEqual([
      [4, "unknown", null, "2026-03-02"],
      [5, "10:34", 10 * 60 + 34, "2026-03-02"],
    ]);
  });

  it('reads the day written after the time: "02:54 AM PST Monday Nov 1st", the year from the title', () => {
    const doc = extract("d.md", md("# Dust storm of Oct 2021", "", "## Timeline", "", "16:05 PM PST Sunday Oct 31st: trough", "", "- 02:54 AM PST Monday Nov 1st: second peak"));
    expect(doc.timeline.map((entry) => [entry.line, entry.date, entry.minutes])).toEqual([
      [5, "2021-10-31", 16 * 60 + 5],
      [7, "2021-11-01", 2 * 60 + 54],
    ]);
  });

  it("leaves the time zone out of the event", () => {
    const doc = extract("z.md", md("## Timeline", "", "- 13:14 EDT (17:14 UTC): a user reports a phish", "- **16:58 UTC** - writer saturates", "- 14:05 IT team paged"));
    expect(doc.timeline.map((entry) => entry.event)).toEqual(["a user reports a phish", "writer saturates", "IT team paged"]);
  });

  it("leaves a **Note:** bullet out of a timed list", () => {
    const noted = extract("n.md", md("## Timeline", "", "- **18:00 UTC** - deploy", "- **18:12 UTC** - recovered", "- **Note:** the status page was not updated"));
    expect(noted.timeline.map((entry) => entry.line)).toEqual([3, 4]);
  });

  it("reads timeline paragraphs one entry per line that starts with a time", () => {
    const lines = extract("p.md", md("## Timeline", "", "12:45 PM PST: first wave begins", "13:55 PM PST: alarms fire", "", "Notes without a time."));
    expect(lines.timeline.map((entry) => [entry.line, entry.minutes])).toEqual([
      [3, 12 * 60 + 45],
      [4, 13 * 60 + 55],
    ]);
  });
});

describe("numbered items with bold titles and a separate list of details", () => {
  const doc = fixture("titled-items.md");
  const byLine = (line: number) => doc.actions.find((action) => action.line === line)!;

  it("counts each titled item once, with the bullets after it as its body", () => {
    expect(doc.actions.slice(0, 4).map((action) => [action.line, action.title, action.status])).toEqual([
      [7, "Fail the search API over to the replica", "done"],
      [13, "Rebuild the primary index", "done"],
      [20, "Announce the recovery", "done"],
      [25, "Alert on index segment count", "open"],
    ]);
    expect(byLine(7).text).toContain("Replica disk headroom");
    expect(byLine(13).text).toContain("Then the synonym tables.");
  });

  it("reads field bullets among the details as the item's fields", () => {
    expect(byLine(25)).toMatchObject({ owner: { text: "@lena", line: 28 }, due: { text: "2026-08-14", line: 29 } });
  });

  it("keeps bullets as actions after a group title, and task items or bold-led bullets after a titled item", () => {
    expect(doc.actions.slice(4).map((action) => [action.line, action.title])).toEqual([
      [34, "Add a merge backlog panel to the search dashboard"],
      [35, "Write the replica failover runbook"],
      [37, "Rotate the index encryption keys"],
      [39, "Schedule the rotation window"],
      [40, "Tell the data team"],
      [42, "Harden the indexer"],
      [44, "Retry budget: cap retries at three per document"],
      [45, "Backpressure: pause the consumer when the merge queue is full"],
    ]);
  });

  it("leaves bullets that follow a list of the same kind alone", () => {
    const doc = extract("s.md", md("## Action items", "", "- **Add an alert**", "", "* Write the runbook", "* Drop the old index"));
    expect(doc.actions.map((action) => action.title)).toEqual(["Add an alert", "Write the runbook", "Drop the old index"]);
  });
});
