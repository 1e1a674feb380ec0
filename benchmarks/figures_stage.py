"""The figures stage alone (``write_figures`` and report.html, as ``write_report`` runs them), on
saved inputs, with the CPU seconds of the whole process tree (this process and the figure writers).

    python benchmarks/figures_stage.py prepare --documents 1000 --out /tmp/figstage   # once: corpus, tables, pickle
    python benchmarks/figures_stage.py run --out /tmp/figstage                       # as often as needed

Run it alternately on two checkouts (``PYTHONPATH=<checkout>/src``) to compare them: on a shared
machine the same code's CPU seconds vary by a third with the load, so compare runs made back to back.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import shutil
import time
from pathlib import Path


def _cpu() -> tuple[float, float]:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def prepare(documents: int, out: Path) -> None:
    """Generate the corpus, build every table and pickle what ``write_figures`` needs."""
    from generate import generate

    import policycompare as pc
    from policycompare.report import build_tables

    generate(documents, out / f"corpus_{documents}")
    corpus = pc.load_corpus(out / f"corpus_{documents}")
    tables, analysis, graphs = build_tables(corpus, cache_dir=None)
    with open(out / "inputs.pkl", "wb") as file:
        pickle.dump((corpus, tables, analysis, graphs), file)


def run(out: Path) -> dict:
    """Draw every figure and write report.html into ``out/report``; seconds and CPU seconds."""
    import policycompare.report as report
    from policycompare.plotting import use_cjk_font

    with open(out / "inputs.pkl", "rb") as file:
        corpus, tables, analysis, graphs = pickle.load(file)
    use_cjk_font()
    folder = out / "report"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (own0, children0), start = _cpu(), time.perf_counter()
    drawn = report.write_figures(corpus, tables, analysis, folder / "figures", graphs=graphs, cache_dir=None,
                                 progress=False)
    (folder / "report.html").write_text(report._html(corpus, tables, analysis, drawn), encoding="utf-8")
    (own1, children1), seconds = _cpu(), time.perf_counter() - start
    files = sorted({path for paths in drawn.values() for path in paths})
    return {"seconds": round(seconds, 2), "cpu_this_process": round(own1 - own0, 2),
            "cpu_figure_writers": round(children1 - children0, 2),
            "cpu_seconds": round(own1 - own0 + children1 - children0, 2), "files": len(files),
            "report_html_mb": round((folder / "report.html").stat().st_size / 1e6, 2),
            "load_average": round(os.getloadavg()[0], 1)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["prepare", "run"])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/figstage"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.action == "prepare":
        prepare(args.documents, args.out)
    else:
        print(json.dumps(run(args.out)))
