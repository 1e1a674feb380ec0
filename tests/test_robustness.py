"""Issue 16: no input hangs, crashes or escapes; caches and outputs that survive faults.

Each reproduction of the issue is a test here. Slowness is simulated (a stage that sleeps), never
a real hang.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest

import policycompare as pc
import policycompare.network as network
import policycompare.report as report
from policycompare import runcache
from policycompare.cli import main
from policycompare.dictionaries import package_file
from policycompare.extract import AliasTable
from policycompare.parallel import run_budgeted
from policycompare.paths import MARKER, MAX_BYTES, inside, safe_stems, staged, staged_outputs
from policycompare.runcache import CacheWarning
from policycompare.tokens import Tokenizer

from .seeds import ROOT

SLOW_SECONDS = 60  # far past the budgets below: only an interruption ends it in time
BUDGET = 3  # seconds; a cold process spends about one on its first file (lazy imports)


class SlowAliases(AliasTable):
    """An alias table whose lookup of a unit called 慢… sleeps: a stage stuck on one file.

    Defined at module level, so it pickles into worker and helper processes by reference.
    """

    def lookup(self, name, jurisdiction=""):
        if "慢" in name:
            time.sleep(SLOW_SECONDS)
        return super().lookup(name, jurisdiction)


def slow_square(value):
    """A function for the helper processes: sleeps on negative numbers."""
    if value < 0:
        time.sleep(SLOW_SECONDS)
    return value * value


def deaf_square(value):
    """Like :func:`slow_square`, but deaf to the alarm while it sleeps (stuck in C code, say)."""
    if value < 0:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(SLOW_SECONDS)
    return value * value


@pytest.fixture()
def slow_folder(tmp_path):
    """Three pages; the second names a unit whose lookup hangs."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, unit in (("a", "市司法局"), ("b", "慢行办"), ("c", "市财政局")):
        (folder / f"{name}.txt").write_text(
            f"某市关于推进某项工作的实施方案\n一、加强协调。(责任单位:{unit})\n二、完善制度。(责任单位:{unit})\n",
            encoding="utf-8")
    return folder


def _assert_only_b_timed_out(corpus, budget):
    report = corpus.report.set_index(corpus.report.source_file.str.rsplit("/", n=1).str[-1])
    assert report.loc["b.txt", "status"] == "failed"
    assert report.loc["b.txt", "reason"].endswith(f"b.txt: took longer than {budget:g} s; please report it")
    assert report.loc[["a.txt", "c.txt"], "status"].isin(["ok", "warning"]).all()
    assert sorted(corpus.documents.source_file) == ["a.txt", "c.txt"]
    assert len(corpus.measures) == 4


@pytest.mark.parametrize("where", ["this process", "local workers", "threads", "dask"])
def test_a_file_past_its_time_budget_fails_and_the_run_goes_on(slow_folder, where):
    started = time.monotonic()
    if where == "this process":
        corpus = pc.load_corpus(slow_folder, aliases=SlowAliases(), time_budget=BUDGET)
    elif where == "local workers":
        with ProcessPoolExecutor(2) as pool:
            corpus = pc.load_corpus(slow_folder, aliases=SlowAliases(), time_budget=BUDGET, executor=pool)
    elif where == "threads":  # signals do not reach threads: a helper process runs the files
        with ThreadPoolExecutor(2) as pool:
            corpus = pc.load_corpus(slow_folder, aliases=SlowAliases(), time_budget=BUDGET, executor=pool)
    else:
        distributed = pytest.importorskip("distributed")
        with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                      dashboard_address=None) as cluster, distributed.Client(cluster) as client:
            corpus = pc.load_corpus(slow_folder, aliases=SlowAliases(), time_budget=BUDGET,
                                    executor=client.get_executor())
    _assert_only_b_timed_out(corpus, BUDGET)
    assert time.monotonic() - started < SLOW_SECONDS / 2


