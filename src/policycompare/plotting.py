"""Figures with Chinese labels that render, saved reproducibly as PNG and SVG.

Chinese glyphs need a CJK font: the set-up (``make fonts``) installs the freely licensed Noto Sans
CJK from the system's package manager, and :func:`use_cjk_font` finds it (or another CJK font)
through matplotlib. Without one it raises, rather than drawing boxes.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
import sys
import time
from contextlib import contextmanager
from contextvars import ContextVar
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


# Every image stays readable and light at any corpus size: at most this many pixels a side and
# this many bytes. Figures are built within the size; the resolution is lowered if a label overhangs.
DPI = 150
MAX_PIXELS = (2700, 2400)
MAX_PNG_BYTES = 2_000_000
MAX_SVG_BYTES = 2_000_000  # a vector copy is kept only while it is light (maps, dense plots: PNG only)
# zlib level 3: a third less time than the default 6 and files as small (figures are flat colour)
PNG_OPTIONS = {"compress_level": 3}


def save_figure(figure, name: str, folder: str | Path = "figures", vector: bool = True) -> list[Path]:
    """Save ``figure`` as ``<folder>/<name>.png`` and ``.svg`` with no timestamps; return the paths.

    ``figure`` is a matplotlib figure, or a function of no arguments that draws and returns one.
    The PNG is at most ``MAX_PIXELS`` (width, height) and ``MAX_PNG_BYTES``: the resolution is
    lowered until it fits. ``vector=False`` writes no SVG (maps: their boundaries weigh tens of MB);
    an SVG over ``MAX_SVG_BYTES`` is not kept (nor returned). Inside :func:`saving_in_parallel`
    the files are written by a child process while the caller goes on (a function given as
    ``figure`` is called there too: drawing and writing both leave this process).

    >>> import matplotlib.pyplot as plt
    >>> [p.suffix for p in save_figure(plt.figure(), "empty", "/tmp")]
    ['.png', '.svg']
    """
    return save_figures({name: figure}, folder, vector)[name]


def save_figures(figures: dict, folder: str | Path = "figures", vector: bool = True) -> dict[str, list[Path]]:
    """Save each figure (name -> figure, or function drawing one) as :func:`save_figure` does;
    return name -> paths. Inside :func:`saving_in_parallel` one child process writes them all,
    one after the other: for small figures, starting a process each costs a good part of the work.

    >>> import matplotlib.pyplot as plt
    >>> sorted(save_figures({"a": plt.figure(), "b": plt.figure()}, "/tmp", vector=False).items())
    [('a', [PosixPath('/tmp/a.png')]), ('b', [PosixPath('/tmp/b.png')])]
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    jobs = [(figure, [folder / f"{name}.png", folder / f"{name}.svg"], vector) for name, figure in figures.items()]
    savers = _SAVERS.get()
    if savers is not None:
        return dict(zip(figures, savers.save(jobs)))
    return {name: _drawn_and_written(figure, paths, vector) for name, (figure, paths, vector) in zip(figures, jobs)}


def _drawn_and_written(figure, paths: list[Path], vector: bool) -> list[Path]:
    """Draw ``figure`` (if it is a function) and write it; its CPU seconds go to the clock of
    :func:`figure_clock`, if one runs."""
    start = time.process_time()
    kept = _write_figure(figure() if callable(figure) else figure, paths, vector)
    _clocked(time.process_time() - start)
    return kept


def _clocked(seconds: float) -> None:
    clock = _CLOCK.get()
    if clock is not None:
        with clock.get_lock():
            clock.value += seconds


def _write_figure(figure, paths: list[Path], vector: bool) -> list[Path]:
    """Write the PNG (and SVG) of ``figure``; return the files kept.

    The tight box (what ``bbox_inches="tight"`` crops to, padded alike) is measured once and
    handed to every save: "tight" would lay out and measure every text again for each file.
    """
    box = figure.get_tightbbox(figure.canvas.get_renderer()).padded(matplotlib.rcParams["savefig.pad_inches"])
    dpi = min(DPI, (MAX_PIXELS[0] - 4) / max(box.width, 0.1), (MAX_PIXELS[1] - 4) / max(box.height, 0.1))
    while True:
        _write_png(figure, paths[0], dpi, box)
        if paths[0].stat().st_size <= MAX_PNG_BYTES or dpi < 40:
            break
        dpi *= 0.75
    if not vector:
        plt.close(figure)
        return paths[:1]
    figure.savefig(paths[1], bbox_inches=box, metadata={"Date": None, "Creator": None})
    plt.close(figure)
    if paths[1].stat().st_size > MAX_SVG_BYTES:
        paths[1].unlink()
        return paths[:1]
    return paths


