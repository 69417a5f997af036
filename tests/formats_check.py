#!/usr/bin/env python3
"""Checks the machine output formats on tests/formats/ beyond their golden text:

- SARIF: Microsoft's SARIF Multitool (`validate`) finds no error and no warning but
  SARIF2005 (no informationUri: finlint has no home page to name), and the log is valid
  against the SARIF 2.1.0 JSON schema shipped with the multitool; both inside a git work
  tree (URIs relative to its top) and outside one (relative to the current folder, and an
  absolute file: URI for a file elsewhere). Broken logs must fail both checks, so that a
  validator that stopped reporting would be noticed.
- JUnit: well-formed XML (xmllint), one failure per finding, one error per unreadable file.
- Positions: each format's line and columns, in its own unit (code points, UTF-16 code
  units, UTF-8 bytes), cut the finding's text out of the file.

Usage: formats_check.py FINLINT TOOLS_DIR   (TOOLS_DIR from scripts/test-tools.sh)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import jsonschema

FINLINT = os.path.abspath(sys.argv[1])
TOOLS = os.path.abspath(sys.argv[2])
FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "formats")
PKG = os.path.join(TOOLS, "node_modules", "@microsoft", "sarif-multitool-linux")
MULTITOOL = os.path.join(PKG, "Sarif.Multitool")
ALLOWED_WARNINGS = {"SARIF2005"}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def finlint(fmt, cwd, *paths, env=None):
    run = subprocess.run(
        [FINLINT, "check", "--no-builtin", "--rules", "rules", "--format", fmt, *paths],
        cwd=cwd, capture_output=True, env=env)
    if run.returncode != 2:  # the fixture holds an unreadable file
        fail(f"{fmt}: exit status {run.returncode}, expected 2; stderr: {run.stderr!r}")
    return run.stdout.decode("utf-8")


def multitool_problems(path, work):
    """The multitool's errors and warnings on `path`, as 'RULE: message' strings."""
    out = os.path.join(work, os.path.basename(path) + ".validation.sarif")
    run = subprocess.run([MULTITOOL, "validate", "--output", out, "--log", "ForceOverwrite",
                          "--level", "Error;Warning", path], capture_output=True, text=True)
    if not os.path.exists(out):
        return [f"multitool wrote no report (status {run.returncode}): {run.stdout}{run.stderr}"]
    problems = []
    with open(out, encoding="utf-8-sig") as f:
        log = json.load(f)
    for run_ in log["runs"]:
        for n in (run_.get("invocations") or [{}])[0].get("toolExecutionNotifications", []):
            if n.get("level") == "error":
                problems.append("multitool: " + n["message"]["text"])
        for r in run_.get("results", []):
            level = r.get("level", "warning")
            if level == "error" or (level == "warning" and r["ruleId"] not in ALLOWED_WARNINGS):
                text = r["message"].get("text") or r["message"].get("arguments")
                problems.append(f"{r['ruleId']}: {text}")
    return problems


def schema_problems(log):
    with open(os.path.join(PKG, "sarif-2.1.0.json"), encoding="utf-8-sig") as f:
        schema = json.load(f)
    validator = jsonschema.validators.validator_for(schema)(
        schema, format_checker=jsonschema.FormatChecker())
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(log)]


def check_sarif(text, name, work):
    log = json.loads(text)
    if not HAVE_MULTITOOL:  # its validator and the schema it ships: see main()
        return log
    path = os.path.join(work, name + ".sarif")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    for p in multitool_problems(path, work):
        fail(f"{name}: SARIF Multitool: {p}")
    log = json.loads(text)
    for p in schema_problems(log):
        fail(f"{name}: SARIF schema: {p}")
    # The checks must be able to fail: a column 0 (multitool) and an unknown level (schema).
    broken = json.loads(text)
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] = 0
    broken_path = os.path.join(work, name + "-broken.sarif")
    with open(broken_path, "w", encoding="utf-8") as f:
        json.dump(broken, f, ensure_ascii=False)
    if not any("JSON1008" in p for p in multitool_problems(broken_path, work)):
        fail(f"{name}: the multitool did not report startColumn 0")
    broken = json.loads(text)
    broken["runs"][0]["results"][0]["level"] = "severe"
    if not schema_problems(broken):
        fail(f"{name}: the schema check did not report level 'severe'")
    return log


def lines_of(path, encoding):
    """The file's decoded lines (BOM dropped, CR LF or LF ends removed) and raw byte lines."""
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8-sig" if encoding == "utf-8" else "gb18030")
    strip = lambda l: l[:-1] if l.endswith("\r") else l
    return [strip(l) for l in text.split("\n")], [l.rstrip(b"\r") for l in raw.split(b"\n")]


