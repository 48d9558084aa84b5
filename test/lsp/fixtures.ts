import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../helpers/cli.js";

/** A postmortem with three known problems: no Contributing factors section, an unlabelled timeline entry (line 23), an action table without an Owner column (line 30). */
export const QUEUE_BACKLOG = `---
title: Queue backlog after a poison message
incident_date: 2026-03-09
owner: Ana Ruiz
---

# Queue backlog after a poison message (2026-03-09)

## Summary

On 2026-03-09 the order queue backed up for 40 minutes (10:00-10:40 UTC) after one malformed
message stopped the consumer; about 1,200 orders were delayed by up to 40 minutes.

## Impact

- 1,200 orders delayed by up to 40 minutes.

## Timeline

All times UTC.

- 10:02 Queue depth alert fires (fact, source: alert 991)
- 10:15 The consumer stalled on a malformed message
- 10:40 Consumer restarted with the message skipped (fact, source: deploy log)

## Action items

| Action | Due | Success signal |
|---|---|---|
| Add a dead-letter queue for the order consumer | 2026-04-01 | Malformed messages land in the dead-letter queue in the next drill |
| Alert on consumer lag above 5 minutes | 2026-04-01 | The lag alert fires within 5 minutes in the next drill |
`;

export const CLEAN = readFileSync(path.join(ROOT, "fixtures/examples/search-outage.md"), "utf8");

/**
 * A workspace as a team has it: postmortems/ with the problem document and a clean one, a README
 * outside the postmortems folder, and postmortems/quiet/ with its own config turning
 * required-sections off.
 */
export function workspace(): { dir: string; uri: (relative: string) => string } {
  const dir = mkdtempSync(path.join(tmpdir(), "pm-lsp-"));
  mkdirSync(path.join(dir, "postmortems/quiet"), { recursive: true });
  writeFileSync(path.join(dir, "postmortems/2026-03-09-queue-backlog.md"), QUEUE_BACKLOG);
  writeFileSync(path.join(dir, "postmortems/2026-04-09-search.md"), CLEAN);
  writeFileSync(path.join(dir, "postmortems/quiet/2026-03-09-queue-backlog.md"), QUEUE_BACKLOG);
  writeFileSync(path.join(dir, "postmortems/quiet/.pmrc.yaml"), "rules:\n  required-sections: off\n");
  writeFileSync(path.join(dir, "README.md"), "# Team notes\n\nOwner: TBD\n");
  return { dir, uri: (relative) => pathToFileURL(path.join(dir, relative)).href };
}