def _write_png(figure, path: Path, dpi: float, box) -> None:
    """The PNG ``savefig`` would write (same pixels, resolution and no timestamp), as RGB when
    every pixel is opaque, as figures are: a quarter less to compress than RGBA, files a tenth lighter."""
    import io

    import numpy as np
    from PIL import Image

    raw = io.BytesIO()
    figure.savefig(raw, format="rgba", dpi=dpi, bbox_inches=box)
    pixels = np.frombuffer(raw.getbuffer(), dtype=np.uint8)
    renderer = getattr(figure.canvas, "renderer", None)  # the one savefig drew with: its buffer's shape
    shape = np.asarray(renderer.buffer_rgba()).shape if hasattr(renderer, "buffer_rgba") else ()
    if len(shape) != 3 or shape[2] != 4 or shape[0] * shape[1] * 4 != len(pixels):  # let savefig write it
        figure.savefig(path, dpi=dpi, bbox_inches=box, metadata={"Software": None}, pil_kwargs=PNG_OPTIONS)
        return
    pixels = pixels.reshape(shape)
    image = Image.fromarray(pixels[..., :3] if pixels[..., 3].min() == 255 else pixels)
    image.save(path, format="png", dpi=(dpi, dpi), **PNG_OPTIONS)


_SAVERS: ContextVar["_Savers | None"] = ContextVar("policycompare_savers", default=None)


@contextmanager
def saving_in_parallel(processes: int | None = None):
    """Write the figures saved inside the block in up to ``processes`` child processes (default:
    one per core), each forked with the finished figure, while this process draws the next one.

    Rendering a figure twice (PNG and SVG) costs more than building it, so on several cores the
    figures of a report take about the time of building them. On leaving the block every file has
    been written, and each list :func:`save_figure` returned holds exactly the files kept (an SVG
    over ``MAX_SVG_BYTES`` is removed from it). Where processes are not forked (Windows, macOS:
    forking is unsafe there) figures are saved in this process, as outside the block.

    >>> import matplotlib.pyplot as plt
    >>> with saving_in_parallel():
    ...     paths = save_figure(plt.figure(), "empty_parallel", "/tmp")
    >>> [p.suffix for p in paths]
    ['.png', '.svg']
    """
    savers = _Savers(processes or os.cpu_count() or 1)
    token = _SAVERS.set(savers if savers.usable() else None)
    try:
        yield
    finally:
        _SAVERS.reset(token)
        savers.wait()


class _Savers:
    """Child processes writing figures; ``wait`` joins them and settles the returned path lists."""

    def __init__(self, processes: int):
        self.processes = max(1, processes)
        self.running: list[tuple[object, list[Path], str]] = []

    @staticmethod
    def usable() -> bool:
        from .parallel import in_background_child

        # fork only on Linux: macOS offers it, but system frameworks in the parent make it unsafe;
        # and not in a child of in_background: it has one core, the other is busy
        return (sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
                and not in_background_child())

    def save(self, jobs: list[tuple]) -> list[list[Path]]:
        """Write the figures of ``jobs`` ((figure, paths, vector) each) in one child process."""
        while len(self.running) >= self.processes:  # the first child to finish makes room
            ended = multiprocessing.connection.wait([process.sentinel for process, _, _ in self.running])
            job = next(job for job in self.running if job[0].sentinel in ended)
            self.running.remove(job)
            self._join(job)
        for _, paths, _ in jobs:  # a stale file must not pass for one the child wrote
            for path in paths:
                path.unlink(missing_ok=True)
        from .parallel import wait_for_preparing

        wait_for_preparing()  # no thread may be importing while this process forks
        process = multiprocessing.get_context("fork").Process(target=_write_in_child, args=(jobs,))
        gc.freeze()  # the child shares this process's memory: keep the collector from touching (copying) it
        try:
            process.start()
        finally:
            gc.unfreeze()
        kept = []
        for figure, paths, vector in jobs:
            if not callable(figure):
                plt.close(figure)
            kept.append(list(paths if vector else paths[:1]))
        self.running.append((process, kept, ", ".join(paths[0].stem for _, paths, _ in jobs)))
        return kept

    def wait(self) -> None:
        errors = []
        while self.running:
            try:
                self._join(self.running.pop(0))
            except RuntimeError as exc:
                errors.append(str(exc))
        if errors:
            raise RuntimeError("; ".join(errors))

    @staticmethod
    def _join(job) -> None:
        process, kept, name = job
        process.join()
        if process.exitcode != 0:
            raise RuntimeError(f"figure {name}: the process writing it failed (exit status {process.exitcode})")
        for paths in kept:
            paths[:] = [path for path in paths if path.exists()]  # an SVG over MAX_SVG_BYTES was removed


