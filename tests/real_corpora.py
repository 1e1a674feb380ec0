"""Where the real corpora are: ``../shared/corpora`` beside the clone, else /work/shared/corpora."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CANDIDATES = [ROOT.parent / "shared" / "corpora", Path("/work/shared/corpora")]


def corpora_home() -> Path:
    """The folder holding provincial-work-reports-2026/ and local-regulations/, or skip."""
    for candidate in CANDIDATES:
        if (candidate / "provincial-work-reports-2026").is_dir():
            return candidate
    pytest.skip("real corpora absent: ../shared/corpora is not beside this clone")
