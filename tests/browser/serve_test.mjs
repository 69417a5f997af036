// finlint serve in Chromium, as a compliance officer uses it: paste a post, see its spans
// marked by severity, click one for its basis, apply safe rewrites (a disclosure from a
// finding's card, an annualized rate from a mark's pop-over) and see those findings go,
// copy the fixed text to the clipboard, open a GBK file, and paste a post holding <script>,
// which is shown and never run. Screenshots go to SHOTS.
//   node serve_test.mjs FINLINT TOOLS_DIR SHOTS
import { spawn } from "node:child_process";
import path from "node:path";

import { equal, marks, ok, openBrowser, openMark, run, screenshot, watchedPage } from "./common.mjs";

const [finlint, tools, shots] = process.argv.slice(2).map((a) => path.resolve(a));

const POST = "这款理财保本保息，稳赚不赔！年化收益最高8%";
const LOAN = "急用钱？贷款日息0.05%，马上申请！";
const SCRIPT_POST = "<script>alert(1)</script>这款理财保本保息\n" +
  "<img src=x onerror=\"alert(2)\"> 稳赚不赔 <b onmouseover=alert(3)>看这里</b>";
// 这款理财保本保息 in GBK, as an old file from a content system would hold it.
const GBK = Buffer.from([0xd5, 0xe2, 0xbf, 0xee, 0xc0, 0xed, 0xb2, 0xc6, 0xb1, 0xa3, 0xb1,
  0xbe, 0xb1, 0xa3, 0xcf, 0xa2, 0x0a]);

// Starts the server on a free port; resolves to it and its address once it listens.
function startServer() {
  const server = spawn(finlint, ["serve", "--port", "0", "--no-config"],
    { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  server.stderr.on("data", (d) => { err += d; });
  const exited = new Promise((resolve) => server.on("exit", (code, signal) => resolve({ code, signal })));
  const listening = new Promise((resolve, reject) => {
    server.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/^finlint serve: (http:\/\/127\.0\.0\.1:\d+\/)$/m);
      if (m) resolve(m[1]);
    });
    exited.then(({ code }) => reject(new Error(`finlint serve exited (${code}): ${err}`)));
  });
  return { server, listening, exited, stderr: () => err };
}

// Waits until the page has answered: no request under way.
async function settled(page) {
  await page.waitForFunction(() => document.getElementById("view").getAttribute("aria-busy") === "false");
}

async function checkText(page, text) {
  await page.fill("#input", text);
  await page.click("#check");
  await settled(page);
}

function findingRules(page) {
  return page.$$eval("#view .findings li.finding", (all) => all.map((f) => f.dataset.rule));
}

const browser = await openBrowser(tools);  // or a skip, before there is a server to stop
const { server, listening, exited, stderr } = startServer();
let page;
await run(shots, async () => {
  const url = await listening;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: url.slice(0, -1) });
  const watched = await watchedPage(context);
  page = watched.page;
  const seen = watched.seen;
  await page.goto(url);

  // A violating post: every claim marked, coloured by severity.
  await checkText(page, POST);
  equal(await marks(page), [
    { text: "理财", class: "sev-error" },
    { text: "保本保息", class: "sev-error" },
    { text: "稳赚不赔", class: "sev-error" },
    { text: "年化收益最高8%", class: "sev-warning" },
  ], "the post's marked spans and their severity");
  equal(await page.textContent("#status"), "发现 4 处问题：3 个错误，1 个警告，0 个提示。",
    "the status line");
  await screenshot(page, shots, "serve-findings.png", { fullPage: true });

  // A click on a span shows its rule, message, basis and rewrite.
  const popover = await openMark(page, "section.file", "保本保息", [
    "guaranteed-return/principal", "不得明示或暗示理财、基金等投资产品保本", "依据",
    "《中华人民共和国广告法》第二十五条", "改写", "本产品为非保本浮动收益型"]);
  await screenshot(page, shots, "serve-popover.png");
  await page.keyboard.press("Escape");
  await popover.waitFor({ state: "hidden" });

  // The missing risk warning's safe fix, from its card: the finding goes, the text ends
  // with the warning.
  await page.locator('.findings li.finding[data-rule="missing-risk-disclosure/wealth"] button.apply').click();
  await settled(page);
  const disclosed = await page.inputValue("#input");
  ok(disclosed.startsWith(POST) && disclosed.includes("理财非存款、产品有风险、投资须谨慎"),
    `the disclosure is appended: ${JSON.stringify(disclosed)}`);
  ok(!(await findingRules(page)).includes("missing-risk-disclosure/wealth"),
    "the missing-disclosure finding is gone after its fix");
  ok((await page.textContent("#status")).startsWith("已应用 1 处改写。发现 3 处问题"),
    "the status says the fix was applied");

  // A daily loan rate: its annualized rewrite, from the mark's pop-over.
  await checkText(page, LOAN);
  const before = await findingRules(page);
  ok(before.includes("loan-rate-disclosure/daily-rate"), `the daily rate is found: ${before}`);
  await openMark(page, "section.file", "日息", ["年化利率（单利）约18.25%"]);
  await popover.locator("button.apply").click();
  await settled(page);
  const fixed = await page.inputValue("#input");
  ok(fixed.includes("年化利率（单利）约18.25%"), `the rate is annualized: ${JSON.stringify(fixed)}`);
  ok(!(await findingRules(page)).includes("loan-rate-disclosure/daily-rate"),
    "the daily-rate finding is gone after its rewrite");
  await screenshot(page, shots, "serve-fixed.png", { fullPage: true });

  // The copy button puts the text, as fixed, on the clipboard.
  await page.click("#copy");
  await page.waitForFunction(() => document.getElementById("status").textContent.startsWith("已复制"));
  equal(await page.evaluate(() => navigator.clipboard.readText()), fixed,
    "the clipboard holds the fixed text");

  // A post holding markup is shown as text; nothing in it runs.
  await checkText(page, SCRIPT_POST);
  equal(await page.$$eval("#view ol.text li", (lines) => lines.map((l) => l.textContent)),
    SCRIPT_POST.split("\n"), "the post's lines are shown as written");
  await page.hover("#view ol.text li:nth-child(2)");
  equal(await page.$$eval("#view script, #view img, #view b", (e) => e.length), 0,
    "no element of the post is in the page");
  equal(seen.dialogs, [], "no dialog opened");
  await screenshot(page, shots, "serve-script.png", { fullPage: true });

  // A GBK file opened from disk is read as GB18030 and checked as Markdown.
  await page.setInputFiles("#file", { name: "旧文案.md", mimeType: "text/markdown", buffer: GBK });
  await page.waitForFunction(() => document.getElementById("source").textContent === "旧文案.md");
  await settled(page);
  equal(await page.inputValue("#type"), "post.md", "the format follows the file's extension");
  equal(await page.inputValue("#input"), "这款理财保本保息\n", "the GBK file is decoded");
  ok((await marks(page)).some((m) => m.text === "保本保息"), "the file's claim is marked");

  equal(seen.requests.filter((u) => !u.startsWith(url)), [], "no request leaves the server");
  equal(seen.errors, [], "no script error or policy violation");
}, () => page);

await browser.close();
server.kill("SIGINT");
const { code, signal } = await exited;
if (process.exitCode !== 1) {
  await run(shots, async () => {
    equal({ code, signal }, { code: 0, signal: null }, "finlint serve stops on SIGINT with status 0");
    ok(stderr().includes("stopping (SIGINT)"), "it says why it stops");
  }, () => null);
}