def _write_in_child(jobs: list[tuple]) -> None:
    for figure, paths, vector in jobs:
        _write_figure(figure() if callable(figure) else figure, paths, vector)
    # the whole child is the figures' cost: its counters start at the fork, and the pages it copies
    # from this process's memory as it writes to them are counted too
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    _clocked(own.ru_utime + own.ru_stime)


_CLOCK: ContextVar = ContextVar("policycompare_figure_clock", default=None)


@contextmanager
def figure_clock():
    """Sum the CPU seconds of drawing and writing every figure saved inside the block, in this
    process and in the processes it forks (the savers of :func:`saving_in_parallel`, a child drawing
    beside the themes): what the figures cost, measured where they are made. The block yields a
    function that returns the sum so far.

    >>> with figure_clock() as seconds:
    ...     _ = save_figure(plt.figure(), "clocked", "/tmp", vector=False)
    >>> seconds() > 0
    True
    """
    clock = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn").Value("d", 0.0)
    token = _CLOCK.set(clock)
    try:
        yield lambda: clock.value
    finally:
        _CLOCK.reset(token)


def hide_overlapping(texts, pad: float = 1.0) -> int:
    """Hide every text that would overlap one kept before it; return how many were hidden.

    ``texts`` come in order of priority (tick labels along the axis, node labels by degree), so
    the rule keeps what fits: on a crowded axis every k-th label, k set by the axis length and the
    font size. Empty and hidden texts are skipped. Call it after the layout (``tight_layout``).

    >>> import matplotlib.pyplot as plt
    >>> figure, ax = plt.subplots(figsize=(2, 2))
    >>> _ = ax.set_yticks(range(100), [f"item {i}" for i in range(100)])
    >>> 0 < hide_overlapping(ax.get_yticklabels()) < 100
    True
    >>> plt.close(figure)
    """
    renderer = None
    kept, hidden = [], 0
    for text in texts:
        if not text.get_visible() or not text.get_text().strip():
            continue
        renderer = renderer or text.figure.canvas.get_renderer()
        box = text.get_window_extent(renderer).padded(pad)
        if any(box.overlaps(other) for other in kept):
            text.set_visible(False)
            hidden += 1
        else:
            kept.append(box)
    return hidden


def visible_overlaps(texts) -> list[tuple[str, str]]:
    """Pairs of visible, non-empty texts whose boxes overlap (what :func:`hide_overlapping` prevents).

    >>> import matplotlib.pyplot as plt
    >>> figure, ax = plt.subplots()
    >>> visible_overlaps([ax.text(0.5, 0.5, "a"), ax.text(0.5, 0.5, "b")])
    [('a', 'b')]
    >>> plt.close(figure)
    """
    shown = [t for t in texts if t.get_visible() and t.get_text().strip()]
    if not shown:
        return []
    renderer = shown[0].figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in shown]
    return [(shown[i].get_text(), shown[j].get_text()) for i in range(len(shown)) for j in range(i + 1, len(shown))
            if boxes[i].overlaps(boxes[j])]
