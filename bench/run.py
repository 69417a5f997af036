#!/usr/bin/env python3
"""Times finlint against ripgrep on the corpus of bench/gen.py and prints a Markdown table.

    python3 bench/run.py FINLINT CORPUS_DIR [--runs N]

Each row is the best of --runs runs (median for the small post), wall clock, with the peak
RSS of that run. ripgrep gets the literal terms of the builtin rules (`finlint rules terms`),
fixed strings, one thread per file as finlint's --jobs 1 has, and prints the matching lines.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def run(cmd, stdout=subprocess.DEVNULL):
    """Wall seconds and peak RSS (MB) of one run of `cmd`."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # 1: findings (finlint) or no match (rg)
        sys.exit(f"bench: {' '.join(cmd)} exited {code}: {err}")
    return elapsed, usage.ru_maxrss / 1024


def best(cmd, runs):
    results = [run(cmd) for _ in range(runs)]
    return min(results, key=lambda r: r[0])


def size_mb(path):
    if os.path.isfile(path):
        return os.path.getsize(path) / 1e6
    total = 0
    for dirpath, _, names in os.walk(path):
        total += sum(os.path.getsize(os.path.join(dirpath, n)) for n in names)
    return total / 1e6


def prefix(src, dst, megabytes):
    """The first `megabytes` of `src`, cut after a paragraph."""
    if os.path.exists(dst):
        return dst
    with open(src, "rb") as f:
        data = f.read(int(megabytes * 1024 * 1024))
    cut = data.rfind(b"\n\n") + 2
    with open(dst, "wb") as f:
        f.write(data[:cut])
    return dst


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("finlint")
    ap.add_argument("corpus")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    fl, d = args.finlint, args.corpus
    terms = os.path.join(d, "terms.txt")
    with open(terms, "wb") as f:
        f.write(subprocess.run([fl, "rules", "terms"], check=True, capture_output=True).stdout)
    big = os.path.join(d, "big.txt")
    posts = os.path.join(d, "posts")
    check = [fl, "check", "--no-config", "--format", "jsonl"]
    rows = []

    def row(name, cmd, path, runs=args.runs):
        secs, rss = best(cmd, runs)
        mb = size_mb(path)
        rows.append((name, mb, secs, mb / secs, rss))
        print(f"  {name}: {secs:.2f} s", file=sys.stderr)
        return secs

    for mb in (10, 50):
        p = prefix(big, os.path.join(d, f"big-{mb}.txt"), mb)
        row(f"finlint, {mb} MB file", check + ["--jobs", "1", p], p, runs=1)
    fl_big = row("finlint, 100 MB file", check + ["--jobs", "1", big], big, runs=1)
    rg_big = row("ripgrep, 100 MB file", ["rg", "-F", "-f", terms, big], big)
    fl_1 = row("finlint, posts, --jobs 1", check + ["--jobs", "1", posts], posts, runs=1)
    fl_2 = row("finlint, posts, --jobs 2", check + ["--jobs", "2", posts], posts, runs=1)
    rg_posts = row("ripgrep, posts, -j1", ["rg", "-j1", "-F", "-f", terms, posts], posts)

    # One 2 KB post: what a pre-commit hook pays per commit.
    small = os.path.join(d, "post-2k.md")
    with open(os.path.join(posts, "000", "00001.md"), encoding="utf-8") as f:
        text = f.read()
    while len(text.encode()) < 2048:
        text += "\n" + text
    with open(small, "w", encoding="utf-8") as f:
        f.write(text.encode()[:2048].decode(errors="ignore"))
    times = [run([fl, "check", "--no-config", small])[0] for _ in range(31)]
    startup = statistics.median(times)

    print("| run | MB | seconds | MB/s | peak RSS (MB) |")
    print("|---|---:|---:|---:|---:|")
    for name, mb, secs, rate, rss in rows:
        print(f"| {name} | {mb:.1f} | {secs:.2f} | {rate:.1f} | {rss:.0f} |")
    print()
    print(f"- finlint / ripgrep throughput, 100 MB file: {rg_big / fl_big:.3f}×")
    print(f"- finlint / ripgrep throughput, posts: {rg_posts / fl_1:.3f}×")
    print(f"- --jobs 2 speed-up over --jobs 1 on {len(os.listdir(posts))} folders of posts: "
          f"{fl_1 / fl_2:.2f}×")
    print(f"- one 2 KB post, `finlint check`: median {startup * 1000:.1f} ms of 31 runs "
          f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f})")


if __name__ == "__main__":
    main()
