/**
 * pm report's page in a real browser: headless Chromium (the Debian package) driven by
 * puppeteer-core, which downloads no browser. Skipped where /usr/bin/chromium is absent; CI
 * installs it (.ci/run) and sets PM_REQUIRE_BROWSER, so there it fails instead. Screenshots go to .screenshots/ (gitignored) for a person to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pm, ROOT } from "../helpers/cli.js";
import { COLLECTION, TODAY } from "../report/collection.js";
import { HOSTILE, HOSTILE_FILE } from "../report/hostile.js";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOTS = path.join(ROOT, ".screenshots");
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

type Browser = import("puppeteer-core").Browser;
type Page = import("puppeteer-core").Page;

const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser) process.stderr.write(`pm report browser test skipped: no ${CHROMIUM} (apt-get install chromium to run it)\n`);
if (!hasBrowser && process.env.PM_REQUIRE_BROWSER) throw new Error(`${CHROMIUM} is missing and PM_REQUIRE_BROWSER is set: install it with apt-get install chromium`);

describe.skipIf(!hasBrowser)("pm report in headless Chromium", { timeout: 120_000 }, () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), "pm-report-browser-"));
    mkdirSync(path.join(root, "postmortems"));
    for (const [name, text] of Object.entries({ ...COLLECTION, [HOSTILE_FILE]: HOSTILE })) writeFileSync(path.join(root, "postmortems", name), text);
    const run = pm(["report", "--today", TODAY, "-o", "report.html"], { cwd: root });
    expect(run.code).toBe(0);
    const { launch } = await import("puppeteer-core");
    browser = await launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
    page = await browser.newPage();
    const url = pathToFileURL(path.join(root, "report.html")).href;
    page.on("request", (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(url, { waitUntil: "load" });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("draws every chart, makes no request, runs nothing from the documents", async () => {
    const charts = await page.$$eval("figure.chart", (figures) =>
      figures.map((figure) => {
        const svg = figure.querySelector("svg");
        const box = svg?.getBoundingClientRect();
        return { id: figure.getAttribute("data-chart"), width: box?.width ?? 0, height: box?.height ?? 0, marks: svg?.querySelectorAll("path, circle, rect, line").length ?? 0 };
      }),
    );
    expect(charts.map((chart) => chart.id)).toEqual(["incidents-per-month", "time-to-detect", "time-to-mitigate", "time-to-resolve", "action-status", "action-age", "owners", "grades", "dimensions", "factor-clusters"]);
    for (const chart of charts) {
      expect(chart.width, chart.id!).toBeGreaterThan(200);
      expect(chart.height, chart.id!).toBeGreaterThan(50);
      expect(chart.marks, chart.id!).toBeGreaterThan(3);
    }
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.$$eval("img", (images) => images.length)).toBe(0);
    expect(await page.$eval("body", (body) => body.textContent)).toContain("<script>alert('title')</script>");
  });

  it("sorts and filters the table of postmortems", async () => {
    const titles = () => page.$$eval("#postmortem-table tbody tr:not([hidden]) td:nth-child(2) a", (links) => links.map((link) => link.textContent));
    const dates = () => page.$$eval("#postmortem-table tbody tr td:first-child", (cells) => cells.map((cell) => cell.textContent));
    expect(await dates()).toEqual(["2026-01-05", "2026-01-20", "2026-02-10", "2026-04-10", "undated"]);
    await page.click("#postmortem-table th:nth-child(1) button");
    await page.click("#postmortem-table th:nth-child(1) button");
    expect(await dates()).toEqual(["2026-04-10", "2026-02-10", "2026-01-20", "2026-01-05", "undated"]);
    await page.click("#postmortem-table th:nth-child(6) button");
    const resolve = await page.$$eval("#postmortem-table tbody tr td:nth-child(6)", (cells) => cells.map((cell) => cell.textContent));
    expect(resolve).toEqual(["30 min", "1 h 30 min", "", "", ""]);

    await page.type("#postmortem-filter", "login");
    expect(await titles()).toEqual(["Login outage"]);
    expect(await page.$eval("#postmortem-count", (node) => node.textContent)).toBe("1 of 5 shown");
    await page.click("#postmortem-filter", { count: 3 });
    await page.keyboard.press("Backspace");
    await page.type("#postmortem-filter", "sev2");
    expect(await titles()).toEqual(["Checkout errors after a release", "Search results were stale"]);
    await page.click("#postmortem-filter", { count: 3 });
    await page.keyboard.press("Backspace");
    expect(await titles()).toHaveLength(5);
  });

  it("links each postmortem to its file, relatively", async () => {
    const hrefs = await page.$$eval("#postmortem-table tbody a", (links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs).toContain("postmortems/javascript%3Aalert(1).md");
    for (const href of hrefs) expect(href).toMatch(/^postmortems\//);
  });

  it("saves screenshots on a laptop and a phone, light and dark", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [name, width, height] of [["report-1280x800", 1280, 800], ["report-390x844", 390, 844]] as const) {
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
        await page.setViewport({ width, height });
        await page.evaluate("window.scrollTo(0, 0)");
        const file = path.join(SCREENSHOTS, `${name}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: false });
        expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
      }
      // Nothing wider than the screen except inside the table's own scroller.
      const overflow = Number(await page.evaluate("document.documentElement.scrollWidth - window.innerWidth"));
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
  });
});