def test_the_watchdog_kills_a_helper_that_does_not_answer(monkeypatch):
    # a thread's items run in a helper; an item stuck where no alarm reaches it is given up by the
    # watchdog, and a fresh helper runs the rest
    monkeypatch.setattr("policycompare.parallel.WATCHDOG_GRACE", 0.5)
    started = time.monotonic()
    with ThreadPoolExecutor(1) as pool:
        for function in (slow_square, deaf_square):
            assert pool.submit(run_budgeted, function, [2, -1, 3], 1).result() == [(True, 4), (False, None), (True, 9)]
    assert time.monotonic() - started < SLOW_SECONDS / 2


def test_no_budget_runs_everything(slow_folder):
    assert run_budgeted(slow_square, [2, 3], None) == [(True, 4), (True, 9)]


# ---------------------------------------------------------------- paths from data stay inside --out

PLAIN_PAGE = "关于加强某项工作的实施方案\n一、加强协调配合。(责任单位:办公室、法规处)\n二、完善工作制度。(责任单位:法规处)\n"


def _corpus_folder(folder, pages: dict[str, str], manifest: dict[str, str]):
    """A corpus folder of unnamed pages whose jurisdictions come from the manifest."""
    (folder / "raw").mkdir(parents=True)
    for name, text in pages.items():
        (folder / "raw" / name).write_text(text, encoding="utf-8")
    rows = ["file,jurisdiction"] + [f'{name},"{place}"' for name, place in manifest.items()]
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def _files_outside(root, *allowed):
    return sorted(str(p) for p in root.rglob("*") if p.is_file() and not any(p.is_relative_to(a) for a in allowed))


LONG_PLACE = "某" * 120  # 360 bytes of UTF-8: more than a file name may hold


def test_a_jurisdiction_from_the_data_never_writes_outside_out(tmp_path):
    corpus = _corpus_folder(tmp_path / "deep" / "corpus", {"a.txt": PLAIN_PAGE, "b.txt": PLAIN_PAGE.replace("法规处", "财务处"),
                                                           "c.txt": PLAIN_PAGE.replace("办公室", "秘书科")},
                            {"a.txt": "x/../../pwned", "b.txt": LONG_PLACE, "c.txt": "x_pwned"})
    out, net, figures = tmp_path / "deep" / "out", tmp_path / "deep" / "net", tmp_path / "deep" / "fig"
    assert main(["report", str(corpus), "--out", str(out), "--no-cache"]) == 0
    assert main(["network", str(corpus), "--out", str(net), "--figures", str(figures)]) == 0
    assert _files_outside(tmp_path, corpus, out, net, figures) == []
    graphs = sorted(p.name for p in (out / "graphs").iterdir())
    # x/../../pwned and x_pwned would share a name: each gets a hash of its own name
    assert [name for name in graphs if name.startswith("network_x_pwned-")] and len(graphs) == 3
    assert all(len(name.encode()) < 200 for name in graphs + [p.name for p in net.iterdir()])
    assert len(list(figures.glob("network_某*.png"))) == 1


def test_safe_stems_keep_chinese_and_bound_the_length():
    stems = safe_stems(["天门市", "x/../../pwned", LONG_PLACE, "..", "a\x00b", "CON"])
    assert stems["天门市"] == "天门市" and "/" not in stems["x/../../pwned"] and stems[".."] == "unnamed"
    assert len(stems[LONG_PLACE].encode()) <= MAX_BYTES + 9 and stems[LONG_PLACE].startswith("某" * 40)
    assert len(set(stems.values())) == len(stems)
    with pytest.raises(ValueError, match="would leave"):
        inside(tmp := Path("/tmp/out"), "../pwned")


# ---------------------------------------------------------------- the token cache never breaks a run

TEXTS = [f"推进公共法律服务体系建设第{i}项,落实双随机一公开监管" for i in range(300)]


def _tokenizer(cache):
    return Tokenizer(package_file("user_dict.txt"), package_file("stopwords.txt"), cache_dir=cache, progress=False)


@pytest.fixture()
def expected_tokens():
    return [_tokenizer(None).cut(text) for text in TEXTS]


