/**
 * An invented collection for pm report's tests, counted by hand (today = 2026-03-01):
 * - checkout (2026-01-05, SEV2, owner @alice): detected after 10 min, resolved after 90;
 *   actions: done (due 01-20), open @bob due 02-01 (overdue).
 * - login (2026-01-20, SEV-1): detected after 5 min, resolved after 30; actions: open with owner
 *   TBD and no due date, dropped (due 02-01).
 * - search (2026-04-10, P2): no times; action open @bob due 05-01; factors in clusters.
 * - undated (no date anywhere): action open @carol due 02-15 (overdue).
 */
export const TODAY = "2026-03-01";

export const COLLECTION: Record<string, string> = {
  "2026-01-05-checkout.md": `---
incident_date: 2026-01-05
severity: SEV2
owner: "@alice"
---

# Checkout errors after a release

## Summary

Checkout failed for 90 minutes for about 20% of buyers.

## Timeline

- 10:00 Errors began for checkout (fact)
- 10:10 Alert fired and on-call paged (fact)
- 10:40 Rolled back the release (fact)
- 11:30 Incident resolved (fact)

## Contributing factors

| Factor | Category |
|---|---|
| The release skipped the canary | Process |
| On-call was new to the service | People |

## Action items

- [x] Add checkout to the canary — owner: @alice, due 2026-01-20
- [ ] Alert on checkout error rate — owner: @bob, due 2026-02-01
`,
  "2026-01-20-login.md": `# Login outage

**Date:** 2026-01-20
**Severity:** SEV-1

## Summary

Nobody could log in for 30 minutes.

## Timeline

- 09:00 Errors began on login (fact)
- 09:05 On-call paged (fact)
- 09:30 Incident resolved (fact)

## Contributing factors

- A certificate expired unnoticed.

## Action items

- [ ] Track certificate expiry — owner: TBD
- [ ] ~~Replace the login service~~ — owner: @dana, due 2026-02-01
`,
  "2026-04-10-search.md": `---
incident_date: 2026-04-10
severity: P2
---

# Search results were stale

## Summary

Search served day-old results.

## Contributing factors

### Technology

- The indexer's queue filled up.

### Process

- No one watched the index age.

## Action items

- [ ] Alert on index age — owner: @bob, due 2026-05-01
`,
  "undated.md": `# Billing export failed

## Summary

The nightly billing export did not run.

## Action items

- [ ] Retry the export on failure — owner: @carol, due 2026-02-15
`,
};
