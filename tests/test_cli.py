"""The policycompare command as a user runs it."""

import shutil
import subprocess
import sys

import pandas as pd

from policycompare.cli import main

from .seeds import RAW, ROOT


def test_extract_writes_tables_and_prints_a_line_per_document(tmp_path, capsys):
    assert main(["extract", str(ROOT / "corpus"), "--out", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 7 and "天门市" in lines[2] and lines[-1].startswith("5 documents, 128 measures")
    assert "[no jurisdiction, issuer, date]" in lines[1] and lines[-2].startswith("1 documents miss a key field")
    assert len(pd.read_csv(tmp_path / "measures.csv")) == 128


def test_extract_exits_non_zero_when_a_file_failed(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    status = main(["extract", str(tmp_path / "empty.txt"), str(RAW / "002_193be430d96738cc.txt"),
                   "--out", str(tmp_path / "out"), "--format", "parquet"])
    assert status == 1
    assert "empty.txt: empty file" in capsys.readouterr().out
    assert len(pd.read_parquet(tmp_path / "out" / "documents.parquet")) == 1


def test_help_explains_every_command():
    run = subprocess.run([sys.executable, "-m", "policycompare.cli", "--help"], capture_output=True, text=True)
    assert run.returncode == 0 and "extract" in run.stdout
    run = subprocess.run([sys.executable, "-m", "policycompare.cli", "extract", "--help"], capture_output=True, text=True)
    assert all(option in run.stdout for option in ("--out", "--format", "--manifest", "--strict"))


def test_the_command_exits_with_its_status_and_every_line_written(tmp_path):
    # the console script ends the process at once (cli.run): what it printed must still arrive,
    # through a pipe (block-buffered), and the status must be main's: 1 when a file failed
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "corpus" / "raw" / sorted(p.name for p in (ROOT / "corpus" / "raw").iterdir())[0], corpus)
    (corpus / "broken.docx").write_bytes(b"PK\x03\x04 not a zip archive")
    command = [sys.executable, "-c", "from policycompare.cli import run; run()", "extract", str(corpus),
               "--out", str(tmp_path / "out")]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 1
    assert "1 failed" in done.stdout and done.stdout.endswith("\n")
    assert (tmp_path / "out" / "documents.csv").exists()


def test_network_command_writes_tables_graphs_and_figures(tmp_path, capsys):
    assert main(["network", str(ROOT / "corpus"), "--out", str(tmp_path / "net"), "--figures", str(tmp_path / "fig")]) == 0
    assert (tmp_path / "net" / "network_comparison.csv").exists() and (tmp_path / "net" / "network_西安市.gexf").exists()
    assert len(pd.read_csv(tmp_path / "net" / "network_comparison.csv")) == 4
    assert (tmp_path / "fig" / "network_all.svg").exists()
    assert "西安市" in capsys.readouterr().out


def test_a_report_of_files_without_measures_says_why_in_one_line(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "plan.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    pd.DataFrame({"file": ["plan.doc"], "province": ["江西省"]}).to_csv(tmp_path / "in" / "list.csv", index=False)
    assert main(["report", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet", "--no-cache"]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("policycompare: no measures to analyse: files: 0 ok, 0 warning, 2 skipped")
    assert "plan.doc: legacy Word .doc" in error and "list.csv: table without a text column" in error
    assert "\n" not in error