@pytest.mark.parametrize("damage", ["garbage", "truncated", "wrong schema"])
def test_a_damaged_token_cache_is_moved_aside_and_rebuilt(tmp_path, expected_tokens, damage):
    cache_file = tmp_path / "tokens.sqlite"
    if damage == "garbage":
        cache_file.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    elif damage == "wrong schema":
        with sqlite3.connect(cache_file) as db:
            db.execute("CREATE TABLE tokens (text TEXT, count INTEGER, extra BLOB)")
    else:
        _tokenizer(tmp_path).cut_many(TEXTS)
        cache_file.write_bytes(cache_file.read_bytes()[: cache_file.stat().st_size // 2])
    with pytest.warns(CacheWarning, match="moved to tokens.sqlite.damaged-"):
        assert _tokenizer(tmp_path).cut_many(TEXTS) == expected_tokens
    assert list(tmp_path.glob("tokens.sqlite.damaged-*"))
    rebuilt = _tokenizer(tmp_path)
    assert rebuilt.cut_many(TEXTS) == expected_tokens and rebuilt.stats == {"cut": 0, "cached": len(TEXTS)}


def test_poisoned_rows_of_the_token_cache_are_not_served(tmp_path, expected_tokens):
    tokenizer = _tokenizer(tmp_path)
    tokenizer.cut_many(TEXTS)
    with sqlite3.connect(tmp_path / "tokens.sqlite") as db:
        db.execute("UPDATE tokens SET tokens = ? WHERE rowid % 2 = 0", (sqlite3.Binary(b"\xff\x00poison"),))
    again = _tokenizer(tmp_path)
    assert again.cut_many(TEXTS) == expected_tokens and 0 < again.stats["cut"] < len(TEXTS)


def test_a_read_only_token_cache_is_read_or_bypassed(tmp_path, expected_tokens, monkeypatch):
    _tokenizer(tmp_path / "full").cut_many(TEXTS[:100])
    (tmp_path / "empty").mkdir()
    # as root, modes do not stop writes: say what a read-only folder says to another user
    monkeypatch.setattr("policycompare.tokens.os.access", lambda path, mode: False)
    for folder in (tmp_path / "full"), (tmp_path / "empty"):
        before = sorted((p.name, p.stat().st_size) for p in folder.iterdir())
        with pytest.warns(CacheWarning, match="read-only"):
            tokenizer = _tokenizer(folder)
            assert tokenizer.cut_many(TEXTS) == expected_tokens
        assert sorted((p.name, p.stat().st_size) for p in folder.iterdir()) == before
    assert tokenizer.stats["cut"] == len(TEXTS)
    assert _tokenizer(tmp_path / "full").stats["cut"] == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_token_cache_folder_really_is_tolerated(tmp_path, expected_tokens):
    _tokenizer(tmp_path).cut_many(TEXTS[:100])
    tmp_path.chmod(0o555)
    try:
        with pytest.warns(CacheWarning):
            assert _tokenizer(tmp_path).cut_many(TEXTS) == expected_tokens
    finally:
        tmp_path.chmod(0o755)


# ---------------------------------------------------------------- the report cache serves only intact reports

def _stored_report(tmp_path):
    made = tmp_path / "made"
    (made / "tables").mkdir(parents=True)
    files = []
    for name in ("a.csv", "b.csv"):
        files.append(made / "tables" / name)
        files[-1].write_text("x,y\n" + "1,2\n" * 1000, encoding="utf-8")
    runcache.store(tmp_path / "cache", "k" * 32, {"out": (made, files)})
    return tmp_path / "cache" / "reports" / ("k" * 32)


@pytest.mark.parametrize("damage", ["truncated", "deleted", "manifest deleted"])
def test_a_damaged_report_cache_entry_is_a_miss(tmp_path, damage):
    entry = _stored_report(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "run.json").write_text("{}")
    (out / MARKER).write_text('["run.json"]')  # the previous report, which must survive a miss
    target = entry / "out" / "tables" / "b.csv"
    if damage == "truncated":
        target.write_bytes(target.read_bytes()[:100])
    elif damage == "deleted":
        target.unlink()
    else:
        (entry / "manifest.json").unlink()
    assert not runcache.restore(tmp_path / "cache", "k" * 32, {"out": out, "figures": out / "figures"})
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "run.json"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_files_from_a_read_only_cache_get_the_users_modes(tmp_path):
    entry = _stored_report(tmp_path)
    for path in entry.rglob("*"):
        path.chmod(0o444 if path.is_file() else 0o555)
    out = tmp_path / "out"
    try:
        assert runcache.restore(tmp_path / "cache", "k" * 32, {"out": out, "figures": out / "figures"})
    finally:
        for path in entry.rglob("*"):
            path.chmod(0o755)
    umask = os.umask(0)
    os.umask(umask)
    assert (out / "tables" / "a.csv").read_text(encoding="utf-8").count("\n") == 1001
    for path in (out, out / "tables", out / "tables" / "a.csv"):
        expected = (0o777 if path.is_dir() else 0o666) & ~umask
        assert stat.S_IMODE(path.stat().st_mode) == expected, path


# ---------------------------------------------------------------- outputs: the old report or the new one

def test_a_run_that_dies_while_writing_leaves_the_old_report(tmp_path, monkeypatch):
    corpus = _corpus_folder(tmp_path / "corpus", {"a.txt": PLAIN_PAGE, "b.txt": PLAIN_PAGE.replace("办公室", "秘书科")},
                            {"a.txt": "甲县", "b.txt": "乙县"})
    out = tmp_path / "out"
    report.write_report(corpus, out, figures=False, cache_dir=None)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert (out / "graphs" / "network_乙县.gexf").exists()

    def die(*args, **kwargs):
        raise KeyboardInterrupt("killed while writing graphs")

    monkeypatch.setattr(network, "export_graphs", die)
    (corpus / "raw" / "b.txt").unlink()
    with pytest.raises(KeyboardInterrupt):
        report.write_report(corpus, out, figures=False, cache_dir=None)
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "out"]  # no staging folder left
    monkeypatch.undo()
    report.write_report(corpus, out, figures=False, cache_dir=None)
    assert sorted(p.name for p in (out / "graphs").iterdir()) == ["network_甲县.gexf"]  # nothing stale


def test_figures_outside_out_are_replaced_without_touching_other_files(tmp_path):
    figures = tmp_path / "figures"
    figures.mkdir()
    (figures / "notebook_figure.png").write_bytes(b"not ours")
    for places in (["甲县", "乙县"], ["甲县"]):
        with staged_outputs(tmp_path / "out", figures) as (out, new_figures):
            for place in places:
                (new_figures / f"network_{place}.png").write_bytes(place.encode())
            (out / "run.json").write_text("{}")
    assert sorted(p.name for p in figures.iterdir()) == [MARKER, "network_甲县.png", "notebook_figure.png"]


def test_a_run_killed_between_its_two_renames_is_put_back(tmp_path):
    out = tmp_path / "out"
    previous = tmp_path / ".out.previous"
    previous.mkdir()
    (previous / "run.json").write_text("{}")
    (previous / MARKER).write_text('["run.json"]')
    with staged(out) as folder:
        assert (out / "run.json").exists()  # the old report is back before the new one is written
        (folder / "report.html").write_text("new")
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "report.html"]
    assert not previous.exists()


