"""Where the seed documents are: copied byte for byte from the user's seeds into corpus/raw."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "corpus" / "raw"
SEEDS = sorted(RAW.glob("*.txt"))
