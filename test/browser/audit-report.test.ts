/**
 * The audit's HTML report in a real browser: it renders, its charts match the data, its filters
 * work, markup and script carried by state data stay text, and the page makes no request at all.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { command } from "../../cli/commands/audit";
import type { AuditReport } from "../../cli/report/model";
import { renderPage } from "../../cli/report/page";
import { runCommand } from "../cli/support/run-command";
import { awsProvider, PACK_DIR, providerRef, stackEntry, stackExport, tempDir, urn, volume, writeJson } from "../cli/support/state";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const OUTPUT_DIR = path.join(PACK_DIR, "test-output");
const IMG = `<img src=x onerror="window.__pwned='img'">`;
const SCRIPT = `<script>window.__pwned='script'</script>`;

const provider = awsProvider("default_7_48_0", { owner: "mei.chen" });
const stateFile = writeJson(
  tempDir(),
  "state.json",
  stackExport([
    stackEntry(),
    provider,
    volume("plain", { encrypted: false, tags: {} }, { provider: providerRef(provider) }),
    volume("also-plain", { encrypted: false }),
    volume("legacy-1", { encrypted: false }),
    volume(IMG, { encrypted: false, tags: { owner: SCRIPT, note: IMG } }),
    volume(SCRIPT, { tags: { owner: IMG } }),
    // A long unbroken name and URN must wrap inside its cell, not widen the table.
    volume(`wide-${"x".repeat(300)}`, { encrypted: false, tags: { owner: "mei.chen" } }),
    {
      urn: urn("azure-native:storage:StorageAccount", "acct"),
      type: "azure-native:storage:StorageAccount",
      custom: true,
      id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct",
      outputs: { enableHttpsTrafficOnly: false, tags: { owner: "lena.fischer" } },
    },
  ]),
);

let browser: Browser;
let page: Page;
let report: AuditReport;
const requests: string[] = [];
const dialogs: string[] = [];
const consoleMessages: string[] = [];
const pageErrors: string[] = [];

async function visibleRows(): Promise<number> {
  return page.locator("#findings tbody tr:visible").count();
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const html = path.join(OUTPUT_DIR, "audit-report.html");
  const argv = [stateFile, "--now", "2026-11-23", "--include-not-applicable"];
  expect((await runCommand(command, [...argv, "--format", "html", "--output", html])).code).toBe(1);
  report = JSON.parse((await runCommand(command, [...argv, "--format", "json"])).stdout);

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Every request the page makes is recorded and refused; the document itself is the only load.
  const documentUrl = pathToFileURL(html).href;
  await context.route("**/*", async (route) => {
    if (route.request().url() === documentUrl) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  page = await context.newPage();
  page.on("request", (request) => {
    if (request.url() !== documentUrl) requests.push(request.url());
  });
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on("console", (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(documentUrl, { waitUntil: "load" });
  await page.waitForTimeout(300);
});

afterAll(async () => {
  await browser?.close();
});