def test_out_must_be_a_folder(tmp_path):
    (tmp_path / "out").write_text("a file of the user's")
    with pytest.raises(NotADirectoryError, match="not a folder"):
        with staged(tmp_path / "out"):
            pass
    assert (tmp_path / "out").read_text() == "a file of the user's"


# ---------------------------------------------------------------- ingest: nothing lost in silence

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def _page_of(measures: list[str]) -> str:
    return "某县关于加强法治建设的实施意见\n一、主要任务\n" + "\n".join(measures) + "\n"


def test_zero_width_characters_do_not_hide_markers(tmp_path):
    items = [f"{n}{ZERO_WIDTH[n % 5]}.完成第{n}项工作任务。" if n % 2 else f"{ZERO_WIDTH[n % 5]}{n}.完成第{n}项工作任务。"
             for n in range(1, 17)]
    (tmp_path / "zw.txt").write_text(_page_of(items), encoding="utf-8")
    corpus = pc.load_corpus(tmp_path / "zw.txt")
    assert len(corpus.measures) == 16
    text = corpus.texts["zw"]
    assert not any(ch in text for ch in ZERO_WIDTH)
    for row in corpus.measures.itertuples():
        assert text[row.char_start:row.char_end].endswith(row.text)
    removed = corpus.boilerplate[corpus.boilerplate.reason == "invisible characters"]
    assert len(removed) == 16 and removed.line.tolist() == list(range(3, 19))


