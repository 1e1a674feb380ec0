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