def check_positions(cwd, sarif):
    findings = [json.loads(l) for l in finlint("jsonl", cwd, "posts").splitlines()]
    findings = [f for f in findings if "error" not in f]
    rd = [json.loads(l) for l in finlint("rdjsonl", cwd, "posts").splitlines()]
    rd = [d for d in rd if "range" in d["location"]]
    gh = [l for l in finlint("github", cwd, "posts").splitlines() if ",line=" in l]
    gl = [i for i in json.loads(finlint("gitlab", cwd, "posts"))
          if i["check_name"] != "finlint/unreadable"]
    results = sarif["runs"][0]["results"]
    if not (len(findings) == len(rd) == len(gh) == len(gl) == len(results) > 0):
        fail(f"finding counts differ: jsonl {len(findings)}, rdjsonl {len(rd)}, github "
             f"{len(gh)}, gitlab {len(gl)}, sarif {len(results)}")
        return
    for f, d, g, q, s in zip(findings, rd, gh, gl, results):
        where = f"{f['path']}:{f['line']}:{f['column']}"
        want = f["text"]
        if f["line"] != f["end_line"]:
            fail(f"{where}: the fixture should have one-line spans")
            continue
        decoded, raw = lines_of(os.path.join(cwd, f["path"]), f.get("encoding", "utf-8"))
        line = decoded[f["line"] - 1]
        if line[f["column"] - 1:f["end_column"] - 1] != want:
            fail(f"{where}: jsonl code-point columns do not cut out {want!r}")
        props = dict(p.split("=", 1) for p in g.split("::")[1].split(" ", 1)[1].split(","))
        if (int(props["line"]), int(props["col"]), int(props["endColumn"])) != (
                f["line"], f["column"], f["end_column"]):
            fail(f"{where}: github position {props} differs from jsonl")
        if q["location"]["lines"]["begin"] != f["line"]:
            fail(f"{where}: gitlab line {q['location']['lines']} differs from jsonl")
        region = s["locations"][0]["physicalLocation"]["region"]
        units = line.encode("utf-16-le")
        cut = units[2 * (region["startColumn"] - 1):2 * (region["endColumn"] - 1)]
        if region["startLine"] != f["line"] or cut.decode("utf-16-le") != want:
            fail(f"{where}: SARIF UTF-16 region {region} does not cut out {want!r}")
        start, end = d["location"]["range"]["start"], d["location"]["range"]["end"]
        utf8 = raw[f["line"] - 1] if f.get("encoding", "utf-8") == "utf-8" else line.encode()
        if start["line"] != f["line"] or utf8[start["column"] - 1:end["column"] - 1] != want.encode():
            fail(f"{where}: rdjsonl byte range {start}-{end} does not cut out {want!r}")
        for sug in d.get("suggestions", []):
            if sug["range"] != d["location"]["range"]:
                fail(f"{where}: an rdjsonl suggestion is not over the finding's range")


def check_junit(cwd, work):
    path = os.path.join(work, "junit.xml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(finlint("junit", cwd, "posts"))
    run = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
    if run.returncode != 0:
        fail(f"junit: xmllint: {run.stderr}")
        return
    root = ET.parse(path).getroot()
    findings = [l for l in finlint("jsonl", cwd, "posts").splitlines()]
    errors = sum(1 for l in findings if '"error"' in l and '"rule"' not in l)
    if len(root.findall(".//failure")) != len(findings) - errors:
        fail(f"junit: {len(root.findall('.//failure'))} failures for {len(findings) - errors} findings")
    if len(root.findall(".//error")) != errors or root.get("errors") != str(errors):
        fail(f"junit: error elements/attribute do not count {errors} unreadable file(s)")


SKIPPED = 77  # ctest SKIP_RETURN_CODE: everything else was checked, SARIF validation was not
HAVE_MULTITOOL = os.access(MULTITOOL, os.X_OK)


def main():
    if not HAVE_MULTITOOL:
        print(f"no SARIF Multitool at {MULTITOOL} (scripts/test-tools.sh could not install it "
              f"from the npm registry): SARIF validation is SKIPPED; the other checks run")
    with tempfile.TemporaryDirectory() as work:
        # Inside this repository's work tree: URIs relative to its top.
        in_repo = check_sarif(finlint("sarif", FIXTURE, "posts"), "in-repo", work)
        uri = in_repo["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
        if not uri["uri"].startswith("tests/formats/posts/") or uri.get("uriBaseId") != "%SRCROOT%":
            fail(f"in-repo: URI {uri} is not relative to the work tree's top")
        check_positions(FIXTURE, in_repo)
        check_junit(FIXTURE, work)
        # Outside any work tree, with a file elsewhere named by its absolute path.
        plain = os.path.join(work, "plain")
        shutil.copytree(FIXTURE, plain)
        elsewhere = os.path.join(work, "elsewhere.txt")
        with open(elsewhere, "w", encoding="utf-8") as f:
            f.write("保本\n")
        env = dict(os.environ, GIT_CEILING_DIRECTORIES=work)
        outside = check_sarif(finlint("sarif", plain, "posts", elsewhere, env=env), "outside", work)
        uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]
                for r in outside["runs"][0]["results"]]
        if uris[0] != {"uri": "posts/feed.jsonl", "uriBaseId": "%SRCROOT%"}:
            fail(f"outside: URI {uris[0]} is not relative to the current folder")
        if uris[-1] != {"uri": "file://" + elsewhere}:
            fail(f"outside: URI {uris[-1]} of a file elsewhere is not absolute")
        base = outside["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        if base != "file://" + plain + "/":
            fail(f"outside: %SRCROOT% is {base}, expected file://{plain}/")
    if failures:
        print("formats: FAILED")
        return 1
    if not HAVE_MULTITOOL:
        print("formats: other checks passed; SARIF not validated (no multitool)")
        return SKIPPED
    print("formats: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