describe("the HTML audit report", () => {
  it("renders the summary", async () => {
    await expect(page.title()).resolves.toBe("Shared-responsibility audit");
    expect(await page.locator("#card-result .value").textContent()).toBe(report.summary.failed ? "FAIL" : "PASS");
    expect(await page.locator("#card-mandatory .value").textContent()).toBe(String(report.summary.failByLevel.mandatory));
    expect(await page.locator("#card-advisory .value").textContent()).toBe(String(report.summary.failByLevel.advisory));
    expect(await page.locator("#findings tbody tr").count()).toBe(report.findings.length);
    await page.screenshot({ path: path.join(OUTPUT_DIR, "audit-report.png"), fullPage: true });
    await page.screenshot({ path: path.join(OUTPUT_DIR, "audit-report-top.png") });
    expect(existsSync(path.join(OUTPUT_DIR, "audit-report.png"))).toBe(true);
  });

  it("fits 1280 px without horizontal scrolling, every column inside the window", async () => {
    // A string, evaluated in the page: this file is type-checked without the DOM library.
    const widths = (await page.evaluate(`({
      document: document.documentElement.scrollWidth,
      table: document.getElementById("findings").getBoundingClientRect().right,
      message: document.querySelector("#findings tbody td.message").getBoundingClientRect().right,
    })`)) as { document: number; table: number; message: number };
    expect(widths.document).toBeLessThanOrEqual(1280);
    expect(widths.table).toBeLessThanOrEqual(1280);
    expect(widths.message).toBeGreaterThan(0);
    expect(widths.message).toBeLessThanOrEqual(1280);
  });

  it("shows the code spans of messages as code, and the generation time for people", async () => {
    const code = await page.locator("#findings td.message code").allTextContents();
    expect(code).toContain("encrypted");
    const messages = await page.locator("#findings td.message").allTextContents();
    expect(messages.some((text) => text.includes("`"))).toBe(false);
    const subtitle = (await page.locator("header p").textContent()) ?? "";
    expect(subtitle).toMatch(
      /Generated \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} at \d{2}:\d{2} UTC/,
    );
    expect(subtitle).not.toMatch(/\d{2}T\d{2}:/);
  });

  it("draws one bar per duty and per accountable person, with the violation counts", async () => {
    const violations = report.findings.filter((finding) => finding.status === "fail");
    const expectedByDuty = new Map<string, number>();
    for (const finding of violations) expectedByDuty.set(finding.duty, (expectedByDuty.get(finding.duty) ?? 0) + 1);
    const bars = await page
      .locator("#chart-duty g.row")
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.getAttribute("data-key"),
          Number(row.getAttribute("data-count")),
          row.querySelector("text.count")?.textContent,
        ]),
      );
    expect(new Map(bars.map(([key, count]) => [key, count]))).toEqual(expectedByDuty);
    for (const [, count, label] of bars) expect(label).toBe(String(count));

    const expectedByPerson = new Map<string, number>();
    for (const finding of violations) {
      const key = finding.accountable?.id ?? "-none";
      expectedByPerson.set(key, (expectedByPerson.get(key) ?? 0) + 1);
    }
    const personBars = await page
      .locator("#chart-accountable g.row")
      .evaluateAll((rows) => rows.map((row) => [row.getAttribute("data-key"), Number(row.getAttribute("data-count"))] as const));
    expect(new Map(personBars)).toEqual(expectedByPerson);

    // Bar lengths are proportional to the counts: the longest bar is the largest count.
    const widths = await page
      .locator("#chart-duty rect.bar")
      .evaluateAll((rects) => rects.map((rect) => Number(rect.getAttribute("width"))));
    const counts = bars.map(([, count]) => Number(count));
    const max = Math.max(...counts);
    widths.forEach((width, index) => {
      expect(width).toBeCloseTo((Number(counts[index]) / max) * 260, -1);
    });
  });

  it.each<[string, (finding: AuditReport["findings"][number]) => string, string]>([
    ["duty", (finding) => finding.duty, "encryption-at-rest"],
    ["owner", (finding) => finding.owner?.id ?? "", "mei.chen"],
    ["severity", (finding) => finding.severity, "medium"],
  ])("filters the findings by %s", async (name, fieldOf, value) => {
    const expected = report.findings.filter((finding) => fieldOf(finding) === value).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(report.findings.length);
    await page.selectOption(`#filter-${name}`, value);
    expect(await visibleRows()).toBe(expected);
    expect(await page.locator("#shown").textContent()).toBe(String(expected));
    await page.selectOption(`#filter-${name}`, "");
    expect(await visibleRows()).toBe(report.findings.length);
  });

  it("combines filters", async () => {
    await page.selectOption("#filter-duty", "ownership");
    await page.selectOption("#filter-severity", "high");
    const expected = report.findings.filter((finding) => finding.duty === "ownership" && finding.severity === "high").length;
    expect(await visibleRows()).toBe(expected);
    await page.selectOption("#filter-duty", "");
    await page.selectOption("#filter-severity", "");
  });

  it("shows markup and script from state data as text, and never runs it", async () => {
    const cells = await page.locator("#findings tbody td").allTextContents();
    expect(cells.some((text) => text.includes(IMG))).toBe(true);
    expect(cells.some((text) => text.includes(SCRIPT))).toBe(true);
    expect(await page.locator("#findings img, #findings script").count()).toBe(0);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(1);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it("makes no request and breaks no Content-Security-Policy rule", async () => {
    expect(requests).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleMessages).toEqual([]);
    const html = readFileSync(path.join(OUTPUT_DIR, "audit-report.html"), "utf8");
    expect(html).toContain(`http-equiv="Content-Security-Policy"`);
  });
});

