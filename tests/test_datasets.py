"""fetch_provincial_work_reports: mirror, download into a cache, hash checks; nothing fetched from the network."""

import shutil
from urllib.parse import unquote

import pytest

from policycompare import datasets

from .real_corpora import corpora_home


def test_published_table_lists_31_reports_and_the_manifest():
    table = datasets.published_files(2026)
    assert table.file.str.endswith("政府工作报告.csv").sum() == 31
    assert "run_manifest_2026.csv" in set(table.file)
    assert table.sha256.str.fullmatch(r"[0-9a-f]{64}").all()


def test_unknown_year_is_a_clear_error():
    with pytest.raises(ValueError, match="available years"):
        datasets.published_files(1999)


def test_a_local_mirror_is_read_and_checked():
    reports = datasets.fetch_provincial_work_reports(2026, data_home=corpora_home(), download_if_missing=False)
    assert len(reports.frame) == 31 and reports.frame.province.is_unique
    assert set(reports.frame.year) == {2026}
    assert reports.frame.source_url.str.startswith("http").all()
    assert len(reports.corpus.report) == 31  # every report is read (a parse failure is a row, not a loss)
    assert set(reports.corpus.documents.doc_id) <= set(reports.frame.doc_id)
    assert "ad4c815c" in reports.DESCR


def test_the_environment_variable_points_at_a_mirror(monkeypatch):
    monkeypatch.setenv("POLICYCOMPARE_DATA", str(corpora_home()))
    assert datasets.get_data_home() == corpora_home()


def test_download_path_fills_the_cache_from_a_file_url(tmp_path):
    source = corpora_home() / "provincial-work-reports-2026"
    fetched = []

    def opener(url):  # urlopen would read file:// URLs too; this one also counts them
        fetched.append(url)
        return open(unquote(url.removeprefix("file://")), "rb")

    base = source.as_uri() + "/"
    reports = datasets.fetch_provincial_work_reports(2026, data_home=tmp_path, base_url=base, opener=opener)
    assert len(fetched) == 32 and len(reports.frame) == 31
    assert sorted(p.name for p in (tmp_path / "provincial-work-reports-2026").iterdir()) == \
        sorted(datasets.published_files(2026).file)
    # a second call reads the cache and fetches nothing
    fetched.clear()
    datasets.fetch_provincial_work_reports(2026, data_home=tmp_path, base_url=base, opener=opener)
    assert fetched == []


def test_the_default_url_is_the_pinned_commit(tmp_path):
    urls = []

    def refuse(url):
        urls.append(url)
        raise OSError("offline")

    with pytest.raises(datasets.DatasetError, match="could not be fetched"):
        datasets.fetch_provincial_work_reports(2026, data_home=tmp_path, opener=refuse)
    assert urls[0].startswith(f"https://raw.githubusercontent.com/{datasets.REPOSITORY}/{datasets.COMMITS[2026]}/")
    assert not list((tmp_path / "provincial-work-reports-2026").glob("*.part"))


def test_a_changed_file_is_an_error_naming_it(tmp_path):
    mirror = tmp_path / "provincial-work-reports-2026"
    shutil.copytree(corpora_home() / "provincial-work-reports-2026", mirror)
    victim = mirror / "2026_北京市_政府工作报告.csv"
    victim.write_bytes(victim.read_bytes() + b"\n")
    with pytest.raises(datasets.DatasetError, match="北京市.*SHA-256"):
        datasets.fetch_provincial_work_reports(2026, data_home=tmp_path)


def test_a_missing_file_without_download_is_an_error(tmp_path):
    with pytest.raises(datasets.DatasetError, match="missing"):
        datasets.fetch_provincial_work_reports(2026, data_home=tmp_path, download_if_missing=False)

