#!/usr/bin/env python3
"""Deterministic benchmark corpus: Chinese prose from Debian's manpages-zh mixed with the
marketing copy of corpus/cases.jsonl and corpus/samples.

    python3 bench/gen.py OUT_DIR [--seed N] [--big-mb N] [--posts N]

writes OUT_DIR/big.txt (one file of about --big-mb MB) and OUT_DIR/posts/NNN/NNNNN.{md,txt}
(--posts posts of about 500 bytes). The same seed and the same inputs give the same bytes.
"""
import argparse
import gzip
import json
import os
import pathlib
import random
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
MAN_DIRS = ["/usr/share/man/zh_CN", "/usr/share/man/zh_TW"]
CJK = re.compile(r"[\u4e00-\u9fff]")
ESCAPES = [
    (re.compile(r"\\f[BIRP]|\\f\(..|\\f\[[^]]*\]"), ""),
    (re.compile(r"\\[,/&]"), ""),
    (re.compile(r"\\\(..|\\\[[^]]*\]"), ""),
    (re.compile(r"\\[-e]"), "-"),
    (re.compile(r"\\ "), " "),
]
MARKETING_SHARE = 0.2  # of paragraphs; marketing copy is shorter, see the README


def man_paragraphs():
    """Paragraphs of the Chinese man pages, troff macros and escapes removed."""
    files = []
    for d in MAN_DIRS:
        for dirpath, _, names in os.walk(d):
            files += [os.path.join(dirpath, n) for n in names if n.endswith(".gz")]
    if not files:
        sys.exit("bench/gen.py: no manpages-zh under /usr/share/man/zh_CN (apt-get install manpages-zh)")
    paragraphs = []
    for path in sorted(files):
        try:
            text = gzip.open(path, "rt", encoding="utf-8", errors="strict").read()
        except (OSError, UnicodeDecodeError, EOFError):
            continue
        current = []
        for line in text.splitlines():
            if line.startswith((".", "'")):
                macro = line.split(None, 1)
                if macro[0] in (".PP", ".P", ".LP", ".SH", ".SS", ".TP", ".IP") and current:
                    paragraphs.append("".join(current))
                    current = []
                if len(macro) < 2 or macro[0].startswith(('.\\"', ".TH", ".so")):
                    continue
                line = macro[1]
            for pattern, repl in ESCAPES:
                line = pattern.sub(repl, line)
            line = line.strip().strip('"')
            if CJK.search(line):
                current.append(line)
        if current:
            paragraphs.append("".join(current))
    return [p for p in paragraphs if len(p) >= 20]


def marketing_copy():
    texts = []
    with open(ROOT / "corpus" / "cases.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                texts.append(json.loads(line)["text"])
    for path in sorted((ROOT / "corpus" / "samples").iterdir()):
        texts += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return texts


def stream(rng, prose, marketing):
    while True:
        if rng.random() < MARKETING_SHARE:
            yield rng.choice(marketing).strip()
        else:
            yield rng.choice(prose)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20251111)
    ap.add_argument("--big-mb", type=float, default=100)
    ap.add_argument("--posts", type=int, default=40000)
    args = ap.parse_args()
    prose, marketing = man_paragraphs(), marketing_copy()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    rng = random.Random(args.seed)
    limit = int(args.big_mb * 1024 * 1024)
    with open(out / "big.txt", "w", encoding="utf-8", newline="\n") as f:
        size = 0
        for paragraph in stream(rng, prose, marketing):
            chunk = paragraph + "\n\n"
            f.write(chunk)
            size += len(chunk.encode("utf-8"))
            if size >= limit:
                break

    rng = random.Random(args.seed + 1)
    paragraphs = stream(rng, prose, marketing)
    for n in range(args.posts):
        folder = out / "posts" / f"{n // 400:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        body, size = [], 0
        while size < 450:
            p = next(paragraphs)[:600]
            body.append(p)
            size += len(p.encode("utf-8")) + 2
        if n % 2:
            name, text = f"{n:05d}.md", "# " + body[0][:24] + "\n\n" + "\n\n".join(body[1:] or body)
        else:
            name, text = f"{n:05d}.txt", "\n\n".join(body)
        (folder / name).write_text(text + "\n", encoding="utf-8")

    print(f"bench/gen.py: {len(prose)} prose and {len(marketing)} marketing paragraphs, "
          f"seed {args.seed} -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
