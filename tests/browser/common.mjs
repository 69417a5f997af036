// What the browser tests share: Playwright's core from the folder scripts/browser-tools.sh
// installs it into, Debian's Chromium, or a skip (exit 77) saying what is missing; checks
// that print what was expected and what was found; screenshots.
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export const SKIP = 77;
const CHROMIUM = "/usr/bin/chromium";

function skip(why) {
  console.log(`SKIP: ${why}`);
  process.exit(SKIP);
}

// Chromium through playwright-core, with a context that records every request and dialog.
export async function openBrowser(tools) {
  const core = path.resolve(tools, "node_modules", "playwright-core");
  if (!existsSync(core)) {
    skip(`no playwright-core in ${tools} (bash scripts/browser-tools.sh ${tools} installs it)`);
  }
  if (!existsSync(CHROMIUM)) skip(`no ${CHROMIUM} (Debian's chromium package)`);
  const { chromium } = createRequire(import.meta.url)(core);
  // A root container has no user namespaces for Chromium's sandbox.
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
}

// A page that fails the test on any dialog (alert, confirm …) and keeps the URLs it asked for.
export async function watchedPage(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(60000);  // a hang guard, slow machines and sanitizer builds included
  const seen = { dialogs: [], requests: [], errors: [] };
  page.on("dialog", (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss();
  });
  page.on("request", (request) => seen.requests.push(request.url()));
  page.on("pageerror", (error) => seen.errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") seen.errors.push(message.text());
  });
  return { page, seen };
}

export function equal(actual, expected, what) {
  assert.deepStrictEqual(actual, expected, `${what}:\n  expected ${JSON.stringify(expected)}\n` +
    `  found    ${JSON.stringify(actual)}`);
  console.log(`ok - ${what}`);
}

export function ok(value, what) {
  assert.ok(value, what);
  console.log(`ok - ${what}`);
}

export async function screenshot(page, dir, name, options = {}) {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  await page.screenshot({ path: file, ...options });
  console.log(`screenshot: ${file}`);
}

// The marks of the view: text, severity class and the findings they name, in order.
export function marks(page, scope = "") {
  return page.$$eval(`${scope} section.file mark`, (all) => all.map((m) => ({
    text: m.textContent,
    class: m.className,
  })));
}

// Clicks the mark holding `text` (in `scope`), centred first so that its pop-over is seen
// whole, and checks that the pop-over shows each of `parts`; returns the pop-over.
export async function openMark(page, scope, text, parts) {
  const mark = page.locator(`${scope} mark`, { hasText: text }).first();
  await mark.evaluate((m) => m.scrollIntoView({ block: "center" }));
  await mark.click();
  const popover = page.locator("#popover");
  await popover.waitFor({ state: "visible" });
  const details = await popover.innerText();
  for (const part of parts) ok(details.includes(part), `the pop-over of ${text} shows ${part}`);
  return popover;
}

// Runs `body`, and on failure saves a screenshot of `page()` beside the others, then exits 1.
export async function run(shots, body, page) {
  try {
    await body();
  } catch (error) {
    console.error(`FAILED: ${error.stack || error}`);
    const p = page();
    if (p) await screenshot(p, shots, "FAILED.png", { fullPage: true }).catch(() => {});
    process.exitCode = 1;
  }
}
