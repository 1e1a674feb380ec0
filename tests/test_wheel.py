"""The built wheel stands alone: installed into a fresh virtual environment, run from outside the clone,
it carries its dictionaries and writes a report on a folder of mixed files.

Nothing is downloaded (when this environment's setuptools can build the project; else pip fetches
one to build with): the wheel is built without build isolation, and the fresh environment reaches
the dependencies already installed here through a folder of links that leaves this package out (so
the only policycompare it can import is the wheel's).
"""

import os
import shutil
import subprocess
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

import pandas as pd
import pytest

from .seeds import ROOT, SEEDS

pytestmark = pytest.mark.slow

SOURCES = ("pyproject.toml", "README.md", "LICENSE", "src")


def _run(*args, **kwargs) -> subprocess.CompletedProcess:
    run = subprocess.run([str(a) for a in args], capture_output=True, text=True, **kwargs)
    assert run.returncode == 0, f"{args[:4]} failed:\n{run.stdout[-2000:]}\n{run.stderr[-4000:]}"
    return run


def _build_wheel(tmp: Path) -> Path:
    """Build from a copy of the sources, so the clone gets no build/ or egg-info folders."""
    source = tmp / "source"
    source.mkdir()
    for name in SOURCES:
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
        copy(ROOT / name, source / name, **({"ignore": shutil.ignore_patterns("__pycache__", "*.egg-info")}
                                             if (ROOT / name).is_dir() else {}))
    # this environment's setuptools when it can build the project (offline, fast); else pip fetches one
    offline = ["--no-build-isolation", "--no-index"] if _setuptools_major() >= 77 else []
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", *offline, "-q", "-w", tmp / "dist", source)
    [wheel] = (tmp / "dist").glob("policycompare-*.whl")
    return wheel


def _setuptools_major() -> int:
    try:
        return int(metadata.version("setuptools").split(".")[0])
    except metadata.PackageNotFoundError:
        return 0


def _dependencies_without_this_package(tmp: Path) -> Path:
    """A folder linking every installed distribution of this environment except policycompare."""
    links = tmp / "dependencies"
    links.mkdir()
    paths = sysconfig.get_paths()
    for site in dict.fromkeys(Path(paths[key]).resolve() for key in ("purelib", "platlib")):
        for entry in site.iterdir():
            skip = entry.name.lower().startswith(("policycompare", "__editable__")) or entry.suffix == ".pth"
            if not skip and not (links / entry.name).exists():
                (links / entry.name).symlink_to(entry)
    return links


def test_the_installed_wheel_reports_on_a_folder_of_mixed_files(tmp_path):
    wheel = _build_wheel(tmp_path)
    fresh = tmp_path / "fresh"
    _run(sys.executable, "-m", "venv", "--without-pip", fresh)
    python = fresh / "bin" / "python"
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q", wheel)
    purelib = _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip()
    (Path(purelib) / "dependencies.pth").write_text(f"{_dependencies_without_this_package(tmp_path)}\n",
                                                    encoding="utf-8")

    documents = tmp_path / "documents"  # a plain folder: no raw/, no manifest, no dictionaries
    documents.mkdir()
    shutil.copy(SEEDS[2], documents / "tianmen.txt")
    markdown = SEEDS[4].read_text(encoding="utf-8").splitlines()
    (documents / "plan.md").write_text("# " + markdown[0] + "\n\n" + "\n".join(markdown[1:]), encoding="utf-8")
    shutil.copy(ROOT / "tests" / "fixtures" / "html" / "bureau_article.htm", documents / "notice.htm")
    work = tmp_path / "elsewhere"  # run far from the clone, with nothing of it on the path
    work.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["POLICYCOMPARE_CACHE"] = str(tmp_path / "cache")

    where = _run(python, "-c", "import policycompare, sys; print(policycompare.__file__); print(sys.path)",
                 cwd=work, env=env).stdout
    assert where.startswith(str(fresh)) and str(ROOT / "src") not in where
    version = _run(fresh / "bin" / "policycompare", "--version", cwd=work, env=env).stdout
    assert version.startswith("policycompare ") and wheel.name.split("-")[1] in version

    _run(fresh / "bin" / "policycompare", "report", documents, "--out", "out", cwd=work, env=env)
    out = work / "out"
    assert (out / "report.html").stat().st_size > 10_000
    report = pd.read_csv(out / "tables" / "report.csv", keep_default_na=False)
    assert sorted(Path(p).name for p in report.source_file) == ["notice.htm", "plan.md", "tianmen.txt"]
    assert report.status.isin(["ok", "warning"]).all(), report  # every format read by the installed package
    themes = pd.read_csv(out / "tables" / "themes.csv", keep_default_na=False)
    assert (themes.codebook_theme != "uncoded").any()  # the codebook came with the wheel
    assert (out / "tables" / "warnings.csv").exists()
