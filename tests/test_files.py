"""Every file of a folder accounted for: a row of corpus.report with a status and a reason, never
missing, whatever the folder holds (hidden files, broken or looping links, folders that cannot be
opened, pipes, copies)."""

import json
import os
import shutil

import pytest

import policycompare as pc
from policycompare.cli import main
from policycompare.corpus import STATUSES, status_counts

from .seeds import RAW, ROOT, SEEDS

PAGE = RAW / "004_5aaf9744da0f674b.txt"


def reasons(corpus) -> dict[str, tuple[str, str]]:
    return {os.path.basename(row.source_file): (row.status, row.reason) for row in corpus.report.itertuples()}


def test_hidden_files_and_folders_are_skipped_rows(tmp_path):
    """Issue 16: ``..txt`` and ``.x.txt`` were missing from the report."""
    for name in ("..txt", ".x.txt", "page.txt"):
        shutil.copy(PAGE, tmp_path / name)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    found = reasons(pc.load_corpus(tmp_path))
    assert set(found) == {"..txt", ".x.txt", ".git", "page.txt"}
    assert found["page.txt"][0] == "ok" or found["page.txt"][0] == "warning"
    for name, kind in (("..txt", "hidden file"), (".x.txt", "hidden file"), (".git", "hidden folder")):
        assert found[name][0] == "skipped" and kind in found[name][1] and name in found[name][1]


def test_broken_and_looping_links_are_skipped_rows(tmp_path):
    shutil.copy(PAGE, tmp_path / "page.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")  # ELOOP when followed
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)  # a folder loop
    (tmp_path / "link.txt").symlink_to(tmp_path / "page.txt")  # a good link is read (a duplicate here)
    found = reasons(pc.load_corpus(tmp_path))
    assert found["dangling.txt"][0] == "skipped" and "broken symbolic link" in found["dangling.txt"][1]
    assert found["self.txt"][0] == "skipped" and "symbolic link" in found["self.txt"][1]
    assert found["up"][0] == "skipped" and "loop" in found["up"][1]
    assert found["link.txt"][0] == "ok" or found["link.txt"][0] == "warning"
    assert found["page.txt"][0] == "duplicate" and "link.txt" in found["page.txt"][1]


def test_a_folder_that_cannot_be_opened_is_a_skipped_row(tmp_path, monkeypatch):
    shutil.copy(PAGE, tmp_path / "page.txt")
    locked = tmp_path / "locked"
    locked.mkdir()
    shutil.copy(PAGE, locked / "inside.txt")
    scandir = os.scandir

    def permission_denied(path):  # as chmod 000 would for a user other than root
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", permission_denied)
    found = reasons(pc.load_corpus(tmp_path))
    assert found["locked"] == ("skipped", f"{locked}: folder cannot be opened (Permission denied): nothing in it was read")


def test_a_named_pipe_is_skipped_not_read(tmp_path):
    shutil.copy(PAGE, tmp_path / "page.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block for ever
    found = reasons(pc.load_corpus(tmp_path))
    assert found["pipe.txt"][0] == "skipped" and "not a regular file" in found["pipe.txt"][1]
    named = reasons(pc.load_corpus([tmp_path / "pipe.txt", tmp_path / "page.txt"]))  # named on their own
    assert named["pipe.txt"][0] == "skipped" and named["page.txt"][0] in ("ok", "warning")


def test_a_folders_readme_and_lock_files_are_not_documents(tmp_path):
    shutil.copy(PAGE, tmp_path / "page.txt")
    (tmp_path / "README.md").write_text("# 说明\n\n本文件夹收集各地政策文件。\n", encoding="utf-8")
    (tmp_path / "~$plan.docx").write_bytes(b"\x05user" + bytes(150))  # Word's lock file while plan.docx is open
    (tmp_path / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    found = reasons(pc.load_corpus(tmp_path))
    assert found["README.md"][0] == "skipped" and "notes" in found["README.md"][1]
    assert found["~$plan.docx"][0] == found["Thumbs.db"][0] == "skipped" and "lock file" in found["Thumbs.db"][1]


@pytest.fixture()
def mixed(tmp_path):
    """A corpus folder with one file of every status."""
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", folder)
    raw = folder / "raw"
    shutil.copy(SEEDS[0], raw / "copy.txt")  # duplicate
    (raw / "empty.txt").write_bytes(b"")  # failed
    (raw / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))  # skipped
    (raw / ".hidden.txt").write_bytes(PAGE.read_bytes())  # skipped
    return folder


def test_every_status_is_counted_and_summarised(mixed):
    corpus = pc.load_corpus(mixed)
    counts = status_counts(corpus.report)
    assert list(counts) == list(STATUSES) and sum(counts.values()) == len(list((mixed / "raw").iterdir()))
    assert (counts["skipped"], counts["duplicate"], counts["failed"]) == (2, 1, 1)
    assert f"{counts['ok']} ok, {counts['warning']} warning, 2 skipped, 1 duplicate, 1 failed" in repr(corpus)
    lines = corpus.summary()  # Newcomer failure: a KeyError on skipped files
    assert len(lines) == len(corpus.report)
    assert sum(line.startswith("duplicate") for line in lines) == 1
    assert len(corpus.documents) == 5 and "copy" not in set(corpus.measures.doc_id)  # counted once
    with pytest.raises(pc.CorpusError, match=r"empty\.txt"):
        pc.load_corpus(mixed, strict=True)
    (mixed / "raw" / "empty.txt").unlink()
    assert len(pc.load_corpus(mixed, strict=True).documents) == 5  # skipped and duplicate files are not errors


def test_the_commands_print_the_counts_and_fail_only_for_failed_files(mixed, tmp_path, capsys):
    assert main(["extract", str(mixed), "--out", str(tmp_path / "x")]) == 1  # empty.txt failed
    out = capsys.readouterr()
    assert "2 skipped, 1 duplicate, 1 failed" in out.out and "empty.txt" in out.out
    (mixed / "raw" / "empty.txt").unlink()
    assert main(["extract", str(mixed), "--out", str(tmp_path / "x")]) == 0  # skipped and duplicate are fine
    assert main(["network", str(mixed), "--out", str(tmp_path / "n")]) == 0
    assert "files: " in capsys.readouterr().out
    assert main(["report", str(mixed), "--out", str(tmp_path / "r"), "--no-figures", "--no-cache"]) == 0
    assert "2 skipped, 1 duplicate, 0 failed" in capsys.readouterr().out
    run = json.loads((tmp_path / "r" / "run.json").read_text(encoding="utf-8"))
    assert run["files"]["duplicate"] == 1 and (tmp_path / "r" / "tables" / "report.csv").exists()
    (mixed / "raw" / "empty.txt").write_bytes(b"")
    assert main(["network", str(mixed), "--out", str(tmp_path / "n")]) == 1
    assert "empty.txt" in capsys.readouterr().err