def test_nul_bytes_after_the_first_8_kb_are_refused_with_their_line(tmp_path):
    lines = [f"{n}.完成第{n}项工作任务,确保按期完成。" for n in range(1, 400)]
    data = bytearray(_page_of(lines).encode("utf-8"))
    at = data.index("300.".encode())
    data[at:at] = b"\x00\x00"
    assert at > 8192
    (tmp_path / "nul.txt").write_bytes(bytes(data))
    report = pc.load_corpus(tmp_path).report
    assert report.status.tolist() == ["failed"]
    assert report.reason[0].endswith("nul.txt:302: binary file (NUL bytes, byte %d), not a text page" % at)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read(tmp_path, encoding):
    page = _page_of([f"{n}.完成第{n}项工作任务。" for n in range(1, 6)])
    (tmp_path / "u16.txt").write_bytes(page.encode(encoding))
    corpus = pc.load_corpus(tmp_path)
    assert corpus.documents.encoding.tolist() == [encoding] and len(corpus.measures) == 5


def test_gbk_followed_by_utf8_names_the_line_where_the_encoding_changes(tmp_path):
    first = _page_of([f"{n}.完成第{n}项工作任务。" for n in range(1, 6)])
    second = "\n".join(f"{n}.推进第{n}项改革措施。" for n in range(6, 9))
    (tmp_path / "mixed.txt").write_bytes(first.encode("gbk") + second.encode("utf-8"))
    reason = pc.load_corpus(tmp_path).report.reason[0]
    assert "mixed.txt:8: the encoding changes here from GB18030 to UTF-8" in reason


def test_numbers_from_1000_up_are_markers_where_the_sequence_says_so(tmp_path):
    items = [f"{n}.完成第{n}项工作任务。" for n in range(1, 1006)]
    items.insert(3, "2021、2022年连续两年开展专项检查。")  # a year list at a line start continues item 3
    (tmp_path / "long.txt").write_text(_page_of(items), encoding="utf-8")
    corpus = pc.load_corpus(tmp_path)
    assert len(corpus.measures) == 1005
    assert corpus.measures.label.tolist()[998:1001] == ["999.", "1000.", "1001."]
    assert "2021、2022年" in corpus.measures.text[2]


def _snapshot(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_report_killed_at_any_moment_leaves_the_old_or_the_new_report(tmp_path):
    corpus = _corpus_folder(tmp_path / "corpus", {"a.txt": PLAIN_PAGE, "b.txt": PLAIN_PAGE.replace("办公室", "秘书科")},
                            {"a.txt": "甲县", "b.txt": "乙县"})
    out = tmp_path / "out"
    command = [sys.executable, "-m", "policycompare.cli", "report", str(corpus), "--out", str(out), "--no-figures",
               "--no-cache"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    subprocess.run(command, check=True, env=env, capture_output=True)
    old = _snapshot(out)
    assert "graphs/network_乙县.gexf" in old
    (corpus / "raw" / "b.txt").unlink()
    for delay in (1.0, 2.5, 4.0):  # while importing, parsing, writing: wherever the kill lands
        run = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        run.send_signal(signal.SIGKILL)
        run.wait()
        now = _snapshot(out)
        assert now == old or ("graphs/network_甲县.gexf" in now and "graphs/network_乙县.gexf" not in now
                              and "run.json" in now), sorted(now)
        if now != old:
            break


def test_a_long_issuer_in_the_text_does_not_abort_the_report(tmp_path):
    issuer = "某" * 110 + "人民政府办公室"
    page = f"{issuer}关于印发实施方案的通知\n一、加强协调配合。(责任单位:办公室)\n二、完善制度。\n\n{issuer}\n2024年3月1日\n"
    corpus = _corpus_folder(tmp_path / "corpus", {"a.txt": page}, {})
    out = tmp_path / "out"
    assert main(["report", str(corpus), "--out", str(out), "--no-cache"]) == 0
    assert all(len(p.name.encode()) <= 255 for p in out.rglob("*"))