describe("the HTML report of thousands of findings", () => {
  it("shows one page of findings at a time, pages through them, and stays within 1280 px", async () => {
    const many = writeJson(
      tempDir(),
      "many.json",
      stackExport([
        stackEntry(),
        ...Array.from({ length: 1200 }, (_, index) => volume(`vol-${index}`, { encrypted: false, tags: { owner: "mei.chen" } })),
      ]),
    );
    const html = path.join(OUTPUT_DIR, "audit-report-many.html");
    expect((await runCommand(command, [many, "--now", "2026-11-23", "--format", "html", "--output", html])).code).toBe(1);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const big = await context.newPage();
    const errors: string[] = [];
    big.on("pageerror", (error) => errors.push(error.message));
    await big.goto(pathToFileURL(html).href, { waitUntil: "load" });
    const total = await big.locator("#findings tbody tr").count();
    expect(total).toBeGreaterThan(2000);
    const visible = () => big.locator("#findings tbody tr:visible").count();
    expect(await visible()).toBe(100);
    expect(await big.locator("#page").textContent()).toBe(`page 1 of ${Math.ceil(total / 100)}`);
    const size = (await big.evaluate(
      "({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight })",
    )) as { width: number; height: number };
    expect(size.width).toBeLessThanOrEqual(1280);
    expect(size.height).toBeLessThan(25_000);
    const first = await big.locator("#findings tbody tr:visible").first().textContent();
    await big.click("#page-next");
    expect(await big.locator("#page").textContent()).toBe(`page 2 of ${Math.ceil(total / 100)}`);
    expect(await big.locator("#findings tbody tr:visible").first().textContent()).not.toBe(first);
    await big.selectOption("#filter-severity", "high");
    expect(await big.locator("#page").textContent()).toMatch(/^page 1 of /);
    expect(await big.locator("#page-previous").isDisabled()).toBe(true);
    await big.screenshot({ path: path.join(OUTPUT_DIR, "audit-report-many.png") });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the page shell's Content-Security-Policy", () => {
  it("blocks markup that escaped escaping: no request, no handler, and the violation is seen by these listeners", async () => {
    // A negative control: were a data string ever left unescaped, the policy still stops it.
    const context = await browser.newContext();
    const seen: string[] = [];
    const messages: string[] = [];
    await context.route("**/*", async (route) => {
      seen.push(route.request().url());
      await route.abort();
    });
    const probe = await context.newPage();
    probe.on("console", (message) => messages.push(message.text()));
    const html = renderPage({
      title: "probe",
      body: `<img src="https://example.invalid/x.png" onerror="window.__pwned='img'"><script>window.__pwned='script'</script>`,
      script: "document.title = 'probe ran';",
    });
    await probe.setContent(html, { waitUntil: "load" });
    await probe.waitForTimeout(300);
    expect(await probe.title()).toBe("probe ran");
    expect(await probe.evaluate(() => (globalThis as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(seen).toEqual([]);
    expect(messages.some((text) => text.includes("Content Security Policy"))).toBe(true);
    await context.close();
  });
});
