"""Extraction on adversarial text: every family must run at >= 100 KB/s (issues 12 and 16).

    python benchmarks/adversarial.py [--kb 100] [--limit 30]

Each family is a pattern that once made a regex backtrack (organ names joined by 、 inside a note,
runs of spaces or digits, 达1% repeated, 关于印发 lines, numeral lists inside notes …), repeated
to about ``--kb`` kilobytes of UTF-8. Each single-string extractor runs once on it; the script
prints wall seconds, CPU seconds and KB/s (of CPU time, which a machine shared with other work
inflates less than wall time) per family and extractor, as JSON, and exits 1 when any is below
100 KB/s. A run longer than ``--limit`` wall seconds is stopped and reported as such.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time

from policycompare.extract import extract_assignments, extract_deadlines, extract_measure, extract_targets


def families(kb: int) -> dict[str, str]:
    """Adversarial texts of about ``kb`` kilobytes (UTF-8), by family name."""
    size = kb * 1024

    def fill(unit: str, head: str = "", tail: str = "") -> str:
        n = max(1, (size - len((head + tail).encode())) // len(unit.encode()))
        return head + unit * n + tail

    return {
        "note of unit names": "加强协调(" + "、".join(["有关部门"] * (size // 15)) + ")",
        "note of unit names with key": "加强协调(责任单位:" + "、".join(["市司法局"] * (size // 15)) + ")",
        "unclosed note": "加强协调(" + "、".join(["市司法局"] * (size // 15)),
        "organ names in the body": "、".join(["市人民政府住房城乡建设主管部门"] * (size // 46)) + "负责",
        "organ heads without level": fill("局委办厅处"),
        "levels joined by 、": fill("市、县(市、区)、"),
        "主管部门 repeated": fill("生态环境主管部门会同"),
        "extended organ names": fill("市委县政府督查室"),
        "keys without values": fill("(牵头单位:;配合单位:)"),
        "verbs in a bracket": "(" + ",".join(["市司法局牵头"] * (size // 20)) + ")",
        "numeral list in a note": "加强协调(责任单位:" + "、".join(str(i) for i in range(size // 6)) + "处)",
        "Chinese numeral list in a note": "(责任单位:社矫安帮" + "、".join(["一二三"] * (size // 12)) + "处)",
        "run of spaces": "达" + " " * size + "1%",
        "run of digits": "达" + "1" * size,
        "run of Chinese numerals": "达到" + "一二三四五六七八九十百千万" * (size // 39),
        "达1% repeated": fill("达1%"),
        "分别 before every value": fill("指标分别达到5%，"),  # each value's list neighbours were sought among all
        "年 repeated": fill("2020年"),
        "月底前 repeated": fill("6月底前"),
        "每年 repeated": fill("每年"),
        "关于印发 lines": fill("关于印发\n"),
        "brackets nested": "(" * (size // 2) + ")" * (size // 2),
        "brackets open": fill("(甲"),
        "colons": fill("责任单位:"),
        "title marks": fill("《") + fill("》"),
        "full-width digits": fill("１２３"),
        "mixed garbage": fill("到201910月底前、牵头单位:1.5%左右;"),
    }


def _alarm(signum, frame):
    raise TimeoutError


def run(kb: int, limit: int) -> dict:
    extractors = {
        "assignments": extract_assignments,
        "deadlines": lambda text: extract_deadlines(text, "2020-01-01"),
        "targets": lambda text: extract_targets(text, "2020-01-01"),
        "measure": lambda text: extract_measure(text, text, "2020-01-01"),
    }
    signal.signal(signal.SIGALRM, _alarm)
    results = {}
    for family, text in families(kb).items():
        size_kb = len(text.encode()) / 1024
        for name, extractor in extractors.items():
            signal.alarm(limit)
            began, cpu = time.perf_counter(), time.process_time()
            try:
                extractor(text)
                seconds, cpu = time.perf_counter() - began, max(time.process_time() - cpu, 1e-6)
                results[f"{family} / {name}"] = {"seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3),
                                                 "kb_per_s": round(size_kb / cpu, 1)}
            except TimeoutError:
                results[f"{family} / {name}"] = {"seconds": f">{limit}", "kb_per_s": f"<{size_kb / limit:.1f}"}
            finally:
                signal.alarm(0)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kb", type=int, default=100)
    parser.add_argument("--limit", type=int, default=30)
    args = parser.parse_args()
    results = run(args.kb, args.limit)
    print(json.dumps(results, ensure_ascii=False, indent=1))
    slow = [key for key, value in results.items() if not isinstance(value["kb_per_s"], float) or value["kb_per_s"] < 100]
    print(f"{len(slow)} of {len(results)} below 100 KB/s: {slow}", file=sys.stderr)
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
