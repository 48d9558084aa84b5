/** A postmortem written to attack the page: markup, event handlers and script links in every field the report shows. */
export const HOSTILE_FILE = "javascript:alert(1).md";

export const HOSTILE = `---
incident_date: 2026-02-10
severity: SEV3
owner: "<img src=x onerror=alert('owner')>"
---

# <script>alert('title')</script> [click me](javascript:alert('link')) <img src=x onerror=alert('img')>

## Summary

Nothing ran.

## Action items

- [ ] <script>alert('action')</script> clean up — owner: "<b onmouseover=alert(1)>eve</b>", due 2026-02-20
- [ ] [javascript link](javascript:alert('action-link')) — owner: TBD
`;
