"""Cross-jurisdiction tables computed from the extraction tables."""

from policycompare.compare import ACCOUNTABILITY_COLUMNS, accountability


def test_accountability_shares_follow_from_the_tables(corpus):
    table = accountability(corpus).set_index("doc_id")
    assert list(accountability(corpus).columns) == ACCOUNTABILITY_COLUMNS
    measures = corpus.measures.set_index("measure_id")
    for doc_id, row in table.iterrows():
        doc_measures = measures[measures.doc_id == doc_id]
        noted = doc_measures.text.str.contains(r"[(〔](?:责任|牵头|监督)|[。](?:\()", regex=True)
        assert row.n_measures == len(doc_measures)
        timed = corpus.deadlines[corpus.deadlines.doc_id == doc_id].measure_id.nunique()
        assert row.share_when == timed / len(doc_measures)
        assert row.share_all_three <= min(row.share_who, row.share_when, row.share_how_much)
        assert row.share_who_annotated <= row.share_who
        if doc_id.startswith("004"):  # every measure of the open-government plan carries (责任部门:…)
            assert noted.all() and row.share_who_annotated == 1.0
    assert table.loc[table.index.str.startswith("002"), "share_who_annotated"].item() == 0.0


def test_accountability_on_a_plan_whose_answer_is_known(tmp_path):
    import policycompare as pc

    page = ("某县司法局关于某项工作的实施方案\n\n一、主要任务\n"
            "1.完善法律援助。到2025年,法律援助覆盖率达到100%。(责任单位:法援科)\n"
            "2.加强普法宣传。(责任单位:普法科)\n"
            "3.推进队伍建设。每季度开展培训。\n"
            "4.强化组织保障。\n")
    (tmp_path / "plan.txt").write_text(page, encoding="utf-8")
    row = accountability(pc.load_corpus(tmp_path)).iloc[0]
    assert (row.n_measures, row.share_who_annotated, row.share_who, row.share_when, row.share_how_much,
            row.share_all_three) == (4, 0.5, 0.5, 0.5, 0.25, 0.25)


def test_targets_without_an_indicator_line_up_with_none_and_come_last(tmp_path):
    import policycompare as pc
    from policycompare.compare import targets_by_indicator

    for name, place in (("a.txt", "甲县"), ("b.txt", "乙县")):
        page = (f"{place}人民政府关于改善民生的实施方案\n\n一、主要任务\n"
                "1.森林覆盖率达到60%以上。\n"
                "2.维修期限由双方商定，但不得少于两年。\n")
        (tmp_path / name).write_text(page, encoding="utf-8")
    table = targets_by_indicator(pc.load_corpus(tmp_path))
    unnamed = table.indicator_key == ""
    assert unnamed.any() and (table[unnamed].places_sharing == 0).all()
    assert table.places_sharing.is_monotonic_decreasing and not unnamed.iloc[0]


def test_targets_without_an_indicator_name_are_listed_after_every_named_indicator():
    from types import SimpleNamespace

    import pandas as pd

    from policycompare.compare import targets_by_indicator

    documents = pd.DataFrame({"doc_id": ["a", "b", "c"], "jurisdiction": ["甲市", "乙市", "丙市"],
                              "date": ["2024-01-01"] * 3})
    # three places each set a target the extractor could not name; two set the same named indicator
    targets = pd.DataFrame({"doc_id": ["a", "b", "c", "a", "b"], "measure_id": ["a1", "b1", "c1", "a2", "b2"],
                            "indicator_id": ["", "", "", "", ""],
                            "indicator_name": ["", "", "", "公示期限", "公示期限"], "indicator": [""] * 5,
                            "year": [None] * 5, "comparator": [">="] * 5, "value": [1.0, 2.0, 3.0, 30.0, 20.0],
                            "value_low": [None] * 5, "unit": ["次", "次", "日", "日", "日"], "raw": [""] * 5})
    table = targets_by_indicator(SimpleNamespace(documents=documents, targets=targets))
    assert table.indicator_key.tolist()[:2] == ["公示期限", "公示期限"]
    assert table.places_sharing.tolist() == [2, 2, 0, 0, 0]
