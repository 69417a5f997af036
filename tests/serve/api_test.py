"""finlint serve's JSON API without a browser (docs/cli.md#finlint-serve): the contract of
`check --format json` for the same text, fixes, every kind of bad request with its status and
a JSON error, a listening socket on 127.0.0.1 only, a busy port refused, concurrent requests
answered alike, and a clean stop on SIGTERM.

    python3 api_test.py FINLINT
"""
import http.client
import json
import re
import signal
import subprocess
import sys
import threading
import unittest

FINLINT = sys.argv.pop(1) if __name__ == "__main__" else "finlint"
POST = "这款理财保本保息，稳赚不赔！年化收益最高8%"
LOAN = "急用钱？贷款日息0.05%，马上申请！\n"
MiB = 1 << 20


def start(*args):
    """A server on a free port (or the one asked for): the process and its port."""
    proc = subprocess.Popen([FINLINT, "serve", "--no-config", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    m = re.fullmatch(r"finlint serve: http://127\.0\.0\.1:(\d+)/\n", line)
    if not m:
        proc.kill()
        raise AssertionError(f"no address on stdout: {line!r}; stderr: {proc.stderr.read()}")
    return proc, int(m.group(1))


class Api(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.proc, cls.port = start("--port", "0")

    @classmethod
    def tearDownClass(cls):
        cls.proc.send_signal(signal.SIGTERM)
        cls.proc.wait()
        cls.proc.stdout.close()
        cls.proc.stderr.close()

    def request(self, method, path, body=None, headers=None, chunks=None):
        """Status, headers and the JSON body (or text) of one request on a new connection."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port)
        if chunks is not None:
            conn.request(method, path, body=iter(chunks), headers=headers or {},
                         encode_chunked=True)
        else:
            conn.request(method, path, body=body, headers=headers or {})
        res = conn.getresponse()
        data = res.read()
        conn.close()
        if res.getheader("Content-Type", "").startswith("application/json"):
            data = json.loads(data)
        return res.status, res, data

    def post(self, path, body, content_type="application/json", **kw):
        if isinstance(body, dict):
            body = json.dumps(body, ensure_ascii=False)
        if isinstance(body, str):
            body = body.encode()
        return self.request("POST", path, body, {"Content-Type": content_type}, **kw)

    def assertRefused(self, answer, status, says):
        code, _, data = answer
        self.assertEqual(code, status, data)
        self.assertIsInstance(data, dict, f"a JSON error, not {data!r}")
        self.assertEqual(list(data), ["error"])
        self.assertIn(says, data["error"])

    def cli_json(self, text, name):
        r = subprocess.run([FINLINT, "check", "--no-config", "--format", "json",
                            "--stdin-filename", name, "-"], input=text.encode(),
                           capture_output=True, check=False)
        return json.loads(r.stdout)

    # What a check answers.

    def test_plain_text_answers_the_cli_contract(self):
        code, res, data = self.post("/api/check?filename=post.txt", POST, "text/plain; charset=utf-8")
        self.assertEqual(code, 200)
        self.assertEqual(res.getheader("Content-Type"), "application/json; charset=utf-8")
        self.assertEqual(data, self.cli_json(POST, "post.txt"))
        self.assertEqual(data["summary"], {"files": 1, "findings": 4, "error": 3, "warning": 1, "info": 0})

    def test_json_body_with_a_markdown_filename(self):
        text = "# 标题\n\n`保本` 代码不查，正文保本保息。\n"
        code, _, data = self.post("/api/check", {"text": text, "filename": "post.md"})
        self.assertEqual(code, 200)
        self.assertEqual(data, self.cli_json(text, "post.md"))
        # Not the `保本` of the inline code: every finding is the paragraph's, at line 3.
        findings = data["files"][0]["findings"]
        self.assertTrue(findings)
        self.assertEqual({(f["text"], f["line"], f["column"]) for f in findings}, {("保本保息", 3, 13)})

    def test_without_a_filename_the_text_is_plain_text(self):
        code, _, data = self.post("/api/check", {"text": "<p>保本</p>"})
        self.assertEqual(code, 200)
        self.assertEqual(data["files"][0]["path"], "<text>")
        self.assertEqual(data["files"][0]["findings"][0]["column"], 4)

    def test_view_html_adds_the_escaped_view(self):
        code, _, data = self.post("/api/check?view=html", {"text": "<script>x</script>保本保息"})
        self.assertEqual(code, 200)
        self.assertEqual(data["summary"]["findings"], data["summary"]["error"] + data["summary"]["warning"]
                         + data["summary"]["info"])
        self.assertIn('<section class="file" id="file-1">', data["html"])
        self.assertIn("&lt;script&gt;x&lt;/script&gt;", data["html"])
        self.assertNotIn("<script>", data["html"])

    def test_an_empty_text_is_clean(self):
        code, _, data = self.post("/api/check", {"text": ""})
        self.assertEqual((code, data["summary"]["findings"]), (200, 0))

    def test_exactly_one_mebibyte_is_accepted(self):
        code, _, data = self.post("/api/check", "a" * MiB, "text/plain")
        self.assertEqual((code, data["summary"]["findings"]), (200, 0))

    # Fixes.

    def test_fix_all_applies_what_finlint_fix_applies(self):
        code, _, data = self.post("/api/fix", {"text": LOAN, "filename": "loan.txt"})
        self.assertEqual(code, 200, data)
        self.assertIn("年化利率（单利）约18.25%（日息0.05%）", data["text"])
        self.assertGreaterEqual(data["applied"], 1)
        self.assertEqual(list(data), ["text", "applied"])

    def test_fix_one_finding_by_its_fingerprint(self):
        text = LOAN + "保本保息\n"  # two safe fixes: the annualized rate and a disclosure
        _, _, viewed = self.post("/api/check?view=html", {"text": text})
        self.assertEqual(len(re.findall(r'class="apply"', viewed["html"])), 2, viewed["html"])
        # The contract carries no fingerprint; each card of the view does.
        daily = re.search(r'data-rule="loan-rate-disclosure/daily-rate" data-fingerprint="(\w+)"',
                          viewed["html"])
        code, _, data = self.post("/api/fix", {"text": text, "fingerprint": daily[1]})
        self.assertEqual((code, data["applied"]), (200, 1), data)
        self.assertEqual(data["text"], "急用钱？贷款年化利率（单利）约18.25%（日息0.05%），以审批结果为准，"
                         "马上申请！\n保本保息\n")

    def test_fix_refuses_an_unknown_fingerprint_and_a_finding_without_a_safe_fix(self):
        self.assertRefused(self.post("/api/fix", {"text": LOAN, "fingerprint": "0123456789abcdef"}),
                           409, "has changed since it was checked")
        self.assertRefused(self.post("/api/fix?fingerprint=x", "保本保息\n", "text/plain"), 409,
                           "no finding x in this text")
        # 保本's rewrite is not marked safe: fixing it is refused, saying why.
        _, _, viewed = self.post("/api/check?view=html", {"text": "保本保息\n"})
        found = re.search(r'data-rule="guaranteed-return/principal" data-fingerprint="(\w+)">'
                          r'((?:(?!</li>).)*)</li>', viewed["html"], re.S)
        self.assertNotIn('class="apply"', found[2])
        self.assertRefused(self.post("/api/fix", {"text": "保本保息\n", "fingerprint": found[1]}),
                           409, "(guaranteed-return/principal) has no safe rewrite")

    # Bad requests.

    def test_too_large_a_body_is_413(self):
        self.assertRefused(self.post("/api/check", "a" * (MiB + 1), "text/plain"), 413, "1 MiB")

    def test_too_large_a_chunked_body_is_413(self):
        chunks = [b"a" * 65536] * 17 + [b"a"]
        self.assertRefused(self.post("/api/check", None, "text/plain", chunks=chunks), 413, "1 MiB")

    def test_invalid_utf8_is_400(self):
        self.assertRefused(self.post("/api/check", b"ok \xff\xfe", "text/plain"), 400,
                           "not valid UTF-8 (byte 3")

    def test_bad_json_is_400(self):
        self.assertRefused(self.post("/api/check", b'{"text": "a"'), 400, "not valid JSON")
        self.assertRefused(self.post("/api/check", b'["a"]'), 400, "must be an object")
        self.assertRefused(self.post("/api/check", {"txt": "a"}), 400, "unknown field 'txt'")
        self.assertRefused(self.post("/api/check", {"filename": "a.md"}), 400, 'no "text" field')
        self.assertRefused(self.post("/api/check", b'{"text": 1}'), 400, "must be a string")
        self.assertRefused(self.post("/api/check?view=pdf", {"text": "a"}), 400, "only view=html")

    def test_other_media_types_and_charsets_are_415(self):
        self.assertRefused(self.post("/api/check", "text=a", "application/x-www-form-urlencoded"),
                           415, "text/plain or application/json")
        self.assertRefused(self.post("/api/check", "保本".encode("gbk"), "text/plain; charset=gbk"),
                           415, "charset=gbk")
        self.assertRefused(self.request("POST", "/api/check", b"a", {}), 415, "(none)")

    def test_text_that_its_type_cannot_read_is_422(self):
        self.assertRefused(self.post("/api/check", {"text": "{not json", "filename": "a.json"}),
                           422, "a.json:1:")

    def test_wrong_paths_and_methods(self):
        self.assertRefused(self.request("GET", "/nope"), 404, "no such page: /nope")
        self.assertRefused(self.post("/api/nope", {"text": "a"}), 404, "no such page")
        code, res, data = self.request("GET", "/api/check")
        self.assertRefused((code, res, data), 405, "use POST")
        self.assertEqual(res.getheader("Allow"), "POST")
        self.assertRefused(self.request("PUT", "/", b"x"), 405, "use GET")
        self.assertRefused(self.request("DELETE", "/api/fix"), 405, "use POST")

    def test_another_host_is_403(self):
        self.assertRefused(self.request("GET", "/", headers={"Host": "attacker.example"}), 403,
                           "answers only to http://127.0.0.1")

    def test_the_page_is_served_with_its_policy(self):
        code, res, page = self.request("GET", "/")
        self.assertEqual(code, 200)
        self.assertEqual(res.getheader("Content-Type"), "text/html; charset=utf-8")
        policy = res.getheader("Content-Security-Policy")
        self.assertIn("default-src 'none'", policy)
        self.assertIn("connect-src 'self'", policy)
        self.assertIn(b'<textarea id="input"', page)
        self.assertEqual(res.getheader("X-Content-Type-Options"), "nosniff")

    # The socket and the process.

    def test_listens_on_loopback_only(self):
        port = f"{self.port:04X}"
        listening = []
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            with open(table) as f:
                for row in f.readlines()[1:]:
                    local, state = row.split()[1], row.split()[3]
                    if state == "0A" and local.endswith(":" + port):  # 0A: LISTEN
                        listening.append(local)
        self.assertEqual(listening, ["0100007F:" + port])  # 127.0.0.1, little-endian

    def test_concurrent_requests_get_the_same_answer(self):
        answers = [None] * 16
        def ask(i):
            answers[i] = self.post("/api/check", {"text": POST * (i + 1)})[2]["summary"]
        threads = [threading.Thread(target=ask, args=(i,)) for i in range(len(answers))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for i, summary in enumerate(answers):
            self.assertEqual(summary, self.cli_json(POST * (i + 1), "<text>")["summary"])

    def test_a_busy_port_is_an_error(self):
        second = subprocess.run([FINLINT, "serve", "--no-config", "--port", str(self.port)],
                                capture_output=True, text=True, check=False)
        self.assertEqual(second.returncode, 2)
        self.assertIn(f"cannot listen on 127.0.0.1:{self.port}", second.stderr)

    def test_broken_rules_stop_it_before_it_listens(self):
        r = subprocess.run([FINLINT, "serve", "--config", "/nonexistent/.finlint.yaml"],
                           capture_output=True, text=True, check=False)
        self.assertEqual((r.returncode, r.stdout), (2, ""))
        self.assertIn("/nonexistent/.finlint.yaml", r.stderr)

    def test_sigterm_stops_it_cleanly(self):
        proc, port = start("--port", "0")
        self.assertEqual(port > 0, True)
        proc.send_signal(signal.SIGTERM)
        self.assertEqual(proc.wait(), 0)
        self.assertIn("stopping (SIGTERM)", proc.stderr.read())
        proc.stdout.close()
        proc.stderr.close()


if __name__ == "__main__":
    unittest.main(verbosity=2)
