"""The README's Python example runs as written (its output path moved to a temporary folder)."""

import re

from .seeds import ROOT


def test_readme_example_runs(tmp_path, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```python\n(.*?)```", readme, re.S).group(1)
    assert "load_corpus" in example
    monkeypatch.chdir(ROOT)
    exec(example.replace('"build/tables"', repr(str(tmp_path))), {})
    assert (tmp_path / "measures.parquet").exists()
