"""Memory of the networks stage alone (issue 15): ``network.network_tables`` on the tables of N
generated documents, the proportional set size of the process tree (main process and workers)
sampled every 0.1 s.

The tables (documents, measures, assignments) are parsed once from ``benchmarks/generate.py``'s
corpus and saved (``<out>/network_input_<N>.pkl``); later runs reuse them, so the stage is measured
without re-parsing thousands of files::

    python benchmarks/networks_memory.py --documents 2000 [--out build/bench] [--label after] [--src DIR] [--ballast MB]

Printed and added to ``<out>/networks_memory.json`` under ``<label>/<N>``: the tree's memory before
the stage (the tables loaded), its peak during the stage and the difference, and the stage's seconds.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import pickle
import platform
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

from generate import ROOT, generate
from run import _descendants, _memory_mb


def prepared(n: int, out: Path) -> Path:
    """The saved tables of ``n`` generated documents, generated and parsed if not there yet."""
    saved = out / f"network_input_{n}.pkl"
    if not saved.exists():
        import policycompare as pc

        folder = out / f"corpus_{n}"
        if not (folder / "raw").exists():
            generate(n, folder)
        corpus = pc.load_corpus(folder)
        saved.parent.mkdir(parents=True, exist_ok=True)
        with saved.open("wb") as stream:
            pickle.dump({"documents": corpus.documents, "measures": corpus.measures,
                         "assignments": corpus.assignments}, stream, protocol=pickle.HIGHEST_PROTOCOL)
    return saved


def stage(saved: Path, ballast_mb: int) -> None:
    """The child: load the tables, say when the stage begins and ends (unix time on stdout).

    ``ballast_mb`` of small strings stand for what the report's process holds besides these tables
    when the stage begins (the other tables, the theme analysis: 1.6 GB at 10,000 documents), so
    that workers forked from it are measured as they are in a report.
    """
    from policycompare.network import network_tables

    ballast = [f"{i:016d}部门责任网络" for i in range(ballast_mb * 2**20 // 100)]  # about 100 bytes each
    with saved.open("rb") as stream:
        corpus = SimpleNamespace(**pickle.load(stream))
    gc.collect()
    time.sleep(1.0)  # a few samples of the memory before the stage
    print(time.time(), flush=True)
    graphs, departments, comparison = network_tables(corpus)
    print(time.time(), len(graphs), len(departments), len(comparison), flush=True)
    del ballast


def measure(saved: Path, src: Path, ballast_mb: int = 0, every: float = 0.1) -> dict:
    """Run the stage in a child process, with the package found in ``src``, and sample its tree's memory."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")])}
    process = subprocess.Popen([sys.executable, __file__, "--child", str(saved), "--ballast", str(ballast_mb)], env=env,
                               stdout=subprocess.PIPE, text=True)
    samples = []
    while process.poll() is None:
        tree = _memory_mb(process.pid, "Pss") + sum(_memory_mb(c, "Pss") for c in _descendants(process.pid))
        samples.append((time.time(), tree))
        time.sleep(every)
    lines = process.stdout.read().split()
    if process.returncode or len(lines) < 5:
        raise SystemExit(f"the stage failed (exit status {process.returncode})")
    began, ended = float(lines[0]), float(lines[1])
    before = [tree for at, tree in samples if at <= began]
    during = [tree for at, tree in samples if began < at <= ended + 0.2]
    start = before[-1] if before else 0.0
    peak = max(during, default=start)
    return {"tree_mb_before": round(start), "tree_peak_mb": round(peak), "added_mb": round(peak - start),
            "ballast_mb": ballast_mb, "stage_seconds": round(ended - began, 1), "places": int(lines[2]), "department_rows": int(lines[3]),
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()], "cores": os.cpu_count(),
            "python": platform.python_version()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench")
    parser.add_argument("--label", default="after", help="name of this measurement in the results file")
    parser.add_argument("--src", type=Path, default=ROOT / "src",
                        help="the package's source to measure (e.g. an export of an older commit)")
    parser.add_argument("--ballast", type=int, default=0,
                        help="MB of other objects the process holds when the stage begins, as in a report")
    parser.add_argument("--prepare-only", action="store_true", help="only generate and save the tables")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return stage(args.child, args.ballast)
    saved = prepared(args.documents, args.out)
    if args.prepare_only:
        return print(saved)
    result = measure(saved, args.src, args.ballast)
    print(json.dumps(result, indent=1))
    results = args.out / "networks_memory.json"
    recorded = json.loads(results.read_text()) if results.exists() else {}
    key = f"{args.documents}" + (f"+ballast{args.ballast}" if args.ballast else "")
    recorded.setdefault(args.label, {})[key] = result
    results.write_text(json.dumps(recorded, indent=1) + "\n")


if __name__ == "__main__":
    main()
