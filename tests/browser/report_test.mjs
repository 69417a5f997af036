// An html report (finlint check --format html) opened from disk in Chromium: its summary
// agrees with --format json on the same files, every finding's span is marked with its
// severity, a click on a mark shows the basis, and the posts' own <script>, event
// attributes and images neither run nor load: the page asks for nothing but file: and data:
// URLs. Screenshots go to SHOTS.
//   node report_test.mjs FINLINT TOOLS_DIR SHOTS
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { equal, ok, openBrowser, openMark, run, screenshot, watchedPage } from "./common.mjs";

const [finlint, tools, shots] = process.argv.slice(2).map((a) => path.resolve(a));

const POSTS = {
  "理财推广.txt": "【新品】这款理财保本保息，稳赚不赔！\n年化收益最高8%，全网最低门槛。\n",
  "script.txt": "<script>alert(1)</script>保本理财\n<img src=x onerror=\"alert(2)\">稳赚不赔\n",
  "page.html": "<p>年化收益最高8%<script>alert(3)</script></p>\n" +
    "<img src=\"http://127.0.0.1:9/track.png\" alt=\"保本保息\" onerror=\"alert(4)\">\n",
  "clean.md": "# 存款\n\n本行存款利率以网点公告为准。\n",
};

function check(dir, format) {
  const r = spawnSync(finlint, ["check", "--no-config", "--format", format, ...Object.keys(POSTS)],
    { cwd: dir, encoding: "utf-8" });
  if (r.status !== 1) throw new Error(`finlint check --format ${format}: status ${r.status}: ${r.error || r.stderr}`);
  return r.stdout;
}

const dir = mkdtempSync(path.join(tmpdir(), "finlint-report-"));
let browser;
let page;
await run(shots, async () => {
  for (const [name, text] of Object.entries(POSTS)) writeFileSync(path.join(dir, name), text);
  const report = path.join(dir, "report.html");
  writeFileSync(report, check(dir, "html"));
  const json = JSON.parse(check(dir, "json"));

  browser = await openBrowser(tools);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const watched = await watchedPage(context);
  page = watched.page;
  const seen = watched.seen;
  await page.goto(pathToFileURL(report).href);

  // The summary's totals are the JSON summary's.
  const totals = await page.$$eval(".totals .total", (all) => all.map((t) => t.textContent));
  const s = json.summary;
  equal(totals, [`${s.files}文件`, `${s.findings}处问题`, `${s.error}错误`, `${s.warning}警告`,
    `${s.info}提示`], "the totals");
  equal(await page.$$eval("table.files tr td:first-child", (c) => c.map((x) => x.textContent)),
    json.files.map((f) => f.path), "every file is listed, in order");
  equal(await page.textContent("table.files tr:last-child td:last-child"), "未发现问题",
    "the clean file is listed as clean");

  // Each finding of each file: its marks, joined, are its text; alone, they bear its severity.
  for (const [i, file] of json.files.entries()) {
    for (const [k, finding] of file.findings.entries()) {
      const id = `f${i + 1}-${k + 1}`;
      const pieces = await page.$$eval("section.file mark", (all, id) => all
        .filter((m) => m.dataset.findings.split(" ").includes(id))
        .map((m) => ({ text: m.textContent, ids: m.dataset.findings, class: m.className })), id);
      equal(pieces.map((p) => p.text).join(""), finding.text,
        `${file.path}: the marks of ${finding.rule} hold its text`);
      for (const p of pieces.filter((p) => p.ids === id)) {
        equal(p.class, `sev-${finding.severity}`, `${file.path}: ${finding.rule} is marked as ${finding.severity}`);
      }
    }
  }
  equal(await page.$$eval("section.file", (all) => all.length),
    json.files.filter((f) => f.findings.length > 0).length, "a section for each file with findings");

  // The posts' markup is text on the page.
  equal(await page.$$eval("#file-2 ol.text li", (lines) => lines.map((l) => l.textContent)),
    POSTS["script.txt"].trimEnd().split("\n"), "script.txt is shown as written");
  equal(await page.$$eval("#file-3 ol.text li", (lines) => lines.map((l) => l.textContent)),
    POSTS["page.html"].trimEnd().split("\n"), "page.html's source is shown as written");
  equal(await page.evaluate(() => document.scripts.length), 1, "the page's own script is its only one");
  equal(await page.$$eval("main img, main [onerror]", (e) => e.length), 0, "no element of a post is in the page");

  // A click on a span shows its rule, message, basis and rewrite.
  const popover = await openMark(page, "#file-1", "保本保息", ["guaranteed-return/principal",
    "《中华人民共和国广告法》第二十五条", "本产品为非保本浮动收益型"]);
  await screenshot(page, shots, "report-popover.png");
  await page.keyboard.press("Escape");
  await popover.waitFor({ state: "hidden" });
  await screenshot(page, shots, "report.png", { fullPage: true });

  equal(seen.dialogs, [], "no dialog opened");
  equal(seen.requests.filter((u) => !u.startsWith("file:") && !u.startsWith("data:")), [],
    "no request but file: and data:");
  equal(seen.errors, [], "no script error or policy violation");
}, () => page);

if (browser) await browser.close();
rmSync(dir, { recursive: true, force: true });
