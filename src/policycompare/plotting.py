"""Figures with Chinese labels that render, saved reproducibly as PNG and SVG.

Chinese glyphs need a CJK font: the set-up (``make fonts``) installs the freely licensed Noto Sans
CJK from the system's package manager, and :func:`use_cjk_font` finds it (or another CJK font)
through matplotlib. Without one it raises, rather than drawing boxes.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # figures are written to files; no display is needed or assumed

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402

CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
             "Noto Sans CJK JP", "Droid Sans Fallback")


class FontError(RuntimeError):
    """No CJK font is installed: Chinese labels would render as boxes."""


def use_cjk_font() -> str:
    """Make matplotlib draw Chinese with an installed CJK font; return the font's name.

    >>> use_cjk_font()  # doctest: +SKIP
    'Noto Sans CJK SC'
    """
    installed = {font.name for font in font_manager.fontManager.ttflist}
    name = next((font for font in CJK_FONTS if font in installed), None)
    if name is None:
        raise FontError("no CJK font found: run `make fonts` (installs fonts-noto-cjk) or install Noto Sans CJK")
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = [name, "DejaVu Sans"]
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["svg.hashsalt"] = "policycompare"  # stable ids inside SVG files
    return name


def save_figure(figure, name: str, folder: str | Path = "figures") -> list[Path]:
    """Save ``figure`` as ``<folder>/<name>.png`` and ``.svg`` with no timestamps; return the paths.

    >>> import matplotlib.pyplot as plt
    >>> [p.suffix for p in save_figure(plt.figure(), "empty", "/tmp")]
    ['.png', '.svg']
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{name}.png", folder / f"{name}.svg"]
    figure.savefig(paths[0], dpi=150, bbox_inches="tight", metadata={"Software": None})
    figure.savefig(paths[1], bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(figure)
    return paths
