"""Adversarial pages through the whole-file parse (issue 16): KB/s per family.

(``adversarial.py`` times the single-string extractors; this script times whole files through
:func:`policycompare.load_corpus`: decoding, metadata, outline and extraction together.)

    python benchmarks/adversarial_files.py [--kb 100] [--budget 60] [--json FILE]

Each family is one page of about ``--kb`` KB (UTF-8) built from a pattern that made a stage
superlinear once: runs of spaces or digits, ``达1%`` repeated, ``关于印发`` runs, brackets, long
、 lists, responsibility brackets without a colon. Each page is loaded with
:func:`policycompare.load_corpus` (decoding, boilerplate, metadata, outline, extraction) under a
time budget; a page past it is reported as such. Goal: >= 100 KB/s for every family. The script
prints the figures; it does not fail when a goal is missed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import policycompare as pc  # noqa: E402

HEAD = "某县人民政府办公室关于印发某项工作实施方案的通知\n一、主要任务\n"
GOAL_KB_PER_S = 100


def _repeat(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` bytes of UTF-8."""
    return unit * max(1, size // len(unit.encode("utf-8")))


def families(size: int) -> dict[str, str]:
    """Page text of every family, about ``size`` bytes each."""
    note = "加强协调(" + "、".join(["有关部门"] * 28) + ")。\n"
    return {
        "runs of spaces": HEAD + "1.加强" + " " * size + "协调。",
        "runs of digits": HEAD + "1.达到" + "1" * size + "%。",
        "spaces between digits": HEAD + "1.达到" + _repeat("1 ", size) + "%。",
        "达1% repeated": HEAD + "1." + _repeat("达1%", size),
        "关于印发 runs": _repeat("关于印发", size) + "\n一、加强协调。",
        "open brackets": HEAD + "1.加强" + _repeat("(", size // 2) + _repeat(")", size // 2),
        "nested notes": HEAD + "1.加强" + _repeat("(责任单位:", size // 2) + _repeat(")", size // 3),
        "brackets without a colon": HEAD + "".join(f"{n}.{note}" for n in range(1, size // len(note.encode()) + 1)),
        "long 、 list": HEAD + "1.由" + "、".join(["市司法局"] * (size // 15)) + "负责。",
        "年月日 runs": HEAD + "1.于" + _repeat("2025年12月31日前", size) + "完成。",
        "markers on one line": HEAD + " ".join(f"({n})加强。" for n in range(1, size // 12)),
        "full-width digits": HEAD + "1.达到" + _repeat("１２３．４５％,", size),
        "zero-width runs": HEAD + _repeat("1\u200b.加强\u200b协调\u200b。\n", size),
        "short-name notes without stops": HEAD + "1." + _repeat("某市水务局(以下简称市水务局)", size) + "负责。",
        # a PDF copy whose lines all run to the width and leave a bracket open: one endless paragraph
        "wrapped lines, brackets open": HEAD + _repeat("各县（市）林业局负责建设油茶良种采穗圃每年（提供合格\n", size),
    }


def measure(name: str, text: str, folder: Path, budget: float) -> dict:
    path = folder / "page.txt"
    path.write_text(text, encoding="utf-8")
    kb = path.stat().st_size / 1024
    started = time.perf_counter()
    corpus = pc.load_corpus(path, time_budget=budget)
    seconds = time.perf_counter() - started
    report = corpus.report.iloc[0]
    row = {"family": name, "kb": round(kb, 1), "seconds": round(seconds, 3), "status": report.status,
           "kb_per_s": round(kb / seconds, 1) if report.status != "failed" else None,
           "measures": len(corpus.measures)}
    if report.status == "failed":
        row["reason"] = report.reason.rsplit(": ", 1)[-1]
    return row


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=100, help="size of each page in KB (default 100)")
    parser.add_argument("--budget", type=float, default=60, help="seconds per page before it is failed (default 60)")
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    args = parser.parse_args(argv)
    pc.load_corpus(ROOT / "corpus" / "raw" / "004_5aaf9744da0f674b.txt")  # lazy imports before timing
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, text in families(args.kb * 1024).items():
            rows.append(measure(name, text, Path(folder), args.budget))
            row = rows[-1]
            speed = f"{row['kb_per_s']:>8.1f} KB/s" if row["kb_per_s"] is not None else f"  failed: {row['reason']}"
            flag = "" if row["kb_per_s"] and row["kb_per_s"] >= GOAL_KB_PER_S else "  < goal"
            print(f"{name:<26} {row['kb']:>6.1f} KB {row['seconds']:>8.2f} s {speed}{flag}", flush=True)
    slow = [row["family"] for row in rows if not row["kb_per_s"] or row["kb_per_s"] < GOAL_KB_PER_S]
    print(f"goal {GOAL_KB_PER_S} KB/s: {len(rows) - len(slow)} of {len(rows)} families meet it"
          + (f"; below: {', '.join(slow)}" if slow else ""))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
