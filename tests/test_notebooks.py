"""Quick checks that the committed notebooks are fit for nbval: outputs stored, run in order, clean."""

import json
import re
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    assert NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_executed_in_order_with_clean_metadata(path):
    cells = [c for c in json.loads(path.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    assert [c["execution_count"] for c in cells] == list(range(1, len(cells) + 1))
    assert all(c["outputs"] for c in cells), "every code cell shows its result"
    assert not any("execution" in c["metadata"] for c in cells), "timing metadata: re-run with `make notebooks`"
    assert not any(o.get("output_type") == "error" for c in cells for o in c["outputs"])
    # a progress bar shows only on a slow run: stored, nbval would fail on a fast machine (`make notebooks`)
    streams = "".join("".join(o.get("text", "")) for c in cells for o in c["outputs"] if o.get("name") == "stderr")
    assert not re.search(r"\d+/\d+ \[\d\d:\d\d", streams), "a progress bar is stored: re-run with `make notebooks`"
