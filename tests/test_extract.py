"""Who, by when, how much: the extractors on the seeds (scored against the hand annotation) and on
every form the issue lists, one by one."""

import json
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

import policycompare as pc
from policycompare.extract import AliasTable, extract_assignments, extract_deadlines, extract_measure, extract_targets, extract_timing, is_review, split_names
from policycompare.ingest import fold_width

from .scoring import score
from .seeds import RAW, ROOT


def departments(text: str) -> list[str]:
    """The departments found in one sentence, read on its parse view as the pipeline reads a measure."""
    return [r["department"] for r in extract_assignments(text, parse=fold_width(text))]


def target_rows(text: str) -> list[tuple]:
    """(indicator, comparator, value, unit) of each target of one sentence, dated in March 2026."""
    return [(r["indicator"], r["comparator"], r["value"], r["unit"]) for r in extract_targets(text, "2026-03-01")]


def measured(text: str, doc_date: str) -> dict:
    """All the rows of one measure (its heading included), read on its parse view."""
    return extract_measure(text, fold_width(text), doc_date)[0]


GOALS = {"annotated": 0.97, "text": 0.60, "deadline": 0.92, "recurring": 0.90, "target": 0.85}


@pytest.fixture(scope="module")
def extraction_annotation():
    return json.loads((ROOT / "tests" / "fixtures" / "seed_extractions.json").read_text(encoding="utf-8"))


def test_the_hand_annotation_covers_every_measure(corpus, extraction_annotation):
    for doc_id, measures in extraction_annotation.items():
        assert sorted(measures) == sorted(corpus.measures[corpus.measures.doc_id == doc_id].path)


@pytest.mark.parametrize("kind", GOALS)
def test_extraction_meets_the_goal_against_the_hand_annotation(corpus, extraction_annotation, kind):
    result = score(corpus, extraction_annotation)[kind]
    assert result["f1"] >= GOALS[kind], (result["fp"], result["fn"])
    assert result["precision"] >= 0.9, result["fp"]  # precision first


def rows_of(corpus, table, doc, path):
    measure = corpus.measures[(corpus.measures.doc_id.str.startswith(doc)) & (corpus.measures.path == path)]
    frame = getattr(corpus, table)
    return frame[frame.measure_id == measure.measure_id.item()]


# ---------------------------------------------------------------- assignments

def test_every_annotation_form_of_the_seeds(corpus):
    plain = rows_of(corpus, "assignments", "004", "一/2")
    assert plain.department.tolist() == ["政研室", "政治处", "律管处", "公管处", "法援处", "基层处", "法宣处"]
    assert set(plain.role) == {"responsible"} and set(plain.source) == {"annotation"}
    bare = rows_of(corpus, "assignments", "000", "二/(六)/22")
    assert bare[bare.source == "annotation"][["department", "role"]].values.tolist() == [
        ["基层处", "responsible"], ["调解协调处", "responsible"]]
    staged = rows_of(corpus, "assignments", "003", "二/(三)")
    assert staged[staged.role == "lead"].department.tolist() == ["市局法规处", "区县司法局", "市劳教所", "市法律援助中心"]
    square = rows_of(corpus, "assignments", "003", "二/(四)")
    assert "市局政治(警务)部组教处" in square.department.tolist()  # 〔…〕 and an inner bracket kept whole
    combined = rows_of(corpus, "assignments", "003", "四/(十)")
    assert combined[combined.department == "市局纪检监察室"].role.tolist() == ["lead", "supervise"]
    assert combined[combined.role == "assess"].department.tolist() == ["市局政治(警务)部组教处"]


def test_shared_suffix_abbreviations_expand_and_keep_the_written_phrase(corpus):
    rows = rows_of(corpus, "assignments", "000", "二/(一)/2")
    assert rows.department.tolist() == ["社矫安帮一处", "社矫安帮二处", "社矫安帮三处"]
    assert set(rows.raw_name) == {"社矫安帮一、二、三处"}


def test_collective_placeholders_are_flagged(corpus):
    flags = corpus.assignments.drop_duplicates("department").set_index("department").collective
    assert flags[["有关处室", "各处室", "各有关处室", "市直各单位", "各区县司法局", "区县司法局", "市局各业务处"]].all()
    assert not flags[["办公室", "市局法规处", "市劳教所", "区政府法制办"]].any()


def test_aliases_merge_spellings_within_one_jurisdiction_only():
    table = AliasTable.from_csv(ROOT / "src" / "policycompare" / "data" / "departments.csv")
    assert table.lookup("法规处", "西安市")[0] == table.lookup("市局法规处", "西安市")[0] == "市局法规处"
    assert table.lookup("市法援中心", "西安市")[0] == "市法律援助中心"
    assert table.lookup("办公室", "西安市")[0] == "市局办公室"
    assert table.lookup("办公室", "天津市滨海新区")[0] == "办公室"
    assert table.lookup("某某未知处", "西安市") == ("某某未知处", "", "division")


def test_the_xian_plan_names_one_regulations_division_under_two_spellings(corpus):
    xian = corpus.assignments[corpus.assignments.doc_id.str.startswith("003")]
    assert "法规处" not in set(xian.department)
    assert (xian.department == "市局法规处").sum() == (xian.raw_name.isin(["法规处", "市局法规处"])).sum()


def test_text_mentioned_actors_in_the_unannotated_plans(corpus):
    actors = corpus.assignments[corpus.assignments.source == "text"]
    assert set(actors.role) == {"mentioned"}
    mediation = rows_of(corpus, "assignments", "001", "七/(十六)")
    assert mediation.department.tolist() == ["区政府", "区政府法制办"]
    platform = rows_of(corpus, "assignments", "002", "三/(三)/2")
    assert platform.department.tolist() == ["行政执法机关", "公安机关", "检察机关", "审判机关"]
    assert "市社区矫正委员会" in rows_of(corpus, "assignments", "002", "三/(五)").department.tolist()


def test_an_organ_that_is_only_addressed_is_not_an_actor():
    assert extract_assignments("认真执行向区人大及其常委会报告工作、接受询问和质询等制度。") == []
    rows = extract_assignments("区政府在每年1月31日前向区人大常委会和市政府报告上一年度推进依法行政的进展情况。")
    assert [r["department"] for r in rows] == ["区政府"]


@pytest.mark.parametrize("text, expected", [
    ("上海市工商行政管理局（以下简称市工商局）负责本市企业登记管理工作。", ["上海市工商行政管理局"]),
    ("市和区城市管理行政执法部门(以下统称城管执法部门)依法查处违法行为。", ["市和区城市管理行政执法部门"]),
    ("市人民政府（以下简称市政府）和区人民政府应当加强领导。", ["市人民政府", "区人民政府"]),
    ("乡镇人民政府（街道办事处）负责组织实施。", ["乡镇人民政府（街道办事处）"]),  # a second name stays
    ("和平区人民政府负责。", ["和平区人民政府"]),
])
def test_a_short_name_note_is_not_part_of_the_name(text, expected):
    """Regulations define short names in brackets (以下简称…); the organ is the one named before."""
    assert [r["department"] for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("由铁路沿线县级以上人民政府会同铁路产权单位处理。", ["铁路沿线县级以上人民政府"]),  # four characters before the level
    ("本市的风景名胜区管理机构负责保护工作。", ["风景名胜区管理机构"]),
    ("烟台市人民政府和长岛试验区管理机构应当统筹生态保护。", ["烟台市人民政府", "长岛试验区管理机构"]),
    ("乡、镇人民政府和街道办事处应当做好登记工作。", ["乡、镇人民政府", "街道办事处"]),  # two organs, not one
    ("区人民政府对所属有关部门和乡镇人民政府进行考核。", ["区人民政府"]),  # 有关部门和|乡镇… is no name
    ("新增经费主要用于支持村卫生室和社区卫生服务站开展服务。", []),  # verbs before a level are no name
    ("制定促进区域科技创新的政策。", []),  # 区域 is no level
    ("省委和省政府作出部署。", ["省委", "省政府"]),
    ("各县(市、区)党委和政府要落实主体责任。", ["各县(市、区)党委和政府"]),  # one body
])
def test_where_a_name_in_the_text_starts_and_ends(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a field's name longer than eight characters before 主管部门 is read whole, not from its middle
    ("由城乡容貌和公共卫生行政主管部门责令整改。", ["城乡容貌和公共卫生行政主管部门"]),
    # a government and its department for a field are one name
    ("县（区）人民政府城乡容貌和公共卫生主管部门应当制定保洁标准。", ["县（区）人民政府城乡容貌和公共卫生主管部门"]),
    ("省人民政府人力资源社会保障主管部门负责统计工作。", ["省人民政府人力资源社会保障主管部门"]),
    # read whole, the department is seen to be only reported to
    ("项目应当报上一级人民政府林草主管部门备案。", []),
])
def test_a_field_managers_name_is_read_from_its_first_character(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("由市港口管理部门提请市人民政府批准后公布。", ["市港口管理部门"]),
    ("由市人民政府办公厅重新确定承办单位。", ["市人民政府办公厅"]),
    ("市住建部门可以委托区住建部门实施检查。", ["市住建部门"]),
    ("镇人民政府可以督促村民委员会召开会议。", ["镇人民政府", "村民委员会"]),
    ("预算调整方案应当提请市人大常委会审查。", []),  # the organ asked is no actor, nor its name 提请…
])
def test_a_name_never_runs_across_a_verb(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an organ opening a clause, followed by a preposition and a verb of duty later on, is its subject
    ("第九条　市农业农村局对通过验收的示范基地给予一次性补助。", ["市农业农村局"]),
    ("（二）县医保局按照每人每年不低于40元的标准落实补助资金。", ["县医保局"]),
    ("区住建局在收到申请后十个工作日内核发许可证。", ["区住建局"]),
    ("各项费用已经核定，镇人民政府根据核定结果拨付资金。", ["镇人民政府"]),
    ("市中级人民法院立案庭负责诉前调解的分流。", ["市中级人民法院立案庭"]),  # a court's chamber is a sub-unit
])
def test_an_organ_opening_a_clause_is_its_subject(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("市大数据发展中心每月汇总工作进展。", ["市大数据发展中心"]),  # 据 of 根据 inside a word of a name
    ("县级以上人民政府应急管理部门负责应急救援。", ["县级以上人民政府应急管理部门"]),  # 应 of 应当
    ("区团委和区青年联合会组织志愿服务。", ["区团委", "区青年联合会"]),
    ("长乐山区人民政府负责环境整治。", ["长乐山区人民政府"]),  # 山区 is a district when its government follows
    ("山区学校由县教育局统一管理。", ["县教育局"]),  # and a word otherwise
    ("各中级人民法院应当设立调解室。", ["各中级人民法院"]),
    ("各地人社部门要于月底前完成审核。", ["各地人社部门"]),
    ("由事发地所在地乡（镇）人民政府负责先期处置。", ["乡（镇）人民政府"]),  # 所在地 ends before the name
    ("汛期内各村民委员会实行每日巡查。", ["各村民委员会"]),  # 各 opens the name
    ("由城东区和各乡（镇）人民政府划定范围。", ["城东区和各乡（镇）人民政府"]),  # or follows a joint
    ("市人民政府设立市数据工作委员会，统筹数据工作。", ["市人民政府", "市数据工作委员会"]),  # no name across 设立
    ("县纪委监委对履职不力的予以问责。", ["县纪委监委"]),
    ("各镇（街道）每月组织一次演练。", ["各镇（街道）"]),  # places of a level as a collective, with their note
    ("各县（市）、区要落实属地责任。", ["各县（市）、区"]),
    ("各社区居委会每周开展一次巡查。", ["各社区居委会"]),
    ("登记机关应当当场办理。", ["登记机关"]),
    ("区农技推广站每季度开展培训。", ["区农技推广站"]),
    ("县委宣传部负责舆论引导。", ["县委宣传部"]),
    ("市农业科学研究院负责良种选育。", ["市农业科学研究院"]),
    ("各责任科室于每月5日前报送进展。", ["各责任科室"]),
    # the organ a regulation designates as the department in charge acts, as 责任主体 did
    ("县水务局是本县供水工作的主管部门，负责组织实施本办法。", ["县水务局"]),
    ("镇人民政府初审后报县民政局。", ["镇人民政府"]),
    ("各县（区）财政局于每半年末报送执行情况。", ["各县（区）财政局"]),
    # a part of the issuing bureau, named by the bureau's head alone at a clause's start
    ("局办公室每季度汇总各科室进展。", ["局办公室"]),
    ("二、落实值守。局属各单位实行领导带班制度。", ["局属各单位"]),
    ("全局一盘棋，局面总体平稳。", []),
    # the committee's members named alone, an organ before the time it acts at, one that opens a line (reviewset11)
    ("各成员单位于12月10日前报送年度总结。", ["各成员单位"]),
    ("市住房和城乡建设局于12月中旬组织年终考核。", ["市住房和城乡建设局"]),
    ("县交通运输局开通古城至周边景区旅游专线。", ["县交通运输局"]),
    # a division of the issuing department, named by the department's head alone (reviewset11)
    ("厅计划财务处于每年12月底前开展评估。", ["厅计划财务处"]),
    ("厅市场运行和消费促进处每月调度进展。", ["厅市场运行和消费促进处"]),
    ("局长亲自处理信访事项。", []),
    ("市司法局负责人民调解员的培训。", ["市司法局"]),  # 负责|人民调解, not 负责人
    ("县民政部门会同残联开展复核。", ["县民政部门", "残联"]),
    # party and mass bodies (data: head, standalone) and coordination offices named without their body
    ("领导小组办公室负责日常统筹调度。", ["领导小组办公室"]),
    ("专班办公室每周调度一次。", ["专班办公室"]),
    ("县委党校负责培训。", ["县委党校"]),
    ("区科协负责组织科普活动。", ["区科协"]),
    ("县纪委监委第三监督检查室负责监督。", ["县纪委监委第三监督检查室"]),
    ("局党组负责全面从严治党工作。", ["局党组"]),
    ("机关党委负责组织实施。", ["机关党委"]),
    ("各事业单位要落实。", ["各事业单位"]),
    ("各志愿服务队负责开展活动。", ["各志愿服务队"]),
    # 完成 ends a name standing inside it (data: inner_verb); 于每… and 11月下旬 before an act make the organ act
    ("各设区市完成县级物流配送中心选址。", ["各设区市"]),
    ("各市工业和信息化局于每季度结束后10日内报送进展。", ["各市工业和信息化局"]),
    ("省发改委11月下旬组织现场核查。", ["省发改委"]),
    # a post of the organ names a person (镇党委副书记王某某), as 常委 does (区委常委、宣传部部长)
    ("镇党委副书记王某某负责日常工作。", []),
    ("由区委常委、宣传部部长王某某任召集人，负责统筹。", []),
    # a national organ's branch is named from the national organ (data: national_vertical_organs); banks finance
    ("人民银行娄底市分行每季度开展一次政策效果评估。", ["人民银行娄底市分行"]),
    ("国家税务总局福清市税务局负责征收。", ["国家税务总局福清市税务局"]),
    ("州财政局、人行临夏州分行联合推动金融支持。", ["州财政局", "人行临夏州分行"]),
    ("各团场负责落实节水改造任务。", ["各团场"]),
    # the organ a plan goes to for approval decides (报X批准, 报请X批准), as with 经X批准
    ("实施方案报市人民政府批准后执行。", ["市人民政府"]),
    ("本条例报请省人民代表大会常务委员会批准后施行。", ["省人民代表大会常务委员会"]),
    ("季度报表报县统计局备案。", []),
    # a verb inside a match with no organ on either side of it: no name (市建立|政府…, 工作坚持|党委…)
    ("第二条　本市建立政府主导、社会参与的投入机制。", []),
    ("城乡环境整治遵循政府推动、群众参与的原则。", []),
    ("必要时可以请求县委协调。", ["县委"]),
    # a government's department named by a long field
    ("由县级以上人民政府人力资源社会保障部门责令改正。", ["县级以上人民政府人力资源社会保障部门"]),
    # 组织 of 组织部 is a word of the name, not a verb ending it
    ("区委组织部组织开展培训。", ["区委组织部"]),
    # named hospitals, the discipline commission's organs, a development zone's bureaus act
    ("区人民医院每周派驻专家到乡镇卫生院坐诊。", ["区人民医院"]),
    ("县纪委监委机关对资金发放情况开展专项监督。", ["县纪委监委机关"]),
    ("管委会应急管理局负责组织实施。", ["管委会应急管理局"]),
    # a foundation is an organ of its place; the deed a body honours is a word of its name (为 inside it)
    ("区见义勇为基金会负责募集资金。", ["区见义勇为基金会"]), ("旗见义勇为评定委员会每季度召开评审会。", ["旗见义勇为评定委员会"]),
    # the bodies directly under a town, or along a river or a line, are named with their qualifier (not the
    # governments of all the towns: 沿线各乡镇人民政府)
    ("镇直各单位要按照要求落实。", ["镇直各单位"]), ("组织沿线各乡镇开展整治。", ["沿线各乡镇"]),
    ("沿线各乡镇人民政府负责。", ["各乡镇人民政府"]),
    # organs in a note on its own line are the note's, not actors of the text
    ("1.完善机制。\n牵头单位：区委组织部\n协办单位：区委编办", ["区委组织部", "区委编办"]),
])
def test_names_of_organs_read_whole(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a note's key may name sections (科室, 股室) as the units
    ("1.完善台账。每月审核一次。\n牵头领导：李明\n牵头科室：执法监督科\n配合股室：办公室",
     [("执法监督科", "lead"), ("办公室", "cooperate")]),
    # townships and villages doing the work, and 落实属地责任 as the verb of a note
    ("严格执行值班制度。（区防汛办牵头，各镇负责）", [("区防汛办", "lead"), ("各镇", "responsible")]),
    ("每村建成1个示范点。（镇综治中心牵头，各村（社区）负责）", [("镇综治中心", "lead"), ("各村（社区）", "responsible")]),
    ("落实野外火源管理。（州林草局按职责分工负责，各县市人民政府落实属地责任）",
     [("州林草局", "responsible"), ("各县市人民政府", "responsible")]),
])
def test_notes_name_sections_townships_and_local_duty(text, expected):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a note's value stops at the next key of its line, a role's or another (完成时限)
    ("推进项目建设。责任单位：区发改局，完成时限：2025年6月底", [("区发改局", "responsible")]),
    # a list cut after 、 by a line wrap goes on on the next line
    ("1.推进项目建设。\n牵头单位：区发改局\n协办单位：区财政局、区住建局、\n各街道办事处\n2.下一项。",
     [("区发改局", "lead"), ("区财政局", "cooperate"), ("区住建局", "cooperate"), ("各街道办事处", "cooperate")]),
    # a collective after a comma in a cooperating list cooperates; after a semicolon it carries the work out
    ("学前教育。\n牵头单位：基础教育科\n配合单位：计划财务科，各县（区）教育局",
     [("基础教育科", "lead"), ("计划财务科", "cooperate"), ("各县（区）教育局", "cooperate")]),
    ("整治。（牵头单位：市住建局；配合单位：市水利局；各区政府）",
     [("市住建局", "lead"), ("市水利局", "cooperate"), ("各区政府", "responsible")]),
    # a note in 【】 is read as one in （）
    ("推进改造。【责任单位：区教体局】", [("区教体局", "responsible")]),
    # a unit the note names is not repeated as an actor of the text
    ("区财政局每季度核拨补助资金。（责任单位：区财政局、区卫健局）",
     [("区财政局", "responsible"), ("区卫健局", "responsible")]),
])
def test_note_values_end_at_keys_run_over_wrapped_lists_and_are_not_repeated(text, expected):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a measure ending in clauses that each name units and their role: a note without brackets
    ("（一）发展产业。年内建成冷链物流中心，县商务局牵头，县发改局配合。",
     [("县商务局", "lead", "annotation"), ("县发改局", "cooperate", "annotation")]),
    ("（三）办好实事。6月底前完成主体工程。县住建局、县卫健局分别负责。",
     [("县住建局", "responsible", "annotation"), ("县卫健局", "responsible", "annotation")]),
    # a clause that goes on after the verb is the text
    ("区财政局负责资金保障。", [("区财政局", "mentioned", "text")]),
    # 由X牵头，Y配合。: the clauses after 由 go on its sentence; both units are text, not Y alone a note
    ("（二）完成改造。由镇农业综合服务中心牵头，各村民委员会配合。",
     [("镇农业综合服务中心", "mentioned", "text"), ("各村民委员会", "mentioned", "text")]),
    # a plan's numbered box under the text (专栏2 …) leaves the note closing the text a note
    ("第二节　发展智慧交通\n建设城市交通大脑，2027年底前完成信号灯联网。市交通运输局牵头，市公安局配合。\n"
     "专栏2　智慧交通工程\n新建智能信号灯300处。",
     [("市交通运输局", "lead", "annotation"), ("市公安局", "cooperate", "annotation")]),
    # a bracket inside a unit's name (各村（社区）) is part of the note, not a note of its own
    ("（四）稳定粮食生产。全镇播种面积稳定在2万亩以上。镇农业服务中心牵头，各村（社区）负责。",
     [("镇农业服务中心", "lead", "annotation"), ("各村（社区）", "responsible", "annotation")]),
])
def test_a_note_without_brackets_ends_a_measure(text, expected):
    assert [(r["department"], r["role"], r["source"]) for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("镇村建办负责统筹，各村（社区）党支部具体落实。", [("镇村建办", False), ("各村（社区）党支部", True)]),
    ("各村党总支负责组织实施。", [("各村党总支", True)]),
    ("村党支部书记负责召集。", []),  # a person, not the branch
])
def test_a_party_branch_of_villages_acts(text, expected):
    assert [(r["department"], r["collective"]) for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, organ", [
    # more of a noun after it: the organ qualifies the subject (the departments act), or no verb of duty
    ("县级以上人民政府教育、卫生健康等部门应当建立协作机制。", "县级以上人民政府"),
    ("区县人民政府确定的园林主管部门负责日常管理。", "区县人民政府"),
    ("市人民代表大会常务委员会法制工作机构负责起草。", "市人民代表大会常务委员会"),
    ("市财政局的年度预算在网站公开。", "市财政局"),
])
def test_an_organ_opening_a_clause_but_not_its_subject_does_not_act(text, organ):
    assert organ not in [r["department"] for r in extract_assignments(text)]


@pytest.mark.parametrize("text, expected", [
    ("其他有关行政主管部门按照各自职责做好服务。", [("其他有关行政主管部门", True)]),
    ("县级以上人民政府其他有关部门应当各司其职。", [("县级以上人民政府其他有关部门", True)]),
    ("其他镇人民政府参照执行。", [("其他镇人民政府", True)]),
    ("规划编制部门可以与其他相关主管部门开展联合审查。", []),  # 与 links it to the subject
])
def test_other_organs_are_named_with_qita(text, expected):
    assert [(r["department"], r["collective"]) for r in extract_assignments(text)] == expected


def test_the_government_of_the_same_level_is_named_with_benji():
    rows = extract_assignments("由本级人民政府教育主管部门负责组织实施。")
    assert [r["department"] for r in rows] == ["本级人民政府教育主管部门"]


@pytest.mark.parametrize("text", [
    "公安机关交通管理部门和城市建设管理主管部门根据各自职责，做好停车场的监督管理工作。",
    "公安机关交通管理部门和城市建设管理主管部门依照各自的职责做好停车场的监督管理工作。",
])
def test_units_acting_according_to_their_duties_are_actors(text):
    assert [r["department"] for r in extract_assignments(text)] == ["公安机关交通管理部门", "城市建设管理主管部门"]


def test_split_names_keeps_inner_brackets_and_drops_etc():
    assert split_names("区县司法局,市局各处室;市劳教所、市局政治(警务)部组教处等") == [
        "区县司法局", "市局各处室", "市劳教所", "市局政治(警务)部组教处"]


def test_malformed_annotations_are_warnings_not_failures(tmp_path):
    page = ("某市司法局关于某工作的实施方案\n\n一、总体要求\n"
            "1.第一项。(责任单位:办公室\n"
            "2.第二项。(责任单位:。)\n"
            "3.第三项。(协管单位:法规处。责任单位:办公室)\n")
    (tmp_path / "bad.txt").write_text(page, encoding="utf-8")
    corpus = pc.load_corpus(tmp_path / "bad.txt")
    messages = corpus.warnings[corpus.warnings.stage == "extract"].message.tolist()
    assert messages == [
        "一/1: unclosed annotation bracket: read to the end of the sentence",
        "一/2: empty list after '责任单位'",
        "一/3: unknown annotation prefix '协管单位'",
    ]
    assert corpus.assignments.department.tolist() == ["办公室", "办公室"]
    assert corpus.warnings[corpus.warnings.stage == "extract"].line.tolist() == [4, 5, 6]


def test_an_unclosed_note_ends_with_its_sentence_and_line():
    """A forgotten closing bracket must not turn the sentences after it into units."""
    text = ("全市司法行政工作整体水平进入全省前列。〔牵头、监督单位:市局纪检监察室、法规处。"
            "一是统筹协调能力明显提升,落实法治国家、法治政府建设任务。\n\n"
            "二是加强队伍革命化、正规化、专业化建设,由市司法局负责。")
    rows = extract_assignments(text)
    notes = [(r["department"], r["role"]) for r in rows if r["source"] == "annotation"]
    assert notes == [("市局纪检监察室", "lead"), ("市局纪检监察室", "supervise"),
                     ("法规处", "lead"), ("法规处", "supervise")]
    assert [r["department"] for r in rows if r["source"] != "annotation"] == ["市司法局"]



def test_a_note_key_in_lenticular_brackets_heads_its_line():
    """【牵头单位】区发改局 on a line of its own is a note as 牵头单位:区发改局 is; its value stops at
    the next bracketed key on the line, and no name of it is read again as an actor of the text."""
    text = ("推进一网通办,网上可办率达到98%以上。\n【牵头单位】区政务服务中心\n"
            "【配合单位】区数据局、区司法局  【责任单位】各街道办事处\n")
    rows = extract_assignments(text)
    assert [(r["department"], r["role"], r["source"]) for r in rows] == [
        ("区政务服务中心", "lead", "annotation"), ("区数据局", "cooperate", "annotation"),
        ("区司法局", "cooperate", "annotation"), ("各街道办事处", "responsible", "annotation")]
    assert extract_assignments("【主要目标】到2025年底,区发改局牵头建成平台。")[0]["source"] == "text"


def test_a_note_in_square_brackets_is_read_as_a_bracketed_note():
    """A district's task division may close an item with [牵头单位：…；责任单位：…] (half- or
    full-width square brackets): the same note as (牵头单位:…), the closing bracket no part of a name."""
    for opening, closing in (("[", "]"), ("［", "］")):
        text = (f"整治城区背街小巷，9月底前完成16条街巷提升。{opening}牵头单位：区城管执法局、区住建局；"
                f"责任单位：各街道办事处{closing}")
        rows = extract_assignments(text, "岳阳市云溪区")
        assert [(r["department"], r["role"], r["source"]) for r in rows] == [
            ("区城管执法局", "lead", "annotation"), ("区住建局", "lead", "annotation"),
            ("各街道办事处", "responsible", "annotation")]


# ---------------------------------------------------------------- deadlines

@pytest.mark.parametrize(
    "text, expected",
    [
        ("2017年年底前,形成公共法律服务体系", [("2017年年底前", "deadline", "2017-12-31", "")]),
        ("2018年年底前基本建成", [("2018年年底前", "deadline", "2018-12-31", "")]),
        ("完成时限:2010年6月底前", [("2010年6月底前", "deadline", "2010-06-30", "")]),
        ("到2020年,高标准完成", [("到2020年", "deadline", "2020-12-31", "")]),
        ("2012年前分次分批轮训一遍", [("2012年前", "deadline", "2012-12-31", "")]),
        ("力争在三年(2010-2012年)内", [("三年(2010-2012年)内", "deadline", "2012-12-31", "")]),
        ("2010年年底不低于30%,2011年年底不低于60%,至2012年年底不低于90%",
         [("2010年年底", "deadline", "2010-12-31", ""), ("2011年年底", "deadline", "2011-12-31", ""),
          ("至2012年年底", "deadline", "2012-12-31", "")]),
        ("“十四五”期间,要努力实现", [("“十四五”期间", "deadline", "2025-12-31", "")]),
        ("完成时限:全年", [("全年", "deadline", "2010-12-31", "")]),
        ("每年12月31日前向区政府报告", [("每年12月31日前", "recurring", "", "year")]),
        ("每年一月底之前报告", [("每年一月底之前", "recurring", "", "year")]),
        ("每季度组织一次专题法制讲座", [("每季度", "recurring", "", "quarter")]),
        ("市局每半年进行一次排名通报", [("每半年", "recurring", "", "half-year")]),
        ("每年进行一次规范性文件清理", [("每年", "recurring", "", "year")]),
        ("二〇一七年底前完成", [("二〇一七年底前", "deadline", "2017-12-31", "")]),
        # a day of the month after, for what each month reports (上月): monthly; after 每季度结束后: quarterly
        ("各区镇于次月5日前报送上月工资支付情况", [("次月5日前", "recurring", "", "month")]),
        ("各市场监管所每季度结束后次月5日前报送工作进展", [("每季度", "recurring", "", "quarter")]),
        ("第三季度末试点小区不少于30个", [("第三季度末", "deadline", "2010-09-30", "")]),  # the raw keeps 末
        ("市科技局将于6月组织专家评审", [("6月", "deadline", "2010-06-30", "")]),  # 组织 is an act done in its month
        ("各乡镇按季度报送进展", [("按季度", "recurring", "", "quarter")]),  # 按 a period before a report (data: period_act)
        ("按年度计划推进", []),  # a plan's name
    ],
)
def test_every_deadline_form_is_normalised(text, expected):
    rows = extract_deadlines(text, doc_date="2010-05-11")
    assert [(r["raw"], r["kind"], r["date"], r["period"]) for r in rows] == expected


def test_relative_deadlines_without_a_document_date_keep_raw_text_and_say_why():
    (row,) = extract_deadlines("完成时限:全年")
    assert (row["raw"], row["date"]) == ("全年", "") and "undated" in row["note"]


@pytest.mark.parametrize(
    "text",
    ["根据市办发〔2010〕8号文件", "贯彻《法治政府建设实施纲要(2015—2020年)》", "谋划2021-2025年我市法治政府建设实施方案",
     "2009年,市局确定灞桥区司法局为试点", "从2010年开始纳入", "加强领导,狠抓落实。", "全市律师队伍规模保持每年5%左右增速"],
)
def test_cited_and_past_years_are_not_deadlines(text):
    assert extract_deadlines(text, doc_date="2017-05-03") == []


# ---------------------------------------------------------------- targets

@pytest.mark.parametrize(
    "text, expected",
    [
        ("街(镇)人民调解组织规范化建设率达到100%", ("街(镇)人民调解组织规范化建设率", "=", 100, None, "%")),
        ("社会矛盾纠纷调处成功率保持在97%以上", ("社会矛盾纠纷调处成功率", ">=", 97, None, "%")),
        ("执法规范化建设达标率不低于30%", ("执法规范化建设达标率", ">=", 30, None, "%")),
        ("政府购买的专职人民调解员数量达到80人以上", ("专职人民调解员数量", ">=", 80, None, "人")),
        ("城镇社区居民律师服务拥有量达到每两千人1名", ("城镇社区居民律师服务拥有量", "=", 1, None, "名/2000人")),
        ("全市律师队伍规模保持每年5%左右增速发展", ("律师队伍规模", "approx", 5, None, "%")),
        ("建成1-2个具有食宿、教育等功能的过渡性安置基地", ("过渡性安置基地", "range", 2, 1, "个")),
        ("重点改善3-5个基层司法所办公环境", ("基层司法所办公环境", "range", 5, 3, "个")),
        ("有效期最长不得超过5年", ("有效期", "<=", 5, None, "年")),
        ("最迟5小时内发布权威信息", ("权威信息", "<=", 5, None, "小时")),  # a verb opens no label (labels3)
        ("每季度至少一次通用法律知识培训", ("通用法律知识培训", ">=", 1, None, "次")),
        ("全市律师总数达80人", ("律师总数", "=", 80, None, "人")),
        ("公证员数达10名以上", ("公证员数", ">=", 10, None, "名")),
    ],
)
def test_every_target_form_is_normalised(text, expected):
    (row,) = extract_targets(text)
    assert (row["indicator"], row["comparator"], row["value"], row["value_low"], row["unit"]) == expected
    assert row["raw"] in text


def test_two_quantities_joined_by_or_are_two_targets():
    rows = extract_targets("每名律师每年参与不少于50个小时下沉社区公益法律服务或者至少办理10件法律援助案件。")
    assert [(r["indicator"], r["comparator"], r["value"], r["unit"]) for r in rows] == [
        ("下沉社区公益法律服务", ">=", 50, "个小时"), ("法律援助案件", ">=", 10, "件")]


def test_staged_targets_take_the_year_of_their_stage_and_the_indicator_before_them():
    rows = extract_targets("2010年年底全市执法规范化建设达标率不低于30%,2011年年底不低于60%,至2012年年底不低于90%。")
    assert [(r["indicator"], r["value"], r["year"]) for r in rows] == [
        ("执法规范化建设达标率", 30, 2010), ("执法规范化建设达标率", 60, 2011), ("执法规范化建设达标率", 90, 2012)]


@pytest.mark.parametrize(
    "text",
    ["深入实施“十四五”规划", "落实“七五”普法工作", "实现全市“三项制度”全覆盖", "推进“双随机、一公开”监管",
     "全面推进决策、执行、管理、服务、结果公开(以下统称“五公开”)", "“12348”法律援助热线平台", "严格落实“三重一大”决策规则",
     "提升“一核双基两翼”社矫安帮场所建设", "市局结合实际,先后建立起了21个执法规范化建设示范单位",
     "今年,市局将组织有关人员对这21个示范单位进行督导", "市办发〔2010〕8号", "实行统一登记、统一编号、统一印发制度",
     "强化三级社区矫正电子监管平台和四大系统", "一是发挥律师职能", "依托“12.4”宪法宣传周"],
)
def test_names_dates_and_past_counts_are_not_targets(text):
    assert extract_targets(text, doc_date="2017-05-03") == []


def test_a_sentence_without_who_when_or_how_much_yields_no_rows():
    text = "坚持以习近平法治思想为指导,切实履行职能,为全面建成平安法治天门提供有力法治保障。"
    assert extract_assignments(text) == extract_deadlines(text, "2020-12-08") == extract_targets(text) == []


def test_tables_join_to_measures_and_point_into_the_text(corpus):
    for name in ("assignments", "deadlines", "targets"):
        table = getattr(corpus, name)
        assert table.measure_id.isin(corpus.measures.measure_id).all()
        raw = table.raw_name if name == "assignments" else table.raw
        spans = [corpus.texts[d][a:b].strip() for d, a, b in zip(table.doc_id, table.char_start, table.char_end)]
        assert spans == raw.tolist()
    assert set(corpus.assignments.jurisdiction[corpus.assignments.doc_id.str.startswith("003")]) == {"西安市"}


# ---------------------------------------------------------------- forms beyond the seeds

@pytest.mark.parametrize(
    "text, expected",
    [
        ("完善制度。牵头单位:市司法局;配合单位:市公安局、市民政局。",
         [("市司法局", "lead"), ("市公安局", "cooperate"), ("市民政局", "cooperate")]),
        ("完善制度(市司法局牵头负责,市财政局配合)。", [("市司法局", "lead"), ("市财政局", "cooperate")]),
        ("完善制度(市司法局负责)。", [("市司法局", "responsible")]),
        ("完善制度(考核单位:市局政治部。督办单位:市局办公室)", [("市局政治部", "assess"), ("市局办公室", "supervise")]),
    ],
)
def test_other_common_annotation_forms(text, expected):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == expected


def test_brackets_that_are_not_notes_give_no_units():
    text = "完成全市26个司法所(分局)规范化建设,建立机关执法档案(执法办案情况、奖惩和群众投诉等内容)。"
    assert [r for r in extract_assignments(text) if r["source"] == "annotation"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2021年第三季度前完成", [("2021年第三季度前", "2021-09-30")]),
        ("截至2020年底,全市共有律师80人", []),
        ("经过五年的努力,力争取得新突破", [("经过五年的努力", "2025-12-31")]),
        # a month read in the year of a document dated after it names no date ahead: undated, with a note
        ("6月底前完成清理", [("6月底前", "")]),
        ("12月底前完成清理", [("12月底前", "2020-12-31")]),
    ],
)
def test_other_deadline_forms(text, expected):
    rows = extract_deadlines(text, doc_date="2020-12-08")
    assert [(r["raw"], r["date"]) for r in rows] == expected


def test_an_added_count_names_what_it_counts():
    rows = extract_targets("新增律师50名,培育3个品牌调解室")
    assert [(r["indicator"], r["value"], r["unit"]) for r in rows] == [("律师", 50, "名"), ("品牌调解室", 3, "个")]


def test_a_traditional_page_yields_the_same_extraction(corpus, tmp_path):
    import opencc

    path = RAW / "003_f572bcd16cf0a2fa.txt"
    (tmp_path / path.name).write_text(opencc.OpenCC("s2t").convert(path.read_text(encoding="utf-8")), encoding="utf-8")
    variant = pc.load_corpus(tmp_path)
    compared = {"assignments": ["measure_id", "department", "role", "char_start"],
                "deadlines": ["measure_id", "kind", "date", "period", "char_start"],
                "targets": ["measure_id", "comparator", "value", "year", "char_start"]}
    for table, columns in compared.items():
        ours = getattr(corpus, table)
        ours = ours[ours.doc_id.str.startswith("003")]
        pd.testing.assert_frame_equal(getattr(variant, table)[columns].reset_index(drop=True),
                                      ours[columns].reset_index(drop=True), check_dtype=False)


def test_a_note_on_a_section_heading_applies_to_every_measure_under_it(tmp_path):
    page = "某区司法局关于某工作的方案\n\n一、总体要求\n(一)完善制度。(责任单位:办公室)\n1.建立台账。\n2.定期通报。(责任单位:政治处)\n"
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    corpus = pc.load_corpus(tmp_path / "a.txt")
    paths = dict(zip(corpus.measures.measure_id, corpus.measures.path))
    found = sorted((paths[m], d) for m, d in zip(corpus.assignments.measure_id, corpus.assignments.department))
    assert found == [("一/(一)/1", "办公室"), ("一/(一)/2", "办公室"), ("一/(一)/2", "政治处")]
    text = corpus.texts["a"]
    assert all(text[a:b] == name for a, b, name in zip(corpus.assignments.char_start, corpus.assignments.char_end,
                                                         corpus.assignments.raw_name))


# ---------------------------------------------------------------- regressions found in review (pages beyond the seeds)

@pytest.mark.parametrize(
    "text, expected",
    [
        ("完成率由80%提高到95%", [("完成率", "=", 95, "%")]),
        ("新增律师1.2万人", [("律师", "=", 12000, "万人")]),  # value multiplied out, unit as written
        ("办理案件达到3万件以上", [("办理案件", ">=", 30000, "万件")]),
        ("受理率达100%、办结率达98%", [("受理率", "=", 100, "%"), ("办结率", "=", 98, "%")]),
        ("受理率、办结率均达到100%", [("受理率", "=", 100, "%"), ("办结率", "=", 100, "%")]),
        ("每万人3名律师", [("律师", "=", 3, "名/10000人")]),
        ("到2025年，全市律师总数达80人，调解案件受理率达100%", [("律师总数", "=", 80, "人"), ("调解案件受理率", "=", 100, "%")]),
        # a band of a grant given is a floor and a cap at once; one stated as what an amount is, a standard
        ("给予举报人200元至2000元奖励", [("奖励", "range", 2000, "元")]),
        ("罚款金额一般为2000元至5000元", []),
        # the sides of a shape; the parts of an assessment its heading names; a coefficient with no unit
        # conditions listed in the sentence after 具备以下条件 (no item marks) say who qualifies
        ("申请认定的中心应当具备以下条件：专职人员不少于10人；场地面积不少于500平方米。", []),
        ("沙障规格为1米×1米", []), ("二、考核内容。红白理事会运行情况占40%，村规民约执行情况占30%。", []),
        ("新建数据中心设计PUE不得高于1.2", [("数据中心设计PUE", "<=", 1.2, "")]),
    ],
)
def test_targets_beyond_the_seeds(text, expected):
    assert [(r["indicator"], r["comparator"], r["value"], r["unit"]) for r in extract_targets(text)] == expected


@pytest.mark.parametrize("text", [
    "2025年全区非税收入完成1.05亿元，同比增长6.2%，为今年工作打下了基础。",  # this year named only after the result
    "2025年全旗共确认见义勇为人员11人。", "2025年我局共收到福利彩票公益金386.5万元。",
])
def test_results_of_a_year_before_the_document_are_not_targets(text):
    assert extract_targets(text, doc_date="2026-03-01") == []


@pytest.mark.parametrize(
    "text",
    ["建设12348热线平台", "开展3.15宣传活动", "建设5G网络", "创建4A级景区", "同比增长15%", "较2019年下降了5%",
     "去年完成率为85%", "占全市人口的30%", "按照30%的比例", "按罚款数额的30%予以奖励", "2020年以来,共办理案件300件",
     "统筹推进稳增长、防风险、保民生三项基本任务"],  # a cue closing an item of a list (稳增长) counts nothing after it
)
def test_descriptions_and_names_beyond_the_seeds_are_not_targets(text):
    assert extract_targets(text, doc_date="2020-12-08") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("该中心于2015年成立", []), ("在2020年疫情防控中", []), ("2019年底,全市共有律师500人", []),
        ("到2019年底已建成司法所30个", []), ("于2018年12月31日起施行", []), ("截止2020年底,全市共有律师80人", []),
        ("今年以来,全市", []), ("“十三五”期间,全市调解成功率达98%", []),
        ("今年6月底前完成", [("今年6月底前", "")]),  # before the document's date: undated, with a note ("明年上半年完成", [("明年上半年", "2021-06-30")]),
        ("截止到2021年底前完成", [("截止到2021年底前", "2021-12-31")]),
        ("2021年13月底前完成", [("2021年13月底前", "")]),
    ],
)
def test_deadlines_beyond_the_seeds(text, expected):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, doc_date="2020-12-08")] == expected


@pytest.mark.parametrize("text, expected", [
    ("（一）4月至6月，以进校园为主，覆盖全市中小学不少于30所。", [("4月至6月", "2026-06-30")]),  # a stage's focus
    ("6月至7月每周联合发布一期农事提示。", [("6月至7月", "2026-07-31"), ("每周", "")]),
    ("6—7月为主汛期。", []),  # a season, not a stage
])
def test_a_range_of_months_a_stage_of_work_runs_in_ends_it(text, expected):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, doc_date="2026-03-01")] == expected


def test_invalid_months_in_schedules_are_noted_not_fatal():
    (row,) = extract_deadlines("每年13月底前报告")
    assert row["period"] == "year" and "not a valid date" in row["note"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("完善制度。（牵头单位：市司法局；配合单位：市公安局）", [("市司法局", "lead"), ("市公安局", "cooperate")]),
        ("完善制度。牵头单位：市司法局  责任单位:各区县政府", [("市司法局", "lead"), ("各区县政府", "responsible")]),
        ("（责任领导：张三；责任单位：办公室）", [("办公室", "responsible")]),
        ("按照省政府要求开展工作", []),
        ("建设某中心1、2号楼", []),
    ],
)
def test_assignments_beyond_the_seeds(text, expected):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == expected


def test_one_bad_measure_does_not_cost_the_corpus(tmp_path, monkeypatch):
    """A parser error on one file makes that file a failed row naming it; the others load."""
    import policycompare.corpus as corpus_module

    (tmp_path / "a.txt").write_text("某区司法局关于甲的方案\n一、总则\n1.触发错误的一项。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("某区司法局关于乙的方案\n一、总则\n1.正常的一项。\n", encoding="utf-8")
    real = corpus_module.extract_timing

    def broken(text, *args, **kwargs):
        if "触发错误" in text:
            raise RuntimeError("boom")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(corpus_module, "extract_timing", broken)
    corpus = pc.load_corpus(tmp_path)
    # b loads; its only warnings say which key fields it lacks (an unnamed 某区 page with no date)
    assert corpus.report.status.tolist() == ["failed", "warning"]
    assert corpus.warnings.message.str.match(r"no (jurisdiction|issuer|title|document date):").all()
    assert "a.txt: could not be parsed (RuntimeError: boom)" in corpus.report.reason[0]
    assert corpus.measures.doc_id.tolist() == ["b"]
    with pytest.raises(pc.CorpusError, match="a.txt"):
        pc.load_corpus(tmp_path, strict=True)


# ---------------------------------------------------------------- issue 12: forms beyond the seeds

def _roles(text, **kwargs):
    return [(r["department"], r["role"]) for r in extract_assignments(text, **kwargs) if r["source"] == "annotation"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("贯彻《某省禁毒条例》(监狱管理局)。年底前完成排查。", [("监狱管理局", "responsible")]),
        ("完善调度机制。(市发改委牵头,市财政局参加)", [("市发改委", "lead"), ("市财政局", "cooperate")]),
        ("优化审批。(市审批局、市住建局按职责分工负责)", [("市审批局", "responsible"), ("市住建局", "responsible")]),
        ("保障用地。(6月底完成,牵头考核单位:市自然资源局)", [("市自然资源局", "lead"), ("市自然资源局", "assess")]),
        ("推进改造。(牵头单位:市住建局;配合单位:市财政局;各区政府)",
         [("市住建局", "lead"), ("市财政局", "cooperate"), ("各区政府", "responsible")]),
        ("推进改造。(市发改委、市财政局等部门,区国投公司按职责分工负责)",
         [("市发改委", "responsible"), ("市财政局", "responsible"), ("区国投公司", "responsible")]),
        ("健全路长制。(省交通运输厅牵头,各市、州、县人民政府负责)",
         [("省交通运输厅", "lead"), ("各市、州、县人民政府", "responsible")]),
        ("促进健康。(市教育局(市体育局)牵头,市妇联配合)", [("市教育局(市体育局)", "lead"), ("市妇联", "cooperate")]),
    ],
)
def test_notes_of_other_layouts(text, expected):
    assert _roles(text) == expected


def test_lines_under_an_item_are_a_note_and_persons_are_not_units():
    text = "修复草原。\n　　牵头领导：张三\n　　牵头单位：州林草局\n　　责任单位：各县（市）人民政府"
    rows = [r for r in extract_assignments(text) if r["source"] == "annotation"]
    assert [(r["department"], r["role"], r["collective"]) for r in rows] == [
        ("州林草局", "lead", False), ("各县（市）人民政府", "responsible", True)]  # the page's brackets kept
    assert all(text[r["start"]:r["end"]] == r["raw_name"] for r in rows)


def test_a_bracket_that_looks_like_a_note_but_is_not_read_is_a_warning():
    warnings = []
    assert _roles("加强协调。(由有关方面研究后牵头)", warnings=warnings) == []
    assert len(warnings) == 1 and "looks like a responsibility note" in warnings[0][1]


def test_collective_bodies_that_act_are_rows_and_regulation_verbs_give_a_duty():
    rows = extract_assignments("各市要建立台账。市人民政府住房城乡建设主管部门负责监督管理,县人民政府应当审查备案材料。")
    found = [(r["department"], r["role"], r["collective"], r["duty"]) for r in rows]
    assert found == [("各市", "mentioned", True, "responsible"),
                     ("市人民政府住房城乡建设主管部门", "mentioned", False, "responsible"),
                     ("县人民政府", "mentioned", False, "examine")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("6月底前完成摸底,10月底全面推开,11月份验收", ["2021-06-30", "2021-10-31", "2021-11-30"]),
        ("年底前建成,年内完成", ["2021-12-31", "2021-12-31"]),
        ("上半年启动,下半年推广,一季度完成方案", ["2021-06-30", "2021-12-31", "2021-03-31"]),
        ("12月中旬前完成维修", ["2021-12-20"]),
        ("集中攻坚阶段(2021年—2023年)。", ["2023-12-31"]),
        ("摸底阶段(2021年7月—9月)。", ["2021-09-30"]),
        ("2022年规范化率达到90%。", ["2022-12-31"]),
        ("本办法于2021年5月20日公布。年末有总结,全年有台账。", []),
        # the start of the school year: the last day of August, of the year named or the document's
        ("新建幼儿园2所,2022年秋季学期开学前投入使用;秋季学期开学前完成校舍安全排查", ["2022-08-31", "2021-08-31"]),
        ("在春季、秋季开学前后开展检查", []),  # around the start of term: no deadline
        # 年底 alone is a time of every year; as a deadline field's value it is this year's end
        ("完成时限：年底", ["2021-12-31"]), ("年末有总结", []),
    ],
)
def test_deadlines_of_other_layouts(text, expected):
    assert [d["date"] for d in extract_deadlines(text, doc_date="2021-03-01") if d["kind"] == "deadline"] == expected


def test_a_garbled_date_is_a_row_with_a_note_and_no_guess():
    [row] = extract_deadlines("到201910月底完成", doc_date="2019-01-01")
    assert (row["raw"], row["date"]) == ("201910月底", "") and "garbled" in row["note"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("规模以上工业增加值增长8.5%", [("规模以上工业增加值", "=", 8.5, None, "%", "up")]),
        ("单位地区生产总值能耗下降2.5%左右", [("单位地区生产总值能耗", "approx", 2.5, None, "%", "down")]),
        ("地区生产总值增长5%—5.5%", [("地区生产总值", "range", 5.5, 5.0, "%", "up")]),
        ("固定资产投资增长4.5-5%", [("固定资产投资", "range", 5.0, 4.5, "%", "up")]),
        ("城镇登记失业率控制在3.5%以内", [("城镇登记失业率", "<=", 3.5, None, "%", "")]),
        ("旅游总收入突破5亿", [("旅游总收入", ">", 500_000_000, None, "亿", "up")]),
        ("单个企业贴息最高500万元", [("单个企业贴息", "<=", 5_000_000, None, "万元", "")]),
        ("城市、县城污水处理率分别达到95%、90%以上",
         [("城市污水处理率", ">=", 95, None, "%", ""), ("县城污水处理率", ">=", 90, None, "%", "")]),
        ("发放租赁补贴1.96万户。", [("租赁补贴", "=", 19_600, None, "万户", "")]),
        ("城镇污水集中处理率不低于百分之九十五", [("城镇污水集中处理率", ">=", 95, None, "%", "")]),
        # a percentage in words keeps its fraction after 点, and two joined by 至 are one range
        ("地区生产总值增长百分之六点五左右", [("地区生产总值", "approx", 6.5, None, "%", "up")]),
        ("城镇调查失业率控制在百分之五点五以内", [("城镇调查失业率", "<=", 5.5, None, "%", "")]),
        ("进出口总额增长百分之七至百分之九", [("进出口总额", "range", 9, 7, "%", "up")]),
        # 规模以上 scopes the enterprises counted: it is no fund's 规模 (首期规模2亿元 stays no target)
        ("规模以上工业总产值达到420亿元", [("规模以上工业总产值", "=", 42_000_000_000, None, "亿元", "")]),
    ],
)
def test_targets_of_other_layouts(text, expected):
    rows = extract_targets(text)
    assert [(r["indicator"], r["comparator"], r["value"], r["value_low"], r["unit"], r["direction"]) for r in rows] == expected
    assert all(r["raw"] == text[r["start"]:r["end"]] for r in rows)


@pytest.mark.parametrize("text", ["对亿元以上项目给予支持", "6亩以下的地块免于审批", "发放3年期以上贷款",
                                  "补助标准为每人500元", "过去一年,地区生产总值增长5.2%", "设立产业基金,首期规模2亿元",
                                  # the edge of a tier of a rule
                                  "个人自付超过2万元的部分由大病保险报销", "用水量超过百分之二十至百分之四十的部分加价收费",
                                  # a bound listed with other conditions before their 的; how long things have not been done
                                  "对欠薪金额1万元以下、事实清楚的案件，可以当庭裁决", "清理超过2年未开工项目",
                                  # a bound closing a relative clause before what it describes
                                  "吸纳搬迁群众就业5人以上的社区工厂", "对带动3人以上就业的给予奖励",
                                  "首次创业且带动3人以上就业的，给予一次性创业补贴"])
def test_scope_thresholds_grants_and_the_past_are_not_targets(text):
    assert extract_targets(text) == []


def test_each_listed_year_dates_its_own_value():
    rows = extract_targets("2023年、2024年、2025年达标学校比例分别达到60%、75%、90%以上。")
    assert [(r["indicator"], r["comparator"], r["value"], r["year"]) for r in rows] == [
        ("达标学校比例", ">=", 60, 2023), ("达标学校比例", ">=", 75, 2024), ("达标学校比例", ">=", 90, 2025)]


def _regulations():
    for base in (ROOT.parent / "shared" / "corpora", ROOT.parent.parent / "shared" / "corpora", Path("/work/shared/corpora")):
        if (base / "local-regulations").is_dir():
            return sorted((base / "local-regulations").rglob("*.md"))
    pytest.skip("the real regulations (../shared/corpora/local-regulations) are not beside the repository")


def test_regulations_state_who_does_what_in_their_articles():
    from policycompare.ingest import parse_view

    duties, rows = Counter(), 0
    for path in _regulations()[::10]:  # every tenth of the 1,083 regulations
        text = path.read_text(encoding="utf-8", errors="replace")
        for row in extract_assignments(text, parse=parse_view(text)[0]):
            rows += 1
            duties[row["duty"]] += 1
            assert text[row["start"]:row["end"]] == row["raw_name"], path.name
    assert rows > 300
    assert duties["responsible"] > duties[""]  # most actors are given a duty by their verb
    assert {"lead", "supervise", "examine", "cooperate"} <= set(duties)


@pytest.mark.parametrize("text, expected", [
    ("网格员每日巡查一次,街道每旬调度进展", [("每日", "day"), ("每旬", "ten-days")]),
    ("学校每学年开展一次评估,每学期组织演练", [("每学年", "school-year"), ("每学期", "semester")]),
    ("汛期每2小时报告水情,平时每3天报送一次,值班人员每天签到", [("每2小时", "2-hour"), ("每3天", "3-day"), ("每天", "day")]),
    ("各镇每双月报送一次进展,县指挥部每两个月调度一次", [("每双月", "2-month"), ("每两个月", "2-month")]),
])
def test_recurring_periods_of_days_terms_and_hours(text, expected):
    rows = extract_deadlines(text)
    assert [(r["raw"], r["period"]) for r in rows if r["kind"] == "recurring"] == expected


@pytest.mark.parametrize("text, raw, date", [
    ("二、集中排查阶段（5月15日—5月31日）:各单位全面自查,排查覆盖率达到100%", "(5月15日—5月31日)", "2023-05-31"),
    ("(一)动员部署(3月5日至4月15日)。制定方案,培训骨干20名", "(3月5日至4月15日)", "2023-04-15"),
    ("整改提高(6月—7月中旬),完成整改", "(6月—7月中旬)", "2023-07-20"),
])
def test_a_stage_range_without_a_year_ends_in_the_documents_year(text, raw, date):
    rows = [r for r in extract_deadlines(text, doc_date="2023-03-01") if r["kind"] == "deadline"]
    assert [(pc.ingest.parse_view(r["raw"])[0], r["date"]) for r in rows] == [(raw, date)]
    values = {t["value"] for t in extract_targets(text, doc_date="2023-03-01")}
    assert not values & {5, 15, 31, 3, 4, 6, 7, 5.0, 15.0, 31.0, 3.0, 4.0, 6.0, 7.0}
    assert extract_deadlines(text)[-1]["date"] == ""  # no document date: no guessed year


@pytest.mark.parametrize("text", [
    "对检查发现的问题,责令限期10日内整改完毕",
    "符合条件的申请,5个工作日内办结",
    "接到举报后,3日内核查并反馈",
    "发现险情后2小时内上报",
])
def test_procedural_time_limits_are_not_targets(text):
    assert extract_targets(text, doc_date="2023-03-01") == []


def test_a_time_limit_cut_by_a_comparing_cue_is_still_a_target():
    rows = extract_targets("企业开办时间压缩至3个工作日内", doc_date="2023-03-01")
    assert [r["value"] for r in rows] == [3]


@pytest.mark.parametrize("text", ["日处理能力为每日二千吨的设施", "学生每天不少于1小时体育活动", "补贴标准为每月最高800元",
                                  "每家孵化载体每年最高不超过100万元",  # a cap with its bound word
                                  "每个站点每年补助最高不超过5万元", "每月补贴300元"])  # the grant named between
def test_a_rate_per_day_or_month_is_not_a_schedule(text):
    assert [r for r in extract_deadlines(text) if r["kind"] == "recurring"] == []


@pytest.mark.parametrize("text, expected", [
    ("各牵头单位于5月10日(星期五)前报送细化方案。", [("5月10日(星期五)前", "2024-05-10")]),
    ("请于2024年6月3日(周一)前将名单报区政府办。", [("于2024年6月3日(周一)前", "2024-06-03")]),
])
def test_a_day_with_its_weekday_in_brackets_is_a_deadline(text, expected):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, doc_date="2024-04-26")] == expected


@pytest.mark.parametrize("text, expected", [
    ("把创建工作各项指标任务分解到每个季度、每个月,常抓不懈。", []),
    ("各项任务细化到每月,每季度通报一次进展。", [("每季度", "quarter")]),
])
def test_work_spread_over_each_period_is_no_schedule(text, expected):
    assert [(r["raw"], r["period"]) for r in extract_deadlines(text, doc_date="2024-02-01")] == expected


def test_a_season_in_brackets_is_not_a_stage_deadline():
    assert extract_deadlines("防汛期(6月1日至9月30日)实行24小时值班", doc_date="2023-03-01") == []
    assert [r["period"] for r in extract_deadlines("每年12月开展评估,每季度1次检查")] == ["year", "quarter"]


# Issue 12, remaining classes: review sections, changes against a base, per-unit norms, scopes,
# yearless ranges, holidays, organ kinds and action verbs (all as data lines).

def test_a_review_section_holds_no_targets_or_deadlines():
    text = "2023年工作回顾\n过去一年,全县地区生产总值完成286亿元,增长5.8%;已建成标准化卫生室46个。"
    found, _ = pc.extract.extract_measure(text, pc.ingest.parse_view(text)[0], "2024-01-12")
    assert found["targets"] == [] and found["deadlines"] == []
    plan = "2024年主要预期目标\n地区生产总值增长6%左右,森林覆盖率比上年提高0.5个百分点。"
    found, _ = pc.extract.extract_measure(plan, pc.ingest.parse_view(plan)[0], "2024-01-12")
    assert [(t["indicator"], t["value"]) for t in found["targets"]] == [("地区生产总值", 6), ("森林覆盖率", 0.5)]
    # an article of a regulation that mentions 执行情况 in a long first sentence is no review heading
    article = "市人民政府应当在每年第三季度向市人大常委会报告上半年预算执行情况,城镇污水处理率不低于百分之九十五。"
    assert pc.extract.is_review(article) is False


@pytest.mark.parametrize("text", [
    "二、区住建局牵头工作(12项)",
    "在“聚焦城乡融合,建设宜居城区”方面(分解任务18项)。",
    "《任务清单》将全年工作分解为六个方面,细化为95项具体任务。",
])
def test_a_tally_of_a_texts_parts_is_no_target(text):
    assert extract_targets(text, doc_date="2024-03-01") == []


def test_a_count_in_brackets_after_a_cue_stays_a_target():
    (row,) = extract_targets("新建口袋公园(不少于8个)", doc_date="2024-03-01")
    assert (row["comparator"], row["value"]) == (">=", 8)


@pytest.mark.parametrize("text, expected", [
    ("到2026年底,30平方公里以上建成区面积达到海绵城市建设要求。", ("建成区面积", ">=", 30)),
    ("年内培育12家以上专精特新企业全面建成数字化车间。", ("专精特新企业", ">=", 12)),
])
def test_the_object_after_a_value_ends_at_its_completion_verb(text, expected):
    (row,) = extract_targets(text, doc_date="2025-01-10")
    assert (row["indicator"], row["comparator"], row["value"]) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("到2026年底,全县首批60个智慧养老服务站全面建成,覆盖所有社区。", [("智慧养老服务站", 60, "个")], id="built"),
    pytest.param("推动金鼎电子20条生产线投产,培育产业园。", [("生产线", 20, "条")], id="in production"),
    pytest.param("年内12个农村供水保障项目竣工。", [("农村供水保障项目", 12, "个")], id="completed"),
    # a count with nothing done at the end of its clause, or a result of the past, is no target
    pytest.param("全县8个乡镇建成区内的道路。", [], id="no verb at the end"),
    pytest.param("去年已有5个项目建成。", [], id="past"),
])
def test_a_count_closed_by_a_completion_verb_is_a_target(text, expected):
    found = {(r["indicator"], r["value"], r["unit"]) for r in extract_targets(text, doc_date="2025-02-10")}
    assert found == set(expected)


def test_a_review_heading_run_into_its_text_on_one_line():
    # a page flattened to one line: the review heading is parted from its text by a blank only
    page = ("城南街道2023年工作总结和2024年工作思路\n一、2023年工作回顾 2023年是开局之年,我们较好完成了各项目标。 "
            "(一)坚持谋发展,全力提振经济活力。 完成固定资产投资32.5亿元,引进企业137家,重点楼宇注册率达89%。 "
            "二、2024年工作思路 (一)全力稳增长。 力争固定资产投资增长10%。")
    corpus = pc.from_texts({"chengnan": page})
    assert [(t.indicator, t.value) for t in corpus.targets.itertuples()] == [("固定资产投资", 10)]


@pytest.mark.parametrize("text, expected", [
    ("高效节水灌溉面积占耕地面积比例比上年提高2个百分点", ("高效节水灌溉面积占耕地面积比例", "=", 2, "个百分点", "up")),
    ("万元GDP用水量较2020年下降16%", ("万元GDP用水量", "=", 16, "%", "down")),
    ("人均体育场地面积较2020年增加0.6平方米", ("人均体育场地面积", "=", 0.6, "平方米", "up")),
    ("农田灌溉水有效利用系数提高到0.57", ("农田灌溉水有效利用系数", "=", 0.57, "", "up")),
])
def test_a_change_against_a_base_is_a_target(text, expected):
    (row,) = extract_targets(text, doc_date="2023-03-01")
    assert (row["indicator"], row["comparator"], row["value"], row["unit"], row["direction"]) == expected


@pytest.mark.parametrize("text", ["较2019年下降了5%", "同比增长15%", "适用3%征收率的应税销售收入,减按1%征收率征收",
                                  "对月销售额10万元以下(含本数)的小规模纳税人", "预收款金额超过五千元的,应当订立书面合同",
                                  "县财政局安排专项资金4000万元", "65岁以上老年人和0—6岁儿童", "每年举办综合性运动会1次",
                                  "树木高度超过一点八米",
                                  # a clause closed by 的 before a comma or a score rule: a threshold (reviewset11)
                                  "24小时内有1000名以上旅客滞留的,启动Ⅳ级响应", "过火面积超过1公顷或者威胁村庄的,报请启动Ⅲ级响应",
                                  "整治完成率低于90%的不得分",
                                  # conditions joined by 或 before a clause ending in 时 or 的: a trigger or a grade
                                  "因灾死亡3人以上、10人以下,或小型水库发生垮坝时,启动Ⅱ级应急响应",
                                  "水位超过警戒水位0.5米,或气象部门发布暴雨橙色预警时,发布洪水预警",
                                  "受害森林面积在1公顷以上100公顷以下,或者死亡3人以上10人以下的,为较大森林火灾",
                                  "停热面积超过30万平方米或停热持续48小时以上的,为较大供热突发事件"])
def test_past_changes_rates_scopes_conditions_funds_ages_and_schedules_are_not_targets(text):
    assert extract_targets(text, doc_date="2023-03-01") == []


def test_a_number_closing_a_quoted_name_is_part_of_the_name():
    """“六个百分之百” names six measures; the target is the rate after it."""
    rows = extract_targets("施工工地扬尘治理“六个百分之百”达标率达到95%以上", doc_date="2023-03-01")
    assert [(row["comparator"], row["value"]) for row in rows] == [(">=", 95)]


def test_incidents_are_counted_in_qi():
    (row,) = extract_targets("电梯万台事故起数控制在0.1起以内", doc_date="2023-03-01")
    assert (row["comparator"], row["value"], row["unit"]) == ("<=", 0.1, "起")


@pytest.mark.parametrize("text, expected", [
    ("每个社区至少配备1名专职网格员", ("专职网格员", ">=", 1)),
    ("每个乡镇综合文化站配备专职人员不少于2名", ("专职人员", ">=", 2)),
    ("每个行政村每年开展文化活动不少于12场", ("文化活动", ">=", 12)),
    ("每栋楼至少配置灭火器4具", ("灭火器", ">=", 4)),
    ("每个社区储备应急照明灯10盏以上", ("应急照明灯", ">=", 10)),
    ("每千人拥有社会体育指导员不少于2.3名", ("每千人拥有社会体育指导员", ">=", 2.3)),  # a rate's base stays
    ("每亩管护费用不低于30元", ("每亩管护费用", ">=", 30)),
])
def test_a_norm_per_unit_counts_the_object_of_its_verb(text, expected):
    (row,) = extract_targets(text, doc_date="2023-03-01")
    assert (row["indicator"], row["comparator"], row["value"]) == expected


@pytest.mark.parametrize("text, indicator", [
    ("征集苗族银饰锻造、吊脚楼营造等非遗档案不少于200件", "非遗档案"),
    ("完成12个村饮水安全问题排查整改", "村饮水安全问题排查整改"),
    ("春耕期间农资抽检合格率达到98%以上", "农资抽检合格率"),
    ("示范带内村庄人均可支配收入年均增长8%以上", "示范带内村庄人均可支配收入"),
    ("课后服务时间每天不少于2小时", "课后服务时间"),
    ("开展主题宣传活动不少于6次", "主题宣传活动"),
    ("城镇新增就业1.05万人,城镇调查失业率5.5%以内", "城镇调查失业率"),
    ("农村公路优良中等路率达到85%", "农村公路优良中等路率"),
])
def test_indicator_labels_are_the_measured_noun_phrase(text, indicator):
    assert extract_targets(text, doc_date="2023-03-01")[-1]["indicator"] == indicator


@pytest.mark.parametrize("text, found", [
    ("完成全旗28个固定作业点标准化改造", []),  # every one of the banner's sites: a stock named
    ("3月底前完成辖区12个社区气象信息员调整充实", []),
    ("全县新建充电桩300个", [("=", 300.0)]),  # the scope opens the clause, the count is of new ones
    ("完成全县不少于30个村的排查", [(">=", 30.0)]),  # a bound makes it a commitment
    ("完成全省1000所学校周边道路交通拥堵治理", [("=", 1000.0)]),  # a province's schools: some of them
])
def test_a_count_of_a_whole_scope_is_no_target(text, found):
    rows = extract_targets(text, doc_date="2026-03-01")
    assert [(row["comparator"], row["value"]) for row in rows] == found


@pytest.mark.parametrize("text, expected", [
    ("巡查工作5月至8月集中开展,6—9月为主汛期", [("5月至8月", "2024-08-31")]),
    ("3月至5月,全面开展排查", [("3月至5月", "2024-05-31")]),
    # the work verb after a short phrase naming what or where (对…, 在…)
    ("3月至4月，对辖区农贸市场开展食品安全专项检查", [("3月至4月", "2024-04-30")]),
    ("6月至8月，在全县范围内集中开展燃气隐患排查", [("6月至8月", "2024-08-31")]),
    ("“八一”前完成烈士纪念设施维修", [("“八一”前", "2024-08-01")]),
    ("“6·26”前完成禁毒宣传", [("“6·26”前", "2024-06-26")]),  # a day named by its date in quotes
    ("2024年全市新开通无人机航线10条", [("2024年", "2024-12-31")]),  # a year before a scope and its act
    # 已 inside the object's name (已售, 已建, 已完成选址的…) leaves the limit ahead
    ("年底前全区已售电动自行车登记上牌率达到95%以上", [("年底前", "2024-12-31")]),
    ("6月底前实现已建项目管护责任全覆盖", [("6月底前", "2024-06-30")]),
    ("9月底前已完成选址的助餐点全部投入运营", [("9月底前", "2024-09-30")]),
    ("全面完成2024年度退役士兵安置任务", [("2024年度", "2024-12-31")]),
    ("新建运动场30个,其中2024年建成10个", [("2024年", "2024-12-31")]),
])
def test_yearless_ranges_holidays_and_annual_tasks_are_deadlines(text, expected):
    rows = [r for r in extract_deadlines(text, doc_date="2024-03-18") if r["kind"] == "deadline"]
    assert [(r["raw"], r["date"]) for r in rows] == expected


@pytest.mark.parametrize("text", ["险情发生在四月至十月,搜寻时间超过七十二小时", "每年3月至5月、9月至11月禁止狩猎",
                                  "汛期为每年的5月1日至9月30日", "防火期内(3月15日至6月15日、9月15日至11月15日)严禁野外用火",
                                  "在每年“七一”前后开展主题活动", "五一前完成",
                                  "4月至10月对游客开放", "每年3月至5月，在林区开展巡查", "年底前项目已完成验收",
                                  "“13·40”前完成", "5月底前，全县已完成春播面积12万亩",
                                  "截至6月底前，全市已建成充电桩1.2万个"])
def test_seasons_conditions_and_days_around_a_holiday_are_not_deadlines(text):
    assert [r for r in extract_deadlines(text, doc_date="2024-03-18") if r["kind"] == "deadline"] == []


def test_a_duration_per_day_is_a_norm_not_a_schedule():
    rows = extract_deadlines("节假日每日开放时间不少于十六小时,每周开展一次巡查")
    assert [(r["raw"], r["period"]) for r in rows] == [("每周", "week")]


@pytest.mark.parametrize("text, expected", [
    ("地区财政局统筹整合涉农资金", ["地区财政局"]),
    ("市财政局会同市税务局纳税服务科编印政策指引", ["市财政局", "市税务局纳税服务科"]),
    ("市财政局按普查进度拨付经费。", ["市财政局"]),
    ("各宗教活动场所管理委员会对照排查表逐项开展自查", ["各宗教活动场所管理委员会"]),
    ("市第五次全国经济普查领导小组负责普查的组织领导", ["市第五次全国经济普查领导小组"]),
    ("街道综合执法队对拒不整改的依法处理,兴庆区消防救援大队给予技术指导。", ["街道综合执法队", "兴庆区消防救援大队"]),
    ("各乡镇要将面积任务分解到村到户", ["各乡镇"]),
    ("乡水管站会同各村(社区)逐户排查", ["乡水管站", "各村(社区)"]),
    ("联合县司法局对全县机关单位开展执法检查", ["县司法局"]),
    ("各村委会负责本村隐患排查", ["各村委会"]),
    ("市水务局、市农业农村局等部门按照各自职责做好防治工作", ["市水务局", "市农业农村局"]),
    ("各市(州)于12月15日前报送自评报告", ["各市(州)"]),
    # township offices of a county bureau and medical groups named with 各; an organ setting up a team
    ("各市场监管所对辖区住宅小区电梯逐台检查", ["各市场监管所"]),
    ("各司法所每季度开展一次普法宣传", ["各司法所"]),
    ("各医共体每半年报送一次工作进展", ["各医共体"]),
    ("县应急管理局组建专业森林消防队", ["县应急管理局"]),
    ("县财政局安排专项资金，县自然资源局优先保障项目用地", ["县财政局", "县自然资源局"]),
    ("为保障县人民医院用地需求", []),
    ("推进紧密型县域医共体建设", []),
])
def test_organ_kinds_and_action_verbs_of_text_actors(text, expected):
    rows = extract_assignments(text)
    assert [pc.ingest.parse_view(r["department"])[0] for r in rows if r["source"] == "text"] == expected


# (the organ an organ works with, 基层司法所联合乡镇综治工作中心建立…, acts since session 19, as reviewsets 9 and 17 read it)
@pytest.mark.parametrize("text", ["区纪委会同区监察局开展检查", "各区县司法局、市劳教所等部门的主要负责人",
                                  "贯彻省、市政府实施意见",
                                  "资金用于支持村卫生室和社区卫生服务站开展服务"])
def test_persons_partners_and_documents_of_organs_are_not_acting_organs(text):
    names = [r["department"] for r in extract_assignments(text) if r["source"] == "text"]
    assert "区纪委会" not in names and "市劳教所" not in names
    assert not any("政府" in name for name in names if text.startswith("贯彻"))
    assert not any("卫生" in name for name in names)


def test_an_actor_named_in_the_note_is_not_repeated_from_the_text():
    rows = extract_assignments("各社区每周开展一次巡查。责任单位:各社区居委会")
    assert [(r["department"], r["source"]) for r in rows] == [("各社区居委会", "annotation")]


@pytest.mark.parametrize("text, expected", [
    # the speaker's organ is spoken for, not acting; a verb's tail never opens a name; a specialty is no 科
    ("最后，我代表市人民政府向各界人士致以谢意。", []),
    ("推动市级示范专科向基层下沉，带动服务能力提升。", []),
    ("建立跨部门跨地区互通规划布局、要素配置、统一监管的机制。", []),
    ("县卫生健康局应当指导乡镇卫生院开展随访。", [("县卫生健康局", "supervise"), ("乡镇卫生院", "organise")]),
    ("镇人民政府协助县交通运输局做好道路巡查。", [("镇人民政府", "cooperate"), ("县交通运输局", "responsible")]),
    # a definition names what a term means and gives the organ in it no work (reviewset441)
    ("所称监督检查，是指县市场监管部门依法对经营者进行的检查。", []),
])
def test_speakers_verb_tails_and_definitions_give_no_false_units(text, expected):
    from policycompare.extract.responsibility import ORGAN, text_actor_rows

    assert [(row["name"], row["duty"]) for row in text_actor_rows(text, text)] == expected
    if "是指" in text:  # the definition's verb is still no part of the organ it names
        assert ORGAN.search(text).group() == "县市场监管部门"


@pytest.mark.parametrize("text, doc_date, expected", [
    # a date with its year before the document's is history quoted, or a result reached: no row
    ("本地区在1962年3月以前划定的山林权属，维持不变。", "2021-06-01", []),
    ("人均收入从2020年的5万元提高到2025年的7万元左右。", "2026-02-01", []),
    # a date lent the document's year that falls before the document: kept, undated, with a note
    ("县人民政府应当于9月底前向县人大常委会报告。", "2018-11-20", [("9月底前", "")]),
    # dates at or after the document's stay as they were
    ("2019年6月底前完成改造,10月底前验收。", "2019-03-01", [("2019年6月底前", "2019-06-30"), ("10月底前", "2019-10-31")]),
])
def test_dates_before_the_document_are_no_deadlines(text, doc_date, expected):
    rows = extract_deadlines(text, doc_date=doc_date)
    assert [(row["raw"], row["date"]) for row in rows] == expected
    assert all("earlier than the document's date" in row["note"] for row in rows if not row["date"])


# Second round on real work reports and regulations (fixtures in our own words): facilities built or
# counted are no actors, 上市 names no level, a part's figure is not the whole's indicator, reviews
# found by their lead or by a look back opening a paragraph, yearly days are schedules.

@pytest.mark.parametrize("text, expected", [
    ("新建5个市级数据服务中心，带动周边产业集聚。", []),
    ("加快建设“2”个省级技术转移中心，组建若干分中心。", []),
    ("规划建设国家、省级区域医疗中心，开展联合体试点。", []),
    ("稳妥化解上市公司及重点企业风险。", []),
    ("拟上市企业服务站负责辅导企业。", []),
    # a level after 以上 stays one, and the class of cities keeps its first character
    ("地级以上市人民政府应当组织编制供热规划。", ["地级以上市人民政府"]),
    ("由县级以上市场监督管理部门责令改正。", ["县级以上市场监督管理部门"]),
    # an organ whose role is used still acts; a construction verb inside an organ's name hides nothing
    ("充分发挥市矛盾调处中心作用，化解纠纷。", ["市矛盾调处中心"]),
    ("区住房城乡建设局负责组织验收。", ["区住房城乡建设局"]),
])
def test_facilities_built_or_counted_and_listed_companies_are_not_actors(text, expected):
    from policycompare.extract.responsibility import text_actor_rows

    assert [row["name"] for row in text_actor_rows(text, text)] == expected


def test_a_parts_figure_is_not_the_whole_jurisdictions_indicator():
    from policycompare.indicators import add_indicators

    rows = extract_targets("全市地区生产总值增长5%左右，高新区和经开区地区生产总值年均增长8%以上。")
    table = add_indicators(pd.DataFrame(rows))
    assert table.indicator_id.tolist() == ["gdp_growth", ""]  # a rate of GDP is its growth
    assert table.indicator_name.tolist()[1] == "高新区和经开区地区生产总值"


def test_a_paragraph_opening_with_a_look_back_reports_results_until_one_looks_ahead():
    text = ("这五年，全市经济稳步向前。地区生产总值从3万亿元增加到4万亿元，森林覆盖率达到45%。"
            "今后五年，全市研发投入强度达到4%以上。\n城镇新增就业30万人以上。")
    assert [(row["indicator"], row["value"]) for row in extract_targets(text)] == [("研发投入强度", 4.0),
                                                                                  ("城镇新增就业", 300000.0)]
    # a look back in an earlier paragraph does not reach the next one
    assert [row["value"] for row in extract_targets("过去一年，成效明显。\n粮食产量达到600亿斤。")] == [60000000000.0]


def test_a_section_whose_lead_looks_back_is_a_review(tmp_path):
    assert pc.extract.is_review("一步一个脚印，各项事业迈上新台阶\n2025年是收官之年。一年来，我们砥砺前行。")
    assert not pc.extract.is_review("2026年工作安排\n一年来的经验告诉我们，必须坚持稳中求进。")
    assert pc.extract.is_review("2025年主要工作和“十四五”发展成就\n全省生产总值增长5%。")
    assert not pc.extract.is_review("“十四五”时期发展成就和“十五五”时期主要目标任务\n这五年，成效明显。")
    page = ("某省政府工作报告\n一、一步一个脚印，各项事业迈上新台阶\n2025年是收官之年。一年来，我们砥砺前行。\n"
            "（一）产业升级步伐加快\n新增国家级专精特新企业120家，规上工业增加值增长6%。\n"
            "二、2026年工作安排\n（一）扩大有效投资\n力争新开工重点项目500个以上，民间投资增长5%。\n")
    (tmp_path / "report.txt").write_text(page, encoding="utf-8")
    corpus = pc.load_corpus(tmp_path / "report.txt")
    assert sorted(corpus.targets.raw) == ["新开工重点项目500个以上", "民间投资增长5%"]


@pytest.mark.parametrize("text, expected", [
    # a day without a year in a clause that says 每年 is the day of that yearly schedule
    ("登记工作应当在每年的九月三十日以前完成。", [("每年", "recurring", "", "by 09-30")]),
    ("退费应当在每年供暖期结束后至5月31日前办理。", [("每年", "recurring", "", "by 05-31")]),
    ("每年12月31日前年满十八岁的公民，应当于当年6月30日前登记。", [("每年12月31日前", "recurring", "", "by 12-31")]),
    # in another clause it is this year's deadline (每年开展评价，12月15日前报送)
    ("每年开展一次评价，各县于12月15日前报送自评报告。", [("每年", "recurring", "", ""), ("12月15日前", "deadline", "2024-12-15", "relative to the document's date")]),
    # 半年内, 次年内 count from an event: no deadline
    ("闲置土地和半年内未开工的项目用地应当绿化。", []),
    ("应当在采伐的当年或者次年内完成更新造林。", []),
])
def test_yearly_days_are_schedules_and_spans_from_an_event_are_no_deadlines(text, expected):
    rows = extract_deadlines(text, doc_date="2024-03-01")
    assert [(row["raw"], row["kind"], row["date"], row["note"]) for row in rows] == expected


@pytest.mark.parametrize("text, period", [("各村于每月10日前报送上月台账", "month"), ("各站所每月25号前上报进度", "month"),
                                          ("各单位每周五下班前报送工作动态", "week"), ("每星期一召开调度会", "week")])
def test_a_day_of_each_month_or_week_is_a_schedule_not_a_rate(text, period):
    assert [r["period"] for r in extract_deadlines(text, doc_date="2024-03-01") if r["kind"] == "recurring"] == [period]


@pytest.mark.parametrize("text", ["汛期各镇每日17时前报送当日雨情", "值班人员每天8点前上报火情", "各村每日18时前报告巡查情况"])
def test_an_hour_of_each_day_is_a_daily_schedule_not_a_rate(text):
    assert [(r["raw"][:2], r["period"]) for r in extract_deadlines(text, doc_date="2024-03-01")] in (
        [("每日", "day")], [("每天", "day")])


@pytest.mark.parametrize("text", ["本办法自印发之日起施行，有效期至2026年12月31日。", "本意见有效期到2027年6月30日止",
                                  "本措施有效期截至2025年底"])
def test_the_end_of_a_documents_validity_is_no_deadline(text):
    assert extract_deadlines(text, doc_date="2024-05-20") == []


@pytest.mark.parametrize("text", ["乡镇文化站每月不少于4场送戏下乡", "每年不少于3个课题纳入评估", "每季度不少于2项专题调研",
                                  "每年不少于2轮交叉检查", "每年不少于2期村干部培训班"])
def test_a_count_of_acts_per_period_is_a_schedule_as_times_are(text):
    assert [r["kind"] for r in extract_deadlines(text)] == ["recurring"]


@pytest.mark.parametrize("text, years", [
    # a vision year beyond the five-year plan's end dates its own sentence only; the plan's targets
    # after it take the plan's end
    ("“十五五”时期是关键五年，到2035年全面建成现代化强市。规划设置主要指标，包括森林覆盖率达到45%、"
     "城镇调查失业率控制在5.5%以内。", [2030, 2030]),
    ("“十五五”时期，全区加快转型，到2035年人均地区生产总值达到15万元。", [2035]),
    # without a plan named before it, the year stated earlier in the measure still holds
    ("到2035年全面建成现代化强市。主要指标包括森林覆盖率达到45%。", [2035]),
    # a plan's end later than the vision: the nearer year holds
    ("到2027年，污水处理率达到95%。“十五五”期间，再建成公园20个。", [2027, 2030]),
])
def test_a_year_beyond_the_plan_dates_only_its_own_sentence(text, years):
    assert [r["year"] for r in extract_targets(text, doc_date="2026-01-20")] == years


@pytest.mark.parametrize("text, indicator", [
    # a proposal or list opener, and the period of a five-year plan, stand before the subject
    ("兼顾需要与可能，提出粮食产量稳定在120万吨以上", "粮食产量"),
    ("按照留有余地的思路，建议“十五五”时期森林覆盖率提高到42%", "森林覆盖率"),
    ("“十五五”时期常住人口城镇化率达到68%左右", "常住人口城镇化率"),
    ("设定了20个主要指标，包括居民人均可支配收入年均增长6%", "居民人均可支配收入"),
])
def test_openers_before_the_subject_are_not_the_label(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, doc_date="2026-01-20")] == [indicator]


@pytest.mark.parametrize("text, indicator, comparator, direction", [
    # change verbs besides 下降 and 增长 state a committed change, with its direction
    ("一网通办事项平均办理时间压缩40%以上", "一网通办事项平均办理时间", ">=", "down"),
    ("塑料制品使用量削减15%", "塑料制品使用量", "=", "down"),
    ("户籍人口城镇化率上升1.5个百分点", "户籍人口城镇化率", "=", "up"),
    ("学前教育毛入园率提升至93%", "学前教育毛入园率", "=", "up"),
    ("企业开办时间压缩至1个工作日", "企业开办时间", "<=", "down"),
])
def test_change_verbs_give_the_direction(text, indicator, comparator, direction):
    rows = extract_targets(text, doc_date="2026-01-20")
    assert [(r["indicator"], r["comparator"], r["direction"]) for r in rows] == [(indicator, comparator, direction)]


@pytest.mark.parametrize("text, indicator, value", [
    # a baseline before 提高到/提高至 is no part of the label, with its unit and per-unit base
    ("城乡居民基础养老金从每人每月180元提高至200元", "城乡居民基础养老金", 200.0),
    ("助学金由每生每年2000元提高到2500元", "助学金", 2500.0),
    ("农村自来水普及率从90%提升至95%", "农村自来水普及率", 95.0),
])
def test_a_baseline_with_its_unit_is_not_the_label(text, indicator, value):
    rows = extract_targets(text, doc_date="2026-01-20")
    assert [(r["indicator"], r["value"]) for r in rows] == [(indicator, value)]


@pytest.mark.parametrize("text, expected", [
    # 提升 touching a rate commits a change; before a count it improves things
    ("新型城镇化率提升1.2个百分点", [("新型城镇化率", 1.2, "up")]),
    ("劳动生产率年均提升6%以上", [("劳动生产率", 6.0, "up")]),
    ("提升18个产业园区配套设施", []),
    ("开展服务质量提升三年行动", []),
])
def test_a_rate_cue_counts_only_touching_a_rate(text, expected):
    rows = extract_targets(text, doc_date="2026-01-20")
    assert [(r["indicator"], r["value"], r["direction"]) for r in rows] == expected


@pytest.mark.parametrize("text, indicator", [
    # a quarter of the year opens the clause; the subject follows it
    ("一季度重大项目开工率达到50%", "重大项目开工率"),
    ("前三季度规模以上工业增加值增长7%", "规模以上工业增加值"),
])
def test_a_quarter_before_the_subject_is_not_the_label(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, doc_date="2026-01-20")] == [indicator]


@pytest.mark.parametrize("text, indicator", [
    # a depot and the verb of what it stores stand before the label
    ("市级应急物资储备库储备折叠床不少于800张", "折叠床"),
    ("镇应急物资仓库存放救生衣不少于200件", "救生衣"),
    ("应急物资储备库数量达到5个", "应急物资储备库数量"),
])
def test_what_a_depot_stores_is_the_label(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, doc_date="2026-01-20")] == [indicator]


@pytest.mark.parametrize("text, expected", [
    # 或 inside a name joins two words of it; after a quantity it opens a second subject
    ("每个新建小区至少配建1处托幼或托育设施", [("托幼或托育设施", 1.0)]),
    ("城市水体达到或优于Ⅳ类比例达到85%", [("城市水体达到或优于Ⅳ类比例", 85.0)]),
    ("每年志愿服务时长不少于20小时或至少完成3项社区服务项目", [("志愿服务时长", 20.0), ("社区服务项目", 3.0)]),
])
def test_or_inside_a_name_joins_it(text, expected):
    assert [(r["indicator"], r["value"]) for r in extract_targets(text, doc_date="2026-01-20")] == expected


@pytest.mark.parametrize("text, expected", [
    # a change shared by heads listed with 、 (均增长, 年均增长) gives one row per head
    ("入境游客人次、入境旅游收入均增长12%以上", [("入境游客人次", 12.0), ("入境旅游收入", 12.0)]),
    ("制造业投资、基础设施投资年均增长7%左右", [("制造业投资", 7.0), ("基础设施投资", 7.0)]),
    ("全社会研发经费投入、战略性新兴产业增加值年均增长9%", [("全社会研发经费投入", 9.0), ("战略性新兴产业增加值", 9.0)]),
    # heads joined by 和 name one figure of two parts: kept whole
    ("东部新区和临空经济区地区生产总值年均增长8%", [("东部新区和临空经济区地区生产总值", 8.0)]),
])
def test_a_change_shared_by_listed_heads_gives_a_row_each(text, expected):
    assert [(r["indicator"], r["value"]) for r in extract_targets(text, doc_date="2026-01-20")] == expected


@pytest.mark.parametrize("text, indicator", [
    # examples before 等 are not the label: the noun after them, or after the count, is
    ("实施东湖、南湖等8个湖泊生态修复工程", "湖泊生态修复工程"),
    ("开工建设滨江路等道路25条", "道路"),
    ("新建蓄水池等小型水利设施300处", "小型水利设施"),
    ("举办“乐购金秋”等促消费活动500场以上", "促消费活动"),
    # 中等, 等级 and the like are words of their own
    ("新增等级旅游民宿50家", "等级旅游民宿"),
])
def test_examples_before_deng_are_not_the_label(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, doc_date="2026-01-20")] == [indicator]


@pytest.mark.parametrize("text, indicator", [
    # verbs of a work report that open the object counted are not part of the label
    ("取得省级以上科技成果奖50项以上", "省级以上科技成果奖"),
    ("交付人才公寓8000套", "人才公寓"),
    ("盘活闲置厂房30万平方米", "闲置厂房"),
    ("更新改造城市燃气管道500公里", "城市燃气管道"),
    ("启动建设县级物流配送中心6个", "县级物流配送中心"),
    ("新认定专精特新中小企业200家", "专精特新中小企业"),
])
def test_work_report_verbs_are_not_part_of_the_label(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, doc_date="2026-01-20")] == [indicator]


@pytest.mark.parametrize("text, expected", [
    # the object after a count ends before the next item of the list (和 + a count)
    ("建设50个乡镇综合文化站和200个村级文化服务中心", [("乡镇综合文化站", 50.0), ("村级文化服务中心", 200.0)]),
    ("新建3—5家市级工程研究中心和20—30家县级企业技术中心", [("市级工程研究中心", 5.0), ("县级企业技术中心", 30.0)]),
])
def test_the_object_after_a_count_ends_before_the_next_item(text, expected):
    assert [(r["indicator"], r["value"]) for r in extract_targets(text, doc_date="2026-01-20")] == expected


@pytest.mark.parametrize("text, indicator", [
    # a bare act counted keeps its actor, not whom it is done to (对…)
    ("对高龄独居老年人每周至少走访1次", "走访"),
    ("对重点排污单位每季度至少检查1次", "检查"),
    ("乡镇干部每月至少走访1次", "乡镇干部走访"),
])
def test_whom_an_act_is_done_to_is_not_its_actor(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, doc_date="2026-01-20")] == [indicator]


@pytest.mark.parametrize("text, indicator", [
    # an age scoping who receives a grant is a condition; an act after the holder is what it is for
    ("对70周岁以上老年人助浴给予每次最高20元补贴。", "助浴补贴"),
    ("对本镇65周岁及以上老年人体检给予每人不低于50元的补助。", "体检补助"),
    ("对90周岁以上老年人给予每月最高300元补贴。", "老年人补贴"),
])
def test_an_age_scoping_a_grant_is_a_condition(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, doc_date="2026-01-20")] == [indicator]


@pytest.mark.parametrize("text, expected", [
    # a measure word alone after a target of the sentence measures what that target names
    ("改造棚户区120个、面积50万平方米", [("棚户区", 120.0), ("棚户区面积", 500000.0)]),
    ("茶园面积稳定在80万亩、产值达到60亿元", [("茶园面积", 800000.0), ("茶园产值", 6000000000.0)]),
    ("油菜播种面积200万亩、产量30万吨以上", [("油菜播种面积", 2000000.0), ("油菜产量", 300000.0)]),
])
def test_a_bare_measure_word_borrows_what_the_target_before_names(text, expected):
    assert [(r["indicator"], r["value"]) for r in extract_targets(text, doc_date="2026-01-20")] == expected


@pytest.mark.parametrize("text, indicator", [
    # a verb between the level or scope that qualifies a label and its object is dropped
    ("区级承担监督抽查任务800批次", "区级监督抽查任务"),
    ("主城区淘汰燃煤锅炉120台以上", "主城区燃煤锅炉"),
])
def test_a_verb_inside_a_label_is_dropped(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, doc_date="2026-01-20")] == [indicator]


@pytest.mark.parametrize("text, expected", [
    # a year between the subject and its cue dates the target and is no part of the label
    ("页岩气产量2030年达到80亿立方米", [("页岩气产量", 2030)]),
    ("力争新增储能装机500万千瓦，氢能产值2028年突破200亿元", [("储能装机", 2028), ("氢能产值", 2028)]),
])
def test_a_year_after_the_subject_dates_the_target(text, expected):
    assert [(r["indicator"], r["year"]) for r in extract_targets(text, doc_date="2026-01-20")] == expected


def test_a_list_of_values_with_their_own_bound_words_keeps_its_order():
    rows = extract_targets("一产、二产、三产增加值分别增长4%左右、6%以上、6%左右", doc_date="2026-01-20")
    assert [(r["indicator"], r["value"], r["comparator"]) for r in rows] == [
        ("一产增加值", 4.0, "approx"), ("二产增加值", 6.0, ">="), ("三产增加值", 6.0, "approx")]


@pytest.mark.parametrize("text, expected", [
    # heads of one length before a word longer than them: the shared tail follows that word
    ("原煤、原油、天然气产量分别达到500万吨、80万吨、3亿立方米", ["原煤产量", "原油产量", "天然气产量"]),
    ("茶叶、食用菌全产业链产值分别达到90亿元、60亿元", ["茶叶全产业链产值", "食用菌全产业链产值"]),
])
def test_a_shared_tail_follows_the_word_the_heads_cut(text, expected):
    assert [r["indicator"] for r in extract_targets(text, doc_date="2026-01-20")] == expected


@pytest.mark.parametrize("text, indicator", [
    # a verb chained before a count (建成投产, 培育壮大): the object follows the count
    ("建成投产4个抽水蓄能电站", "抽水蓄能电站"),
    ("培育壮大8个省级先进制造业集群", "省级先进制造业集群"),
])
def test_a_verb_chain_before_a_count_is_not_the_label(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, doc_date="2026-01-20")] == [indicator]


@pytest.mark.parametrize("text, expected", [
    # a rate per a base population: the base is the unit, and the bound word compares it
    ("孕产妇死亡率控制在10/10万以下，婴儿死亡率控制在4‰以下。", [("<=", 10.0, "/10万"), ("<=", 4.0, "‰")]),
    ("孕产妇死亡率不高于12/10万。", [("<=", 12.0, "/10万")]),
    # a share of a reference named at length; a quantity inside 以…为主 is no commitment; 点 after a noun
    ("租金不高于同地段同品质市场租赁住房租金的90%。", [("<=", 90.0, "%")]),
    ("以建筑面积不超过70平方米的小户型为主。", []),
    ("9月底前新建社区托育点12个。", [("=", 12.0, "个")]),
])
def test_rates_per_base_shares_and_characterisations(text, expected):
    assert [(r["comparator"], r["value"], r["unit"]) for r in extract_targets(text, doc_date="2025-04-11")] == expected


@pytest.mark.parametrize("text, expected", [
    # a range of days with its year ends a stage on its last day; one that names a season is none
    ("行动时间\n2025年5月10日至9月10日。", [("2025年5月10日至9月10日", "2025-09-10")]),
    ("春运期间（2025年1月14日至2月22日）客运班线运力增加15%。", []),
    ("2025年1月1日至5月31日为全县森林防火期。", []),
    # a deadline field holding a day without its year is that day of the document's year
    ("开展宣传咨询日活动。（责任单位：各县应急管理局；完成时间：6月16日）", [("6月16日", "2025-06-16")]),
])
def test_stages_of_days_and_deadline_fields_of_days(text, expected):
    rows = [r for r in extract_deadlines(text, doc_date="2025-04-11") if r["kind"] == "deadline"]
    assert [(r["raw"], r["date"]) for r in rows] == expected


def test_the_organ_patterns_start_test_only_spares_positions():
    """ORGAN opens with a cheap test of where a name may start (a level character after Chinese
    characters only, tried possessively): it finds every organ the plain test (any characters but a
    line break before the level, tried lazily) finds, on every scored document and the seeds."""
    import re
    from pathlib import Path

    from policycompare.extract import responsibility as R

    plain = (rf"(?=[各{''.join(sorted({w[0] for w in R._STANDALONE_WORDS}))}]"
             rf"|{R._OWN_AT}[{R.first_chars(R._OWN_HEADS)}]"
             rf"|.{{0,{R.MAX_LEAD + 1}}}?[{''.join(sorted({w[0] for w in R._LEVEL_WORDS}))}]"
             rf"|{R._LINE_HEAD_AT}.{{2,{R.MAX_LINE_LEAD}}}?(?:{R._LINE_HEADS})|.{{0,2}}?{R._STEM_LEAD})")
    unguarded = re.compile(plain + R.ORGAN.pattern[len(R._ORGAN_START):])
    tests = Path(__file__).parent
    folders = [tests / "devset", *sorted(p for p in tests.glob("reviewset*") if p.is_dir()), tests.parent / "corpus" / "raw"]
    texts = [p.read_text(encoding="utf-8", errors="replace") for folder in folders for p in sorted(folder.iterdir())
             if p.suffix in (".txt", ".md", ".html")]
    assert len(texts) > 200
    found = [[m.span() for m in R.ORGAN.finditer(text)] for text in texts]
    assert found == [[m.span() for m in unguarded.finditer(text)] for text in texts]
    assert sum(map(len, found)) > 1000


@pytest.mark.parametrize("text, date, expected", [
    # 指标 | 单位 | 2025年 | 2030年目标 | 属性: the base column and the attribute give nothing
    ("到2030年，主要指标如下：\n指标 | 单位 | 2025年 | 2030年目标 | 属性\n湿地保护率 | % | 55 | ≥60 | 约束性\n"
     "污水管网长度 | 万公里 | 0.8 | 1.2 | 预期性\n", "2026-03-01",
     [("湿地保护率", ">=", 60.0, "%", 2030), ("污水管网长度", "=", 12000.0, "万公里", 2030)]),
    # | 指标 | 单位 | 基期值（2025年） | 目标值（2028年） | 属性 |: the bracketed year does not hide the column's role
    ("到2028年，主要指标如下：\n| 指标 | 单位 | 基期值（2025年） | 目标值（2028年） | 属性 |\n| --- | --- | --- | --- | --- |\n"
     "| 茶叶综合产值 | 亿元 | 42 | 60 | 预期性 |\n| 绿色食品认证率 | % | 70 | ≥85 | 约束性 |\n", "2026-04-01",
     [("茶叶综合产值", "=", 6000000000.0, "亿元", 2028), ("绿色食品认证率", ">=", 85.0, "%", 2028)]),
])
def test_a_plan_indicator_table_gives_one_target_per_row_from_its_target_column(text, date, expected):
    rows = extract_targets(text, date)
    assert [(r["indicator"], r["comparator"], r["value"], r["unit"], r["year"]) for r in rows] == expected


def test_a_plans_opening_chapter_on_the_period_before_is_a_review():
    from policycompare.extract.targets import is_review

    assert is_review("“十四五”发展成效\n全市森林覆盖率提高到84.6%。")
    assert is_review("规划基础\n高速公路通车里程突破800公里。")
    assert not is_review("发展目标\n到2030年森林覆盖率达到85%。")


def test_a_unit_opening_a_line_of_its_duties_is_an_actor():
    # an emergency plan's member units: 县水利局：负责…, also after a bullet
    text = ("成员单位职责\n区住建局：负责排水设施抢修。\n- 区城管局：负责道路积水清排。\n联系单位：区水务局\n"
            "区卫健委\t负责医疗救治。\n| 区交通局 | 负责运输保障。 |\n区财政局\t负责人：王五")
    assert [(r["department"], r["source"]) for r in extract_assignments(text)] == [
        ("区住建局", "text"), ("区城管局", "text"), ("区卫健委", "text"), ("区交通局", "text")]


def test_a_year_before_a_colon_of_targets_is_their_deadline():
    # a line of yearly targets (2027年：…) and a year's goals (2026年…主要目标是：…); a past year is none
    text = "年度目标：\n- 2027年：新建泊位4个；\n- 2028年：新建泊位6个。\n2027年全县主要目标是：地区生产总值增长6%。\n2025年：建成3个。"
    rows = extract_deadlines(text, "2026-06-01")
    assert sorted({(r["raw"], r["date"]) for r in rows}) == [("2027年", "2027-12-31"), ("2028年", "2028-12-31")]


def test_a_year_heading_its_goals_before_a_full_stop_is_their_deadline():
    # （一）2027年目标。…45条 (a plan's goals year by year, reviewset11); a past year is none
    text = "2027年目标。累计建成幸福河湖45条。"
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, "2026-02-27")] == [("2027年", "2027-12-31")]
    assert extract_deadlines("2025年目标。建成幸福河湖20条。", "2026-02-27") == []


@pytest.mark.parametrize("text, organ", [
    ("区应急管理局储备救生衣不少于500件。", "区应急管理局"),
    ("各镇人民政府抓好落实。", "各镇人民政府"),
    ("区自然资源局优先保障项目用地。", "区自然资源局"),
    ("各乡镇人民政府负主体责任。", "各乡镇人民政府"),
])
def test_organs_that_stock_secure_or_bear_the_main_responsibility_are_actors(text, organ):
    assert [r["department"] for r in extract_assignments(text)] == [organ]


def test_runs_of_a_train_or_bus_each_day_are_a_count_and_a_daily_schedule():
    text = "开通城区至景区旅游专线每日不少于6趟。"
    assert [(r["comparator"], r["value"], r["unit"]) for r in extract_targets(text)] == [(">=", 6.0, "趟")]
    assert [r["period"] for r in extract_deadlines(text)] == ["day"]


def test_an_indicator_table_with_yearly_columns_gives_a_target_a_year_from_the_documents_year():
    # 2025年 is the base of a 2026 plan; 2026年-2028年 are its yearly targets; a merged first cell stays empty
    text = "类别 | 指标 | 单位 | 2025年 | 2026年 | 2027年 | 属性\n产业 | 智能工厂 | 家 | 10 | 20 | 50以上 | 预期性\n | 5G基站 | 个 | 900 | — | 1500 | 预期性"
    rows = extract_targets(text, "2026-04-27")
    assert [(r["indicator"], r["comparator"], r["value"], r["year"]) for r in rows] == [
        ("智能工厂", "=", 20.0, 2026), ("智能工厂", ">=", 50.0, 2027), ("5G基站", "=", 1500.0, 2027)]
    # a span of plan years (2020 | 2025 | 2030) in a document of 2025: the 2025 column is the estimate
    span = extract_targets("指标 | 单位 | 2020年 | 2025年 | 2030年\n城镇化率 | % | 50 | 55 | 60", "2025-11-01")
    assert [(r["value"], r["year"]) for r in span] == [(60.0, 2030)]


@pytest.mark.parametrize("text, organ", [
    ("区气象局发布暴雨预警后，各社区立即转移群众。", "区气象局"),
    ("区自然资源局接到险情报告后，应立即核实。", "区自然资源局"),
    ("每年汛前，各街道办事处完成责任人落实。", "各街道办事处"),
])
def test_an_organ_opening_a_clause_that_issues_receives_or_completes_acts(text, organ):
    assert organ in [r["department"] for r in extract_assignments(text)]


@pytest.mark.parametrize("text, organ", [
    # a city or county whose name ends in a character that opens a word before its level (成都 and 都市,
    # 唐山 and 山区, 郸城 and 城市): the division table says the level is one
    ("由成都市住房和城乡建设局负责。", "成都市住房和城乡建设局"),
    ("唐山市卫生健康委员会负责组织实施。", "唐山市卫生健康委员会"),
    ("郸城县自来水公司负责管网改造。", "郸城县自来水公司"),
    # verbs a name never runs across, after an organ opening its sentence (data: inner_verb, subject_verb)
    ("国网大冶市供电公司压减办电时间。", "国网大冶市供电公司"),
    ("镇应急管理办公室承担指挥部日常工作。", "镇应急管理办公室"),
])
def test_organs_of_places_named_with_a_word_character_and_organs_before_their_verb_act(text, organ):
    assert organ in [r["department"] for r in extract_assignments(text)]


def test_a_mountain_area_or_a_city_in_general_is_no_organ():
    assert [r["department"] for r in extract_assignments("推进山区城市管理工作,由县城市管理局负责。")] == ["县城市管理局"]


def test_an_organ_before_a_relative_clause_is_a_source_not_an_actor():
    assert extract_assignments("（三）人民法院发布的失信被执行人信息；") == []


@pytest.mark.parametrize("text, organ", [
    ("区防汛指挥部由区长任总指挥，分管副区长任副总指挥，负责统一指挥抢险。", "区防汛指挥部"),
    ("镇防灭火指挥部：由镇长任指挥长，负责扑救工作。", "镇防灭火指挥部"),
    ("险情扩大时，区应急管理局立即组织转移。", "区应急管理局"),
])
def test_a_body_led_by_a_named_head_or_acting_at_once_is_an_actor(text, organ):
    assert [r["department"] for r in extract_assignments(text)] == [organ]


def test_each_target_year_of_an_indicator_table_is_a_deadline():
    text = "指标 | 单位 | 2025年 | 2026年 | 2027年 | 属性\n智能工厂 | 家 | 10 | 20 | 50 | 预期性"
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, "2026-04-01")] == [
        ("2026年", "2026-12-31"), ("2027年", "2027-12-31")]


@pytest.mark.parametrize("text, expected", [
    # a value scaled by 万 or 亿 keeps the digits the page wrote (1.63万 is 16300, not 16299.999…)
    ("冬春两季完成退化林修复1.63万亩。", 16300.0),
    ("年内新增绿色建筑面积2.07万平方米。", 20700.0),
    ("文旅产业增加值达到0.58亿元。", 58000000.0),
])
def test_a_scaled_value_keeps_the_written_digits(text, expected):
    assert [r["value"] for r in extract_targets(text, doc_date="2026-01-20")] == [expected]


@pytest.mark.parametrize("text, expected", [
    # 不能 before a bound reads as 不得: 不能超过 caps, 不能低于 floors
    ("城区全年重污染天数不能超过5天。", ("城区全年重污染天数", "<=", 5.0)),
    ("乡镇饮用水水源地水质达标率不能低于95%。", ("乡镇饮用水水源地水质达标率", ">=", 95.0)),
])
def test_a_bound_after_buneng_is_a_cap_or_a_floor(text, expected):
    assert [(r["indicator"], r["comparator"], r["value"]) for r in extract_targets(text, doc_date="2026-01-20")] == [expected]


@pytest.mark.parametrize("text, indicator", [
    # a manner adverb before the verb opens no label
    ("稳步实现农产品抽检量达到3批次以上。", "农产品抽检量"),
    ("逐步实现村级卫生室标准化率达到90%。", "村级卫生室标准化率"),
    # the serial number of a task table's row, set off by a space, is no part of the label
    ("7 规模以上工业增加值增长8%左右。 县经信局 县发改委", "规模以上工业增加值"),
])
def test_an_adverb_or_a_row_number_opens_no_label(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, doc_date="2026-01-20")] == [indicator]


@pytest.mark.parametrize("text, expected", [
    # a remark after the list's full stop inside the bracket names no unit
    ("推进农村产权交易平台建设。〔责任单位:县农业农村局、县自然资源局按职责分工负责。各乡镇均应参照执行,不再另行分工,下同。〕",
     [("县农业农村局", "responsible"), ("县自然资源局", "responsible")]),
    # a role verb and a collective tail closing the last name are no part of it
    ("完善应急物资储备。(责任单位:市应急管理局、市粮食和储备局等部门按职责分工负责)",
     [("市应急管理局", "responsible"), ("市粮食和储备局", "responsible")]),
    # 由 opening a verb-form note is no part of the name
    ("建设区域科创走廊。(由市科学技术局牵头)", [("市科学技术局", "lead")]),
])
def test_a_note_value_ends_at_its_full_stop_and_sheds_its_verb(text, expected):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == expected


def test_each_day_of_a_list_closed_by_one_qian_is_a_deadline_and_no_target():
    text = "各牵头单位将季度进展情况于2026年4月10日、7月10日、10月10日及12月10日前报送县政府督查室。"
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, "2026-02-01")] == [
        ("2026年4月10日", "2026-04-10"), ("7月10日", "2026-07-10"), ("10月10日", "2026-10-10"),
        ("12月10日前", "2026-12-10")]
    assert extract_targets(text, doc_date="2026-02-01") == []


def test_a_day_of_the_month_is_never_a_count_of_days():
    assert extract_targets("全体参训人员完成报名后于5月18日集中报到。", doc_date="2026-02-01") == []


@pytest.mark.parametrize("text, expected", [
    # a year and month right before the act to be done is that act's deadline, at the month's end
    ("2026年9月完成城区排水管网普查。", [("2026年9月", "2026-09-30")]),
    ("2026年11月建成投用乡镇综合文化站。", [("2026年11月", "2026-11-30")]),
    # a month already past when the document was written reports what was done
    ("2025年6月完成了管网普查。", []),
])
def test_a_year_and_month_before_a_completion_verb_is_a_deadline(text, expected):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, "2026-03-01")] == expected


@pytest.mark.parametrize("text, doc_date, expected", [
    # a running total over years not yet begun sets a target for each of them
    ("2027年、2028年、2029年累计新建高标准农田6万亩。", "2026-11-20", ["2027-12-31", "2028-12-31", "2029-12-31"]),
    # one over a past year reports a total reached
    ("2024年累计新建高标准农田2万亩。", "2026-11-20", []),
    # 力争, 争取, 确保 right before the year leave it opening the clause
    ("力争2027年全县农村自来水普及率达到98%。", "2026-11-20", ["2027-12-31"]),
])
def test_a_cumulative_or_striven_for_year_ahead_dates_its_target(text, doc_date, expected):
    assert [r["date"] for r in extract_deadlines(text, doc_date)] == expected


@pytest.mark.parametrize("text, expected", [
    # a share of a task right after its verb is a target although 以上的 follows it
    ("年内完成85%以上的宅基地确权登记。", [("宅基地确权登记", ">=", 85.0)]),
    # those who reached a share are a scope: after 对, or before a noun that names holders
    ("对完成85%以上的企业给予一次性奖励。", []),
    ("完成年度计划85%以上的项目优先安排资金。", []),
])
def test_a_share_of_a_task_after_its_verb_is_a_target_not_a_scope(text, expected):
    assert [(r["indicator"], r["comparator"], r["value"]) for r in extract_targets(text, doc_date="2026-01-20")] == expected


@pytest.mark.parametrize("text, expected", [
    # two organs joined by 和/及 in one list item are two names
    ("推进殡葬设施建设。(县民政局和县自然资源局牵头,各乡镇配合)",
     [("县民政局", "lead"), ("县自然资源局", "lead"), ("各乡镇", "cooperate")]),
    ("开展义诊活动。(责任单位:县卫生健康局及各乡镇卫生院)",
     [("县卫生健康局", "responsible"), ("各乡镇卫生院", "responsible")]),
    # a 和 inside one organ's name, or before what opens no organ, joins nothing
    ("落实社保补贴。(责任单位:县人力资源和社会保障局)", [("县人力资源和社会保障局", "responsible")]),
])
def test_two_organs_joined_by_he_or_ji_in_a_note_are_two_names(text, expected):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the units concerned opening a clause act, as 各有关部门 does
    ("各有关单位要在汛前完成隐患排查。", ["各有关单位"]),
    ("县直各相关单位要落实专人值守。", ["县直各相关单位"]),  # whole, as reviewset26 writes it (the name as written)
    # the responsible units of a task list named by their part
    ("各主要责任单位要于3月底前制定推进方案。", ["各主要责任单位"]),
    ("各牵头责任单位要履行牵头抓总职责。", ["各牵头责任单位"]),
    # units of one kind named with 各 act, as 各运输企业 (reviewset13) and 各燃气经营企业 (reviewset32) do
    ("各供热单位要在10月底前完成管网检修。", ["各供热单位"]),
])
def test_the_units_concerned_opening_a_clause_are_a_collective_actor(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of the clause before a short organ is no part of its name
    ("确保县委、县政府做好各项防汛工作。", ["县委", "县政府"]),
    ("必要时建议市委市政府统一指挥先期处置。", ["市委市政府"]),
    # an officer's title and the verb after it are no part of the organ the verb governs
    ("镇长主持镇政府全面工作,镇政府实行镇长负责制。", ["镇政府"]),
    # the verb inside a name, or before no level, stays (人民建议征集办公室, 申请变更股东)
    ("区人民建议征集办公室应当在十日内答复。", ["区人民建议征集办公室"]),
    ("经营者申请变更股东姓名的,可以简化申请材料。", []),
])
def test_a_verb_or_an_officer_before_an_organ_is_cut_from_its_name(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


def test_a_heading_naming_a_unit_and_its_role_holds_for_the_items_under_it():
    # a task list grouped by lead unit: 一、X牵头工作(3项) / 1. … 2. …
    page = ("2025年县政府工作报告任务清单\n一、县发改局牵头工作(2项)\n1.新开工重点项目40个。\n2.做好项目谋划储备。\n"
            "二、县住建局、县城管局负责(2项)\n1.改造老旧小区12个。\n2.新建城市公园2个。")
    rows = pc.from_texts({"list": page}).assignments
    assert [(r.measure_id[-4:], r.department, r.role) for r in rows.itertuples()] == [
        ("m001", "县发改局", "lead"), ("m002", "县发改局", "lead"),
        ("m003", "县住建局", "responsible"), ("m003", "县城管局", "responsible"),
        ("m004", "县住建局", "responsible"), ("m004", "县城管局", "responsible")]
    # a heading that says more than the unit and its verb is no note
    other = "一、县发改局牵头推进项目建设,确保全年开工。\n1.新开工重点项目40个。\n2.做好项目谋划储备。"
    assert pc.from_texts({"other": other}).assignments.empty
    # a chapter on who takes part is no unit's list (社会参与 / 第二十条 …)
    chapter = "第一章 总则\n第一条 为了规范管理,制定本条例。\n第二章 社会参与\n第二条 鼓励公民参与。\n第三条 支持志愿服务。"
    assert pc.from_texts({"chapter": chapter}).assignments.empty


@pytest.mark.parametrize("text, expected", [
    ("市数字经济发展领导小组(以下简称领导小组)是全市数据共享工作的领导机构,负责协调重大事项。", ["市数字经济发展领导小组"]),
    ("县应急管理局是本县安全生产的综合监管部门。", ["县应急管理局"]),
    ("区防汛抗旱指挥部是在区委、区政府领导下的议事协调机构。", ["区防汛抗旱指挥部"]),
])
def test_an_organ_that_is_the_body_answering_for_a_field_acts(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


def test_the_member_units_of_a_named_body_are_read_with_the_body():
    text = "险情发生后，镇防汛抗旱指挥部各成员单位按照职责分工开展抢险。"
    assert [r["department"] for r in extract_assignments(text)] == ["镇防汛抗旱指挥部各成员单位"]


def test_the_bound_restated_in_a_bracket_after_a_scope_is_no_target():
    assert extract_targets("镇域内3亩以下(不含3亩)的设施农业用地由镇政府备案。", doc_date="2026-01-20") == []


@pytest.mark.parametrize("text, expected", [
    # an aside the label's cut left open loses its bracket and the word opening it
    ("主城区空气优良天数比率不低于90%(即全年轻度以上污染天数不能超过36天)。",
     [("主城区空气优良天数比率", ">=", 90.0), ("全年轻度以上污染天数", "<=", 36.0)]),
    ("新建城市绿道20公里(含滨河步道8公里)。", [("城市绿道", "=", 20.0), ("滨河步道", "=", 8.0)]),
])
def test_an_aside_left_open_by_the_cut_opens_no_label(text, expected):
    assert [(r["indicator"], r["comparator"], r["value"]) for r in extract_targets(text, doc_date="2026-01-20")] == expected


@pytest.mark.parametrize("text, expected", [
    # bare values listed after 分别 share the unit (and its 万) of the value that carries it
    ("臭氧和二氧化氮年均浓度分别不高于150和40微克/立方米。", [(150.0, "<="), (40.0, "<=")]),
    ("风电、光伏发电装机分别达到12、20万千瓦。", [(120000.0, "="), (200000.0, "=")]),
])
def test_bare_values_after_fenbie_share_the_unit_after_them(text, expected):
    assert [(r["value"], r["comparator"]) for r in extract_targets(text, doc_date="2026-01-20")] == expected


@pytest.mark.parametrize("text, organs", [
    ("区安委会各成员单位于5月底前报送隐患清单。", ["区安委会各成员单位"]),
    ("县统计局各专业处室对月报数据实行两级审核。", ["县统计局各专业处室"]),
    ("领导小组各成员单位于每季度末报送进展。", ["领导小组各成员单位"]),
    ("各考核单位应于次年2月底前报送自评报告。", ["各考核单位"]),
    ("由县住建局会同各镇街负责，10月底前完成。", ["县住建局", "各镇街"]),
    ("县社保中心推行“一窗通办”。", ["县社保中心"]),
    ("县融媒体中心开设专栏。", ["县融媒体中心"]),
    ("各社区明确2名网格员。", ["各社区"]),
    ("县人社局提供岗位清单。", ["县人社局"]),
    ("镇派出所联合镇司法所开展排查。", ["镇派出所", "镇司法所"]),  # the partner acts too (reviewsets 9, 17)
])
def test_members_of_a_body_its_parts_and_organs_that_introduce_provide_or_open_are_actors(text, organs):
    # the members or parts of an organ named after it are one collective name (rs9)
    assert [r["department"] for r in extract_assignments(text) if r["source"] == "text"] == organs


def test_cumulative_after_a_date_ahead_counts_up_to_it_not_the_past():
    text = "2027年底前累计建成驿站30个，2028年累计达到45个。截至2025年底累计建成12个。2024年累计建成8个。"
    rows = extract_deadlines(text, "2026-05-01")
    assert [(r["raw"], r["date"]) for r in rows] == [("2027年底前", "2027-12-31"), ("2028年", "2028-12-31")]


def test_a_year_before_the_goals_it_announces_dates_them_wherever_it_stands():
    rows = extract_deadlines("第二条　全县2027年引资目标任务为：签约项目40个。", "2026-05-01")
    assert [(r["raw"], r["date"]) for r in rows] == [("2027年", "2027-12-31")]


@pytest.mark.parametrize("text, expected", [
    ("外贸进出口额同比增长8%以上。", [("外贸进出口额", ">=", 8.0)]),
    ("年度目标\n全年火灾起数同比下降5%。", [("火灾起数", "=", 5.0)]),
    ("全县年度目标任务为：签约项目30个；到位资金50亿元，同比增长6%。", [("到位资金", "=", 6.0)]),
    ("1—9月，全县规上工业增加值同比增长7.5%。", []),
])
def test_a_change_on_the_same_period_is_a_target_only_when_committed_to(text, expected):
    # a bare 同比增长6% after a count takes that count's label
    rows = [(r["indicator"], r["comparator"], r["value"]) for r in extract_targets(text) if r["unit"] == "%"]
    assert rows == expected


def test_a_fee_standard_or_a_raised_loan_limit_is_no_target_a_capped_one_is():
    text = "个人缴费标准为每人每年380元；最高贷款额度由40万元提高至50万元；个人贷款额度最高20万元。"
    assert [(r["comparator"], r["value"]) for r in extract_targets(text)] == [("<=", 200000.0)]


def test_a_percentage_adjusting_a_standard_is_no_target():
    text = "二孩家庭的贷款额度在基准额度上上浮15%，最高不超过70万元。"
    assert [(r["comparator"], r["value"]) for r in extract_targets(text)] == [("<=", 700000.0)]


def test_organs_that_visit_those_they_serve_are_actors():
    rows = extract_assignments("各镇退役军人服务站对烈属走访慰问。")
    assert [r["department"] for r in rows if r["source"] == "text"] == ["各镇退役军人服务站"]


def test_a_horizon_in_a_sentence_that_names_its_end_year_is_no_deadline_of_its_own():
    from policycompare.extract.deadlines import extract_deadlines

    def dates(text):
        return [(row["raw"], row["date"]) for row in extract_deadlines(text, "2026-02-01")]

    # 13 years from the congress of 2022 end in 2035, as the sentence says; not 13 from the document's year
    assert dates("从党的二十大到二〇三五年，用13年时间，基本实现农业农村现代化。") == [("到二〇三五年", "2035-12-31")]
    assert dates("经过五年努力，到2030年全面建成示范区。") == [("到2030年", "2030-12-31")]
    # alone, a horizon is counted from the document's year
    assert dates("用三年时间，基本建成示范区。到2030年完成验收。") == [("用三年时间", "2029-12-31"),
                                                                  ("到2030年", "2030-12-31")]


def test_the_base_of_a_rate_unit_is_no_target_of_its_own():
    from policycompare.extract.targets import extract_targets

    found = extract_targets("每亿元地区生产总值生产安全事故死亡率控制在0.6人/百亿元以下，每千人口执业医师数达到3.2人/千人。")
    # 百亿元 and 千人 after the slash are the rates' bases, not a value of 10^10 yuan or 1,000 people
    assert [(row["comparator"], row["value"], row["unit"]) for row in found] == [("<=", 0.6, "人"), ("=", 3.2, "人")]


@pytest.mark.parametrize("text, labels", [
    # a cue verb right before 率 or 比例 begins the rate's name: the label keeps it
    ("全年水土保持率达到61.5%，退役军人安置率100%。", ["水土保持率", "退役军人安置率"]),
    ("重点项目投资完成率110%以上。", ["重点项目投资完成率"]),
    # a bare rate after a comma is a rate of its own, not the head of the clause before (彩化率)
    ("单位地区生产总值能耗下降率控制在3%以内，绿化率达40%。", ["单位地区生产总值能耗下降率", "绿化率"]),
    # joined by 、 the second rate still shares the first one's head
    ("统计报表及时率、准确率均达到100%。", ["统计报表及时率", "统计报表准确率"]),
])
def test_a_rate_is_named_whole_and_takes_a_head_only_from_its_own_list(text, labels):
    from policycompare.extract.targets import extract_targets

    assert [row["indicator"] for row in extract_targets(text)] == labels


@pytest.mark.parametrize("text, labels", [
    ("理事会成员一般不少于五人，复审周期一般不超过三年。", ["理事会成员", "复审周期"]),  # 一般 hedges the bound
    ("以不低于上一年度的标准逐年增长。", []),  # the last year counts nothing (was a row of 1 year, no label)
    ("按不低于当地标准的百分之八十支付。", [""]),
])
def test_a_hedge_or_a_preposition_before_the_bound_is_no_part_of_the_label(text, labels):
    from policycompare.extract.targets import extract_targets

    assert [row["indicator"] for row in extract_targets(text)] == labels


@pytest.mark.parametrize("text, labels", [
    # a counted item listed before another: its object ends at the 、 that opens an item with its own number
    ("新增2个国家级农业产业强镇、新认定农业龙头企业15家以上。", ["国家级农业产业强镇", "农业龙头企业"]),
    # the value after an item with a number of its own is named by what follows that item's 、
    ("推进1500个市级重点项目、完成投资6200亿元以上。", ["投资"]),
    ("首批12家市直单位食堂实行集中采购、成本下降15%。", ["成本"]),
    ("康养旅居接待人次41.3万、消费额6.2亿元。", ["消费额"]),
    # ... but a value that shares the subject keeps it (nothing is left after the 、 to name it)
    ("港口货物吞吐量3.2亿吨、增长6.5%。", ["港口货物吞吐量", "港口货物吞吐量"]),
    # 再 and 启动 open or close no label
    ("人均预期寿命再提高0.8岁。", ["人均预期寿命"]),
    ("启动棚户区改造1.2万户。", ["棚户区改造"]),
])
def test_an_item_listed_with_a_number_of_its_own_names_no_other_value(text, labels):
    from policycompare.extract.targets import extract_targets

    assert [row["indicator"] for row in extract_targets(text)] == labels


@pytest.mark.parametrize("text, rows", [
    # a verb that opens an agent noun (建设者) is no cue; 筹措 and 供应 open the object counted
    ("筹措供应“新时代城市建设者之家”床位1.8万张以上。", [("“新时代城市建设者之家”床位", 18000.0)]),
    # nor one that opens a noun (增加值 of a share with no cue of its own)
    ("战略性新兴产业增加值占规上工业比重30%。", [("战略性新兴产业增加值占规上工业比重", 30.0)]),
    # 一批 says "a number of": no count, whatever the cue before it
    ("力争突破一批关键核心技术。", []),
    ("全年至少组织一次应急演练。", [("应急演练", 1.0)]),
])
def test_an_agent_noun_opens_no_cue_and_a_batch_is_no_count(text, rows):
    from policycompare.extract.targets import extract_targets

    assert [(row["indicator"], row["value"]) for row in extract_targets(text)] == rows


@pytest.mark.parametrize("text, labels", [
    # a word that opens with a lead word's character (并, 及, 都) is no lead (data: not_lead)
    ("安排风电光伏装机规模3000万千瓦、并网2000万千瓦。", ["风电光伏装机规模", "并网"]),
    ("2026年及时率达到95%。", ["及时率"]),
    ("2026年都市圈通勤人口达到100万人。", ["都市圈通勤人口"]),
    ("并且完成培训200人次。", ["培训"]),  # 并且 still leads
])
def test_a_word_opening_with_a_lead_character_is_kept_in_the_label(text, labels):
    from policycompare.extract.targets import extract_targets

    assert [row["indicator"] for row in extract_targets(text)] == labels


@pytest.mark.parametrize("text, rows", [
    ("十三是新建村级寄递物流综合服务站320个。", [("村级寄递物流综合服务站", 320.0)]),  # an enumerator past 十是
    ("深入实施制造业数字化转型3年行动。", []),  # the years name a plan
    ("定向培养的医学生服务期不少于3年。", [("医学生服务期", 3.0)]),  # a span of years still counts
])
def test_an_enumerator_opens_no_label_and_a_plan_of_years_is_no_target(text, rows):
    from policycompare.extract.targets import extract_targets

    assert [(row["indicator"], row["value"]) for row in extract_targets(text)] == rows


@pytest.mark.parametrize("text, labels", [
    ("第十二条 林地承包期限最长不超过五十年。", ["林地承包期限"]),  # an article's number
    ("三、市人民代表大会代表10人以上联名。", ["市人民代表大会代表"]),  # a list's ordinal
    ("一、二、三产业增加值分别增长3.5%、6%、5.2%。", ["一产业增加值", "二产业增加值", "三产业增加值"]),  # numerals listed
])
def test_an_article_number_or_an_ordinal_opens_no_label(text, labels):
    from policycompare.extract.targets import extract_targets

    assert [row["indicator"] for row in extract_targets(text)] == labels


@pytest.mark.parametrize("text, labels", [
    ("但续展期限不得超过60日。", ["续展期限"]),  # a proviso's conjunction
    ("但是临时占用期限最长不超过两年，占用面积在200平方米以下。", ["临时占用期限", "占用面积"]),  # 在 before the bound
])
def test_a_proviso_or_a_copula_is_no_part_of_the_label(text, labels):
    from policycompare.extract.targets import extract_targets

    assert [row["indicator"] for row in extract_targets(text)] == labels


@pytest.mark.parametrize("text, rows", [
    # a share of holders opening its clause is a target: what is counted, the holders that do it
    ("到2028年，70%以上的乡镇卫生院建成社区医院。", [("建成社区医院的乡镇卫生院", 70.0, ">=")]),
    ("全县85%的规模养殖场完成粪污资源化利用改造。", [("完成粪污资源化利用改造的规模养殖场", 85.0, "=")]),
    # ... not whom a grant goes to, nor a condition on what follows
    ("对完成80%以上的合作社给予奖励。", []),
    ("退费比例超过50%的，应当说明理由。", []),
])
def test_a_share_of_holders_opening_its_clause_is_a_target(text, rows):
    from policycompare.extract.targets import extract_targets

    assert [(r["indicator"], r["value"], r["comparator"]) for r in extract_targets(text, "2026-01-01")] == rows


@pytest.mark.parametrize("text, labels", [
    ("累计建成数字化车间45个。", ["数字化车间"]),  # a running total and its verb open no label
    ("新开工城市快速路项目8个。", ["城市快速路项目"]),
    ("新开工项目120个以上。", ["新开工项目"]),  # the verb stays before a holder too generic alone
    ("全年查办危害食品安全违法案件60件以上。", ["危害食品安全违法案件"]),
])
def test_a_running_total_or_an_opening_verb_opens_no_label(text, labels):
    from policycompare.extract.targets import extract_targets

    assert [row["indicator"] for row in extract_targets(text)] == labels


@pytest.mark.parametrize("text, rows", [
    # a value raised to: the cue before the value, not part of the label
    ("到2027年，社区嵌入式托育点增至60个。", [("社区嵌入式托育点", 60.0, "up")]),
    ("冷链物流线路拓展至35条。", [("冷链物流线路", 35.0, "up")]),
    ("编制重点产业招商图谱8份。", [("重点产业招商图谱", 8.0, "")]),
])
def test_a_value_raised_to_is_named_before_its_cue(text, rows):
    from policycompare.extract.targets import extract_targets

    assert [(r["indicator"], r["value"], r["direction"]) for r in extract_targets(text, "2026-01-01")] == rows


@pytest.mark.parametrize("text", ["2025年全镇12345热线诉求响应率保持100%。", "2025年城乡居民医保参保人数增至42万人。"])
def test_a_bare_year_before_a_level_held_or_raised_to_dates_it(text):
    rows = extract_deadlines(text, "2025-02-10")
    assert [(row["raw"], row["date"]) for row in rows] == [("2025年", "2025-12-31")]


def test_a_stage_named_with_one_year_in_brackets_ends_with_that_year():
    rows = extract_deadlines("（三）总结提升阶段（2027年）。全面评估治理成效。", "2025-03-01")
    assert [(row["raw"], row["date"]) for row in rows] == [("2027年", "2027-12-31")]


@pytest.mark.parametrize("text, rows", [
    ("2025年—2026年新改建农村供水管网180公里。", [("2025年—2026年", "2026-12-31")]),  # a range stating a target
    ("2025年全县新改建农村公路300公里。", [("2025年", "2025-12-31")]),
    ("严格执行《2021—2025年农村公路发展规划》。", []),  # a plan's name
])
def test_a_year_or_range_opening_a_clause_that_builds_dates_it(text, rows):
    assert [(row["raw"], row["date"]) for row in extract_deadlines(text, "2025-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("县卫健局每年组织中期监测，2027年开展终期评估。", [("每年", ""), ("2027年", "2027-12-31")]),
    ("2026年承办全省青少年足球联赛。", [("2026年", "2026-12-31")]),
    ("2024年完成试点。", []),  # a year before the document's: done, no deadline
])
def test_a_bare_year_right_before_an_act_dates_it(text, rows):
    assert [(row["raw"], row["date"] or "") for row in extract_deadlines(text, "2025-03-01")] == rows


def test_a_sentence_opening_with_a_past_plan_period_reports_results():
    from policycompare.extract.targets import extract_targets

    text = ("发展基础\n“十三五”期间，全县新建健身步道86公里，体育场地面积达到1.8平方米。\n"
            "发展目标\n“十四五”期间，全县新建健身步道120公里。")
    assert [row["value"] for row in extract_targets(text, "2021-09-01")] == [120.0]


def test_poultry_counted_by_the_bird_is_a_unit():
    from policycompare.extract.targets import extract_targets

    rows = extract_targets("林下散养土鸡的密度每亩不超过50羽。")
    assert [(row["indicator"], row["value"], row["unit"], row["comparator"]) for row in rows] == [
        ("林下散养土鸡的密度", 50.0, "羽", "<=")]


def test_a_term_before_an_organ_is_no_part_of_its_name():
    from policycompare.extract import extract_measure

    found, _ = extract_measure("上届省人民代表大会常务委员会向大会报告工作，本届市人民政府负责组织实施。",
                               "上届省人民代表大会常务委员会向大会报告工作，本届市人民政府负责组织实施。",
                               "2024-01-01", "某省", None, False)
    assert [row["department"] for row in found["assignments"]] == ["省人民代表大会常务委员会", "市人民政府"]


@pytest.mark.parametrize("text, names", [
    ("推动县委组织部牵头落实干部培训。", ["县委组织部"]),  # the name was found one character into 推动
    ("带动市文旅局开展宣传。", ["市文旅局"]),
    ("县劳动保障监察大队负责执法。", ["县劳动保障监察大队"]),  # 劳动 of a name stays
])
def test_a_verb_before_an_organ_is_cut_even_when_the_name_starts_inside_it(text, names):
    from policycompare.extract import extract_measure

    found, _ = extract_measure(text, text, "2024-01-01", "某县", None, False)
    assert [row["department"] for row in found["assignments"]] == names


@pytest.mark.parametrize("text, names", [
    # a regulation's verbs before the organ they name (data: swallowed_verb) are no part of the name
    ("将有关材料送交市人民代表大会财政经济委员会进行初步审查。", ["市人民代表大会财政经济委员会"]),
    ("（一）未到水行政主管部门备案登记进行凿井的；", ["水行政主管部门"]),
    ("将登记资料报送到土地房屋行政主管部门备案。", ["土地房屋行政主管部门"]),
    ("交通运输主管部门负责本条例的实施。", ["交通运输主管部门"]),  # 交 of 交通 is no verb
    # 办 ends no name before 理 (data: verb_start): 机关办 is none; a standalone class of organs keeps its level
    # after 由 (data: standalone_lead), not inside a word
    ("由市司法行政机关办理注销登记手续。", []),
    ("由市公安机关依法处理。", ["市公安机关"]),
    ("社区公安机关负责。", ["公安机关"]),
])
def test_verbs_of_a_regulation_before_an_organ_are_cut(text, names):
    from policycompare.extract import extract_measure

    found, _ = extract_measure(text, text, "2024-01-01", "某市", None, False)
    assert [row["department"] for row in found["assignments"]] == names


@pytest.mark.parametrize("text, expected", [
    # health plans write bounds in prose with the signs of their indicator tables
    ("至2026年，每千名老年人拥有康复床位数≥4张，孕产妇死亡率≤9/10万。",
     [("每千名老年人拥有康复床位数", ">=", 4.0), ("孕产妇死亡率", "<=", 9.0)]),
    ("基层医疗机构门诊量占比>=65%。", [("基层医疗机构门诊量占比", ">=", 65.0)]),
])
def test_a_sign_before_a_number_in_prose_is_its_comparator_and_no_part_of_the_label(text, expected):
    from policycompare.extract.targets import extract_targets

    assert [(row["indicator"], row["comparator"], row["value"]) for row in extract_targets(text)] == expected


def test_a_plan_chapter_on_its_background_reports_results_not_targets():
    import policycompare as pc

    text = ("某县“十五五”养老服务发展规划\n一、发展背景\n“十四五”时期，全县养老床位增加到2100张，"
            "护理型床位占比提高到58%。\n二、发展目标\n到2030年，护理型床位占比达到65%以上。\n")
    corpus = pc.from_texts({"plan": text})
    # the numbers of the background chapter are where the plan starts from; only the goal is a target
    assert list(corpus.targets.raw) == ["护理型床位占比达到65%以上"]


@pytest.mark.parametrize("text, label", [
    ("力求实现社会资本投入突破3亿元。", "社会资本投入"),  # 力求 strives as 力争 does
    ("针对性开展网格员业务比武3次。", "网格员业务比武"),  # a manner phrase opens no label
    ("有针对性地开展入户走访300户。", "入户走访"),  # the 对 of 针对 is no preposition of whom
    ("开竣工保障性住房各80万平方米。", "开竣工保障性住房"),  # 各 before the value distributes it
    ("改造完善城南片区排水管网12公里。", "城南片区排水管网"),  # 完善 continues the chain of 改造
])
def test_striving_manner_and_distributive_words_are_no_part_of_a_label(text, label):
    from policycompare.extract.targets import extract_targets

    assert [row["indicator"] for row in extract_targets(text)] == [label]


@pytest.mark.parametrize("text, expected", [
    # a sentence opening with a year before the document's reports what was reached then
    ("2021年末，全区每千人口执业医师数提高到2.9人，孕产妇系统管理率达到93%。", []),
    ("2022年全县森林覆盖率达到41.5%。", []),
    # a year ahead, or a past year with its own horizon after it, still states targets
    ("2025年全区森林覆盖率达到43%。", [("森林覆盖率", 2025)]),
    ("2022年，森林覆盖率为41.5%；到2026年，森林覆盖率达到43%。", [("森林覆盖率", 2026)]),
])
def test_a_sentence_opening_with_a_year_before_the_document_reports_results(text, expected):
    from policycompare.extract.targets import extract_targets

    assert [(row["indicator"], row["year"]) for row in extract_targets(text, "2023-09-01")] == expected


def test_a_bare_rate_after_words_cut_from_its_label_takes_no_head_from_the_rate_before():
    from policycompare.extract.targets import extract_targets

    found = extract_targets("康复床位占床位总数比例≥5%，乡镇卫生院普遍设置覆盖率100%。")
    # 乡镇卫生院普遍设置 stands between the two: the coverage is no 康复床位 figure
    assert [(row["indicator"], row["comparator"]) for row in found] == [("康复床位占床位总数比例", ">="), ("覆盖率", "=")]


@pytest.mark.parametrize("text, label", [
    ("申报省级文明村镇6个。", "省级文明村镇"),  # declaring opens no label, as 推荐申报 does not
    ("申报材料审核时限不超过5个工作日。", "申报材料审核时限"),  # 申报材料 is a noun: the word stays
])
def test_a_declaring_verb_opens_no_label_unless_it_opens_a_noun(text, label):
    from policycompare.extract.targets import extract_targets

    assert [row["indicator"] for row in extract_targets(text)] == [label]


def test_an_indicator_table_without_a_unit_column_takes_the_unit_from_the_indicator_brackets():
    """A county plan's box table (类别 | 指标 | 2020年 | 2025年 | 属性) writes each unit in brackets after
    its indicator: the latest year's cell is the target in that unit; a bracket that is no unit gives none."""
    text = ("专栏2 林业发展主要指标\n| 类别 | 指标 | 2020年 | 2025年 | 属性 |\n| --- | --- | --- | --- | --- |\n"
            "| 生态 | 森林覆盖率（%） | 61.2 | 63 | 约束性 |\n| 产业 | 林下经济产值（亿元） | 14 | 22 | 预期性 |\n"
            "| 产业 | 国有林场（省定） | 4 | 5 | 预期性 |\n")
    rows = extract_targets(text, "2021-06-01")
    assert [(r["indicator"], r["value"], r["unit"], r["year"]) for r in rows] == [
        ("森林覆盖率", 63.0, "%", 2025), ("林下经济产值", 2.2e9, "亿元", 2025)]


def test_the_base_year_of_an_undated_plans_indicator_table_is_no_deadline():
    # (增长 in the first row once made the header's base year a year a target is stated for)
    text = "表1 主要指标\n类别\t指标\t2025年\t2030年\t属性\n经济\t地区生产总值年均增长（%）\t—\t≥6\t预期性"
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text)] == [("2030年", "2030-12-31")]


def test_an_indicator_table_row_measured_without_a_unit_is_a_target():
    text = ("表3 主要指标\n| 类别 | 指标 | 2025年 | 2030年 | 属性 |\n| --- | --- | --- | --- | --- |\n"
            "| 民生 | 城乡居民收入倍差 | 1.71 | ≤1.65 | 预期性 |\n| 生态 | 农田灌溉水有效利用系数 | 0.56 | 0.58 | 约束性 |\n")
    rows = extract_targets(text, "2026-02-01")
    assert [(r["indicator"], r["comparator"], r["value"], r["unit"], r["year"]) for r in rows] == [
        ("城乡居民收入倍差", "<=", 1.65, "", 2030), ("农田灌溉水有效利用系数", "=", 0.58, "", 2030)]


@pytest.mark.parametrize("text, label", [
    # 推广 (a technique or area spread), 推广应用 and 新评定 open the object counted, not its label
    ("全年推广测土配方施肥技术12万亩。", "测土配方施肥技术"),
    ("推广应用节能环保公交车80辆。", "节能环保公交车"),
    ("年内新评定省级森林乡村4个。", "省级森林乡村"),
    # 日均 / 月均 before the bound say how the amount is averaged: the label keeps neither 日 nor 月
    ("厨余垃圾分出量日均不低于60吨。", "厨余垃圾分出量"),
    ("可回收物回收量日均达到25吨。", "可回收物回收量"),
    ("社区食堂就餐人次月均达到3000人次。", "社区食堂就餐人次"),
    # 新 before a verb of the list that was not yet listed with it (新开发, 新设立, 新打造)
    ("新开发乡村公益性岗位300个。", "乡村公益性岗位"),
    ("新设立村级服务站20个。", "村级服务站"),
    ("新打造夜间文旅消费集聚区3个。", "夜间文旅消费集聚区"),
    # 制修订 / 制定 before the standards counted; 主导 stays, it opens nouns (主导产业集中度)
    ("制修订国家、行业标准30项以上。", "国家、行业标准"),
    ("制定地方标准12项。", "地方标准"),
    ("主导产业集中度提升至55%以上。", "主导产业集中度"),
])
def test_words_around_the_counted_object_stay_out_of_its_label(text, label):
    """Verbs before the object counted and the averaging word before its bound are no part of the label."""
    assert [row["indicator"] for row in extract_targets(text, "2025-02-01")] == [label]


def test_a_limit_before_an_act_on_what_is_already_done_stays_ahead():
    # 4月底前完成已改户厕“回头看” (reviewset11 i18): 已 qualifies the object of the act, the limit is ahead
    assert [(r["raw"], r["date"]) for r in extract_deadlines("4月底前完成已改户厕排查。", "2026-03-02")] == [("4月底前", "2026-04-30")]
    assert [(r["raw"], r["date"]) for r in extract_deadlines("6月底前对已建设施开展检查。", "2026-03-02")] == [("6月底前", "2026-06-30")]
    assert extract_deadlines("2019年底已建成。", "2026-03-02") == []


def test_beds_and_quilts_are_counted_in_chuang():
    # 储备棉被不少于3000床 (reviewset11 i11): 床 is a unit; 床位 is one too, so that no label opens with 位
    assert [(r["indicator"], r["value"], r["unit"]) for r in extract_targets("储备棉被不少于3000床、融雪剂不少于200吨。")] == [
        ("棉被", 3000.0, "床"), ("融雪剂", 200.0, "吨")]
    assert [r["indicator"] for r in extract_targets("建成300床位的养老院。")] == ["养老院"]


def test_a_note_key_after_a_comma_opens_a_note_of_its_own():
    # 责任单位：X，配合单位：Y、Z。 closing an item without brackets (reviewset11 i06)
    rows = extract_assignments("县域内就诊率达到90%。责任单位：市卫生健康委，配合单位：市医保局、市财政局。")
    assert [(r["department"], r["role"]) for r in rows] == [
        ("市卫生健康委", "responsible"), ("市医保局", "cooperate"), ("市财政局", "cooperate")]


@pytest.mark.parametrize("text, expected", [
    # a remark after a note's units (下同, 不再列出, 以下均需…) names no unit; in verb form it no longer
    # hides the whole note
    ("推进农业节水。〔责任单位：市水利局、市农业农村局，各县（市、区）人民政府按职责分工负责，以下均需各县（市、区）人民政府落实，不再列出〕",
     [("市水利局", "responsible"), ("市农业农村局", "responsible"), ("各县（市、区）人民政府", "responsible")]),
    ("推进工业节水。（市工业和信息化局牵头，市水利局配合，下同）",
     [("市工业和信息化局", "lead"), ("市水利局", "cooperate")]),
    ("推进工业节水。（市工业和信息化局牵头，市水利局配合。下同）",
     [("市工业和信息化局", "lead"), ("市水利局", "cooperate")]),
    ("推进城镇节水。（牵头单位：市住房和城乡建设局；配合单位：市财政局，下同）",
     [("市住房和城乡建设局", "lead"), ("市财政局", "cooperate")]),
    # 按职责配合 helps within its remit, 督促指导 oversees: roles of a verb-form note
    ("强化扬尘管控。（各分局负责，市住房城乡建设局、市城市管理局按职责配合）",
     [("各分局", "responsible"), ("市住房城乡建设局", "cooperate"), ("市城市管理局", "cooperate")]),
    ("淘汰老旧柴油货车。（市交通运输局、市公安局按职责分工负责，市生态环境局督促指导）",
     [("市交通运输局", "responsible"), ("市公安局", "responsible"), ("市生态环境局", "supervise")]),
])
def test_note_remarks_and_remit_verbs(text, expected):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == expected


def test_values_listed_after_fenbie_take_one_head_each():
    # 孕产妇死亡率、婴儿死亡率分别控制在…: the first value once took both heads, cut as joint ratios (孕|产妇死亡率)
    rows = extract_targets("孕产妇死亡率、婴儿死亡率分别控制在10/10万、4.5‰以下。")
    assert [(r["indicator"], r["comparator"], r["value"], r["unit"]) for r in rows] == [
        ("孕产妇死亡率", "<=", 10.0, "/10万"), ("婴儿死亡率", "<=", 4.5, "‰")]
    rows = extract_targets("污水处理设施建成率和运行率分别达到100%和90%。")
    assert [(r["indicator"], r["value"]) for r in rows] == [("污水处理设施建成率", 100.0), ("污水处理设施运行率", 90.0)]


def test_changes_listed_after_fenbie_take_the_targets_before_them_in_order():
    rows = extract_targets("全年接待游客3800万人次，实现旅游收入260亿元，分别增长8%和10%。")
    assert [(r["indicator"], r["value"], r["unit"]) for r in rows] == [
        ("接待游客", 38000000.0, "万人次"), ("旅游收入", 26000000000.0, "亿元"), ("接待游客", 8.0, "%"), ("旅游收入", 10.0, "%")]


def test_a_later_year_and_a_comma_before_a_target_clause_date_it():
    text = "一、发展目标\n2025年，学前三年毛入园率达到92%；\n2026年，学前三年毛入园率达到93%；\n2027年，普惠性幼儿园覆盖率达到92%。"
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, "2025-03-28")] == [
        ("2026年", "2026-12-31"), ("2027年", "2027-12-31")]  # 2025年, the plan's own year, stays undated
    assert [r["year"] for r in extract_targets(text, "2025-03-28")] == [None, 2026, 2027]
    assert extract_deadlines("2025年，全市新建幼儿园20所。", "2025-03-28") == []
    assert extract_deadlines("2026年，国务院印发规划，提出达到95%。", "2025-03-28") == []  # no target in its clause


def test_a_closing_date_field_is_a_deadline():
    assert [(r["raw"], r["date"]) for r in extract_deadlines("补贴申领受理截止时间为2025年12月31日，逾期不予受理。", "2025-01-22")] == [
        ("2025年12月31日", "2025-12-31")]
    assert [(r["raw"], r["date"]) for r in extract_deadlines("完成时间为2025年12月。", "2025-01-22")] == [("2025年12月", "2025-12-31")]


@pytest.mark.parametrize("text, actor", [
    ("各乡（镇）修订防汛应急预案，报县应急管理局备案。", "各乡（镇）"),  # 修订 (revises) is a duty, as 编制 is
    ("各县（市、区）商务部门须于每周五前报送补贴申领进度。", "各县（市、区）商务部门"),  # 须 says it must act, as 要 does
])
def test_organs_that_revise_or_must_act_are_actors(text, actor):
    assert actor in [r["raw_name"] for r in extract_assignments(text) if r["source"] == "text"]


@pytest.mark.parametrize("text, expected", [
    # a keyed note whose names carry their own role verbs: 牵头/配合/指导 are roles, not parts of names
    ("建设服务站。（责任单位：市交通运输局牵头，市公安局配合）", [("市交通运输局", "lead"), ("市公安局", "cooperate")]),
    ("建设服务站。（责任单位：市发展改革委、市财政局牵头，市民政局配合）",
     [("市发展改革委", "lead"), ("市财政局", "lead"), ("市民政局", "cooperate")]),
    ("建设服务站15个。（责任单位：各县（市、区）人民政府，市市场监管局指导）",
     [("各县（市、区）人民政府", "responsible"), ("市市场监管局", "supervise")]),
])
def test_names_closed_by_a_role_verb_in_a_keyed_note(text, expected):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == expected


def test_a_bare_month_opening_a_clause_before_its_act_is_a_deadline():
    # 7月举办… (an event held in July of the plan's year), like 2025年开展… for a year (data: year_act)
    assert [(r["raw"], r["date"]) for r in extract_deadlines("办好节会。7月举办丝路文化旅游节。", "2025-02-18")] == [("7月", "2025-07-31")]
    assert extract_deadlines("6—7月为主汛期。", "2025-02-18") == []  # a season, no act after it
    assert extract_deadlines("去年7月已举办。", "2025-02-18") == []  # not right before the act


@pytest.mark.parametrize("text, actor", [
    ("市生态环境局牵头，市经信局、市交通运输局配合，完成超低排放改造。", "市经信局"),  # 经信, a short name (经 alone opens none)
    ("县经信局要开展企业技改摸排。", "县经信局"),
    # 科 of 科技 ends no name (data head_word): the lazy match once stopped at 区科 and lost the bureau
    ("区招商局牵头，区科技创新和产业发展局配合，举办专题招商活动。", "区科技创新和产业发展局"),
])
def test_short_or_long_bureau_names_after_another_organ_are_actors(text, actor):
    assert actor in [r["raw_name"] for r in extract_assignments(text) if r["source"] == "text"]


def test_an_organ_whose_head_leads_a_group_is_no_actor():
    # 由市政府主要领导任组长: the organ's head leads (主要领导, as 主要负责人), the organ does not act
    assert extract_assignments("成立由市政府主要领导任组长的工作领导小组，统筹推进各项工作。") == []


def test_the_size_of_an_industry_is_a_target_and_a_funds_size_is_not():
    rows = extract_targets("全面推进阶段。新建专业园区2个，产业规模达到400亿元。")
    assert [(r["indicator"], r["comparator"], r["value"], r["unit"]) for r in rows] == [
        ("专业园区", "=", 2.0, "个"), ("产业规模", "=", 40000000000.0, "亿元")]
    assert extract_targets("设立天使投资基金，首期规模2亿元。") == []  # 规模 alone: a fund's size (data: grant)


def test_a_note_line_under_an_indicator_table_holds_no_target():
    text = ("主要指标\n| 指标 | 单位 | 2025年 | 2030年 | 属性 |\n| --- | --- | --- | --- | --- |\n"
            "| 森林覆盖率 | % | 12.1 | 12.8 | 约束性 |\n\n注：[ ]内为五年累计数，带*的为约束性指标。")
    found, _ = pc.extract.extract_measure(text, pc.ingest.parse_view(text)[0], "2026-02-28")
    assert [(r["indicator"], r["value"], r["year"]) for r in found["targets"]] == [("森林覆盖率", 12.8, 2030)]


def test_a_growth_column_of_an_indicator_table_gives_a_target_in_percent():
    # 年均增长 | 5.5%: the row's indicator grows 5.5% a year up to the last target year; [13.5] and — give none
    text = ("主要指标\n| 指标 | 单位 | 2025年 | 2030年 | 年均增长 | 属性 |\n| --- | --- | --- | --- | --- | --- |\n"
            "| 地区生产总值 | 亿元 | 620 | 800 | 5.5% | 预期性 |\n| 研发经费投入 | 亿元 | 7.2 | — | 7% | 预期性 |\n"
            "| 单位地区生产总值能源消耗降低 | % | — | — | [13.5] | 约束性 |")
    found, _ = pc.extract.extract_measure(text, pc.ingest.parse_view(text)[0], "2026-02-28")
    assert [(r["raw"], r["indicator"], r["value"], r["unit"], r["year"]) for r in found["targets"]] == [
        ("800", "地区生产总值", 80000000000.0, "亿元", 2030), ("5.5%", "地区生产总值", 5.5, "%", 2030),
        ("7%", "研发经费投入", 7.0, "%", 2030)]


@pytest.mark.parametrize("text, expected", [
    # a bare month after 于/在 before the act done in it is that act's deadline in the document's year
    ("市教育局会同市卫生健康局于11月开展专项督导。", [("11月", "2026-11-30")]),
    ("在9月举办全县农民丰收节。", [("9月", "2026-09-30")]),
    ("6—7月为主汛期。", []),
])
def test_a_month_after_a_preposition_dates_its_act(text, expected):
    assert [(d["raw"], d["date"]) for d in extract_deadlines(text, "2026-03-01") if d["kind"] == "deadline"] == expected


def test_a_duration_per_day_after_a_long_subject_is_no_schedule():
    rows = extract_deadlines("中小学校每天统筹安排学生校内户外活动时间不少于2小时。", "2026-03-01")
    assert [d for d in rows if d["kind"] == "recurring"] == []


def test_a_heading_ending_in_a_building_verb_does_not_make_the_organ_under_it_built():
    text = "加强公共卫生体系建设\n区疾病预防控制中心每年开展一次包虫病筛查。"
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == [("区疾病预防控制中心", "mentioned")]


@pytest.mark.parametrize("text, actor", [
    # 派员 (sends staff) and 汇总 (gathers the reports) are acts of the organ opening the clause (data: subject_verb)
    ("县市场监管局每月开展一次联合检查，县公安局派员参加。", "县公安局"),
    ("各村于每月5日前报送台账，镇农业服务中心汇总后报镇政府。", "镇农业服务中心"),
    # 总队 heads a corps of a bureau, as 支队 and 大队 (data: head)
    ("举办执法培训班3期，省交通运输厅综合执法总队负责组织实施。", "省交通运输厅综合执法总队"),
    # a development zone stands as a level (data: level 经济技术开发区), so the name keeps its long lead
    ("各街道及天津某某经济技术开发区管理委员会要每半年报告推进情况。", "天津某某经济技术开发区管理委员会"),
    ("各县人民政府、某某临港经济开发区管委会应当确定采暖期起止日期。", "某某临港经济开发区管委会"),
    # 打造 (builds up) is an act of the organ opening the clause (data: subject_verb)
    ("四、夜间消费。各县（市、区）打造夜间消费集聚区不少于1个。", "各县（市、区）"),
])
def test_organs_that_send_staff_gather_reports_or_build_up_and_corps_and_zones_are_actors(text, actor):
    assert actor in [r["raw_name"] for r in extract_assignments(text) if r["source"] == "text"]


def test_an_organ_the_work_relies_on_is_no_actor():
    # 依托X开展培训: X is the base (a place) the work relies on, not its doer (data: not_actor_before)
    assert [r for r in extract_assignments("依托县职业技能培训中心开展农民工技能培训。") if r["source"] == "text"] == []


@pytest.mark.parametrize("text, actor", [
    # bodies of one kind named with 各 and their head alone or after a few words (data: each_head)
    ("（二）流通环节。各分局每月对辖区农资门店开展一次巡查。", "各分局"),
    ("各执法中队每周开展一次夜间巡查。", "各执法中队"),
    ("各孵化器负责组织在孵企业参加申报。", "各孵化器"),
    ("各客运企业每月组织驾驶员开展安全教育。", "各客运企业"),
    ("各被审计单位要在9月底前完成整改。", "各被审计单位"),
    ("各派出所要在11月底前报送总结。", "各派出所"),
    # 区直各单位 after 各乡镇(街道)、 is an organ of its own, not 区 continuing the places' list (data: standalone)
    ("各乡镇（街道）、县直各单位要在6月底前完成排查。", "县直各单位"),
    ("各乡镇（街道）、县直各单位要在6月底前完成排查。", "各乡镇（街道）"),
    ("各行业（企业）主管部门应当做好本行业的节水工作。", "各行业（企业）主管部门"),
])
def test_bodies_of_one_kind_named_with_each_are_collective_actors(text, actor):
    rows = [r for r in extract_assignments(text) if r["source"] == "text"]
    assert (actor, True) in [(r["raw_name"], r["collective"]) for r in rows]


@pytest.mark.parametrize("text", [
    "本市通过各种优惠政策鼓励企业增加研发投入。",  # 各种 (all kinds of) opens no body
    "各运输企业，局属各单位：",  # only addressed
    "各部门要在11月底前报送总结。",  # 各部门 alone is a placeholder the annotations leave out
])
def test_each_before_a_kind_of_thing_or_an_addressee_line_is_no_actor(text):
    assert [r for r in extract_assignments(text) if r["source"] == "text"] == []


def test_a_name_does_not_run_across_the_verb_draft():
    # 会同各分局|编制|政府中期财政规划 (data: inner_verb 编制), but 机构编制主管部门 is one name (data: name_word)
    rows = extract_assignments("县财政局应当会同各分局编制政府中期财政规划。县机构编制主管部门应当动态调整编制。")
    assert [r["raw_name"] for r in rows if r["source"] == "text"] == ["县财政局", "各分局", "县机构编制主管部门"]


@pytest.mark.parametrize("text, expected", [
    # a zone's bureau named without a level acts when it opens a line (data: line_head 局)
    ("三、保障措施\n经济发展局每季度调度各项任务进展，年底前形成工作总结。", ["经济发展局"]),
    ("优化产业布局每年开展评估。", []),  # 布局 (a layout) opening a line is no bureau: no act of its own
    ("加强与经济发展局的沟通。", []),  # not at a line's start
])
def test_a_bureau_without_a_level_opening_a_line_is_an_actor(text, expected):
    assert [r["raw_name"] for r in extract_assignments(text) if r["source"] == "text"] == expected


@pytest.mark.parametrize("text", [
    "任何单位和个人均有权对县水务局执法大队及其执法人员不依法履行职责的行为进行举报。",
    "县人民政府及有关部门不依法履行职责的，依法追究责任。",
])
def test_organs_listed_before_a_failing_are_not_acting(text):
    # X及其…不依法履行职责: a failing reported on or punished, not an act of X (不 before the act word)
    assert [r for r in extract_assignments(text) if r["source"] == "text"] == []


@pytest.mark.parametrize("text, expected", [
    # a stage named with one month in brackets ends with that month (宣传发动阶段（2026年3月）, 动员阶段（3月）)
    ("（一）宣传发动阶段（2026年3月）。各街道召开动员会。", [("2026年3月", "deadline", "2026-03-31")]),
    ("（一）动员部署阶段（4月份）。各部门制定方案。", [("4月份", "deadline", "2026-04-30")]),
    ("巩固阶段（2027年）。", [("2027年", "deadline", "2027-12-31")]),
    ("本阶段（见附件）由各部门负责。", []),
])
def test_a_stage_with_one_month_in_brackets_ends_with_that_month(text, expected):
    rows = extract_deadlines(text, "2026-03-01")
    assert [(r["raw"], r["kind"], r["date"]) for r in rows] == expected


@pytest.mark.parametrize("text, expected", [
    # 到年底 is this year's end (a target to reach by it); 年底 alone and 截止到年底 (a result) are not
    ("到年底，集体经营性收入10万元以上的村达到260个。", [("年底", "deadline", "2026-12-31")]),
    ("力争到年末完成改造。", [("年末", "deadline", "2026-12-31")]),
    ("截止到年底，已建成30个。", []),
    ("年末有总结。", []),
])
def test_a_year_end_reached_by_to_is_this_years_end(text, expected):
    rows = extract_deadlines(text, "2026-03-01")
    assert [(r["raw"], r["kind"], r["date"]) for r in rows] == expected



@pytest.mark.parametrize("text, expected", [
    # an education bureau's teaching-research office (教研室) and a research office (研究室) are organs
    ("每学期组织一次全县教学视导，县教研室具体负责。", [("县教研室", "responsible")]),
    ("县教研室每学期组织一次教学视导。", [("县教研室", "mentioned")]),
    ("县委政策研究室牵头起草。", [("县委政策研究室", "mentioned")]),
    ("加强教研室建设。", []),  # no level before it: no organ named
])
def test_teaching_research_offices_are_organs(text, expected):
    assert [(r["raw_name"], r["role"]) for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, raw", [
    ("汛期前，县水利局要完成全县小型水库安全鉴定复核", "汛期前"),
    ("其中2026年汛期前建成30个区域自动气象站", "2026年汛期前"),
    ("秋收前完成粮食烘干设施检修", "秋收前"),  # a farm season has no fixed day
    ("各A级旅游景区汛前完成隐患排查", "汛前"),
])
def test_a_season_with_no_fixed_day_is_an_undated_deadline(text, raw):
    rows = [r for r in extract_deadlines(text, doc_date="2026-03-01") if r["kind"] == "deadline"]
    assert [(r["raw"], r["date"]) for r in rows] == [(raw, "")]


def test_flood_preparation_is_no_season():
    assert extract_deadlines("做好防汛前期准备工作", doc_date="2026-03-01") == []


def test_a_recurring_act_in_a_season_is_no_deadline():
    rows = extract_deadlines("每年采暖季前组织一次应急演练", doc_date="2026-03-01")
    assert [(r["raw"], r["kind"]) for r in rows] == [("每年", "recurring")]


@pytest.mark.parametrize("text, expected", [
    # an office acts past the note of where it sits, as past a short-name note
    ("县高标准农田建设工作领导小组办公室（设在县农业农村局）负责日常协调调度。", ["县高标准农田建设工作领导小组办公室"]),
    ("市粮食安全党政同责工作领导小组办公室组织开展年度考核。", ["市粮食安全党政同责工作领导小组办公室"]),
    ("各辖市区每季度末报送工作进展。", ["各辖市区"]),
    ("县供销社负责农资储备。", ["县供销社"]),
])
def test_offices_where_they_sit_leading_groups_and_prefecture_collectives_act(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text", ["本通知执行期限为2026年1月1日至2026年12月31日", "有效期：2026年1月1日至2028年12月31日",
                                  "本办法有效期为2026年1月1日至2028年12月31日"])
def test_the_span_a_document_is_in_force_is_no_deadline(text):
    assert extract_deadlines(text, doc_date="2026-01-05") == []


@pytest.mark.parametrize("text, expected", [
    ("纳税人满意度达到90分以上", [(">=", 90.0, "分")]),
    ("部门考核得分不低于85分", [(">=", 85.0, "分")]),
    ("每发现一处扣2分", []),
    ("考核得分低于60分的单位予以通报", []),
    ("总分100分，其中基础工作30分", []),
])
def test_a_score_is_a_target_only_when_a_cue_commits_to_it(text, expected):
    assert [(r["comparator"], r["value"], r["unit"]) for r in extract_targets(text)] == expected


@pytest.mark.parametrize("text", ["业主代表不得少于筹备组总人数的二分之一", "夜间噪声控制在五十分贝以下"])
def test_fractions_and_decibels_are_no_scores(text):
    assert [r for r in extract_targets(text) if r["unit"] == "分"] == []


@pytest.mark.parametrize("text", ["| 3 | 建设粮食仓储设施 | 县发改局 | 2026—2027年 |", "完成时限：2026—2027年",
                                  "2026—2027年每年打造典型应用场景10个以上"])
def test_a_range_of_years_alone_in_a_cell_a_field_or_over_a_recurring_act_is_a_deadline(text):
    rows = [r for r in extract_deadlines(text, doc_date="2026-03-01") if r["kind"] == "deadline"]
    assert [(r["raw"], r["date"]) for r in rows] == [("2026—2027年", "2027-12-31")]


def test_a_range_of_years_naming_a_plan_is_still_no_deadline():
    assert extract_deadlines("实施2026—2027年行动计划", doc_date="2026-03-01") == []


@pytest.mark.parametrize("text, expected", [
    ("年底前住宅小区业主委员会组建率不低于60%。", []),  # the committee names a rate measured, it does nothing
    ("县教育局负责提高学前教育毛入园率。", ["县教育局"]),  # a rate later in its clause: the organ acts
])
def test_an_organ_naming_a_rate_is_no_actor(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a work report's enumerator (一是, 三是) opens a clause; the organ after it is its subject
    ("三是县农业农村局联合县公安局开展农资打假。", ["县农业农村局", "县公安局"]),
    ("一是区农业农村局推进高标准农田建设。", ["区农业农村局"]),
    # 举办 ends no name though 办 heads offices
    ("二是市总工会联合市人力资源和社会保障局举办招聘会。", ["市总工会", "市人力资源和社会保障局"]),
    ("各学校每学期开展一次应急演练。", ["各学校"]),
])
def test_enumerated_subjects_partners_after_lianhe_and_schools_act(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


def test_bullet_glyphs_open_no_label_and_hide_no_actor():
    rows = extract_targets("▶ 社区养老服务设施覆盖率达到100%")
    assert [r["indicator"] for r in rows] == ["社区养老服务设施覆盖率"]
    assert [r["department"] for r in extract_assignments("▶ 区民政局：牵头统筹设施建设和运营监管")] == ["区民政局"]


@pytest.mark.parametrize("text", ["建立24小时抢修服务制度", "对新建公共直流快充桩按每千瓦200元给予补贴", "建设20年主题活动"])
def test_hours_qualifying_what_is_set_up_and_standards_per_unit_are_no_targets(text):
    assert extract_targets(text) == []


def test_keeping_and_helping_verbs_open_no_label():
    assert [r["indicator"] for r in extract_targets("城市养犬重点管理区内每户饲养犬只不得超过1只")] == ["犬只"]
    assert [r["indicator"] for r in extract_targets("帮扶农村富余劳动力就业2000人")] == ["农村富余劳动力就业"]


@pytest.mark.parametrize("text, expected", [
    ("培育年营业收入超10亿元的龙头企业3家", [("龙头企业", 3.0)]),
    ("培育年营业收入超过10亿元的龙头企业3家", [("龙头企业", 3.0)]),
    ("新建5个以上的示范点", [("示范点", 5.0)]),
])
def test_the_threshold_of_what_is_counted_is_no_target(text, expected):
    assert [(r["indicator"], r["value"]) for r in extract_targets(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("市公安机关负责犬只登记。", ["市公安机关"]),
    ("对此，县级公安机关负责查处。", ["县级公安机关"]),
    ("社区居民委员会协助做好登记工作。", ["居民委员会"]),  # 区 of 社区 is no level
])
def test_a_standalone_organ_word_keeps_its_level(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a numeral with a magnitude and a unit of measure after a verb of counting is written out as a figure
    ("新建高标准农田三万亩，2026年完成。", [("高标准农田", 30000.0)]),
    ("新改建农村公路一百二十公里，2026年完成。", [("农村公路", 120.0)]),
    # not a single numeral (建设一批, 新建十个), a base (每增加一百人), a term (用海五十年), a scope (…的…三百米以内)
    ("新建十个示范点，2026年完成。", []),
    ("职工人数每增加一百人，增配一名，2026年起施行。", []),
    ("建设工程用海五十年，2026年起。", []),
])
def test_chinese_numerals_counted_after_a_verb(text, expected):
    assert [(r["indicator"], r["value"]) for r in extract_targets(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("县交通运输局次年3月底前组织年度考核。", ["县交通运输局"]),
    ("街道平安办年内对整治情况进行验收。", ["街道平安办"]),
    ("县应急管理局下半年开展执法检查。", ["县应急管理局"]),
    ("县海洋与渔业局每季度通报一次整治进展。", ["县海洋与渔业局"]),  # 与 inside a standard name
])
def test_an_organ_before_its_deadline_of_next_year_or_part_of_year_acts(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


def test_duty_lines_after_a_sentence_are_units_and_their_duties():
    text = "三、资金保障。市财政局：负责落实参保资助资金。市民政局：负责提供特困人员名单。"
    assert [r["department"] for r in extract_assignments(text)] == ["市财政局", "市民政局"]


@pytest.mark.parametrize("text, expected", [
    ("群众满意度不低于九成", [("群众满意度", ">=", 90.0, "%")]),
    ("建成3个中心", [("中心", "=", 3.0, "个")]),  # 成 of a verb is no tenth
])
def test_tenths_after_a_cue_are_a_percentage(text, expected):
    assert [(r["indicator"], r["comparator"], r["value"], r["unit"]) for r in extract_targets(text)] == expected


def test_a_page_editor_in_a_note_is_a_person_not_a_unit():
    rows = extract_assignments("三、加强督查。县安委办每月通报一次整改情况。（责任编辑：杨某）")
    assert [r["department"] for r in rows] == ["县安委办"]


@pytest.mark.parametrize("text, expected", [
    # a stage's span ends with its last day or part of a month; its first day is no deadline
    ("（一）摸底排查阶段（2026年4月上旬—5月中旬）。逐宗核查。", [("2026年4月上旬—5月中旬", "2026-05-20")]),
    ("活动时间：2026年4月1日起至7月10日止，为期100天。", [("2026年4月1日起至7月10日", "2026-07-10")]),
    ("（一）企业自查（即日起至6月15日）。各企业逐一自查。", [("（即日起至6月15日）", "2026-06-15")]),
    ("9月中旬至10月中旬开展棉花测产。", [("9月中旬至10月中旬", "2026-10-20")]),
    # a range a stage's name or a deadline field introduces, or one before a clause that names who works
    ("1.宣传发动阶段：4月1日至4月15日。各镇宣传非法营运的危害。", [("4月1日至4月15日", "2026-04-15")]),
    ("完成时限：4月—6月", [("4月—6月", "2026-06-30")]),
    ("4月1日至4月30日，各县市区水利和湖泊局组织自查。", [("4月1日至4月30日", "2026-04-30")]),
    ("8月至9月联合县住房和城乡建设局对在建工程项目开展专项检查。", [("8月至9月", "2026-09-30")]),
    # a heading whose bracket holds one month (市级抽查（8月）。, 第四阶段：总结评估（12月）)
    ("市级抽查（8月）。市住建局对各地检查情况进行抽查。", [("8月", "2026-08-31")]),
    ("评估销号（11月）：州生态环境局逐一评估销号。", [("11月", "2026-11-30")]),
])
def test_the_stages_of_a_campaign_end_with_their_last_day(text, expected):
    rows = [r for r in extract_deadlines(text, doc_date="2026-03-01") if r["kind"] == "deadline"]
    assert [(r["raw"], r["date"]) for r in rows] == expected


@pytest.mark.parametrize("text", ["5月至10月旅游旺季期间景区重点区域每日保洁不少于2次",
                                  "加强巡查（见附件3）。", "报送数据（8月的数据）。"])
def test_a_season_or_a_bracket_that_is_no_stage_gives_no_deadline(text):
    assert [r for r in extract_deadlines(text, doc_date="2026-03-01") if r["kind"] == "deadline"] == []


@pytest.mark.parametrize("text, expected", [
    # the period a report covers, or the periods of what 将 makes the object, are not when the work is due
    ("7月10日前报送上半年工作总结。", [("7月10日前", "2026-07-10")]),
    ("每月5日前报送一季度报表。", []),
    ("2月10日前将1月份、2月份低保金发放到位。", [("2月10日前", "2026-02-10")]),
    ("上半年完成全部摸排。", [("上半年", "2026-06-30")]),
])
def test_a_period_a_report_covers_is_no_deadline(text, expected):
    rows = [r for r in extract_deadlines(text, doc_date="2026-01-05") if r["kind"] == "deadline"]
    assert [(r["raw"], r["date"]) for r in rows] == expected


@pytest.mark.parametrize("text, expected", [
    # an organ opening a sentence before a preposition or a manner word is its subject, whatever the verb
    ("整治占道经营。各区城市管理局对沿街商铺逐户签订责任书。", ["各区城市管理局"]),
    ("兑现奖励。县财政局按规定兑现奖励资金。", ["县财政局"]),
    ("推进助餐服务。各乡镇人民政府、街道办事处结合实际建设老年食堂。", ["各乡镇人民政府", "街道办事处"]),
    ("开展摸排。各县（市、区）人力资源和社会保障局依托就业信息平台建立帮扶台账。", ["各县（市、区）人力资源和社会保障局"]),
    ("总结提升。区自然资源局总结整治经验。", ["区自然资源局"]),
    ("开设专栏。市财政局在门户网站设有专栏。", ["市财政局"]),
    # a division of the issuing bureau named alone opening a sentence
    ("制定方案。质量监督科于4月15日前制定抽查实施方案。", ["质量监督科"]),
    ("抽查阶段\n风险管理股从自查对象中随机抽取企业开展检查。", ["风险管理股"]),
    ("风险应对。 第一税务分局负责对高收入人群开展风险提示。", ["第一税务分局"]),
    # bodies of one kind named with 各, the units a notice is sent to, a second head in brackets
    ("工作要求\n各单位要明确专人负责。", ["各单位"]),
    ("单位自查。各生产经营单位对照检查清单逐项自查。", ["各生产经营单位"]),
    ("企业自查。各燃气经营企业对照检查表全面自查。", ["各燃气经营企业"]),
    ("安全保障。各A级旅游景区每周开展一次安全巡查。", ["各A级旅游景区"]),
    ("专项行动期间，各县（市）区于每周五前报送工作进展。", ["各县（市）区"]),
    ("各税务分局（所）每周一前报送上周汇算进度。", ["各税务分局（所）"]),
    ("追责问责。县纪委监委对失职失责的单位依规依纪追究责任。", ["县纪委监委"]),
    ("排查摸底\n各乡镇中心学校组织辖区学校逐项排查。", ["各乡镇中心学校"]),
    ("规范收费。县殡仪馆在服务大厅公示全部收费项目。", ["县殡仪馆"]),
    ("专场招聘。市退役军人服务中心联合市人力资源和社会保障局举办专场招聘活动。",
     ["市退役军人服务中心", "市人力资源和社会保障局"]),
])
def test_organs_opening_a_sentence_and_bodies_named_with_each_act(text, expected):
    assert [r["department"] for r in extract_assignments(text) if r["source"] == "text"] == expected


@pytest.mark.parametrize("text", [
    "鼓励采取入股、联营、合作等方式依法进行旅游开发。",  # 入股 ends no division
    "实施理工科人才培养计划。",
    "恳请县政府将根治欠薪工作纳入对乡镇年度考核。",  # asked, not acting
    "本办法适用于各乡镇（街道）、市经济技术开发区及市直单位。",  # a scope: the zone is no level of the list
    "监管部门按照职责分工开展各自领域非法金融机构的风险识别。",  # 各自 (their own) names no body
])
def test_words_ending_in_a_head_and_organs_asked_or_scoped_do_not_act(text):
    assert [r["department"] for r in extract_assignments(text) if r["source"] == "text"
            and r["department"] != "监管部门"] == []


@pytest.mark.parametrize("text, expected", [
    ("2026年4月1日起至7月10日止，为期100天。", []),  # how long the campaign lasts
    ("开挖深度超过5米的基坑全部纳入排查。", []),  # a bound naming which pits
    ("高于24米的建筑应当设置消防设施。", []),
    ("确保超过90%的村建成示范点。", [("村建成示范点", ">", 90.0, "%")]),  # a share of the villages
    ("全年查处非法营运车辆不少于150台次。", [("非法营运车辆", ">=", 150.0, "台次")]),
    ("拆除违规广告不少于300处。", [("违规广告", ">=", 300.0, "处")]),
    # a rate of what is new keeps its verb; an act's verb before a rate does not
    ("新开工项目工资保证金存储率达到100%。", [("新开工项目工资保证金存储率", "=", 100.0, "%")]),
    ("推动粮食作物完全成本保险综合承保覆盖率达到70%以上。", [("粮食作物完全成本保险综合承保覆盖率", ">=", 70.0, "%")]),
])
def test_durations_and_scopes_are_no_targets_and_labels_drop_acts(text, expected):
    rows = extract_targets(text, doc_date="2026-03-01")
    assert [(r["indicator"], r["comparator"], r["value"], r["unit"]) for r in rows] == expected


def test_a_cooperative_named_short_closes_a_note():
    rows = extract_assignments("电商助农。培育电商带头人不少于100名。（县商务局牵头，县农业农村局、县供销社配合）")
    assert [(r["department"], r["role"]) for r in rows] == [
        ("县商务局", "lead"), ("县农业农村局", "cooperate"), ("县供销社", "cooperate")]


@pytest.mark.parametrize("text, expected", [
    ("强化宣传引导\n各村民委员会利用大喇叭、微信群开展宣传。", ["各村民委员会"]),
    ("各村（社区）党组织严格落实“三会一课”制度。", ["各村（社区）党组织"]),  # 组织 of the head is no verb
    ("入户安检。各社区（村）组织网格员配合燃气经营企业入户安检。", ["各社区（村）"]),
    ("需镇级处理的，上报镇综治中心统一派单，镇直相关站所按时办结并反馈。", ["镇直相关站所"]),
    ("做好扑救准备。镇专业扑火队保持在岗队员30人以上。", []),  # a team is no organ (devset d31)
    ("6月底前完成软弱涣散村党组织排查。", []),  # 完成| : no name opens on the verb's second character
    ("考核排名后3位的村由镇党委约谈村党组织书记。", ["镇党委"]),
    ("春季开学前，各学校再开展一次隐患排查。", ["各学校"]),
    ("保障措施\n市卫生健康局疾控股每半年对各接种单位开展一次考核评价。", ["市卫生健康局疾控股"]),
    ("县医院负责县城区各中小学校的体检。", ["县医院"]),
    ("县级医院要做好转诊。", []),  # a class of hospitals
    ("规范办园行为。各幼儿园严禁提前教授小学课程内容。", ["各幼儿园"]),
    ("开展自查；县公安局在幼儿园门口配备护园力量。", ["县公安局"]),
    ("就业帮扶。旗人力资源和社会保障局开发乡村公益性岗位2600个。", ["旗人力资源和社会保障局"]),
    ("各乡镇把小额信贷工作纳入年度乡村振兴实绩考核。", ["各乡镇"]),
    ("干部走访排查。各驻村工作队每月开展一轮入户走访。", ["各驻村工作队"]),
    ("值班制度。强降雨期间镇应急管理办公室每日报送雨情。", ["镇应急管理办公室"]),
    ("筛查预警。县医疗保障局、县民政局等行业部门每月5日前推送预警信息。", ["县医疗保障局", "县民政局"]),
])
def test_township_school_and_hospital_bodies_act(text, expected):
    assert [r["department"] for r in extract_assignments(text) if r["source"] == "text"] == expected


@pytest.mark.parametrize("text, expected", [
    ("秋季开学前完成抽查。", [("秋季开学前", "deadline", "2026-08-31", "")]),
    ("寒假前完成安全教育。", [("寒假前", "deadline", "", "")]),
    ("5月至11月为集中整治期。", [("5月至11月", "deadline", "2026-11-30", "")]),
    ("9月下旬至10月底为全镇禁烧重点时段。", []),  # a ban's season
    ("每周坐诊时间不少于3天。", []),  # days, hours or people in each period: a norm, not a schedule
    ("每日体检人数不超过600人。", []),
    ("公益岗位人员每月出勤天数不少于20天。", []),
    ("每月开展巡查不少于2次。", [("每月", "recurring", "", "month")]),
    ("每周巡护不少于3天。", [("每周", "recurring", "", "week")]),  # patrols each week: a schedule
    ("在春季、秋季开学前后开展全覆盖检查。", []),  # around the start of every term
])
def test_school_terms_campaign_periods_and_norms_of_each_period(text, expected):
    rows = extract_deadlines(text, doc_date="2026-03-01")
    assert [(r["raw"], r["kind"], r["date"], r["period"]) for r in rows] == expected


@pytest.mark.parametrize("text, expected", [
    ("全年新增投放脱贫人口小额信贷不少于1.2亿元。", [("脱贫人口小额信贷", ">=", 120000000.0)]),
    ("硬化村组道路12公里。", [("村组道路", "=", 12.0)]),
    ("稳定安置脱贫劳动力800人。", [("脱贫劳动力", "=", 800.0)]),
    ("为每名重点优抚对象发放慰问金500元。", []),  # a fixed amount
    ("总投资1.27亿元，其中中央资金8420万元、省级资金2960万元。", [("总投资", "=", 127000000.0)]),  # its parts
    ("新增贷款10亿元，其中小微企业贷款不少于3亿元。", [("贷款", "=", 1000000000.0), ("小微企业贷款", ">=", 300000000.0)]),
    ("带动社会资金投入10亿元以上。", [("社会资金投入", ">=", 1000000000.0)]),
    ("县中医医院派出2支医疗队协助偏远学校。", [("医疗队", "=", 2.0)]),
    ("衔接资金支出进度6月底前达到60%。", [("衔接资金支出进度", "=", 60.0)]),
])
def test_funds_shares_and_labels_of_rural_and_health_plans(text, expected):
    rows = extract_targets(text, doc_date="2026-03-01")
    assert [(r["indicator"], r["comparator"], r["value"]) for r in rows] == expected


def test_a_deadline_before_a_report_is_still_a_deadline():
    rows = extract_deadlines("县级人民政府应当于年底前报告工作情况；一季度报表于4月10日前报送。", doc_date="2026-03-01")
    assert [(r["raw"], r["date"]) for r in rows if r["kind"] == "deadline"] == [("年底前", "2026-12-31"), ("4月10日前", "2026-04-10")]


@pytest.mark.parametrize("text, expected", [
    # stations and tribunals named by their place, after 会同 or in a list
    ("巡查。镇应急管理办公室会同代王城派出所开展联合巡查。", ["镇应急管理办公室", "代王城派出所"]),
    ("强化联调联动。枫桥派出所、镇司法所、枫桥人民法庭派员进驻镇综治中心。", ["枫桥派出所", "镇司法所", "枫桥人民法庭"]),
    ("镇林业站会同泾河源管理站每月开展联合巡护。", ["镇林业站", "泾河源管理站"]),  # a reserve's station
    # an organ doing the work over months named after it, or going on with it
    ("省委老干部局6月至8月组织实地核查。", ["省委老干部局"]),
    ("县民政局、团县委继续实施留守儿童“希望小屋”项目。", ["县民政局", "团县委"]),
    # 预报 is a word of a name, though 报 alone opens none (报县政府)
    ("省海洋监测预报中心每半年开展一次遥感监测。", ["省海洋监测预报中心"]),
    # bodies of one kind named with 各 and, in a bracket, the places of another level with them
    ("各沿海村（社区）负责本村岸段日常保洁。", ["各沿海村（社区）"]),
    ("推进农业科技创新，有关部门定期开展科普活动。", []),  # 科 of 科技, 科普 is no division
    ("办公室主任由县农业农村局局长兼任。", []),  # 局 of 局长 opens a post
    # a coordinating body and its members
    # the office does the work; the bureau housing it is no actor (reviewset8; the office: reviewsets 15, 23, 38 …)
    ("办事机构\n领导小组办公室设在县农业农村局，负责日常工作。", ["领导小组办公室"]),
    ("联络员制度。各成员单位确定1名联络员。", ["各成员单位"]),
    ("县委组织部、县委宣传部、县财政局为成员单位，主要负责同志为领导小组成员。", []),
])
def test_place_named_stations_and_the_bodies_of_a_leading_group(text, expected):
    assert [r["department"] for r in extract_assignments(text) if r["source"] == "text"] == expected


def test_a_liaison_named_by_each_member_is_a_count():
    rows = extract_targets("各成员单位确定1名联络员，于3月20日前报送。", doc_date="2026-03-01")
    assert [(r["indicator"], r["value"], r["unit"]) for r in rows] == [("联络员", 1.0, "名")]


@pytest.mark.parametrize("text, expected", [
    ("第二条 本办法所称食品小作坊，是指从业人员在7人以下、面积在200平方米以下的食品生产加工者。", []),
    ("第四条 申请人应当符合下列条件：（一）具有3年以上驾驶经历；（二）车辆行驶里程未达到6万千米。", []),
    ("到2028年，全市建筑垃圾资源化利用率达到60%以上。", [("建筑垃圾资源化利用率", ">=", 60.0)]),
    ("第九条 有下列情形之一的，不予登记。合作社至少每季度召开一次成员大会。", [("成员大会", ">=", 1.0)]),  # not in an item
])
def test_numbers_in_definitions_and_lists_of_conditions_are_no_targets(text, expected):
    rows = extract_targets(text, doc_date="2026-03-01")
    assert [(r["indicator"], r["comparator"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, expected", [
    ("新建游客中心1处，建设年限2026—2027年。", [("2026—2027年", "2027-12-31")]),
    ("改造提升堤防12公里，建设期2026—2028年。", [("2026—2028年", "2028-12-31")]),
])
def test_a_projects_years_end_with_its_last_year(text, expected):
    rows = [r for r in extract_deadlines(text, doc_date="2026-03-01") if r["kind"] == "deadline"]
    assert [(r["raw"], r["date"]) for r in rows] == expected


def test_a_later_value_named_only_by_its_deadline_shares_the_label():
    rows = extract_targets("衔接资金支出进度6月底前达到60%、9月30日前达到90%。", doc_date="2026-03-01")
    assert [(r["indicator"], r["value"]) for r in rows] == [("衔接资金支出进度", 60.0), ("衔接资金支出进度", 90.0)]


def test_a_post_named_after_a_party_committee_is_a_person():
    rows = extract_assignments("加强组织领导。由镇党委政法委员牵头，镇平安办具体抓好日常调度。")
    assert [r["department"] for r in rows if r["source"] == "text"] == ["镇平安办"]


def test_a_division_opening_the_clause_after_a_deadline_acts():
    rows = extract_assignments("制定方案。4月15日前，质量监督科制定抽查实施方案。")
    assert [r["department"] for r in rows if r["source"] == "text"] == ["质量监督科"]


@pytest.mark.parametrize("text, rows", [
    ("整改措施。(完成时限:立行立改、长期坚持)", [("立行立改", None), ("长期坚持", None)]),
    ("完成时限:2026年底前完成并长期坚持", [("2026年底前", "2026-12-31"), ("长期坚持", None)]),
    ("完成时限:2026年6月底前完成,长期坚持。", [("2026年6月底前", "2026-06-30"), ("长期坚持", None)]),
    ("完成时限:持续推进", [("持续推进", None)]),
])
def test_each_part_of_a_deadline_field_that_names_no_date_is_an_undated_deadline(text, rows):
    from policycompare.extract.deadlines import extract_deadlines

    assert [(r["raw"], r["date"] or None) for r in extract_deadlines(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, raw", [
    ("区农业农村局麦收前完成机具检修。", "麦收前"),
    ("秋播结束前完成技术培训。", "秋播结束前"),  # a season's end, with no fixed day
    ("晚稻插秧前完成秧田整治。", "晚稻插秧前"),
])
def test_a_farm_season_is_an_undated_deadline(text, raw):
    assert [(r["raw"], r["date"] or None) for r in extract_deadlines(text, "2026-03-01")] == [(raw, None)]


@pytest.mark.parametrize("text, rows", [
    ("明确1名信息员负责疫情报告。", [("信息员", 1.0)]),  # the object ends before what the counted do
    ("派出2支医疗队赴灾区。", [("医疗队", 2.0)]),
    ("组建8个技术服务组。", [("技术服务组", 8.0)]),
    ("成立5个督导组,开展巡回督导。", [("督导组", 5.0)]),
    ("成立县疫情防控领导小组。", []),
])
def test_teams_and_persons_set_up_in_numbers_are_targets(text, rows):
    assert [(r["indicator"], r["value"]) for r in extract_targets(text, "2026-03-01")] == rows


@pytest.mark.parametrize("heading", ["总体情况", "督查基本情况", "考核结果", "考评排名", "检查情况"])
def test_a_section_reporting_results_of_an_inspection_is_a_review(heading):
    from policycompare.extract import is_review

    assert is_review(f"{heading}\n本次督查共抽查企业312家,发现问题427个,整改率84.1%。")
    assert not is_review("工作要求\n各县区于5月30日前完成整改,整改率达到100%。")


@pytest.mark.parametrize("text", ["低保金按月发放到户。", "州财政局按季度拨付膳食补助资金。"])
def test_how_often_money_is_paid_is_no_schedule_of_work(text):
    """按月发放, 按季度拨付 say how a payment is made (reviewset21's reading; reviewset44 aligned)."""
    assert extract_deadlines(text, "2026-03-01") == []


def test_every_value_listed_before_a_raise_is_a_baseline():
    rows = extract_targets("城乡低保标准分别由每人每月50元、100元、500元提高到每人每月80元、150元、600元。", "2026-03-01")
    assert [(r["indicator"], r["value"]) for r in rows] == [("城乡低保标准", 80.0), ("城乡低保标准", 150.0),
                                                          ("城乡低保标准", 600.0)]


@pytest.mark.parametrize("text, organ", [
    ("镇经管站负责流转合同备案指导。", "镇经管站"),  # township stations named by their field (data: head)
    ("镇自然资源所配合开展耕地排查。", "镇自然资源所"),
    ("（一）市生态环境监测站全年开展功能区声环境质量监测。", "市生态环境监测站"),  # 全年 before the verb
    ("5月10日前：昌吉市城市建设投资集团有限公司完成招标。", "昌吉市城市建设投资集团有限公司"),  # after a dated line's colon
    ("丰台区国有资本运营管理有限公司作为区级实施主体，负责筹措社会资本。", "丰台区国有资本运营管理有限公司"),
    ("区农业农村局麦收前完成机具检修。", "区农业农村局"),  # a season's deadline before the verb
])
def test_stations_companies_and_organs_before_a_time_or_a_role_act(text, organ):
    assert organ in [r["department"] for r in extract_assignments(text)]


def test_a_member_body_named_as_such_does_not_act_by_it():
    assert extract_assignments("县财政局作为成员单位参加会议。") == []


@pytest.mark.parametrize("text, date", [
    ("各乡镇本周内完成排查。", "2026-05-24"),  # the Sunday of the document's week
    ("本月底前报送方案。", "2026-05-31"),
    ("本季度末完成验收。", "2026-06-30"),
])
def test_the_documents_own_week_month_or_quarter_ends_by_its_date(text, date):
    assert [r["date"] for r in extract_deadlines(text, "2026-05-20")] == [date]


@pytest.mark.parametrize("text, organs", [
    ("（一）相如市场监管所负责县城周边集市抽样。", ["相如市场监管所"]),  # a station named by its town, after an item label
    ("凤岗市场监管所、虬江市场监管所负责城区门店检查。", ["凤岗市场监管所", "虬江市场监管所"]),
])
def test_township_stations_and_divisions_named_without_a_level_act(text, organs):
    assert [r["department"] for r in extract_assignments(text)] == organs


def test_a_heads_character_inside_a_word_after_you_is_no_division():
    # 由精神科执业医师作出 (a physician), 由常务委员会领导科协工作 (科协: an association)
    assert extract_assignments("诊断由精神科执业医师作出。") == []


@pytest.mark.parametrize("text, rows", [
    ("设一等奖2名、二等奖4名、三等奖6名。", []),  # prizes handed out (data: award)
    ("冠军、亚军、季军各1名。", []),
    ("培育全国冠军企业3家。", [("全国冠军企业", 3.0)]),  # a title of firms to be grown is a count
    ("征集摄影作品不少于3000幅。", [("摄影作品", 3000.0)]),  # 幅 counts works (征集 opens no label: reviewset51)
])
def test_prizes_are_no_targets_and_works_are_counted(text, rows):
    assert [(r["indicator"], r["value"]) for r in extract_targets(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, organ", [
    ("县医院医共体总院组建巡回医疗队。", "县医院医共体总院"),  # a county's medical community (data: head)
])
def test_a_medical_community_acts(text, organ):
    assert [r["department"] for r in extract_assignments(text)] == [organ]


def test_yue_before_a_number_makes_it_approximate():
    rows = extract_targets("安置退役士兵约320人。", "2026-03-01")
    assert [(r["indicator"], r["comparator"], r["value"]) for r in rows] == [("退役士兵", "approx", 320.0)]


@pytest.mark.parametrize("text, date", [("企业报名截止时间为3月28日。", "2026-03-28"), ("报名截止日期为6月10日。", "2026-06-10")])
def test_a_deadline_field_written_with_wei_is_read(text, date):
    assert [r["date"] for r in extract_deadlines(text, "2026-03-01")] == [date]


@pytest.mark.parametrize("text, organ", [("旗人武部会同旗退役军人事务局开展走访。", "旗人武部"),
                                         ("县慈善总会每季度公开善款使用情况。", "县慈善总会")])
def test_armed_forces_departments_and_charity_federations_act(text, organ):
    assert organ in [r["department"] for r in extract_assignments(text)]


@pytest.mark.parametrize("text, organs", [
    ("一、县公安局：重点宣传《中华人民共和国道路交通安全法》。", ["县公安局"]),  # a duty line after an item's number
    ("县财政局：王某某", []),  # a contact list names a person
    ("县财政局：0571-88888888", []),
])
def test_an_organ_heading_its_duty_line_acts(text, organs):
    assert [r["department"] for r in extract_assignments(text)] == organs


@pytest.mark.parametrize("text, organs", [
    ("市农商银行对符合条件的创业人员发放创业担保贷款。", ["市农商银行"]),  # banks that lend (data: head)
    ("县农商行对返乡创业人员发放贷款。", ["县农商行"]),
    ("区社会福利院负责集中供养。", ["区社会福利院"]),
    ("县就业服务中心联合县工商联开展招聘月活动。", ["县就业服务中心", "县工商联"]),
    ("各镇三防指挥所3月31日前完成水库安全检查。", ["各镇三防指挥所"]),
    ("各项目实施单位要按期完成建设。", ["各项目实施单位"]),  # 各项目 is no 各项 (all measures)
    ("各项措施要落实到位。", []),
    ("一是县水利局对取水户实现在线计量全覆盖。", ["县水利局"]),  # an enumerated point opens a sentence
    ("各乡镇（街道）务必于3月31日前完成摸底。", ["各乡镇（街道）"]),
    ("市委组织部负责统筹，市人力资源和社会保障局负责人才认定，市财政局负责资金保障。",
     ["市委组织部", "市人力资源和社会保障局", "市财政局"]),  # 负责|人才认定: no 负责人 (a person)
    ("县人社局负责培训；县市场监督管理局开辟登记注册绿色通道。", ["县人社局", "县市场监督管理局"]),
    ("区科学技术局、区财政局、国家税务总局咸阳市秦都区税务局按职责分工做好材料审核。",
     ["区科学技术局", "区财政局", "国家税务总局咸阳市秦都区税务局"]),  # a national organ's branch closing the list
    ("引导澧县农商银行开展电商信贷服务。", []),  # the bank guided does not act
])
def test_banks_homes_posts_and_enumerated_points_act(text, organs):
    assert [r["department"] for r in extract_assignments(text)] == organs


@pytest.mark.parametrize("text, rows", [
    ("高龄津贴标准为：80—89周岁每人每月100元，90—99周岁每人每月200元。", []),  # standards per person and month
    ("城乡低保标准分别提高到每人每月800元、每人每年7200元。", [("=", 800.0), ("=", 7200.0)]),  # the cue governs the list
    ("培育产值超10亿元企业3家。", [("=", 3.0)]),  # the bound says which firms are counted
    ("新增500万元以上技术改造项目100项。", [("=", 100.0)]),
    ("对带动3人以上就业的，按每月每平方米5元给予租金补贴。", []),  # those a grant goes to
    ("在海拔2200米以上乡镇工作的，每月另行发放高海拔津贴300元。", []),  # an allowance paid (data: grant)
    ("对新引进的博士研究生，每月给予生活补贴1500元，发放期限3年。", []),  # how long a grant is paid (data: duration)
    ("每引进1人给予奖励1万元。", []),  # the unit a grant is paid for
    ("市、区两级资金各承担50%。", []),  # a cost split (data: adjusted_by)
    ("镇村两级河湖长巡河频次加密至每周2次。", [("=", 2.0)]),  # a frequency raised to (data: equal)
    ("对验收合格的新增耕地给予每亩最高1000元奖补。", [("<=", 1000.0)]),  # a cap stays
])
def test_standards_bounds_of_counted_things_and_cost_splits_are_no_targets(text, rows):
    assert [(r["comparator"], r["value"]) for r in extract_targets(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("深入开展汛前检查，确保安全度汛。", []),  # the work's name (data: season_work)
    ("开展水库、淤地坝汛前隐患排查。", []),
    ("汛前完成隐患排查。", [("汛前", "")]),
    ("夏播前完成抗旱机井检修。", [("夏播前", "")]),
    ("5月开工、10月底完工。", [("5月", "2026-05-31"), ("10月底", "2026-10-31")]),  # data: year_act
])
def test_work_named_after_a_season_is_no_deadline_and_a_month_a_project_starts_is(text, rows):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, organs", [
    ("县直各预算单位对全部项目支出编报绩效目标。", ["县直各预算单位"]),  # bodies directly under the county
    ("各区属国有企业于4月30日前完成资产清查。", ["各区属国有企业"]),  # 区属: owned by the district, no district
    ("各区要按时完成。", ["各区"]),
    ("各企业于12月15日前报送年度盘活工作总结。", ["各企业"]),  # data: each_alone
    ("各校要丰富课后服务内容。", ["各校"]),
    ("各自然资源所督促施工单位于8月31日前完成土地平整。", ["各自然资源所"]),  # 各自然 is no 各自 (their own)
    ("11月20日前，县财政局下达预算控制数。", ["县财政局"]),  # data: subject_verb
    ("县科学技术协会每学期推送公益课程资源。", ["县科学技术协会"]),  # data: head
    ("镇农业农村服务中心负责粮食烘干；马坝派出所负责人员密集场所。", ["镇农业农村服务中心", "马坝派出所"]),  # 负责|人员密集
])
def test_bodies_under_a_level_owned_firms_schools_and_stations_act(text, organs):
    assert [r["department"] for r in extract_assignments(text)] == organs


def test_a_note_set_off_by_dashes_names_the_units():
    rows = extract_assignments("落实“一月一报告”，每月5日前报送台账。————县教育体育局牵头，县司法局、县妇联配合")
    assert [(r["department"], r["role"], r["source"]) for r in rows] == [
        ("县教育体育局", "lead", "annotation"), ("县司法局", "cooperate", "annotation"), ("县妇联", "cooperate", "annotation")]


@pytest.mark.parametrize("text, rows", [
    ("年度新增耕地3000亩至3500亩。", [("range", 3000.0, 3500.0)]),  # the unit written on both ends
    ("全年新增学位3000至4000个。", [("range", 3000.0, 4000.0)]),  # a count's range above 1900 is no period
    ("实施2026—2028年三年行动。", []),  # a period
    ("活动定于6月13日—14日举行。", []),  # days of a month
    ("考核良好（80分至89分）。", []),  # a score band
    ("新聘教师试用期为12个月，服务期为3年。", []),  # terms a rule sets (data: duration)
    ("全年抽查不少于2轮。", [(">=", None, 2.0)]),  # rounds (data: units of measure)
    ("每学期推送公益课程资源不少于20节。", [(">=", None, 20.0)]),
])
def test_ranges_with_both_units_terms_rounds_and_lessons(text, rows):
    found = [(r["comparator"], r["value_low"], r["value"]) for r in extract_targets(text, "2026-03-01")]
    assert found == rows


@pytest.mark.parametrize("text, dates", [
    ("2026年县直各部门一般性支出压减10%。", ["2026-12-31"]),  # a cut the year dates (data: target_cue)
    ("2026年全区实施土地整治项目5个。", ["2026-12-31"]),
    ("2027年部门一般性支出在2026年预算基础上再压减5%。", ["2027-12-31"]),  # 在2026年…基础上: the base
])
def test_a_year_before_a_cut_or_a_count_dates_it_and_a_base_year_does_not(text, dates):
    assert [r["date"] for r in extract_deadlines(text, "2026-03-01")] == dates


@pytest.mark.parametrize("text, organs", [
    ("市12345热线服务中心每日汇总工单。", ["市12345热线服务中心"]),  # the hotline's number inside the name
    ("休牧期内旗草原监督管理站每周巡查一次。", ["旗草原监督管理站"]),  # a time ends before the name
    ("各执法大队实行错时巡查。", ["各执法大队"]),  # brigades named with 各 (data: each_head)
])
def test_hotline_centres_and_brigades_act(text, organs):
    assert [r["department"] for r in extract_assignments(text)] == organs


@pytest.mark.parametrize("text", ["雨季来临前完成排查。", "雨季造林结束前完成补植。", "开栓前完成管网注水。"])
def test_the_rainy_season_and_the_heating_start_are_undated_deadlines(text):
    assert [(r["kind"], r["date"]) for r in extract_deadlines(text, "2026-03-01")] == [("deadline", "")]


@pytest.mark.parametrize("text, rows", [
    ("婚宴规模控制在10桌以内。", [("婚宴规模", "<=", 10.0)]),  # 桌 counts banquet tables
    ("全年栽植苗木不少于12万株。", [("苗木", ">=", 120000.0)]),  # the verb before the thing leaves the label
    ("聘用生态护林员不少于300名。", [("生态护林员", ">=", 300.0)]),
])
def test_banquet_tables_and_planting_verbs(text, rows):
    assert [(r["indicator"], r["comparator"], r["value"]) for r in extract_targets(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("开展送温暖活动。（责任部室：县总工会权益保障部）", [("县总工会权益保障部", "responsible")]),  # 部室: a key's unit word
    ("各基层工会要做好困难职工帮扶。", [("各基层工会", "mentioned")]),
    ("县红十字会每季度开展一次救护培训。", [("县红十字会", "mentioned")]),
    ("市、县（市、区）人民政府和红十字会应当组织献血宣传。", [("市、县（市、区）人民政府", "mentioned")]),  # 和: another body
])
def test_mass_organisations_and_their_departments(text, rows):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == rows


def test_a_note_saying_its_first_unit_leads():
    rows = extract_assignments("推进重大项目建设。责任单位：市发改委、市财政局、市统计局（列第一位者为牵头单位，下同）")
    assert [(r["department"], r["role"]) for r in rows] == [
        ("市发改委", "lead"), ("市财政局", "responsible"), ("市统计局", "responsible")]


def test_a_power_companys_stations_named_with_each_act():
    assert [r["department"] for r in extract_assignments("各供电所每日开展线路巡视。")] == ["各供电所"]


def test_tonnes_of_coal_equivalent_are_one_unit():
    rows = extract_targets("全年形成节能量3万吨标准煤以上。", "2026-03-01")
    assert [(r["comparator"], r["value"], r["unit"]) for r in rows] == [(">=", 30000.0, "万吨标准煤")]


def test_spring_ploughing_is_an_undated_deadline():
    assert [(r["raw"], r["date"]) for r in extract_deadlines("春耕前完成农资储备。", "2026-03-01")] == [("春耕前", "")]


@pytest.mark.parametrize("text, rows", [
    # a company named by its place without the level, or after a national group's short name
    ("国网宜宾供电公司负责做好电力保障。", [("国网宜宾供电公司", "mentioned")]),
    ("中国电信桑植分公司负责应急通信保障。", [("中国电信桑植分公司", "mentioned")]),
    ("新疆昌吉热力有限公司负责管网改造。", [("新疆昌吉热力有限公司", "mentioned")]),
    # ... and in a trailing note, where it is no text actor
    ("实现农村供水规范化管理。区水务局负责，吴江华衍水务有限公司配合。",
     [("区水务局", "responsible"), ("吴江华衍水务有限公司", "cooperate")]),
])
def test_companies_named_by_their_place_without_its_level(text, rows):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, rows", [
    ("省财政厅政府采购监管处负责对执行情况开展抽查。", [("省财政厅政府采购监管处", "mentioned")]),
    ("省卫生健康委基层卫生健康处于2026年12月中旬组织考核。", [("省卫生健康委基层卫生健康处", "mentioned")]),
    ("保障措施。厅节能与综合利用处于每年6月30日前调度进展情况。", [("厅节能与综合利用处", "mentioned")]),
    # 处 as a verb (查处, 处于) and after a joint (和市殡葬管理处) ends no division
    ("县公安局配合查处违规运输散煤车辆。", [("县公安局", "mentioned")]),
    ("市财政局处于领先地位。", []),
    # (市殡葬管理处 is an organ of its own, a site's management office)
    ("市、区、县民政局和市殡葬管理处应当依法管理。", [("市、区、县民政局", "mentioned"), ("市殡葬管理处", "mentioned")]),
])
def test_a_departments_division_named_after_it(text, rows):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, rows", [
    ("各县（自治县、市、区）社会信用体系建设领导小组办公室每月25日前报送工作进展。",
     [("各县（自治县、市、区）社会信用体系建设领导小组办公室", "mentioned")]),  # a note of seven characters
    ("各县域法人金融机构配合做好数据报送。", [("各县域法人金融机构", "mentioned")]),  # 县域: no 各县
    ("各旗县区农村信用合作联社会同当地支行开展评定。", [("各旗县区农村信用合作联社", "mentioned")]),
    ("各机构要于6月底前完成自查。", [("各机构", "mentioned")]),
    ("市公共信用信息中心逐月跟踪指标变化。", [("市公共信用信息中心", "mentioned")]),
    ("县气象局与县水利局每周一开展联合会商。", [("县气象局", "mentioned"), ("县水利局", "mentioned")]),  # 与 joins
    ("市卫生健康局抽调医务人员组成体检组。", [("市卫生健康局", "mentioned")]),
    ("各基层供销社清理闲置门店。", [("各基层供销社", "mentioned")]),
])
def test_collectives_joints_and_subject_verbs_of_review_sets_83_to_91(text, rows):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, rows", [
    ("加强古籍保护。（省图书馆牵头，市文化和旅游局、市工商联配合）",
     [("省图书馆", "lead"), ("市文化和旅游局", "cooperate"), ("市工商联", "cooperate")]),
    ("开展群众文化活动。县文化馆负责。", [("县文化馆", "responsible")]),
    ("推进劳务协作。——县人力社保局、县职教中心", [("县人力社保局", "responsible"), ("县职教中心", "responsible")]),
    ("每个镇（街道）培育1—2个农房建设管理示范村。", []),  # the dash of a range sets off no units
    ("市、区公共图书馆应当免费开放。", []),  # public libraries as a class a regulation governs
])
def test_cultural_institutions_federations_and_dash_tails_in_notes(text, rows):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, rows", [
    ("5月12日举办防灾减灾宣传活动。", [("5月12日", "2026-05-12")]),  # a day an act is done on
    ("2026年4月23日举办全民阅读活动。", [("2026年4月23日", "2026-04-23")]),
    ("5月12日上午举行全市主会场活动。", [("5月12日", "2026-05-12")]),
    ("“十一”前完成价格检查。", [("“十一”前", "2026-10-01")]),
])
def test_event_days_and_the_national_day_holiday_are_deadlines(text, rows):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("防护密闭门不少于2樘。", [("防护密闭门", ">=", 2.0, "樘")]),
    ("开展人工增雨作业不少于40点次。", [("人工增雨作业", ">=", 40.0, "点次")]),
    ("编建基干民兵不少于300人。", [("基干民兵", ">=", 300.0, "人")]),  # 编建 opens no label
    ("引导参保人选择500元及以上缴费档次。", []),  # a contribution grade is no target
])
def test_units_drop_verbs_and_contribution_grades(text, rows):
    assert [(r["indicator"], r["comparator"], r["value"], r["unit"]) for r in extract_targets(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("县卫生健康委员会人口监测与家庭发展股会同县公安局户政大队开展重复申报筛查。",
     [("县卫生健康委员会人口监测与家庭发展股", "mentioned"), ("县公安局户政大队", "mentioned")]),  # a bureau's section
    ("县市场监督管理局价格监督检查股每季度开展检查。", [("县市场监督管理局价格监督检查股", "mentioned")]),
    ("县国资局入股企业。", []),  # 入股: 股 as a verb's, no section
    ("各宗教团体要加强教职人员管理。", [("各宗教团体", "mentioned")]),
    ("一是各宗教活动场所于1月31日前完成自查。", [("各宗教活动场所", "mentioned")]),
])
def test_sections_of_a_bureau_and_religious_bodies_named_with_each(text, rows):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == rows


def test_the_month_a_campaign_is_held_in_is_its_deadline():
    rows = extract_deadlines("9月集中开展民族团结进步宣传月活动。", "2026-03-01")
    assert [(r["raw"], r["date"]) for r in rows] == [("9月", "2026-09-30")]


@pytest.mark.parametrize("text, rows", [
    ("营口海关、鲅鱼圈海关负责优化监管流程。", [("营口海关", "mentioned"), ("鲅鱼圈海关", "mentioned")]),
    ("二连浩特出入境边防检查站负责边检查验。", [("二连浩特出入境边防检查站", "mentioned")]),
    # the 和 inside a place's name joins nothing (呼和浩特, 和田)
    ("呼和浩特海关负责口岸监管。", [("呼和浩特海关", "mentioned")]),
    ("国网和田供电公司做好并网服务。", [("国网和田供电公司", "mentioned")]),
    ("邮储银行武安市支行负责信用村建设。", [("邮储银行武安市支行", "mentioned")]),  # not 储银行武安市支行
    ("玉林城投集团负责管网改造。", [("玉林城投集团", "mentioned")]),
    ("领导小组办公室设在县文化广电和旅游局，负责日常工作。", [("领导小组办公室", "mentioned")]),  # not the host
    ("组织各类文化团体开展演出。", []),  # a kind of groups, no body
])
def test_place_named_customs_banks_and_groups_and_an_office_housed_in_a_bureau(text, rows):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, rows", [
    ("9月至11月举办乡村旅游季活动。", [("9月至11月", "2026-11-30")]),
    ("3月中旬至4月底举办油菜花节系列活动。", [("3月中旬至4月底", "2026-04-30")]),
    ("4月15日至5月20日开展汛前隐患排查。", [("4月15日至5月20日", "2026-05-20")]),
])
def test_a_span_before_the_event_it_holds_ends_on_its_last_day(text, rows):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, row", [
    ("普惠小微贷款余额较年初增长15%以上。", ("普惠小微贷款余额", ">=", 15.0, "up")),  # the base leaves the label
    ("信用贷款余额增长不低于18%。", ("信用贷款余额", ">=", 18.0, "up")),  # the change verb before the bound
    ("能耗下降不少于3%。", ("能耗", ">=", 3.0, "down")),
])
def test_a_change_before_a_bound_gives_the_direction(text, row):
    assert [(r["indicator"], r["comparator"], r["value"], r["direction"]) for r in extract_targets(text, "2026-03-01")] == [row]


@pytest.mark.parametrize("text, rows", [
    ("院政治部负责组织培训。", [("院政治部", "mentioned")]),  # a court's own department opening a clause
    ("市中院加强对基层法院的指导。", [("市中院", "mentioned")]),
    ("各人民法庭要落实诉源治理。", [("各人民法庭", "mentioned")]),
    ("分局反诈中心负责预警劝阻。", [("分局反诈中心", "mentioned")]),  # a branch bureau's own unit
    ("由分局刑事侦查支队牵头，各派出所配合。", [("分局刑事侦查支队", "mentioned"), ("各派出所", "mentioned")]),
    ("市公安局指挥中心负责通报警情。", [("市公安局指挥中心", "mentioned")]),  # 指 opens a command centre
])
def test_courts_and_police_name_their_own_units(text, rows):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, rows", [
    ("市政务服务与数据管理局每月10日前汇总发布需求清单。", [("市政务服务与数据管理局", "mentioned")]),  # 与 inside a name
    ("县自然资源与规划局负责用地保障。", [("县自然资源与规划局", "mentioned")]),
    ("县气象局与县水利局每周一开展联合会商。", [("县气象局", "mentioned"), ("县水利局", "mentioned")]),  # 与 between two
])
def test_yu_inside_a_name_and_between_two(text, rows):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, rows", [
    ("新建灯光篮球场4片、篮球架1副。", [("灯光篮球场", "=", 4.0, "片"), ("篮球架", "=", 1.0, "副")]),
    ("推动城乡连成一片。", []),  # 一片: a stretch, no count
    ("活动场地面积不小于800平方米。", [("活动场地面积", ">=", 800.0, "平方米")]),
    ("单次作业时长不大于2小时。", [("单次作业时长", "<=", 2.0, "小时")]),
])
def test_pitches_sets_and_size_bounds(text, rows):
    assert [(r["indicator"], r["comparator"], r["value"], r["unit"]) for r in extract_targets(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("区人大常委会选联工委负责跟踪督办。", [("区人大常委会选联工委", "mentioned")]),  # the liaison committee, named whole
    ("市人大常委会选举联络人事任免工作委员会、市政协提案委员会每季度开展联合督办。",
     [("市人大常委会选举联络人事任免工作委员会", "mentioned"), ("市政协提案委员会", "mentioned")]),
    ("工作有序推进，市政府督查室全程跟踪督办。", [("市政府督查室", "mentioned")]),  # 全程 before the act
    ("每件重点提案由一名市政府领导领办。", []),  # a leader who takes a case on is no organ
    ("镇中心校要利用暑假前最后一次班会开展安全提醒。", [("镇中心校", "mentioned")]),
    ("各乡镇中心校配合各乡镇人民政府开展巡查。", [("各乡镇中心校", "mentioned"), ("各乡镇人民政府", "mentioned")]),
    ("各试点村要在村务公开栏张榜公布延包方案。", [("各试点村", "mentioned")]),
    ("镇农经中心每季度末月10日前通报各村完成情况。", [("镇农经中心", "mentioned")]),
    ("镇党政办每周一汇总各村巡查情况。", [("镇党政办", "mentioned")]),  # the villages' reports are gathered
    ("会同各苏木镇人民政府、各园区管委会，对用地需求逐项核实。", [("各苏木镇人民政府", "mentioned"), ("各园区管委会", "mentioned")]),
])
def test_congress_committees_schools_villages_and_stations(text, rows):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, rows", [
    ("对上半年完成目标不足40%的村，由镇农经中心约谈。", []),  # a shortfall names who is summoned
    ("3个单位项目开工率不足50%，列入黑榜。", []),
    ("对满意率低于80%的承办单位进行约谈。", []),  # a share below a bound before 的 names the ones that fall short
    ("超过90%的村完成清查。", [("村完成清查", ">", 90.0, "%")]),  # a share above it counts them
    ("一、产业项目（4个）\n1.新型陶瓷材料产业园", []),  # a heading's tally of the items under it
    ("1.新建口袋公园（8个）", [("口袋公园", "=", 8.0, "个")]),  # a count of what is built commits
    ("服务时限比承诺时限压缩50%以上。", [("服务时限", ">=", 50.0, "%")]),  # the base compared is no part of the label
    ("每个品种留样量不少于125克。", [("每个品种留样量", ">=", 125.0, "克")]),
    ("6月15日前在重点水域增设救生器材点不少于30处。", [("救生器材点", ">=", 30.0, "处")]),
])
def test_shortfalls_tallies_compared_bases_and_grams(text, rows):
    assert target_rows(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("县政协于6月、9月各组织一次提案办理协商会。", [("6月", "2026-06-30"), ("9月", "2026-09-30")]),
    ("每年3月、9月各开展一次督查。", [("每年", "")]),  # months of a yearly schedule stay undated
    ("12月份进度于12月20日前报送。", [("12月20日前", "2026-12-20")]),  # the month reported is no deadline
    ("清理2026年3月31日前签订、仍在履行的各类合同。", []),  # contracts signed before a day: which ones, not by when
])
def test_listed_months_reported_months_and_contracts_signed_before(text, rows):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("由市根治欠薪工作领导小组办公室负责统筹调度。", [("市根治欠薪工作领导小组办公室", "mentioned")]),  # 根治 inside a name
    ("重大欠薪案件，市人力资源和社会保障局报请市保障农民工工资支付工作领导小组挂牌督办。",
     [("市人力资源和社会保障局", "mentioned")]),  # the body asked to act does not act
    ("用人单位拒不支付劳动报酬的，市劳动保障监察大队在5个工作日内将案件移送市公安局。", [("市劳动保障监察大队", "mentioned")]),
    ("（一）各检查组每月5日前将上月检查情况报局办公室汇总。", [("各检查组", "mentioned")]),
    ("各项目法人：要督促施工总承包单位开设农民工工资专用账户。", [("各项目法人", "mentioned")]),
    ("四、各承办单位整改完成后，将整改报告报区创文办。", [("各承办单位", "mentioned")]),
    ("每月5日前公布上月考核结果，考核结果纳入区直部门和街道年度综合考核。", []),  # where a result is put
    ("（二）各镇人民政府（街道办事处）是村庄规划编制的组织主体，负责落实编制经费。", [("各镇人民政府（街道办事处）", "mentioned")]),
    ("职责分工\n    镇应急消防管理站：负责牵头组织排查。\n    高家派出所：负责流向核查。",  # lines indented by four spaces
     [("镇应急消防管理站", "mentioned"), ("高家派出所", "mentioned")]),
    ("（一）城区主干道路口。包保单位：区教育局、区财政局。", [("区教育局", "responsible"), ("区财政局", "responsible")]),
])
def test_campaign_offices_bodies_asked_teams_and_paired_units(text, rows):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, rows", [
    ("规划范围为社渚镇行政辖区，国土总面积约218平方公里。", []),  # what a place is
    ("全村户籍人口1264人，耕地保有量不低于3200亩。", [("耕地保有量", ">=", 3200.0, "亩")]),
    ("到2030年常住人口达到50万人。", [("常住人口", "=", 500000.0, "万人")]),  # with a cue, a target
    ("涉及10人以上或者金额50万元以上的欠薪线索，由县人社局挂牌督办。", []),  # which cases are meant
    ("建设路背街小巷路面破损约200平方米，雨水井盖缺失2处。", []),  # damage found
    ("整改率仅为86.5%。", []),
    ("每个试点村至少召开1次户主会。", [("户主会", ">=", 1.0, "次")]),  # the meeting is what is counted
])
def test_descriptions_classes_damage_and_results_are_no_targets(text, rows):
    assert target_rows(text) == rows


@pytest.mark.parametrize("doc_date, text, rows", [
    ("2026-01-10", "春节前完成欠薪动态清零。", [("春节前", "2026-02-17")]),  # the feast of the document's year
    ("2026-11-05", "春节前完成欠薪动态清零。", [("春节前", "2027-02-06")]),  # the next one after the document
    ("2026-01-10", "2027年春节前完成。", [("2027年春节前", "2027-02-06")]),
    ("2026-01-10", "汛期前完成排查。", [("汛期前", "")]),  # a season has no fixed day
    ("2026-01-10", "元宵节前完成烟花爆竹销售网点清理。", [("元宵节前", "2026-03-03")]),  # the other feasts: data lunar_feasts
    ("2026-03-01", "中秋节前将慰问金发放到位。", [("中秋节前", "2026-09-25")]),
    ("2026-10-01", "端午前完成龙舟赛事水域安全检查。", [("端午前", "2027-06-09")]),
    ("2026-03-01", "清明节前完成林区坟头防火巡查。", [("清明节前", "2026-04-05")]),  # a solar term, 4 or 5 April
    ("2026-03-01", "2027年重阳节前完成高龄津贴发放。", [("2027年重阳节前", "2027-10-08")]),
    ("2026-03-01", "2026年10月底前，完成已批各级各类国土空间规划成果入库。", [("2026年10月底前", "2026-10-31")]),
    ("2026-03-01", "2026年底前完成全区已批村庄规划实施评估。", [("2026年底前", "2026-12-31")]),
    ("2026-03-10", "3月16日至6月30日，每周一至周五早高峰上岗劝导。", [("3月16日至6月30日", "2026-06-30"), ("每周一", "")]),
    ("2026-03-01", "对2026年4月30日前取得施工许可的在建项目开展检查。", []),  # which projects, not by when
    # a month or a span named a stage of the work (阶段) ends it; a 期 may be a season
    ("2026-03-01", "5月1日至10月31日为集中监管阶段；11月为总结阶段。", [("5月1日至10月31日", "2026-10-31"), ("11月", "2026-11-30")]),
    ("2026-03-01", "2026年12月份为考核验收阶段。", [("2026年12月份", "2026-12-31")]),
    ("2026-03-01", "6月至9月为防火期，严禁野外用火。", []),
])
def test_lunar_feasts_work_on_what_was_done_and_spans_opening_a_clause(doc_date, text, rows):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, doc_date)] == rows


@pytest.mark.parametrize("text, rows", [
    ("各乡镇（街道）统计站组织辖区企业开展自查。", [("各乡镇（街道）统计站", "mentioned")]),
    ("（一）加强维权工作。开展法律援助。牵头：维权股；配合：各乡镇残联。", [("维权股", "lead"), ("各乡镇残联", "cooperate")]),
])
def test_statistics_stations_and_notes_keyed_by_a_bare_stem(text, rows):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, rows", [
    ("年度考核达标的，乙方向甲方补偿600万元；不达标的，甲方向乙方补偿600万元。", []),  # sums agreed between parties
    ("两地每年各出资300万元设立补偿资金。", []),
    ("为0—6岁残疾儿童提供康复救助不少于260人。", [("康复救助", ">=", 260.0, "人")]),  # a span of ages names who
])
def test_sums_agreed_and_spans_of_ages_are_no_targets(text, rows):
    assert target_rows(text) == rows


def test_an_agreements_term_is_no_deadline():
    assert extract_deadlines("四、协议期限\n2026年1月1日至2028年12月31日。", "2026-01-09") == []


@pytest.mark.parametrize("text, rows", [
    ("推进（市财政局牵头，各县区配合）。", [("市财政局", "lead"), ("各县区", "cooperate")]),
    ("三、加强监督。责任单位：市国资委、市人力资源社会保障局；各县（市、区）人民政府。",  # a collective tail after ；
     [("市国资委", "responsible"), ("市人力资源社会保障局", "responsible"), ("各县（市、区）人民政府", "responsible")]),
    ("（一）县公安局。负责打击非法捕捞。", [("县公安局", "mentioned")]),  # a unit heading its item
    ("乡组织办：负责驻村干部日常管理。", [("乡组织办", "mentioned")]),
    ("各派出单位推荐人选。", [("各派出单位", "mentioned")]),
    ("对违法行为移送公安机关依法追究刑事责任。", []),  # the organ a case is handed to
    ("以德阳市旌阳区国有资产投资经营有限公司为主体，整合区属资源。", []),  # the vehicle of the work
    ("县级以上人民政府应当加强领导。", [("县级以上人民政府", "mentioned")]),
])
def test_brackets_of_kinds_item_headings_and_bodies_handed_to(text, rows):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, rows", [
    ("第一书记任期一般为2年。", []),  # a term of office
    ("对一季度在村时间少于45天的第一书记，由县委组织部约谈。", []),  # those who fall short
])
def test_terms_and_shortfalls_below_a_bound_are_no_targets(text, rows):
    assert [(r["indicator"], r["value"]) for r in extract_targets(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("第一书记每年在村工作时间不少于220天，每月在村工作时间不少于20天。", []),  # days a period must hold: a norm
    ("每名律师每年参与不少于50个小时公益法律服务。", [("每年", "")]),  # hours of service a year stay a schedule
    ("应休渔船须于2026年5月1日12时前返回船籍港。", [("于2026年5月1日12时前", "2026-05-01")]),  # the hour of the day
    ("禁捕期至2030年12月31日24时止。", []),  # a ban's period
])
def test_days_norms_hours_of_a_day_and_ban_periods(text, rows):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("评选区级“最美家庭”10户。", [("区级“最美家庭”", 10.0)]),  # a verb opening the label
    ("新命名县级示范单位5个。", [("县级示范单位", 5.0)]),
    ("接入视频监控点位不少于300个。", [("视频监控点位", 300.0)]),
    ("接入时间不超过3个工作日。", [("接入时间", 3.0)]),  # a word naming nothing alone keeps its verb
    ("抽查比例不低于5%。", [("抽查比例", 5.0)]),  # a bare rate of the act keeps it
    ("经营者应当约定不少于7日的冷静期。", [("冷静期", 7.0)]),  # what a contract states, named after the value
    ("每个服务点床位不少于6张。", [("每个服务点床位", 6.0)]),  # a norm of each unit with no object named
    ("每个项目村至少成立1个农民用水者协会。", [("农民用水者协会", 1.0)]),
    ("到2026年底，城市社区助餐服务覆盖率达到100%，农村地区覆盖率不低于85%。",  # a rate named short by its scope
     [("城市社区助餐服务覆盖率", 100.0), ("农村地区助餐服务覆盖率", 85.0)]),
    ("城镇登记失业率控制在5%以内，调查失业率控制在5.5%以内。", [("城镇登记失业率", 5.0), ("调查失业率", 5.5)]),
])
def test_verbs_opening_a_label_norms_of_each_unit_and_rates_named_short(text, rows):
    assert [(r["indicator"], r["value"]) for r in extract_targets(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("智能算力规模达到12000PFlops以上。", [(">=", 12000.0, "PFlops")]),
    ("网络时延控制在1毫秒以内。", [("<=", 1.0, "毫秒")]),
    ("超过70%的规上企业实现上云。", [(">", 70.0, "%")]),  # 超过, 低于: strict bounds
    ("成人吸烟率低于20%。", [("<", 20.0, "%")]),
    ("对初创企业，抵扣比例可提高至50%。", []),  # what a rule allows is no commitment
])
def test_units_of_computing_strict_bounds_and_what_a_rule_allows(text, rows):
    assert [(r["comparator"], r["value"], r["unit"]) for r in extract_targets(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("进度滞后的栾川县、嵩县、汝阳县人民政府要制定赶超计划。",  # places sharing one organ's suffix
     ["栾川县人民政府", "嵩县人民政府", "汝阳县人民政府"]),
    ("麒麟区、沾益区、马龙区城市管理局每周组织一次集中清扫。", ["麒麟区城市管理局", "沾益区城市管理局", "马龙区城市管理局"]),
    ("全县、汝阳县人民政府负责。", ["汝阳县人民政府"]),  # a scope is no place of a list
    ("市中心血站新建固定献血屋2个。", ["市中心血站"]),
    ("市爱卫会每年召开全体会议不少于2次。", ["市爱卫会"]),
    ("县爱卫办11月组织抽查评估。", ["县爱卫办"]),  # a month between the unit and its act
    ("市公安局经侦支队对移送的案件依法开展侦查。", ["市公安局经侦支队"]),
    ("市财政局依规移送市纪委监委。", ["市财政局"]),
    ("区民政局委托第三方评估机构开展评估。", ["区民政局"]),
    ("县民政局利用闲置校舍开设老年大学教学点。", ["县民政局"]),
])
def test_places_sharing_a_suffix_blood_stations_and_units_acting_through_others(text, rows):
    assert [r["department"] for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, rows", [
    ("县爱卫办11月组织抽查评估。", [("11月", "2026-11-30")]),
    ("全年召开会议不少于2次。", []),
])
def test_a_month_right_after_the_unit_that_acts_in_it_is_a_deadline(text, rows):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("民政部门应当在受理申报后15个工作日内作出审核决定。", ["民政部门"]),  # a department named by its function
    ("违反本办法的，由卫生健康部门责令退回。", ["卫生健康部门"]),
    ("有关部门要加强配合。", []),  # a placeholder names no function
    ("各受托银行要做好业务办理。", ["各受托银行"]),  # bodies of one kind named alone after 各
    ("各县（市、区）管理部负责受理。", ["各县（市、区）管理部"]),
    ("受市红十字会委托，区红十字会负责登记。", ["区红十字会"]),  # the principal does not act
    ("城市、县城乡规划主管部门应当加强管理。", ["县城乡规划主管部门"]),  # kinds of place share no suffix
    ("市发展改革委会同中国民用航空中南地区管理局做好空域协调。", ["市发展改革委", "中国民用航空中南地区管理局"]),
])
def test_departments_named_by_function_bodies_of_a_kind_and_principals(text, rows):
    assert [r["department"] for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, rows", [
    ("年度采砂控制总量800万—1000万吨。", [("年度采砂控制总量", "range", 10000000.0, 8000000.0)]),  # a multiplier on both ends
    ("全县4A级以上旅游景区无障碍设施达标率达到100%，其他A级旅游景区达到85%以上。",  # the rate carried to other holders
     [("4A级以上旅游景区无障碍设施达标率", "=", 100.0, None), ("其他A级旅游景区无障碍设施达标率", ">=", 85.0, None)]),
    ("每年至少推出地名文化宣传作品2篇。", [("地名文化宣传作品", ">=", 2.0, None)]),  # a comparing cue before a verb
])
def test_ranges_written_whole_rates_carried_to_other_holders_and_cues_before_a_verb(text, rows):
    found = extract_targets(text, "2026-03-01")
    assert [(r["indicator"], r["comparator"], r["value"], r["value_low"]) for r in found] == rows


def test_an_unquoted_holiday_written_in_words_is_a_day_and_one_in_numerals_is_not():
    assert [(r["raw"], r["date"]) for r in extract_deadlines("国庆前完成首批外摆区划定。", "2026-03-01")] == [("国庆前", "2026-10-01")]
    assert extract_deadlines("五一前完成。", "2026-03-01") == []


def test_the_streets_named_after_towns_with_ge_are_a_second_collective():
    rows = extract_assignments("各乡镇、街道要在10月底前完成清除。")
    assert [(r["department"], r["collective"]) for r in rows] == [("各乡镇", True), ("街道", True)]


def test_a_standing_rules_day_already_past_in_its_year_is_read_every_year():
    from policycompare.extract import every_year

    rows = extract_deadlines("申请外摆的经营者应当于4月15日前提出申请。", doc_date="2026-05-10")
    every_year(rows)
    assert [(r["raw"], r["kind"], r["period"]) for r in rows] == [("4月15日前", "recurring", "year")]


@pytest.mark.parametrize("text, rows", [
    ("各大队于每周一12:00前报送。", [("recurring", "week")]),  # a weekday with its hour
    ("每晚开展巡查。", [("recurring", "day")]),
    ("每日一千立方米。", []),  # a rate, no schedule
])
def test_a_weekday_with_its_hour_and_each_evening_are_schedules(text, rows):
    assert [(r["kind"], r["period"]) for r in extract_deadlines(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("有序用电方案负荷规模不低于本地区上年最大用电负荷的30%。", [(">=", 30.0)]),  # a bound before last year's figure
    ("重点巡视35千伏及以上线路。", []),  # a voltage class says which lines
])
def test_a_share_of_last_years_figure_under_a_bound_and_voltage_classes(text, rows):
    assert [(r["comparator"], r["value"]) for r in extract_targets(text, "2026-03-01")] == rows


def test_an_application_window_closing_on_a_day_is_a_deadline():
    assert [r["date"] for r in extract_deadlines("申报时间截至2026年5月20日。", "2026-03-01")] == ["2026-05-20"]
    assert extract_deadlines("截至2026年5月20日，已完成80%。", "2026-06-01") == []


def test_a_list_of_towns_sharing_a_government_opens_its_line_of_duties():
    rows = extract_assignments("金山卫镇、山阳镇、漕泾镇人民政府：负责辖区岸段巡查。")
    assert [r["department"] for r in rows] == ["金山卫镇人民政府", "山阳镇人民政府", "漕泾镇人民政府"]


@pytest.mark.parametrize("text, rows", [
    ("市劳动人事争议仲裁院负责受理。", ["市劳动人事争议仲裁院"]),  # arbitration courts and labour offices
    ("各乡镇劳动保障所负责调解。", ["各乡镇劳动保障所"]),
    ("撒拉溪、杨家湾、燕子口镇人民政府要于5月15日前完成整改。",  # stems sharing the level and suffix
     ["撒拉溪镇人民政府", "杨家湾镇人民政府", "燕子口镇人民政府"]),
    ("加强、完善、燕子口镇人民政府负责。", ["燕子口镇人民政府"]),  # verbs listed are no places
    ("有关部门、北京市志愿服务联合会应当加强指导。", ["北京市志愿服务联合会"]),  # stems share only a government
    ("城乡规划、住房和城乡建设部门负责。", ["住房和城乡建设部门"]),  # 住房和城乡 is no place
    ("应当会同有关部门、相关区人民政府建立服务机制。", ["相关区人民政府"]),  # a placeholder is no place stem
])
def test_arbitration_courts_labour_offices_and_place_stems_sharing_a_suffix(text, rows):
    assert [r["department"] for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, rows", [
    ("各村（社区）红白理事会对婚事实行事前报备。", ["各村（社区）红白理事会"]),  # bodies of one kind by their level
    ("各村（社区）利用村寨广播宣传政策。", ["各村（社区）"]),  # a short head (村) is no body of the places
    ("各镇和县直各成员单位要按时报送。", ["各镇", "各成员单位"]),
    ("2026年底前，各乡镇（街道）全部建立工作站。", ["各乡镇（街道）"]),  # a year's end opening the clause
    ("各苏木乡镇人民政府至少明确1名防非工作专干。", ["各苏木乡镇人民政府"]),  # a bound before the verb
    ("县殡仪馆直接减免后报县民政局审核。", ["县殡仪馆"]),  # (报X审核: X only checks, reviewset153)
    ("县殡仪馆公开服务项目和收费标准。", ["县殡仪馆"]),
    ("发现线索的，配合解放派出所开展核查。", ["解放派出所"]),  # a station named by its place, after 配合
    ("各市州要建立风险台账。", ["各市州"]),
])
def test_bodies_of_a_level_and_units_after_a_bound_or_a_year_end(text, rows):
    assert departments(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("二、存在问题\n个别村一季度未开展巡查，部分乡镇至3月底仍有20户未整改。", ([], [])),  # problems seen: past
    ("二、限期整改存在问题\n各单位于5月15日前报送整改情况，整改率达到100%。", (["2026-05-15"], [100.0])),  # remedies
    ("一、出台背景\n2025年，全区农村平均彩礼约12.6万元，部分村超过20万元。", ([], [])),  # why a policy was made
])
def test_problems_and_backgrounds_are_reviews_unless_they_set_remedies(text, rows):
    found = measured(text, "2026-04-01")
    assert ([r["date"] for r in found["deadlines"]], [r["value"] for r in found["targets"]]) == rows


@pytest.mark.parametrize("text, row", [
    ("达标小区夜间环境噪声不高于45分贝。", ("<=", 45.0, "dB")),
    ("全省农业生产托管服务面积稳定在1.2亿亩次以上。", (">=", 120000000.0, "mu-time")),
    ("每个乡镇至少培训合作社会计人员30人次。", (">=", 30.0, "person-time")),  # an adverb bound reaches the count
])
def test_sound_levels_area_times_and_adverb_bounds(text, row):
    found, = extract_targets(text, "2026-03-01")
    assert (found["comparator"], found["value"], found["unit_std"]) == row


@pytest.mark.parametrize("text, rows", [
    ("各小学负责校内服务点的组织实施。", ["各小学"]),
    ("各处室、各直属单位是信息发布的责任主体。", ["各处室", "各直属单位"]),
    ("各校（园）于每月25日前报送活动开展情况。", ["各校（园）"]),
    ("各单位逐件自查，填写清理目录。", ["各单位"]),  # a manner word before the verb
    ("镇中心学校选派普通话水平二级甲等以上教师担任辅导员。", ["镇中心学校"]),
    ("县水利局、县自然资源局加密山洪和地质灾害监测。", ["县水利局", "县自然资源局"]),
    ("镇派出所、镇交管站在凝冻期间实行每日巡查。", ["镇派出所", "镇交管站"]),
    ("市政务公开办每季度开展一次网站巡查。", ["市政务公开办"]),
    ("镇妇联联系团市委招募大学生志愿者。", ["镇妇联"]),  # those contacted do not act
    ("协调县交通运输局加密镇区至县城班次。", []),  # the organ asked is no actor
])
def test_collectives_of_schools_and_divisions_and_verbs_of_staffing(text, rows):
    assert departments(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("每20名学生至少配备1名看护教师。", [("看护教师", ">=", 1.0)]),  # a staffing ratio counts the staff
    ("考核得分85分以上为优秀，低于60分为不合格。", []),  # grades a score defines
    ("涉案金额50万元以上不满100万元的为二档，奖励1万元。", []),
    ("考核内容分值分别为40分、30分、30分。", []),  # the weights of a score
    ("门诊慢特病报销比例为65%。", []),  # a benefit the policy pays
    ("住院费用政策范围内支付比例达到70%。", [("住院费用政策范围内支付比例", "=", 70.0)]),  # a commitment
    ("对符合条件的当事人给予救助，救助标准为每户3000元。", []),  # a relief standard
    ("测评综合得分达到90分以上。", [("测评综合得分", ">=", 90.0)]),
])
def test_staffing_ratios_grades_weights_and_benefits(text, rows):
    assert [(r["indicator"], r["comparator"], r["value"]) for r in extract_targets(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, dates", [
    ("5月15日在区人民广场举办集中宣传活动。", ["2026-05-15"]),  # where it is held stands between
    ("5月、9月分别开展民族团结宣传月活动。", ["2026-05-31", "2026-09-30"]),
])
def test_event_days_with_their_place_and_months_each_holding_the_act(text, dates):
    assert [r["date"] for r in extract_deadlines(text, "2026-03-01")] == dates


@pytest.mark.parametrize("text, rows", [
    ("3月底前镇人民政府与各村（社区）签订安全生产目标责任书。", ["镇人民政府", "各村（社区）"]),  # after a deadline
    ("6月底前建成街道综合文化服务中心。", []),  # a facility built, no actor
    ("各乡镇武装部摸清潜力底数，拟制编组计划。", ["各乡镇武装部"]),
    ("各填报单位确定一名联络员。", ["各填报单位"]),
    ("各村积分评议小组每月评定一次农户积分。", ["各村积分评议小组"]),
    ("街道综合执法办公室会同大良消防救援站依法查处。", ["街道综合执法办公室", "大良消防救援站"]),
    ("拒不改正的，由消防救援机构依法予以处罚。", ["消防救援机构"]),
    ("各乡镇、各部门要落实专人负责日常维护。", ["各乡镇"]),  # 各部门 is the seeds' placeholder, no actor
    ("县直各部门要按时报送。", ["县直各部门"]),
])
def test_organs_after_a_deadline_panels_and_fire_stations(text, rows):
    assert departments(text) == rows


def test_a_background_section_names_drafters_not_actors():
    text = "一、出台背景\n为鼓励举报，市委金融办会同市公安局、市财政局制定了本办法。"
    found = measured(text, "2026-05-12")
    assert found["assignments"] == []
    text = "一、工作职责\n市委金融办会同市公安局、市财政局开展排查。"
    found = measured(text, "2026-05-12")
    assert [r["department"] for r in found["assignments"]] == ["市委金融办", "市公安局", "市财政局"]


@pytest.mark.parametrize("text, rows", [
    ("8月下旬市城市管理局组织开展专项检查。", ["市城市管理局"]),  # a day of the month is no part of the name
    ("各乡镇人民政府与辖区学校签订控辍保学责任书。", ["各乡镇人民政府"]),
    ("市应急管理局二季度执法检查企业不少于60家。", ["市应急管理局"]),  # a quarter between the organ and its act
])
def test_days_of_the_month_partners_and_quarters_beside_an_organ(text, rows):
    assert departments(text) == rows


@pytest.mark.parametrize("text, row", [
    ("网格员每月入户走访不少于1遍。", ("网格员入户走访", ">=", 1.0, "round")),
    ("每个网格配备专职网格员1名。", ("专职网格员", "=", 1.0, "person")),  # the unit's staff, not the unit
])
def test_rounds_and_a_units_staff(text, row):
    found, = extract_targets(text, "2026-03-01")
    assert (found["indicator"], found["comparator"], found["value"], found["unit_std"]) == row
    assert extract_targets("鸣36秒、停24秒，反复3遍。", "2026-03-01") == []  # a signal's procedure


@pytest.mark.parametrize("text, rows", [
    ("江湾镇、思口镇要在6月底前完成标识系统更新。", ["江湾镇", "思口镇"]),  # towns named bare, before their act
    ("金山卫镇、山阳镇、漕泾镇人民政府：负责巡查。", ["金山卫镇人民政府", "山阳镇人民政府", "漕泾镇人民政府"]),
    ("重点镇要加快建设。", []),  # a kind of town
    ("各被考核单位于每季度末月20日前报送工作台账。", ["各被考核单位"]),
    ("各烘干服务主体要公示收费标准。", ["各烘干服务主体"]),
    ("各乡（镇）人民政府各确定1名农机调度联络员。", ["各乡（镇）人民政府"]),
])
def test_towns_named_bare_and_bodies_each_doing_their_part(text, rows):
    assert departments("县茶业发展中心联系电话：0595-23281234") == []  # a contact line, no act
    assert departments("各村（社区）至少1名工作人员参加考试。") == []  # the staff of each village: a base
    assert departments(text) == rows


def test_a_festival_opening_on_its_day_is_a_deadline():
    assert [r["date"] for r in extract_deadlines("“晒秋”文化节于10月1日开幕。", "2026-03-01")] == ["2026-10-01"]


@pytest.mark.parametrize("text, values", [
    ("考核实行百分制，季度考核占40%，年终考核占60%。", []),  # a part's weight in an assessment
    ("日常考核、专项考核、年度考核、群众评价分别占30%、25%、30%、15%。", []),
    ("第三产业占比达到45%。", [45.0]),
    ("对有3名以上正式党员的企业，单独建立党组织。", []),  # which firms, no commitment
    ("每个县至少有1所以护理为主的县级特困人员供养服务机构。", [1.0]),
])
def test_weights_of_an_assessment_and_what_holders_have(text, values):
    assert [r["value"] for r in extract_targets(text, "2026-03-01")] == values


@pytest.mark.parametrize("text, rows", [
    ("镇环卫站负责全镇垃圾清运。", ["镇环卫站"]),
    ("旗乌兰牧骑完成基层惠民演出120场。", ["旗乌兰牧骑"]),  # performing troupes
    ("各村选送节目不少于2个。", ["各村"]),
])
def test_sanitation_stations_troupes_and_villages_sending_in(text, rows):
    assert departments(text) == rows


def test_a_summarys_first_half_is_a_review_and_a_norms_base_no_target():
    text = "一、上半年工作情况\n全州城市环境空气质量优良天数比例为99.2%，开展执法检查86家次。"
    found = measured(text, "2026-07-10")
    assert found["targets"] == []
    assert [r["value"] for r in extract_targets("常住人口每300人配备1名保洁员。", "2026-03-01")] == [1.0]


@pytest.mark.parametrize("text, values", [
    ("游客量达到最大承载量80%时发布预警。", []),  # the value that triggers an act
    ("所需资金约8万元，由镇财政解决。", []),  # what a work costs
    ("每个景区经费标准为5万元。", []),  # a standard stated
    ("每个景区补助标准不低于5万元。", [50000.0]),  # a floor
])
def test_triggers_costs_and_standards_stated(text, values):
    assert [r["value"] for r in extract_targets(text, "2026-03-01")] == values


@pytest.mark.parametrize("text, rows", [
    ("县档案馆负责档案接收进馆的监督指导。", ["县档案馆"]),  # archives and chronicle halls act
    ("旗档案史志馆于7月底前完成统稿。", ["旗档案史志馆"]),
    ("长三角区域各类档案馆应当加强协作。", []),  # archives as a class
    ("各乡镇（街道）、市直各部门于每月5日前报送进度。", ["各乡镇（街道）", "市直各部门"]),  # 直 opens another name
    ("市、县人民政府负责组织实施。", ["市、县人民政府"]),  # levels listed to share one organ
    ("市直各单位和各县区档案馆开展自查。", ["市直各单位", "各县区档案馆"]),  # 和各 joins two names
    ("各有关部门（单位）要按照职责分工抓好落实。", ["各有关部门（单位）"]),  # a second kind in brackets
    ("市直各单位（部门）要落实保密责任。", ["市直各单位（部门）"]),
    ("各苏木镇、旗直各单位各报送资料不少于10件。", ["各苏木镇", "旗直各单位"]),  # each of them sends
    ("各职业院校每学期开展一次教学质量评估。", ["各职业院校"]),
    ("县职业技能鉴定所每月开展现场督导。", ["县职业技能鉴定所"]),
    ("市急救中心升级调度指挥系统。", ["市急救中心"]),
    ("厅种植业管理处会同厅计划财务处开展绩效评价。", ["厅种植业管理处", "厅计划财务处"]),  # a division after 会同
    ("市“无废城市”建设工作专班负责统筹调度。", ["市“无废城市”建设工作专班"]),  # a campaign in quotes in a name
    ("一、检查范围。市直各单位和各县区档案馆，检查覆盖率达到100%。", []),  # a scope before a rate: no act
])
def test_archives_collectives_with_notes_and_quoted_task_forces(text, rows):
    assert departments(text) == rows


@pytest.mark.parametrize("text", [
    "2026年全县培训持证救护员3000人以上。",  # a quantity bounded after its unit
    "2026年全市配置AED共80台。",  # a sum
    "一、全州2026年征收城乡居民医保费不低于12亿元。",  # the scope before the year
    "2026年全市计划补贴农机具1500台（套）。",
    "2026年全县推广使用全生物降解地膜8万亩。",
])
def test_the_plan_year_before_a_quantity_dates_it(text):
    assert [d["date"] for d in extract_deadlines(text, "2026-03-01")] == ["2026-12-31"]


@pytest.mark.parametrize("text, rows", [
    ("镇农产品质量安全监管站每月开展快速检测。", ["镇农产品质量安全监管站"]),
    ("省水产技术推广总站负责抽检产地水产品。", ["省水产技术推广总站"]),
    ("县农业广播电视学校负责集中培训。", ["县农业广播电视学校"]),
    ("县就业服务中心搭建零工信息小程序。", ["县就业服务中心"]),
    ("各市县社会保险经办机构在受理后作出确认结论。", ["各市县社会保险经办机构"]),
])
def test_stations_schools_and_agencies_of_each_place_act(text, rows):
    assert departments(text) == rows


@pytest.mark.parametrize("text", ["部分单位未按每月5日前的要求报送进度。", "个别站点未按月报送台账。"])
def test_a_rhythm_not_followed_is_no_schedule(text):
    assert extract_deadlines(text, "2026-03-01") == []


def test_a_minutes_report_of_a_past_year_states_results():
    assert extract_targets("一、会议指出，2025年全县培育高素质农民620人，建成示范基地14个。", doc_date="2026-05-01") == []
    assert [r["value"] for r in extract_targets("会议要求，2026年全县培育高素质农民700人。", doc_date="2026-05-01")] == [700.0]


@pytest.mark.parametrize("text, expected", [
    ("全年繁育本地鱼苗2000万尾以上。", [("本地鱼苗", 20000000.0, "万尾")]),  # fry counted by the tail
    ("每名农技人员联系指导示范户不少于8户。", [("每名农技人员联系指导示范户", 8.0, "户")]),  # 联系指导 defines nothing
    ("区财政局对考核优秀的驿站按每个不超过3万元的标准安排运营奖补资金。", [("运营奖补资金", 30000.0, "万元")]),
    ("市水产技术推广站负责抽检养殖水产品样品300批次。", [("抽检养殖水产品样品", 300.0, "批次")]),  # the duty word goes
])
def test_fry_tallies_contacts_standards_and_duty_words(text, expected):
    assert [(r["indicator"], r["value"], r["unit"]) for r in extract_targets(text)] == expected


@pytest.mark.parametrize("text, rows", [
    ("各机关党组织每月开展1次集中学习。", ["各机关党组织"]),
    ("各党支部每月开展1次主题党日。", ["各党支部"]),
    ("各党组（党委）要履行主体责任。", ["各党组（党委）"]),
])
def test_the_party_bodies_of_each_organ_act(text, rows):
    assert departments(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("由区水利局牵头，国网安远县供电公司、安远县自来水有限公司等管线单位于7月31日前完成迁改。",
     ["区水利局", "国网安远县供电公司", "安远县自来水有限公司"]),  # a list closed by 等 and a kind of unit acts
    ("涉嫌违法的，移交市市场监督管理局等行业主管部门依法处理。", ["行业主管部门"]),  # handed to: 等…主管部门 closes no list
    ("管廊运营单位南充市城市建设投资有限公司要配备运维人员。", ["南充市城市建设投资有限公司"]),  # 单位 ends before the name
    ("勐海边境管理大队在重点通道设立查缉点。", ["勐海边境管理大队"]),  # a border brigade named by its county
    ("疫苗领取（4月1日—4月10日）：镇农业农村服务中心完成疫苗领取。", ["镇农业农村服务中心"]),  # after an inline heading
    ("考核方案报县人民政府批准后实施。", ["县人民政府"]),  # the organ that decides acts
    ("各乡镇将申报材料报县民政局审核。", ["各乡镇"]),  # the organ a report goes to for checking does not act
    ("由项目所在乡镇人民政府负责组织验收。", ["项目所在乡镇人民政府"]),  # an organ named by where a thing lies
    ("由所在苏木镇人民政府组织扑杀。", ["所在苏木镇人民政府"]),
    ("无人看守道口由道口所在乡镇人民政府落实看护。", ["道口所在乡镇人民政府"]),
    ("各嘎查每周消毒不少于1次。", ["各嘎查"]),  # villages of Inner Mongolia named with 各
    ("各旗县区于12月10日前报送自查报告。", ["各旗县区"]),  # and its banners, counties and districts
    ("县公安局、县市场监督管理局持续开展风险排查。", ["县公安局", "县市场监督管理局"]),  # an adverb opens the act
])
def test_lists_closed_by_a_kind_border_brigades_inline_headings_approvals_and_seats(text, rows):
    assert departments(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("市住房城乡建设主管部门履行下列职责：（一）制定物业管理政策；", ["市住房城乡建设主管部门"]),  # a statute's duty list
    ("本办法适用于市国资委履行出资人职责的市属国有企业。", []),  # whose enterprises: no duty given
    ("拒绝、阻碍烟草专卖行政主管部门工作人员依法执行公务的，由公安机关处理。", ["公安机关"]),  # statute verbs before an object
    ("但市人民政府决定由市本级组织实施的，由市城市管理部门组织实施。", ["市人民政府", "市城市管理部门"]),
    ("乡镇人民政府指导、支持、帮助村民委员会依法开展自治活动。", ["乡镇人民政府", "村民委员会"]),
])
def test_duty_lists_of_statutes_and_the_verbs_before_their_objects(text, rows):
    assert departments(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("沿湖各乡镇人民政府负责辖区巡查。", ["沿湖各乡镇人民政府"]),  # where a collective lies is part of its name
    ("厅机关各处室、直属各单位于每年1月底前完成风险点排查。", ["厅机关各处室", "直属各单位"]),
    ("主汛期县水旱灾害防御中心实行24小时值班。", ["县水旱灾害防御中心"]),  # a season ends before the name
])
def test_collectives_named_by_where_they_lie_and_seasons_before_names(text, rows):
    assert departments(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("会议同意县财政局安排专项资金50万元。", ["县财政局"]),  # the organ after a minute's 同意 acts
    ("会议同意区委编办会同区人社局开展评估。", ["区委编办", "区人社局"]),
])
def test_the_organ_a_minute_agrees_to_acts(text, rows):
    assert departments(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("区计量检定所负责开展检定。", ["区计量检定所"]),  # institutes and works named by their field
    ("县水务集团黄流供水所负责抄表。", ["县水务集团黄流供水所"]),
    ("市电化教育馆每月开展一次抽查。", ["市电化教育馆"]),
])
def test_metrology_institutes_water_works_and_audiovisual_centres_act(text, rows):
    assert departments(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("配合县住房和城乡建设局完成农村民居抗震改造320户。", ["县住房和城乡建设局"]),  # the organ helped leads the work
    ("街道生态环境办公室配合潍坊市生态环境局寿光分局，在弥河古城段布设监测点位2个。",
     ["街道生态环境办公室", "潍坊市生态环境局寿光分局"]),
    ("镇司法所配合阿尔山市人民法院白狼人民法庭开展委派调解。", ["镇司法所", "阿尔山市人民法院白狼人民法庭"]),
    ("4. 配合区级部门：协助思明区应急管理局做好物资储备。", ["思明区应急管理局"]),  # a run-in heading does nothing
])
def test_the_organ_another_helps_acts(text, rows):
    assert departments(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("各孵化载体要于每季度末报送在孵企业情况。", ["各孵化载体"]),  # incubation carriers named with 各
    ("各众创空间每半年开展一次自评。", ["各众创空间"]),
    ("县委依法治县办负责统筹协调。", ["县委依法治县办"]),  # 依法 inside the office's name is no manner
    ("旗委依法治旗办每年组织开展述法。", ["旗委依法治旗办"]),
])
def test_incubation_carriers_and_rule_of_law_offices(text, rows):
    assert departments(text) == rows


@pytest.mark.parametrize("text, dates", [
    ("2026年全县新造油茶林1.5万亩。", ["2026-12-31"]),  # a year stated with the act of a whole place
    ("全乡2026年新种油茶1500亩。", ["2026-12-31"]),
    ("其中2026年更新5辆。", ["2026-12-31"]),
    ("全镇2026年新植桑园面积500亩。", ["2026-12-31"]),  # planting, breeding, certifying, raising, building up
    ("2026年认定“名特优新”个体工商户30户。", ["2026-12-31"]),
    ("2026年全区打造夜间消费集聚区3个。", ["2026-12-31"]),
    ("全镇2026年度城乡居民基本养老保险参保人数达到2.1万人。", []),  # 年度 names the accounts
    ("6月至8月，执法一中队、执法二中队开展现场检查。", ["2026-08-31"]),  # who works the stage may be a list
    ("3月至5月、9月至11月禁止狩猎。", []),  # seasons listed, no stage
])
def test_years_stated_with_a_whole_place_and_stages_worked_by_a_list(text, dates):
    rows = extract_deadlines(text, doc_date="2026-03-01")
    assert [r["date"] for r in rows if r["kind"] == "deadline"] == dates


@pytest.mark.parametrize("text, rows", [
    ("市社科联负责组织评审。", ["市社科联"]),  # federations named by their short form
    ("县文联负责组织创作。", ["县文联"]),
    ("市归国华侨联合会负责联络。", ["市归国华侨联合会"]),  # 侨联 inside a full name is no head
    ("邀请区社科联专家开展讲座。", []),  # the federation's experts, not the federation
])
def test_federations_named_short_and_their_experts(text, rows):
    assert departments(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("县蚕业技术指导站负责共育技术指导。", ["县蚕业技术指导站"]),  # guidance and head stations of a field
    ("区畜牧总站负责技术服务。", ["区畜牧总站"]),
    ("州烈士陵园管理处负责日常管护。", ["州烈士陵园管理处"]),
    ("区社区学院负责组织培训。", ["区社区学院"]),
    ("由公安机关给予治安管理处罚。", ["公安机关"]),  # no name runs across 给予; 治安管理处罚 is a penalty
])
def test_field_stations_site_offices_and_community_colleges(text, rows):
    assert departments(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("省地质环境监测院与省气象局联合发布预警信息。", ["省地质环境监测院", "省气象局"]),  # 与 before a level joins two organs
    ("县海洋与渔业局负责执法。", ["县海洋与渔业局"]),  # 与 inside a bureau's name
])
def test_yu_before_a_level_joins_two_organs(text, rows):
    assert departments(text) == rows


def test_a_map_scale_is_no_target():
    assert extract_targets("开展1:5万地质灾害风险调查评价。", doc_date="2026-03-01") == []


@pytest.mark.parametrize("text, rows", [
    ("日照市财政局负责资金保障。", ["日照市财政局"]),  # 日, 同, 本, 当 never open a name, but these places' names hold them
    ("大同市财政局负责资金保障。", ["大同市财政局"]),
    ("本溪市财政局负责资金保障。", ["本溪市财政局"]),
    ("日喀则市财政局负责资金保障。", ["日喀则市财政局"]),
    ("当雄县人民政府负责组织实施。", ["当雄县人民政府"]),
    ("镇社区事务受理服务中心每月发布用工信息。", ["镇社区事务受理服务中心"]),  # 受理 inside a centre's name
    ("市对口协作工作领导小组办公室于每年12月下旬组织年终考核。", ["市对口协作工作领导小组办公室"]),
    ("省职业病防治院每半年开展一次能力评估。", ["省职业病防治院"]),
    ("各园区管理办公室每周报送一次进展。", ["各园区管理办公室"]),
    ("县财政局筹措配套资金不低于3000万元。", ["县财政局"]),  # verbs that make the organ their subject
    ("各社区居委会张贴宣传海报。", ["各社区居委会"]),
    ("合作区规划建设局优化审批流程。", ["合作区规划建设局"]),
    ("乡镇卫生院配备中选药品不少于60种。", []),  # a class of facilities equipped: a holder, no actor
    ("各乡镇每日报送进度；春播期间县农业农村局每周召开一次调度会。", ["各乡镇", "县农业农村局"]),  # no name runs across 期间
])
def test_places_holding_function_characters_and_verbs_of_subjects(text, rows):
    assert departments(text) == rows


@pytest.mark.parametrize("text, expected", [
    ("古城街巷地名文化保护标志设置率于8月底前达到100%。", ["古城街巷地名文化保护标志设置率"]),  # 于/在 before a deadline
    ("项目资金支付进度在9月底前达到60%以上。", ["项目资金支付进度"]),
    ("新设置村牌60块。", ["村牌"]),
])
def test_prepositions_before_a_cut_deadline_and_new_signs(text, expected):
    assert [r["indicator"] for r in extract_targets(text, doc_date="2026-03-01")] == expected


@pytest.mark.parametrize("text, expected", [
    ("辐射防护距离半径不得小于5000米。", [("半径", ">=", 5000.0)]),  # a rule's bound read as 不小于
    ("网格面积不得大于400亩。", [("网格面积", "<=", 400.0)]),
])
def test_bounds_of_a_rule_written_with_xiaoyu_and_dayu(text, expected):
    assert [(r["indicator"][-len(expected[0][0]):], r["comparator"], r["value"])
            for r in extract_targets(text, doc_date="2026-03-01")] == expected


@pytest.mark.parametrize("text, rows", [
    ("4月30日前，县公安局对损失5万元以上的案件逐案复盘。", ["县公安局"]),  # after a deadline, the organ before 对 acts
    ("年底前，县级人民医院对市人民医院检验结果的互认率达到90%以上。", []),  # a rate measured of it, no act
    ("会议要求，市公安局加快存量案件侦办。", ["市公安局"]),  # the organ a meeting asks to act
    ("会议同意市卫生健康委提出的体检站设置方案。", []),  # who proposed, not who acts
    ("会议明确，市财政局安排处非工作经费不少于50万元。", ["市财政局"]),  # 安排 opens no sub-unit (处)
    ("街道社会事务办会同辖区各银行网点开展现场宣传。", ["街道社会事务办", "各银行网点"]),
    ("县国有林场培育梭梭容器苗不少于300万株。", ["县国有林场"]),
    ("各乡镇人民政府、区直有关单位于每月28日前报送进展。", ["各乡镇人民政府", "区直有关单位"]),
    ("县草原监理站会同县公安局依法查处。", ["县草原监理站", "县公安局"]),
])
def test_organs_after_a_deadline_or_a_meeting_and_field_bodies(text, rows):
    assert departments(text) == rows


@pytest.mark.parametrize("text, dates", [
    ("2026年9月19日（星期六）上午10:00至10:19在全市范围内试鸣防空警报。", ["2026-09-19"]),  # the weekday and hours
    ("9月19日（星期六）组织疏散演练。", ["2026-09-19"]),
    ("2026年9月19日10时组织演练。", ["2026-09-19"]),
    ("2026年9月19日（星期六）上午10:00至10:19，在镇城区试鸣防空警报。", ["2026-09-19"]),  # a comma after the hours
    ("6月30日，在全市开展检查。", []),  # a day opening the text with a comma is no act's day
    ("“春节”前完成走访慰问。", ["2027-02-06"]),  # a lunar feast in quotes, the next after the document's date
])
def test_a_day_with_its_weekday_and_hours(text, dates):
    assert [d["date"] for d in extract_deadlines(text, "2026-03-01") if d["kind"] == "deadline"] == dates


@pytest.mark.parametrize("text, rows", [
    ("镇经济发展办公室开展服务，协调县商务局做好商品进场工作。", ["镇经济发展办公室"]),  # 协调X: X is asked (reviewset152)
    ("镇农业服务中心协调乐东供电分局完成线路改造。", ["镇农业服务中心"]),  # no name runs across 协调
    ("市市场监督管理局食品安全协调科负责组织抽检。", ["市市场监督管理局食品安全协调科"]),  # 协调 inside a division's name
])
def test_the_organ_coordinated_with_is_asked(text, rows):
    assert departments(text) == rows


def test_loans_are_counted_in_bi():
    assert [(r["value"], r["unit"]) for r in extract_targets("全年发放创业担保贷款不少于30笔。", doc_date="2026-03-01")] == [(30.0, "笔")]


@pytest.mark.parametrize("text, rows", [
    ("保护区所在乡镇人民政府负责日常巡护。", ["保护区所在乡镇人民政府"]),  # what lies in the place names its organ
    ("各口岸所在县人民政府于每月8日前报送通关时效数据。", ["各口岸所在县人民政府"]),
    ("学生渡口所在乡镇人民政府要落实渡口管理。", ["学生渡口所在乡镇人民政府"]),
    ("二季度县交通运输局联合县应急管理局开展渡口检查。", ["县交通运输局", "县应急管理局"]),  # a quarter ends before a name
    ("二季度末各街道简易注销办理量均不低于30户。", []),  # whose count it is, no act
])
def test_seats_and_quarters_before_an_organ(text, rows):
    assert departments(text) == rows


def test_an_inspection_institute_acts():
    assert departments("省兽药饲料监察所承担抽检任务。") == ["省兽药饲料监察所"]


@pytest.mark.parametrize("text, rows", [
    ("每月15日开展补免，做到应免尽免。", [("每月15日", "month")]),  # a day of each month the act is done on
    ("对漏免畜禽及时补免（每月20日）。", [("每月20日", "month")]),
    ("每月15日前报送进展。", [("每月15日前", "month")]),
    ("每周3日开展巡查。", []),  # days in each week: a count, no day of it
])
def test_a_day_of_each_month_is_a_monthly_schedule(text, rows):
    assert [(r["raw"], r["period"]) for r in extract_deadlines(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("2026年全镇化解镇级债务1800万元。", [("2026年", "2026-12-31")]),  # data: year_act
    ("2026年全省创建示范离退休干部党支部100个。", [("2026年", "2026-12-31")]),
    ("2026年全区新组建业主大会25个，全县更换门牌5000块。", [("2026年", "2026-12-31")]),
    ("2026年在建的小型水库除险加固和节水改造项目均纳入抽检范围。", []),  # 在建: which projects, no act of the year
    ("2026年在嘎鲁图镇、乌审召镇、图克镇各设立急救站点1个。", [("2026年", "2026-12-31")]),  # where, between
    ("年底前完成信江“一河一策”（2026—2028年）编制。", [("年底前", "2026-12-31")]),  # the named plan's years
    ("攻坚阶段（2026—2027年）：全面推进。", [("（2026—2027年）", "2027-12-31")]),  # a stage's years stay
])
def test_years_of_acts_in_places_and_the_years_of_a_named_plan(text, rows):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, expected", [
    ("县动物卫生监督所在各镇设立动物检疫申报点。", ["县动物卫生监督所"]),  # 监督所 a head; 所在 no seat across it
    ("市血吸虫病防治所负责组织查螺。", ["市血吸虫病防治所"]),
    ("项目所在各乡镇负责协调。", ["项目所在各乡镇"]),  # the seat of a place still reads
    ("碾伯镇、高庙镇务必于4月30日前全面完成整改。", ["碾伯镇", "高庙镇"]),  # bare towns before 务必
    ("各门诊要规范Ⅲ级暴露处置。", ["各门诊"]),
    ("各村股份经济合作社负责本村河段日常管护。", ["各村股份经济合作社"]),  # 股 of 股份 ends no name
    ("（三）格尔木市人民政府确保飞行服务站于9月底前投入试运行。", ["格尔木市人民政府"]),  # 确保 opens no sub-unit
    ("各项目单位倒排工期，确保支出进度。", ["各项目单位"]),
    ("区综合行政执法局接报后2小时内到场处置。", ["区综合行政执法局"]),
    ("…；各村（居）委会发现病死畜禽后2小时内报告。", ["各村（居）委会"]),
    ("对县市场监管局发现的问题进行整改。", []),  # what the bureau found, no act of its own
])
def test_supervision_institutes_bare_towns_and_subjects_that_find_or_ensure(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, rows", [
    ("日均飞行计划受理能力达到200架次以上。", [("日均飞行计划受理能力", ">=", 200.0, "架次")]),
    ("对新开通并常态化运营（每年飞行1000架次以上）的无人机物流航线，每条给予20万元奖励。", []),  # a condition
    ("队员工资水平不低于当地城镇非私营单位在岗职工平均工资的80%。", [("队员工资水平", ">=", 80.0, "%")]),
    ("村党组织书记基本报酬按不低于当地最低工资的2倍核定。", [("村党组织书记基本报酬", ">=", 2.0, "倍")]),
])
def test_flights_long_references_of_a_share_and_norms_set_by_a_verb(text, rows):
    assert target_rows(text) == rows


@pytest.mark.parametrize("text, expected", [
    ("会议要求县农牧和科技局对全县18家制种企业逐一核查。", ["县农牧和科技局"]),  # 求 of 要求 opens no name
    ("会议要求旗发展和改革委员会支持白音察干镇建设分级包装中心1处。", ["旗发展和改革委员会"]),
    ("会议同意区殡仪馆新增环保火化炉2台。", []),  # the meeting approves its project (reviewset404)
    ("会议要求镇中心小学、镇卫生院配合县发展和改革局开展评估。", ["镇中心小学", "镇卫生院", "县发展和改革局"]),
    ("乡应急管理办公室联合乡综治中心在全乡开展宣传。", ["乡应急管理办公室", "乡综治中心"]),
    ("（一）县林木种苗站负责组织抽检。", ["县林木种苗站"]),
    ("县森林病虫害防治检疫站负责监测。", ["县森林病虫害防治检疫站"]),
    ("省农业科学院负责资源分发共享平台运行。", ["省农业科学院"]),
    ("斗南花卉产业园区管理委员会负责推动交易市场数字化改造。", ["斗南花卉产业园区管理委员会"]),
    ("市侨联会同市民政局开展走访。", ["市侨联", "市民政局"]),  # federations by their short form
    ("市归国华侨联合会负责联络。", ["市归国华侨联合会"]),  # whole, not 侨联 inside it
    ("区侨联联络部负责联系海外侨团。", ["区侨联联络部"]),
])
def test_what_meetings_ask_institutes_stations_and_parks(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, rows", [
    ("生产脱毒原原种8000万粒。", [("=", 80000000.0, "万粒")]),
    ("资源年分发量达到1500份次以上。", [(">=", 1500.0, "份次")]),
    ("下载速率不低于100Mbps。", [(">=", 100.0, "Mbps")]),
    ("资费折扣不高于5折。", [("<=", 5.0, "折")]),
    ("全州牦牛存栏120万头（只）左右。", [("approx", 1200000.0, "万头")]),  # a second unit in brackets
    ("在职职工总数30人（含）以下的暂免征收。", []),  # an inclusive bound naming whom a rule spares
    ("开放共享科研仪器1万台（套）以上。", [(">=", 10000.0, "万台")]),
])
def test_units_of_seeds_copies_speeds_and_discounts(text, rows):
    found = extract_targets(text, "2026-03-01")
    assert [(r["comparator"], r["value"], r["unit"]) for r in found] == rows


@pytest.mark.parametrize("text, rows", [
    ("会议同意2026年全旗新建马铃薯恒温贮藏库20座。", [("2026年", "2026-12-31")]),  # data: year_lead
    ("2026年在全省建设5G基站1100个。", [("2026年", "2026-12-31")]),
    ("对2026年建设的项目进行验收。", []),
])
def test_years_a_meeting_agrees_and_years_of_building(text, rows):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, expected", [
    # a later organ of a list keeps its name as written (reviewsets 108, 146: 各县(市、区)财政局、教育局 -> 教育局)
    ("各地（市）教育局、人力资源和社会保障局要做好资格审核。", ["各地（市）教育局", "人力资源和社会保障局"]),
    ("各地（市）侨联要摸清底数。", ["各地（市）侨联"]),  # 地(市), Tibet's prefectures and cities, a level
    ("各地要加强领导。", []),  # 地 alone is no level
])
def test_prefectures_and_cities_of_tibet_as_a_level(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, rows", [
    ("6月1日至6月10日网上报名，6月下旬组织笔试。", [("6月1日至6月10日", "2026-06-10"), ("6月下旬", "2026-06-30")]),
    ("6月1日至9月30日为集中认证期。", [("6月1日至9月30日", "2026-09-30")]),  # a campaign's period
    ("2026年全区招聘特岗教师600名。", [("2026年", "2026-12-31")]),
])
def test_windows_for_applying_campaign_periods_and_a_year_of_recruiting(text, rows):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, expected", [
    ("会议要求桥头镇、城关镇人民政府于8月底前开通送餐上门服务。", ["桥头镇人民政府", "城关镇人民政府"]),  # 要求 no place
    ("一是落实群测群防员，镇财政所按每人每月200元发放补助。", ["镇财政所"]),  # data: duty 发放
    ("抽测数据差异率不超过10%，市教育局随机抽测学生不少于800名。", ["市教育局"]),
    ("各定点零售药店要于6月底前完成追溯码扫码设备配备。", ["各定点零售药店"]),
    ("市体育局联合银联商务赣州分公司发放体育消费券300万元。", ["市体育局", "银联商务赣州分公司"]),  # a group's branch
])
def test_places_after_what_a_meeting_asks_payers_samplers_and_pharmacies(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("text, rows", [
    ("追溯码扫码结算率三季度末达到90%、年底达到98%。", [("三季度末", "2026-09-30"), ("年底", "2026-12-31")]),
    ("年末有总结。", []),  # a time of every year, no target reached by it
    ("年底完成率低于90%的单位，取消评优资格。", []),  # a rate naming whom, no target reached by the year's end
    ("5月至11月为集中猎捕期。", [("5月至11月", "2026-11-30")]),  # data: campaign_work
])
def test_a_year_end_a_target_is_reached_by_and_a_campaign_of_culling(text, rows):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("旅游旺季（5月至9月）每日清运2次。", [("每日", "")]),  # a season's months in brackets: every year's, no deadline
    ("夏季（6月至9月）每日保洁2遍。", [("每日", "")]),
    ("三季度（7月至9月）完成验收。", [("三季度", "2026-09-30"), ("（7月至9月）", "2026-09-30")]),  # a quarter is no season
])
def test_a_season_named_with_its_months_in_brackets(text, rows):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, "2026-03-01")] == rows


def test_a_time_lengthened_to_a_level_and_an_organ_a_case_is_copied_to():
    found = extract_targets("公厕开放时间延长至20小时。", "2026-03-01")
    assert [(r["indicator"], r["comparator"], r["value"], r["direction"]) for r in found] == [("公厕开放时间", "=", 20.0, "up")]
    rows = extract_assignments("由县住房和城乡建设局依法处罚，并抄告县市场监督管理局依法处理。")
    assert [r["department"] for r in rows] == ["县住房和城乡建设局", "县市场监督管理局"]  # 抄告 opens no name


@pytest.mark.parametrize("text, expected", [
    ("三是各苏木镇人民政府整合供销、电商站点资源。", ["各苏木镇人民政府"]),
    ("各社区居民委员会整合物业资源设立快递服务站。", ["各社区居民委员会"]),  # whole, before 各社区
    ("各项目指挥部要倒排工期。", ["各项目指挥部"]),
])
def test_pooling_organs_residents_committees_and_project_headquarters(text, expected):
    assert [r["department"] for r in extract_assignments(text)] == expected


@pytest.mark.parametrize("doc_date, text, rows", [
    ("2026-03-01", "2026年、2027年、2028年，园区入驻企业分别达到60家、75家、90家以上。",
     [("2026年", "2026-12-31"), ("2027年", "2027-12-31"), ("2028年", "2028-12-31")]),
    ("2026-03-01", "2024年、2025年分别完成改造120户、150户。", []),  # results of past years
])
def test_each_year_of_a_list_with_its_own_value(doc_date, text, rows):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, doc_date)] == rows


def test_days_of_every_year_listed_before_one_bound():
    rows = extract_deadlines("于每年6月30日和12月20日前报送。", "2026-03-01")
    assert [(r["raw"], r["kind"], r["note"]) for r in rows] == [("每年6月30日和12月20日前", "recurring", "by 06-30, 12-20")]


@pytest.mark.parametrize("text, rows", [
    ("（一）开展演出。（区秦腔剧团牵头，各乡镇人民政府配合）", [("区秦腔剧团", "lead"), ("各乡镇人民政府", "cooperate")]),
    ("（二）完善温湿度监测。（区粮食储备库负责，区发展和改革局配合）", [("区粮食储备库", "responsible"), ("区发展和改革局", "cooperate")]),
    ("县艺术团全年开展送文化下乡演出80场。", [("县艺术团", "mentioned")]),
])
def test_troupes_and_depots_named_in_notes_and_text(text, rows):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == rows


def test_civilisation_practice_institutes_named_with_each():
    rows = extract_assignments("各乡镇新时代文明实践所组织志愿者对辖区独居老人上门探访，每月不少于1次。")
    assert [(r["department"], r["collective"]) for r in rows] == [("各乡镇新时代文明实践所", True)]


@pytest.mark.parametrize("text, rows", [
    ("城区公交线路由现有的9条增加到12条，城区公交站点500米覆盖率达到90%以上。",  # 由现有的: the base of a change
     [("城区公交线路", "=", 12.0), ("城区公交站点500米覆盖率", ">=", 90.0)]),
    ("新建区域医疗中心3个。", [("区域医疗中心", "=", 3.0)]),  # 新建 a cue before 区域
    ("建成区公交站点500米覆盖率达到95%。", [("建成区公交站点500米覆盖率", "=", 95.0)]),  # 建成区 a noun, no 建成
    ("现有线路9条，覆盖率达到90%。", [("覆盖率", "=", 90.0)]),  # the stock is no target; the cued clause after it is
])
def test_levels_adjusted_from_the_present_and_the_built_up_area(text, rows):
    assert [(r["indicator"], r["comparator"], r["value"]) for r in extract_targets(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("9月至10月，局建设与管理股会同县人力资源和社会保障局对全县在建项目开展专项检查。", [("9月至10月", "2026-10-31")]),
    ("二、集中化解（12月11日—2027年1月20日）", [("（12月11日—2027年1月20日）", "2027-01-20")]),  # ends in the next year
])
def test_stages_done_by_a_long_named_unit_and_ending_in_the_next_year(text, rows):
    assert [(r["raw"], r["date"]) for r in extract_deadlines(text, "2026-10-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("全市特色农产品保险保费规模达到1.5亿元。", [("=", 150000000.0)]),  # a premium volume, no fund's size
    ("器材完好率在年底前提升至95%以上。", [(">=", 95.0)]),
    ("县民政局对现有48个互助幸福院开展安全评估，6月底前完成适老化改造15个。", [("=", 15.0)]),  # 对现有: the scope
])
def test_premium_volumes_and_work_on_existing_things(text, rows):
    assert [(r["comparator"], r["value"]) for r in extract_targets(text, "2026-03-01")] == rows


def test_the_preposition_of_a_time_between_a_label_and_its_cue_leaves_the_label():
    found = extract_targets("器材完好率在年底前提升至95%以上。", "2026-03-01")
    assert [r["indicator"] for r in found] == ["器材完好率"]


def test_the_weight_of_a_part_of_an_assessment_is_no_target():
    assert extract_targets("（一）医疗质量（占40%）。", "2026-03-01") == []
    found = extract_targets("（二）服务开展（占50%）：驻站社工每月在岗不少于20个工作日。", "2026-03-01")
    assert [(r["comparator"], r["value"]) for r in found] == [(">=", 20.0)]


@pytest.mark.parametrize("text, rows", [
    # a stock stated with 共 or 共有, and its parts after 其中, are no targets; a cued clause after it is
    ("全市列养公路桥梁共486座，其中特大桥4座。全年完成定期检测桥梁160座以上。", [(">=", 160.0)]),
    ("辖区共有海洋渔船212艘，渔船安全责任书签订率达到100%。", [("=", 100.0)]),
    ("全镇排查登记的废弃户用沼气池共1126口，年内安全处置废弃户用沼气池1000口以上。", [(">=", 1000.0)]),
    # a total after the verb of the work, or a quota shared out among units, is a commitment
    ("布设新污染物监测点位共36个。", [("=", 36.0)]),
    ("今年计划新建公厕共20座。", [("=", 20.0)]),
    ("尹集学区各小学共12名。", [("=", 12.0)]),
])
def test_a_stock_and_its_parts_are_no_targets(text, rows):
    assert [(r["comparator"], r["value"]) for r in extract_targets(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, unit", [("车辆系统故障率控制在0.5次/万车公里以内。", "次/万车公里"),
                                        ("改造桥梁总长不少于860延米。", "延米")])
def test_failures_per_vehicle_kilometre_and_linear_metres_are_units(text, unit):
    assert [r["unit"] for r in extract_targets(text, "2026-03-01")] == [unit]


@pytest.mark.parametrize("text, label", [
    ("精防医生每季度对危险性评估3级以上患者随访不少于1次。", "精防医生随访"),
    ("网格员每月对辖区种植养殖主体巡查不少于2次。", "网格员巡查"),
    ("各乡（镇）人民政府每季度对辖区场所开展安全检查不少于1次。", "安全检查"),  # an organ's count: the act
    ("对签约孕产妇提供孕期随访不少于5次。", "孕期随访"),  # a service provided, no inspection
])
def test_a_count_of_inspections_keeps_a_person_team_or_station_holding_it(text, label):
    assert [r["indicator"] for r in extract_targets(text, "2026-03-01")] == [label]


@pytest.mark.parametrize("text, rows", [
    ("每年开展检测。（州公路总段负责，各县（市）交通运输局配合）",
     [("州公路总段", "responsible"), ("各县（市）交通运输局", "cooperate")]),
    ("开展联合检查。（镇卫生院牵头，镇中心幼儿园配合）", [("镇卫生院", "lead"), ("镇中心幼儿园", "cooperate")]),
    ("开展巡护。（市海洋发展局牵头，有关镇街配合）", [("市海洋发展局", "lead"), ("有关镇街", "cooperate")]),
    ("县公路管理段每月开展隧道巡查。", [("县公路管理段", "mentioned")]),
])
def test_road_maintenance_units_schools_and_towns_and_streets_in_notes(text, rows):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == rows


def test_households_and_people_counted_together_are_two_rows_with_one_label():
    found = extract_targets("2026年避险搬迁230户680人左右。", "2026-03-01")
    assert [(r["indicator"], r["comparator"], r["value"], r["unit"]) for r in found] == [
        ("避险搬迁", "=", 230.0, "户"), ("避险搬迁", "approx", 680.0, "人")]


@pytest.mark.parametrize("text, rows", [
    ("每周调度、半月通报工作进展。", [("每周", "week"), ("半月", "half-month")]),  # 每 shared by the list
    ("拨付第一季度补助。", []), ("完成一季度问题整改销号。", []),  # the period of what is paid or rectified
    ("一季度完成摸底。", [("一季度", "")]),
])
def test_periods_shared_in_a_list_and_periods_of_the_object(text, rows):
    assert [(r["raw"], r["period"] or "") for r in extract_deadlines(text, "2026-03-01")] == rows


def test_a_cue_character_ending_a_word_is_no_cue():
    assert extract_targets("发现违法行为于24小时内报告县水利局。", "2026-03-01") == []


def test_places_tallied_before_their_shared_measure_each_take_it():
    found = extract_targets("银川、石嘴山、吴忠3市厨余垃圾处理能力分别达到150吨/日、60吨/日、50吨/日以上。", "2026-03-01")
    assert [r["indicator"] for r in found] == ["银川厨余垃圾处理能力", "石嘴山厨余垃圾处理能力", "吴忠厨余垃圾处理能力"]


def test_a_quoted_unit_in_a_note():
    rows = extract_assignments("开展巡查。（镇农业农村办牵头，各村“两委”配合）")
    assert [(r["department"], r["role"]) for r in rows] == [("镇农业农村办", "lead"), ("各村“两委”", "cooperate")]


@pytest.mark.parametrize("text, label", [
    ("依法必须招标项目电子化招标率达到100%。", "依法必须招标项目电子化招标率"),  # a modal inside a legal term
    ("约定采购量完成率达到100%。", "约定采购量完成率"), ("安装质量验收合格率达到98%。", "安装质量验收合格率"),
    ("学校负责人每餐陪餐不少于1人。", "学校负责人陪餐"), ("老年人每餐价格不超过10元。", "老年人每餐价格"),
])
def test_terms_that_hold_a_modal_or_a_verb_and_meals_accompanied(text, label):
    assert [r["indicator"] for r in extract_targets(text, "2026-03-01")] == [label]


@pytest.mark.parametrize("text, name", [
    ("阿拉善高新技术产业开发区管委会负责督促园区企业整改。", "阿拉善高新技术产业开发区管委会"),
    ("察尔汗工业园管委会每月组织一次检查。", "察尔汗工业园管委会"),
    ("齐鲁化学工业区管理服务中心负责日常巡查。", "齐鲁化学工业区管理服务中心"),  # a lead of six before 区
    ("县地方海事处负责渡口安全检查。", "县地方海事处"),
    ("镇供暖站每日巡查管网。", "镇供暖站"), ("各镇（街道）建管站每月开展检查。", "各镇（街道）建管站"),
])
def test_zone_committees_and_heating_and_building_stations_act(text, name):
    assert [r["department"] for r in extract_assignments(text)] == [name]


@pytest.mark.parametrize("text, rows", [
    ("建筑层数不超过3层。", [("<=", 3.0, "层")]), ("辖区储备桶装水不少于2000桶。", [(">=", 2000.0, "桶")]),
    ("3层及以上经营性自建房鉴定工作6月底前完成。", []),  # storeys bound the class of buildings meant
    ("对载人超过1人的电动三轮车开展整治。", []),  # a vehicle named by its wheels counts nothing
])
def test_storeys_and_barrels_are_units_and_classes_of_buildings_and_vehicles_are_no_targets(text, rows):
    assert [(r["comparator"], r["value"], r["unit"]) for r in extract_targets(text, "2026-03-01")] == rows


def test_each_value_of_a_list_after_a_change_against_the_same_period_in_a_goal():
    found = extract_targets("一、行动目标。全县农村道路交通事故起数、死亡人数同比分别下降10%、15%。", "2026-03-01")
    assert [(r["indicator"], r["value"]) for r in found] == [("农村道路交通事故起数", 10.0), ("死亡人数", 15.0)]


def test_an_organ_acting_within_a_time_limit_is_an_actor():
    rows = extract_assignments("区劳动人事争议仲裁院24小时内派员进驻调解。")
    assert [(r["department"], r["role"]) for r in rows] == [("区劳动人事争议仲裁院", "mentioned")]


@pytest.mark.parametrize("text, label", [
    ("改造后小区物业服务覆盖率达到80%。", "改造后小区物业服务覆盖率"),  # the communities renovated, a kind of their own
    ("改造后消防安全检查合格率达到100%。", "消防安全检查合格率"),  # when it is measured
    ("高频诉求解决率在三季度末前提高到90%。", "高频诉求解决率"),  # a rate before a time keeps its verb
])
def test_the_state_after_a_work_and_a_time_closing_a_rate(text, label):
    assert [r["indicator"] for r in extract_targets(text, "2026-03-01")] == [label]


def test_a_rate_above_a_bound_naming_units_is_a_condition():
    assert extract_targets("每季度通报退单率高于5%的单位。", "2026-03-01") == []
    assert [r["value"] for r in extract_targets("超过90%的村建成文明村。", "2026-03-01")] == [90.0]


def test_an_article_on_what_is_done_with_assessment_results_is_no_review():
    found = extract_deadlines("考核结果于次年1月20日前公布，作为评优依据。", "2026-03-01")
    assert [(r["raw"], r["date"]) for r in found] == [("次年1月20日前", "2027-01-20")]
    assert is_review("考核结果\n优秀等次比例不超过20%") and not is_review("考核结果于12月20日前公布。")


def test_a_pledge_after_a_past_years_result_in_one_sentence_is_a_target():
    found = extract_targets("2025年全县水费收缴率为86%，全年力争提高到92%。", "2026-03-01")
    assert [(r["indicator"], r["value"]) for r in found] == [("水费收缴率", 92.0)]
    assert extract_targets("2020年末，全市人均预期寿命提高到82岁。", "2026-03-01") == []


@pytest.mark.parametrize("text, rows", [
    ("全县现有村（社区）102个，村（社区）法律顾问覆盖率达到100%。", [("=", 100.0)]),  # a stock, then a target
    ("辖区现有药品零售门店38家，一季度检查覆盖率为76%。", []),  # a stock and a result stated with 为
    ("到2026年12月底，全县急救站点由现有的9个增加到14个。", [("=", 14.0)]),  # 由现有: the base of a change
])
def test_what_exists_is_a_stock_of_its_sentence_not_of_a_target_clause_after_it(text, rows):
    assert [(r["comparator"], r["value"]) for r in extract_targets(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, label", [
    ("“城关政务”栏目每周更新不少于3次。", "“城关政务”栏目更新"),  # the schedule leaves, the act counted stays
    ("年底前消化暂付款存量30%以上。", "暂付款存量"), ("消化进度达到60%。", "消化进度"),
])
def test_updates_counted_with_their_schedule_and_advances_worked_off(text, label):
    assert [r["indicator"] for r in extract_targets(text, "2026-03-01")] == [label]


def test_a_deadline_before_pushing_on_what_is_signed_already_is_ahead():
    found = extract_deadlines("10月中旬前推动已签约项目全部开工。", "2026-03-01")
    assert [(r["raw"], r["date"]) for r in found] == [("10月中旬前", "2026-10-20")]


def test_the_prefectures_of_a_province_named_with_their_kinds_act():
    rows = extract_assignments("各地（州、市）应急管理局每季度开展一次检查。")
    assert [(r["department"], r["collective"]) for r in rows] == [("各地（州、市）应急管理局", True)]


@pytest.mark.parametrize("text, rows", [
    ("平台访问响应时间控制在3秒以内。", [("平台访问响应时间", "<=", 3.0)]),
    ("预先警报鸣36秒、停24秒，反复3遍。", []),  # a signal's timing, a standard
    ("帮扶措施落实率达到100%。", [("帮扶措施落实率", "=", 100.0)]),  # 帮扶措施 a noun, 帮扶 stays
])
def test_response_times_in_seconds_and_the_measures_of_assistance(text, rows):
    assert [(r["indicator"], r["comparator"], r["value"]) for r in extract_targets(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("绿地比例应当符合下列规定：\n（一）新建居住区不得低于百分之三十五；\n（二）工业用地不超过百分之十五。",
     [("新建居住区不得低于百分之三十五", "新建居住区"), ("工业用地不超过百分之十五", "工业用地")]),
    ("应当符合下列规定：\n(三)超过核定载质量百分之五十以上", [("超过核定载质量百分之五十以上", "核定载质量")]),
    ("主要目标：\n1.农作物耕种收综合机械化率达到88%。", [("农作物耕种收综合机械化率达到88%", "农作物耕种收综合机械化率")]),
    ("一、二级医院门诊预约率达到60%。", [("一、二级医院门诊预约率达到60%", "一、二级医院门诊预约率")]),  # numerals listed
])
def test_an_items_marker_at_a_lines_start_is_no_part_of_a_targets_raw_or_label(text, rows):
    assert [(r["raw"], r["indicator"]) for r in extract_targets(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text, rows", [
    ("林业有害生物成灾率控制在千分之二以内。", [("林业有害生物成灾率", "<=", 2.0, "‰")]),  # per mille in words
    ("人口自然增长率控制在千分之五点五以内。", [("人口自然增长率", "<=", 5.5, "‰")]),
    ("年度有效投诉率超过千分之三的企业，由区交通运输局约谈其主要负责人。", []),  # the bound names which firms
    ("逾期不缴纳的，按日加收滞纳款额千分之三。", []),  # a late fee, a sanction
    ("自欠缴之日起按照每日0.5%加处滞纳金。", []),
    ("考评结果纳入年度目标考核，权重为8%。", []),  # a weight stated
    ("将网络安全工作纳入综合考核，权重不低于2%。", [("权重", ">=", 2.0, "%")]),  # a bound on it is a norm
    ("签订率低于80%的县市区扣3分。", []),  # a score rule: the cue bounds the rate naming whom it hits
    ("申报主体须具有3名以上林业专业技术人员。", []),  # what an applicant must have
    ("区财政局追加防治经费150万元。", []),  # funds added, moved
])
def test_per_mille_in_words_weights_late_fees_and_qualifications(text, rows):
    assert target_rows(text) == rows


@pytest.mark.parametrize("text, label", [
    ("护林员每月巡护天数不少于20天。", "护林员每月巡护天数"), ("每周巡山天数不少于3天。", "每周巡山天数"),
    ("县级林长每年巡林不少于4次。", "县级林长巡林"),  # how often an act is done is no part of its label
])
def test_the_period_of_a_count_of_days_is_its_base(text, label):
    assert [r["indicator"] for r in extract_targets(text, "2026-03-01")] == [label]


@pytest.mark.parametrize("text, rows", [
    ("县农业农村局会同同级财政部门做好补贴资金审核。", [("县农业农村局", False), ("同级财政部门", True)]),
    ("所需经费由本级财政部门安排。", [("本级财政部门", True)]),
    ("各社会组织于6月30日前填报年度报告。", [("各社会组织", True)]),
    ("各试点乡镇每周五前报送进展。", [("各试点乡镇", True)]),
    ("各大队指导乡镇（街道）为每栋高层住宅明确1名楼长。", [("各大队", True)]),
    ("各村委会至少组建1支红色宣讲队。", [("各村委会", True)]),
    ("每个县级仲裁院至少设立2个标准仲裁庭。", []),  # a norm per unit names no actor
    ("区财政局追加防治经费150万元。", [("区财政局", False)]),
])
def test_collectives_of_a_level_of_a_kind_and_of_bodies_that_act(text, rows):
    assert [(r["department"], r["collective"]) for r in extract_assignments(text)] == rows


def test_a_note_naming_the_cooperatives_head_office_is_read():
    rows = extract_assignments("加快建设烘干中心（县农业农村局牵头，县供销合作总社配合）。")
    assert [(r["department"], r["role"]) for r in rows] == [("县农业农村局", "lead"), ("县供销合作总社", "cooperate")]


@pytest.mark.parametrize("text, rows", [
    ("基地入驻主播不少于20名、年带货销售额不低于5000万元的方可申报。", []),  # conditions of applying
    ("申报条件：场馆面积不少于300平方米，配备专职管理人员2名以上。", []),  # a heading's words as a key
    ("违规设置准入条件的文件清理率达到100%。", [("文件清理率", "=", 100.0, "%")]),  # 准入条件 a noun
    ("全年开展远程会诊不少于60例。", [("远程会诊", ">=", 60.0, "例")]),  # cases counted
    ("投放人工鱼礁20万空方以上。", [("人工鱼礁", ">=", 200000.0, "万空方")]),  # a reef's hollow volume
    ("处方审核合格率达到100%。", [("处方审核合格率", "=", 100.0, "%")]),  # 处方 opens no fine
    ("在2025年举办展会68场的基础上，2026年举办展会不少于80场。", [("展会", ">=", 80.0, "场")]),  # the base
    ("2025年全市已布设外卡POS机1260台，在此基础上新增外卡受理终端不少于400台。", [("外卡受理终端", ">=", 400.0, "台")]),
    ("全年互联网广告监测量较上半年增长20%。", [("互联网广告监测量", "=", 20.0, "%")]),  # the period compared with
    ("礁区渔业资源密度较投礁前提高30%。", [("礁区渔业资源密度", "=", 30.0, "%")]),
])
def test_conditions_of_applying_bases_built_on_and_units_of_cases_and_reefs(text, rows):
    assert target_rows(text) == rows


def test_the_period_a_change_is_measured_from_is_no_deadline():
    assert extract_deadlines("全年互联网广告监测量较上半年增长20%。", "2026-03-01") == []
    assert [r["raw"] for r in extract_deadlines("上半年完成80%。", "2026-03-01")] == ["上半年"]


def test_a_minutes_figures_after_the_report_heard_are_its_review():
    text = ("一、会议听取了县文旅局关于一季度入境旅游工作情况的汇报。一季度全县接待入境游客6.2万人次。"
            "会议要求，二季度入境游客接待量达到8万人次。")
    assert [r["value"] for r in extract_targets(text, "2026-04-10")] == [80000.0]
    # the sentence of the report heard may ask for what is to come
    assert [r["value"] for r in extract_targets("一、会议听取了县文旅局的汇报，要求二季度接待量达到8万人次。", "2026-04-10")] == [80000.0]


@pytest.mark.parametrize("text, label", [
    ("孵化本土带货主播200名。", "本土带货主播"), ("整修林区便道45公里。", "林区便道"),
    ("检修护林瞭望哨12座。", "护林瞭望哨"), ("孵化器在孵企业数量达到50家。", "孵化器在孵企业数量"),
    ("检修记录保存期限不少于3年。", "检修记录保存期限"),
])
def test_verbs_of_incubating_and_repairing_open_no_label(text, label):
    assert [r["indicator"] for r in extract_targets(text, "2026-03-01")] == [label]


@pytest.mark.parametrize("text, rows", [
    ("推进管网改造（区燃气安全监管站牵头，各燃气经营企业负责）。", [("区燃气安全监管站", "lead"), ("各燃气经营企业", "responsible")]),
    ("完成造林（区林业和草原局牵头，各国有林场负责）。", [("区林业和草原局", "lead"), ("各国有林场", "responsible")]),
    ("各国有林场于6月底前完成自查。", [("各国有林场", "mentioned")]),
    ("各受托银行网点要做好服务。", [("各受托银行网点", "mentioned")]),
])
def test_firms_and_forest_farms_of_one_kind_in_notes_and_text(text, rows):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, rows", [
    ("评审结果在县政府网站公示，公示期为5个工作日。", []),  # a notice period stated, a standard
    ("公示期不少于5个工作日。", [("公示期", ">=", 5.0, "个工作日")]),  # a bound on it, a norm
    ("每个社区设置智能冷链自提柜不少于2组。", [("智能冷链自提柜", ">=", 2.0, "组")]),
    ("全年冷链车辆通行不少于2000辆次。", [("冷链车辆通行", ">=", 2000.0, "辆次")]),
    ("单位建筑面积碳排放较基准年下降20%。", [("单位建筑面积碳排放", "=", 20.0, "%")]),
    ("涉农贷款余额较年初新增不少于30亿元。", [("涉农贷款余额", ">=", 3000000000.0, "亿元")]),
])
def test_notice_periods_sets_vehicle_trips_and_bases_of_a_change(text, rows):
    assert target_rows(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("对评定为近零碳示范单位的，各地级以上市生态环境局可给予最高20万元奖励。", ["各地级以上市生态环境局"]),
    ("市林业局可对违法行为进行处罚。", ["市林业局"]),  # 可 before the act it may do
    ("盛乐经济园区管委会负责日常管理。", ["盛乐经济园区管委会"]),
    ("深河产业园管委会负责园区建设。", ["深河产业园管委会"]),
    ("推进乡村振兴示范区建设。", []),
])
def test_organs_that_may_act_and_the_committees_of_parks_and_zones(text, rows):
    assert [r["department"] for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, dates", [
    ("7月15日前报送上半年进展。", ["2026-07-15"]),  # the half year reported on, the day the deadline
    ("下达上半年资金。", []), ("上半年考核于7月15日前完成。", ["2026-07-15"]),
    ("报送上半年绿色金融工作总结。", []), ("上半年完成80%。", ["2026-06-30"]),
])
def test_a_period_reported_paid_or_assessed_is_no_deadline(text, dates):
    assert [r["date"] for r in extract_deadlines(text, "2026-03-01")] == dates


@pytest.mark.parametrize("text, rows", [
    ("遴选条件为从事农牧业生产3年以上。", []), ("俱乐部须依法登记满1年以上。", []),  # years of practice, standing
    ("从事相关工作的人员不少于5名。", [("从事相关工作的人员", 5.0)]),
    ("深州市水务局、武邑县水务局要在6月底前使年度任务完成率达到100%。", [("年度任务完成率", 100.0)]),
    ("各县要在6月30日前将参保率提升至95%。", [("参保率", 95.0)]), ("设备使用率达到80%。", [("设备使用率", 80.0)]),
])
def test_years_of_practice_give_no_target_and_what_is_made_to_reach_a_value_is_its_label(text, rows):
    assert [(r["indicator"], r["value"]) for r in extract_targets(text, "2026-03-01")] == rows


def test_difficulties_found_patrols_reported_and_zones_a_value_defines_hold_no_target():
    from policycompare.extract.targets import is_problem
    assert is_problem("二、存在的困难\n化肥价格同比上涨8%左右。") and not is_problem("三、下步打算\n确保播种率达到99%。")
    assert is_review("一、巡查情况\n一季度全县共巡查农村公路1150公里。")
    assert extract_targets("能繁母猪存栏量低于正常保有量90%为红色区域。", "2026-03-01") == []


@pytest.mark.parametrize("text, rows", [
    ("区供销联社负责农资调运。", [("区供销联社", False)]),
    ("属地应急管理局负责日常监管。", [("属地应急管理局", True)]),  # the local organ wherever the case is
])
def test_the_cooperatives_short_name_acts_and_a_local_organ_is_a_collective(text, rows):
    assert [(r["department"], r["collective"]) for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, values", [
    ("带动农户户均增加收入2000元以上。", [2000.0]), ("增加处理能力5万吨/日。", [50000.0]),  # 加收, 加处 inside words
    ("全年审核收费项目不少于100项。", [100.0]),  # 核收 inside a word: no late fee
    ("全年新增就业岗位1000个，符合条件的可申请补贴。", [1000.0]),  # a condition in the clause after
    ("2025年全市已布设外卡POS机1260台，在此基础上，新增外卡受理终端不少于400台。", [400.0]),
])
def test_targets_beside_late_fee_words_conditions_after_and_results_built_on_stay(text, values):
    assert [r["value"] for r in extract_targets(text, "2026-03-01")] == values


@pytest.mark.parametrize("text, raws", [
    ("确保上半年资金拨付到位。", ["上半年"]), ("于12月10日前完成下半年考核。", ["12月10日前"]),  # the half assessed
    ("监测量较第一季度增长10%。", []),  # the quarter compared with
])
def test_a_half_year_of_funds_is_a_deadline_and_of_an_assessment_none(text, raws):
    assert [r["raw"] for r in extract_deadlines(text, "2026-03-01")] == raws


@pytest.mark.parametrize("text, rows", [
    ("中蜂饲养量稳定在3.2万群左右。", [("中蜂饲养量", "approx", 32000.0, "万群")]),  # bee colonies are counted
    ("标准化蜂箱推广6000箱以上。", [("标准化蜂箱推广", ">=", 6000.0, "箱")]),
    ("志书文稿控制在150万字左右。", [("志书文稿", "approx", 1500000.0, "万字")]),  # an unlisted unit after 万 keeps its bound
    ("惠及10万群众。", [("群众", "=", 100000.0, "万")]),  # 群众 opens with a unit's character: no colonies
    ("规模蜂场（200群以上）质量追溯覆盖率达到90%。",  # a bracketed bound names which farms: no target
     [("规模蜂场（200群以上）质量追溯覆盖率", "=", 90.0, "%")]),
    ("补贴标准分别为1000元、1500元、2000元。", []),  # a fixed standard's list shares its verdict
    ("小学、初中校际差异系数分别控制在0.50、0.45以内。", [("小学、初中校际差异系数", "<=", 0.45, "")]),
    ("二季度发案数环比下降10%以上。", [("发案数", ">=", 10.0, "%")]),  # a change on the period before, bound
    ("上半年已募集62万元。", []), ("会议指出，已向412户企业返还资金860万元。", []),  # results reported
    ("预算总额180万元。", []),  # a budget's size, stated
    ("给予每人不低于2000元的慰问金。", [("慰问金", ">=", 2000.0, "元")]),  # the grant named after the amount
])
def test_colonies_and_hives_lists_of_fixed_amounts_changes_on_the_period_before_and_reported_sums(text, rows):
    assert target_rows(text) == rows


@pytest.mark.parametrize("text, label", [
    ("产生有毒物质的单位，应当按照国家规定设立不少于五十米的防护林带。", "防护林带"),  # the rule followed is no label
    ("审计机构应当组成不少于二人的审计组。", "审计组"),  # the group whose size is set
    ("打掉两卡犯罪团伙5个。", "两卡犯罪团伙"), ("追回违规支付资金100万元。", "违规支付资金"),
    ("种植耐盐碱水稻2万亩。", "耐盐碱水稻"), ("种植户培训达到500人次。", "种植户培训"),  # 种植户 is a noun
    ("为规模以上种植户机井安装计量设施不少于60套。", "计量设施"),
    ("种植粮油作物比例不低于60%。", "种植粮油作物比例"),  # a share of the act keeps its verb
])
def test_labels_past_rules_followed_verbs_opening_objects_and_nouns_opening_with_verbs(text, label):
    assert [row[0] for row in target_rows(text)] == [label]


@pytest.mark.parametrize("text, rows", [
    ("各科室要按时报送。", [("各科室", True)]), ("各部门于4月15日前完成单位自评。", []),  # 各部门: a placeholder (seeds)
    ("各苏木镇(街道)要做好宣传。", [("各苏木镇(街道)", True)]), ("乡民政所负责做好慰问工作。", [("乡民政所", False)]),
])
def test_every_section_acts_and_a_townships_civil_affairs_office_is_an_organ(text, rows):
    assert [(r["department"], r["collective"]) for r in extract_assignments(text)] == rows


@pytest.mark.parametrize("text, rows", [
    ("各县区财政局要推动州属平台公司经营性收入占营业收入比重达到30%。",  # a modal and a pushing verb open no label
     [("州属平台公司经营性收入占营业收入比重", "=", 30.0, "%")]),
    ("各市公安局于7月31日前完成2023年以来未办结申请的清理，清理率达到100%。", [("清理率", "=", 100.0, "%")]),
    ("2023年以来，全市新增就业5万人。", []),  # 以来 opening a report still dates the sentence
    ("浅层地下水位较上年同期回升0.5米以上。", [("浅层地下水位", ">=", 0.5, "米")]),  # a bound change on last year
    ("税收收入比上年同期提高1.1个百分点。", []),  # a change on last year's period, reported
    ("新增耕地质量平均等别提高0.5个等级以上。", [("耕地质量平均等别", ">=", 0.5, "个等级")]),
    ("全县已查明地质灾害隐患点136处。", []), ("年度经费80万元。", []),
])
def test_modals_before_labels_noun_phrases_since_a_year_changes_on_last_years_period_and_stated_sums(text, rows):
    assert target_rows(text) == rows


def test_a_checks_results_heading_makes_a_review():
    from policycompare.extract.targets import is_review
    assert is_review("一、抽查结果。本次抽查电梯230台，维保质量符合率为91.3%")
    assert not is_review("二、工作要求。抽查不合格的电梯须于5月15日前完成整改。")


@pytest.mark.parametrize("text, raws", [
    ("于3月至4月、9月至10月分两轮开展集中免疫。", ["3月至4月", "9月至10月"]),  # the list shares the work after it
    ("3月至5月、9月至11月禁止狩猎。", []),  # seasons listed
])
def test_listed_months_ranges_share_what_follows_the_list(text, raws):
    assert [r["raw"] for r in extract_deadlines(text, "2026-03-01")] == raws


@pytest.mark.parametrize("text, rows", [
    ("检测数量不少于30款。", [("检测数量", ">=", 30.0, "款")]), ("全年采血量不少于3200单位。", [("采血量", ">=", 3200.0, "单位")]),
    ("储备检测试剂5000人份以上。", [("检测试剂", ">=", 5000.0, "人份")]),
    ("组织46个单位参加培训。", []),  # 个 counts the bodies; 单位 alone is a unit only after a number
])
def test_kinds_blood_units_and_doses_are_counted(text, rows):
    assert target_rows(text) == rows


@pytest.mark.parametrize("text, raws", [("“三八”前组织巾帼健康讲座。", ["“三八”前"]), ("植树节前完成苗木调运。", ["植树节前"])])
def test_womens_day_and_tree_planting_day_are_days_of_the_year(text, raws):
    assert [r["raw"] for r in extract_deadlines(text, "2026-03-01")] == raws


@pytest.mark.parametrize("text, rows", [
    ("承诺时限较法定时限压缩50%以上。", [("承诺时限", ">=", 50.0, "%")]),  # the legal base is no part of the label
    ("年内交付安置房2800套。", [("安置房", "=", 2800.0, "套")]),  # 安置 opens the noun: no cue inside it
])
def test_a_legal_base_leaves_the_label_and_a_cue_opening_a_noun_is_none(text, rows):
    assert target_rows(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("为每个执法队配备执法记录仪，每队不少于6台。", [("执法记录仪", ">=", 6.0, "台")]),  # the object of the clause before
    ("每月发放生活补助，最高不超过800元。", [("生活补助", "<=", 800.0, "元")]),
])
def test_a_bound_naming_nothing_counts_the_object_of_the_clause_before(text, rows):
    assert target_rows(text) == rows


def test_a_yearly_grant_standard_is_no_schedule_and_a_summarys_closing_plan_looks_ahead():
    from policycompare.extract.targets import looks_ahead
    assert extract_deadlines("每年补助标准为1.2万元。", "2026-03-01") == []
    assert looks_ahead("三、下半年工作计划") and not looks_ahead("2025年工作计划完成情况")


def test_pages_ranges_last_years_work_heading_temples_and_archive_rooms():
    from policycompare.extract.targets import is_review
    assert target_rows("修复档案页数4000页至5000页。") == [("档案页数", "range", 5000.0, "页")]
    assert is_review("一、上年工作情况")
    assert [(r["department"], r["collective"]) for r in extract_assignments("各寺庙每月开展一次消防演练。")] == [("各寺庙", True)]
    assert [r["department"] for r in extract_assignments("各单位档案室要于6月底前完成移交。")] == ["各单位档案室"]


@pytest.mark.parametrize("text, rows", [
    ("社会消费品零售总额同比增长5%、6%以上。", [("社会消费品零售总额", ">=", 6.0, "%")]),  # its own bound: judged alone
    ("城镇新增就业(1万人以上)。", [("城镇新增就业", ">=", 10000.0, "万人")]),  # a bracket closing the clause holds a target
    ("今年以来新增的市场主体达到1200户。", []),  # 以来 opening the sentence: a report
    ("会议指出，5月以来我市臭氧超标天数已达6天。", []),
    ("对已投入使用的充电桩每季度检查不少于1次。", [("充电桩检查", ">=", 1.0, "次")]),  # the things checked
    ("全县国土面积218平方公里左右。", []),  # about so much: still a description
    ("污水排放达到国家规定标准的比例达到95%。", [("污水排放达到国家规定标准的比例", "=", 95.0, "%")]),  # a rule measured
    ("企业满意度比较原来提高5%以上。", [("企业满意度", ">=", 5.0, "%")]),  # 比较原来: the base
])
def test_own_bounds_in_lists_brackets_closing_a_clause_reports_since_a_month_and_rules_measured(text, rows):
    assert target_rows(text) == rows


def test_a_unit_read_after_wan_is_no_bound_word():
    assert [r["unit"] for r in extract_targets("新增就业1万及以上。", "2026-03-01")] == ["万"]


@pytest.mark.parametrize("text", [
    "第四条 承储企业应当具备有效仓容3000吨以上，且近3年无违法违规经营记录。",  # what one must have, named between
    "第二条 申请从事建筑垃圾运输的企业，应具有自有车辆20辆以上。",
    "在本市注册、职工总数不超过500人、年销售收入不超过2亿元的科技型企业均可参加评价。",  # who may take part, named
    "本办法适用于全省建筑面积1万平方米以上、施工工期超过6个月的房屋建筑和市政工程。",  # what a rule applies to
])
def test_what_an_applicant_must_have_who_may_take_part_and_what_a_rule_applies_to_are_no_targets(text):
    assert extract_targets(text, "2026-03-01") == []


def test_a_floor_on_what_units_of_the_plan_are_given_stays_a_target():
    rows = extract_targets("每个村级储备点储备铁锹不少于20把，各乡镇具备应急队伍2支以上。", "2026-03-01")
    assert [(r["value"], r["unit"]) for r in rows] == [(20.0, "把"), (2.0, "支")]


@pytest.mark.parametrize("value, names", [
    ("各市、县（区）民政局", ["各市、县(区)民政局"]),  # levels from high to low share the organ after them
    ("市、县民政局", ["市、县民政局"]),
    ("各镇（街道）、市民政局", ["各镇(街道)", "市民政局"]),  # a lower level before a higher one is a body of its own
])
def test_levels_listed_from_high_to_low_share_the_organ_after_them(value, names):
    assert split_names(fold_width(value)) == names


def test_tiers_cap_a_count_of_tiers_and_a_tier_named_is_no_target():
    rows = extract_targets("涉案金额在100万元以上的为一档，奖励2万元。会费档次原则上不超过4档。", "2026-03-01")
    assert [(r["indicator"], r["comparator"], r["value"], r["unit"]) for r in rows] == [("会费档次", "<=", 4.0, "档")]


def test_an_organ_launching_what_it_offers_acts():
    from policycompare.extract.responsibility import text_actor_rows
    assert [r["raw_name"] for r in text_actor_rows(*["区文化和旅游局推出夜游精品线路5条。"] * 2)] == ["区文化和旅游局"]


@pytest.mark.parametrize("text, values", [
    ("各乡镇应具备专职消防队伍1支以上，每个行政村应当具有应急队伍1支。", [1.0, 1.0]),  # the plan's units: commitments
    ("推广适用于丘陵山区的小型农机具500台（套）。", [500.0]),  # 适用于 as "suitable for" names no scope
    ("推出精品广播电视栏目3档。", [3.0]),  # tiers offered, not a tier named
    ("其抗震设防要求应当在地震安全性评价结果的基础上提高一档。", []),  # a standard raised a grade
    ("指标权重分别为：经济发展20%、社会民生15%、党的建设10%、营商环境10%、科技创新5%、乡村振兴10%、基层治理5%。", []),
    ("考核权重：完成率达到95%。", [95.0]),
])
def test_conditions_scopes_tiers_and_weights_stop_where_they_should(text, values):
    assert [r["value"] for r in extract_targets(text, "2026-03-01")] == values


@pytest.mark.parametrize("value, names", [("各市、州民政局", ["各市、州民政局"]), ("各县（区）、县直各部门", ["各县(区)", "县直各部门"])])
def test_levels_of_one_rank_share_the_organ_and_units_directly_under_a_level_do_not(value, names):
    assert split_names(fold_width(value)) == names


@pytest.mark.parametrize("text, values", [
    ("已建工会企业集体合同签订率达到85%以上。", [85.0]),  # 已建 names the firms the rate is of, no report
    ("全县已建成村级服务站120个。", []),  # a stock built
])
def test_a_past_word_naming_the_holders_of_a_rate_reports_nothing(text, values):
    assert [r["value"] for r in extract_targets(text, "2026-03-01")] == values


@pytest.mark.parametrize("text, rows", [
    ("耕地质量等别提升1个等别以上。", [("耕地质量等别", ">=", 1.0, "个等别", "up")]),  # a grade, raised: a change up
    ("孕妇尿碘中位数保持在150—250μg/L。", [("孕妇尿碘中位数", "range", 250.0, "μg/L", "")]),
    ("末梢水氟化物含量不超过1.2mg/L。", [("末梢水氟化物含量", "<=", 1.2, "mg/L", "")]),
    ("日分拣能力不低于5000单。", [("日分拣能力", ">=", 5000.0, "单", "")]),
    ("全市计划放流水产苗种4.6亿单位。", [("计划放流水产苗种", "=", 460000000.0, "亿单位", "")]),  # 单位 is no 单
    ("乡镇人民政府每周巡查1次以上。", [("巡查", ">=", 1.0, "次", "")]),  # a bound on the rhythm's count commits
    ("全镇村集体经营性收入平均达到15万元以上。", [("村集体经营性收入", ">=", 150000.0, "万元", "")]),  # 平均 whole
    ("秋收期间火点数量较去年同期减少30%以上。", [("火点数量", ">=", 30.0, "%", "down")]),  # a bound against last year
    ("核减超载牲畜3.6万个羊单位。", [("超载牲畜", "=", 36000.0, "万个羊单位", "")]),
    ("区住房和城乡建设局完成老旧住宅电梯更新改造40台。", [("老旧住宅电梯更新改造", "=", 40.0, "台", "")]),  # 建设|局: no cue
    ("规模养殖场用药记录建立率达到100%，散养户达到80%。",
     [("规模养殖场用药记录建立率", "=", 100.0, "%", ""), ("散养户用药记录建立率", "=", 80.0, "%", "")]),
])
def test_grades_concentrations_orders_averages_and_holders_swapped(text, rows):
    assert [(r["indicator"], r["comparator"], r["value"], r["unit"], r["direction"])
            for r in extract_targets(text, "2026-03-01")] == rows


@pytest.mark.parametrize("text", [
    "已成立业主委员会52个。", "全区已组建志愿服务队15支。",  # bodies already set up: a stock
    "拨付人影作业经费45万元。",  # funds paid out
    "工作成效纳入村干部年度考核，权重20%。",  # a weight stated bare
    "会议指出，上半年全区电梯困人故障率较去年同期下降12%。",  # a change against last year, unbound: a result
    "对完成改造的企业按投资额的20%给予补助。",  # the basis of a subsidy named after the cue
    "2025年全街道共发放宣传资料1800份。",  # a past year's result
])
def test_stocks_set_up_funds_paid_bare_weights_and_past_years_are_no_targets(text):
    assert extract_targets(text, "2026-03-01") == []


def test_a_checks_findings_an_appraisals_results_and_the_work_so_far_are_reviews():
    from policycompare.extract.targets import is_review
    assert is_review("抽查情况\n本次共抽查电梯336台") and is_review("考评结果。47个项目达标")
    assert is_review("前期工作情况\n1至4月全镇村集体经营性收入累计完成392万元")


@pytest.mark.parametrize("text, raws", [
    ("截至3月底，全县排查问题户厕4260户。", []),  # a state reported, no limit
    ("截至3月底前完成排查。", ["3月底前"]),
    ("今年安排800万元用于航道养护。", []), ("列入今年计划的7座尾矿库全部闭库。", []),  # which year's funds or plan
    ("市财政局于4月底前下达首批资金1200万元。", ["4月底前"]),
])
def test_a_state_as_of_a_day_and_the_year_funds_are_allotted_in_set_no_deadline(text, raws):
    assert [r["raw"] for r in extract_deadlines(text, "2026-03-01")] == raws


@pytest.mark.parametrize("note, rows", [
    ("（市商务局负责督导）", [("市商务局", "supervise")]), ("（县司法局负责指导）", [("县司法局", "responsible")]),
    ("（县卫健局牵头，县疾控中心负责配合）", [("县卫健局", "lead"), ("县疾控中心", "cooperate")]),
    ("（县疾病预防控制中心负责技术指导）", []),  # another task: a clause of the text (reviewsets 12, 101)
])
def test_a_bracket_of_units_answering_for_oversight_guidance_or_help_is_a_note(note, rows):
    found = extract_assignments("二季度末全县改良炉灶正确使用率提高到93%以上。" + note)
    assert [(r["department"], r["role"]) for r in found if r["source"] == "annotation"] == rows


@pytest.mark.parametrize("text, organ", [("完成整改，县政府办公室负责督促落实。", "县政府办公室"),
                                         ("完成整改，县应急管理局负责指导。", "县应急管理局")])
def test_units_answering_for_a_task_at_a_measures_end_are_a_sentence_not_a_note(text, organ):
    assert [(r["department"], r["source"]) for r in extract_assignments(text)] == [(organ, "text")]


@pytest.mark.parametrize("text, rows", [
    ("县财政局会同同级气象局开展评估。", [("县财政局", False), ("同级气象局", True)]),  # the organ of the same level
    ("经所在街道办事处确认后，市住房和城乡建设局于2个工作日内完成审核。", [("所在街道办事处", True), ("市住房和城乡建设局", False)]),
    ("作业点所在乡镇人民政府负责安全警戒。", [("作业点所在乡镇人民政府", True)]),
    ("区慈善会每月公开一次捐赠信息。", [("区慈善会", False)]),
    ("各旗区要落实巡护人员，各区镇要于6月底前完成排查。", [("各旗区", True), ("各区镇", True)]), ("各省辖市管廊运营单位要于6月底前完成排查。", [("各省辖市管廊运营单位", True)]),
    ("各受托银行网点要做好服务。", [("各受托银行网点", True)]),
    ("各商业银行海南省分行要在24小时内完成止付。", [("各商业银行海南省分行", True)]),
    ("本办法所称总分馆制，是指由市、县（区）图书馆作为总馆，统筹建设乡镇分馆。", []),  # a term defined
    ("县（市、区）人民政府负责组织实施。", [("县（市、区）人民政府", True)]),  # levels named together: each one's
])
def test_organs_of_the_same_level_where_things_lie_confirming_and_defined_terms(text, rows):
    assert [(r["department"], r["collective"]) for r in extract_assignments(text)] == rows


def test_organs_named_in_a_problems_or_review_section_are_given_no_work():
    from policycompare.extract import measure_assignments
    problems = "存在问题\n部分派出所推送止付指令不及时。"
    assert measure_assignments(problems, fold_width(problems)) == []
    duty = "县慈善总会每季度公开一次慈善项目执行情况。"  # a first sentence ending in a review word is no heading
    assert [r["department"] for r in measure_assignments(duty, duty)] == ["县慈善总会"]
    task = "报送工作进展。各市、县(区)农业农村局于6月20日前报送进展。"  # a run-in heading naming a task
    assert [r["department"] for r in measure_assignments(task, task)] == ["各市、县(区)农业农村局"]


@pytest.mark.parametrize("text, rows", [
    ("本办法所称农村集体资产，是指农村集体经济组织所有的资产，由县农业农村局负责监督管理。", [("县农业农村局", False)]),
    ("应急指挥部的主要任务是指挥调度各方救援力量，县消防救援大队负责现场处置。", [("县消防救援大队", False)]),  # 指挥
    ("鸣沙镇、恩和镇于4月30日前完成剩余问题整改。", [("鸣沙镇", False), ("恩和镇", False)]),  # towns acting by a date
    ("城关镇于3月12日发生一起较大火灾事故。", []), ("农村集镇于6月底前完成污水管网建设。", []),  # a day it happened; 集镇
    ("完成宣传。浩门镇配合做好宣传。", [("浩门镇", False)]),
    ("并将相关资料送同级标准化主管部门备案。", [("同级标准化主管部门", True)]),  # 送 before the level ends the name
    ("各银行要加强管理。", [("各银行", True)]),
])
def test_a_definition_covers_its_clause_towns_act_by_a_limit_and_names_sent_to(text, rows):
    assert [(r["department"], r["collective"]) for r in extract_assignments(text, parse=fold_width(text))] == rows


@pytest.mark.parametrize("text, raws", [
    ("力争今年投入运营3座污水处理厂。", ["今年"]), ("今年安排5个乡镇开展试点。", ["今年"]),  # no funds: the year's limit
    ("今年市级安排资金300万元。", []),
    ("整改期限截至3月底，逾期未整改的依法处理。", ["3月底"]),  # a time limit named: 截至 closes it
])
def test_funds_of_the_year_need_money_and_a_named_time_limit_closes_at_its_day(text, raws):
    assert [r["raw"] for r in extract_deadlines(text, "2026-03-01")] == raws


def test_work_given_under_a_review_heading_stays():
    from policycompare.extract import measure_assignments
    given = "存在问题。部分乡镇重视不够，县林业局要于6月底前督促整改到位。"
    assert [r["department"] for r in measure_assignments(given, fold_width(given))] == ["县林业局"]


@pytest.mark.parametrize("text, rows", [
    ("PM2.5年均浓度控制在35μg/m³以下。", [("PM2.5年均浓度", "<=", 35.0, "μg/m³")]),
    ("年发电量达到5000万度电。", [("年发电量", "=", 50000000.0, "万度电")]),
])
def test_air_concentrations_and_kilowatt_hours_as_spoken(text, rows):
    assert target_rows(text) == rows


@pytest.mark.parametrize("text, names", [
    # an organ the 对 phrase ends on, qualified before it, receives the reward or the work: no actor
    ("对考核优秀的乡镇卫生院给予最高2万元奖励。", []),
    ("县卫生健康局对考核优秀的乡镇卫生院给予奖励。", ["县卫生健康局"]),
    # an organ qualified by what it answers for (对…负总责的) still acts
    ("对本辖区安全生产负总责的乡镇人民政府要每季度至少组织1次专项检查。", ["乡镇人民政府"]),
])
def test_an_organ_rewarded_or_worked_on_after_a_qualifier_is_no_actor(text, names):
    assert [r["department"] for r in extract_assignments(text)] == names


@pytest.mark.parametrize("text, names", [
    # a place whose name holds a character that ends other names (日 of 日喀则) keeps it in a company's name
    ("国网日喀则供电公司每月10日前公布变电站可开放容量。", ["国网日喀则供电公司"]),
    # a bonded zone is the level of its committee: the place before it is the lead, not cut to its last characters
    ("拉萨综合保税区管理委员会每季度向市商务局报送运行数据。", ["拉萨综合保税区管理委员会"]),
    # a university, an exchange named after its place, joined to the organ by 会同
    ("区人力资源和社会保障局会同宁夏大学开展人工智能技能培训。", ["区人力资源和社会保障局", "宁夏大学"]),
    ("县数据局会同湖州数据交易中心每月组织一次数据产品发布活动。", ["县数据局", "湖州数据交易中心"]),
    ("省应对气候变化中心每月对配额缺口较大的企业开展一次专项帮扶。", ["省应对气候变化中心"]),
    # bodies of a level named by the public function they serve; not the providers a rule regulates
    ("各市州价格认定机构每季度末向省价格认证中心报送办案统计。", ["各市州价格认定机构"]),
    ("乡镇普查机构负责本辖区普查小区的划分。", ["乡镇普查机构"]),
    ("全区养老机构每季度开展一次消防演练。", []),
    ("晋江市公证处每月开展一次公证进企业活动。", ["晋江市公证处"]),
    ("各博物馆每月至少举办1次社教活动。", ["各博物馆"]),
    # 联合 after a schedule links the partner as 会同 does
    ("街道综合行政执法办每季度联合区农业农村局开展一次巡查。", ["街道综合行政执法办", "区农业农村局"]),
    # a county's two-character name holding a preposition (向阳) glues no name across it
    ("镇党委向阳城县委报告年度党建工作情况。", ["镇党委"]),
])
def test_organs_named_after_places_zones_and_functions_act(text, names):
    assert [r["department"] for r in extract_assignments(text)] == names


@pytest.mark.parametrize("text, rows", [
    ("全市体育消费总规模达到520亿元。", [("体育消费总规模", "=", 5.2e10, "亿元")]),  # a market's size, no fund's
    ("设立产业引导基金，首期规模2亿元。", []),
])
def test_the_size_of_what_a_market_consumes_is_a_target(text, rows):
    assert target_rows(text) == rows


def test_a_bare_year_before_a_reserves_rotation_is_its_deadline():
    assert [r["date"] for r in extract_deadlines("2026年轮换青稞1200吨、小麦800吨。", "2026-03-01")] == ["2026-12-31"]


def test_a_task_due_by_a_day_is_no_review_heading_and_a_limit_within_a_term_is_a_norm():
    from policycompare.extract import extract_timing
    text = "五、各学校于8月25日前报送暑期工作总结。"
    assert [r["date"] for r in extract_timing(text, text, "2026-06-10")["deadlines"]] == ["2026-08-25"]
    assert [(r["comparator"], r["value"]) for r in extract_targets("发现问题的整改期限为30日内。", "2026-03-01")] == [("<=", 30.0)]
    assert extract_targets("登记证有效期为3年。", "2026-03-01") == []  # a term stated, no bound


def test_a_loans_stated_term_is_no_target():
    assert target_rows("贷款期限为3年以内。") == []


def test_an_organ_receiving_from_another_ends_before_it():
    text = "市人大常委会预算工作机构收到市人民政府财政部门提供的材料后进行初审。"
    assert [r["department"] for r in extract_assignments(text)] == ["市人大常委会预算工作机构"]


@pytest.mark.parametrize("text, names", [
    ("加快口岸建设（爱辉区、逊克县负责）。", [("爱辉区", "responsible"), ("逊克县", "responsible")]),  # divisions named alone
    ("开展干部培训（区委党校负责）。", [("区委党校", "responsible")]),
    ("开展治理（城区负责）。", []),  # 城区 is no division
])
def test_a_bracket_of_divisions_or_a_party_school_answering_for_the_work(text, names):
    assert [(r["department"], r["role"]) for r in extract_assignments(text) if r["source"] == "annotation"] == names


def test_stocks_in_days_of_use_keep_their_bound():
    assert target_rows("血液库存保持在7天用量以上。") == [("血液库存", ">=", 7.0, "天用量")]


def test_the_office_a_discipline_commission_stations_in_a_bureau_is_one_name():
    text = "县纪委监委派驻县农业农村局纪检监察组每季度开展一次监督检查。"
    assert [r["department"] for r in extract_assignments(text)] == ["县纪委监委派驻县农业农村局纪检监察组"]


@pytest.mark.parametrize("text, names", [
    # a protected area's organ, named by the area with no level, from where a clause or a linking verb opens it
    ("配合莫莫格国家级自然保护区管理局开展越冬鸟类同步调查。", ["莫莫格国家级自然保护区管理局"]),
    ("祁连山国家公园管理局张掖分局每月开展一次巡护。", ["祁连山国家公园管理局张掖分局"]),
    ("县林业局和扎龙国家级自然保护区管理局联合开展救护。", ["县林业局", "扎龙国家级自然保护区管理局"]),
    ("湿地公园管理机构应当建立巡护制度。", ["湿地公园管理机构"]),
    ("加强莫莫格国家级自然保护区建设。", []),  # the area itself is no organ
    # parties and posts of one kind named with 各, an editorial office, an organ that funds in full
    ("各偿债主体要在债务到期前落实偿债资金。", ["各偿债主体"]),
    ("防火期内各管护站点每日报告火情。", ["各管护站点"]),
    ("各高校每学期组织一次征兵政策宣讲。", ["各高校"]),
    ("年鉴编辑部于8月中旬前完成总纂。", ["年鉴编辑部"]),
    ("区财政局足额保障征兵工作经费。", ["区财政局"]),
])
def test_protected_areas_organs_parties_of_one_kind_and_editorial_offices_act(text, names):
    assert [r["department"] for r in extract_assignments(text)] == names


@pytest.mark.parametrize("text, raws", [
    ("5月15日前完成全市测站汛前设施设备检查。", ["5月15日前"]),  # the check named after the season, no time
    ("做好汛前准备。", []),
    ("汛前完成水库大坝检查。", ["汛前"]),  # an act between: the season is when
    ("4月至6月为村级档案集中整理期。", ["4月至6月"]),  # a named stage of work ends a period
    ("2026年全区征集义务兵42名。", ["2026年"]),  # the year a quota is recruited in
    ("体检期间每日上站体检人数控制在60人以内。", []),  # a daily cap on people, no schedule
])
def test_seasons_naming_work_stages_of_sorting_and_years_of_quotas(text, raws):
    assert [r["raw"] for r in extract_deadlines(text, "2026-03-01")] == raws


@pytest.mark.parametrize("text, rows", [
    ("全年开行江海联运班轮不少于900航次。", [("江海联运班轮", ">=", 900.0, "航次")]),
    ("直接融资规模达到30亿元。", [("直接融资规模", "=", 3e9, "亿元")]),  # financing raised, no fund's size
    ("9月底前完成城区剩余18公里老旧管网改造。", [("老旧管网改造", "=", 18.0, "公里")]),  # the rest, scoped
    ("遴选30家重点企业开展品牌培育。", [("重点企业", "=", 30.0, "家")]),  # the things a measure selects
])
def test_voyages_financing_raised_and_the_rest_of_the_work(text, rows):
    assert target_rows(text) == rows


def test_what_was_done_is_a_review_heading():
    assert is_review("二、主要做法及成效") and not is_review("二、主要任务")


@pytest.mark.parametrize("text, names", [
    ("7月底前完成报警装置校验。（各包保干部负责）", []),  # cadres are persons, though 部 ends organs
    ("沿线各乡（镇）要在6月底前完成隐患排查。", ["沿线各乡（镇）"]),  # the places with their note, qualified
    ("年底前各乡（镇）退役军人服务站专职工作人员不少于2名。", []),  # a staffing norm the station holds
    ("各成员单位要安排值班人员不少于2人。", ["各成员单位"]),  # staff the unit assigns: its act
])
def test_cadres_qualified_places_and_staffing_norms(text, names):
    assert [r["department"] for r in extract_assignments(text)] == names


@pytest.mark.parametrize("text, rows", [
    ("各供稿单位条目一般控制在800字以内。", [("各供稿单位条目", "<=", 800.0, "字")]),
    ("图片分辨率不低于300dpi。", [("图片分辨率", ">=", 300.0, "dpi")]),
    ("全年政府采购规模力争达到10亿元左右。", [("政府采购规模", "approx", 1e9, "亿元")]),  # a volume bought, no fund
])
def test_characters_and_dots_and_a_volume_bought(text, rows):
    assert target_rows(text) == rows


@pytest.mark.parametrize("text, raws", [
    ("三、台风季节（7月至10月）每周开展一次沿线巡查。", ["每周"]),  # the months of a season of every year
    ("活动期间（9月1日至12月31日），每台给予3000元消费补贴。", ["（9月1日至12月31日）"]),  # a campaign's period ends
])
def test_a_seasons_months_in_brackets_are_no_deadline_a_campaigns_are(text, raws):
    assert [r["raw"] for r in extract_deadlines(text, "2026-03-01")] == raws


def test_results_of_monitoring_head_a_review():
    assert is_review("一、监测结果")


@pytest.mark.parametrize("text, raws", [
    ("春节前各乡镇全面排查一次安全隐患。", ["春节前"]),  # a subject between: the feast is when
    ("春节前准备好节日物资。", ["春节前"]),
    ("一、开展汛前全面检查。", []),  # what the check is: its name
])
def test_a_season_names_work_only_with_what_the_work_is_done_on_between(text, raws):
    assert [r["raw"] for r in extract_deadlines(text, "2026-03-01")] == raws


@pytest.mark.parametrize("text, names", [
    ("开展全民阅读活动。(县文旅局牵头,县公共图书馆配合)", [("县文旅局", "lead"), ("县公共图书馆", "cooperate")]),
    ("开展入户排查。(各镇牵头,各包保干部配合)", [("各镇", "lead")]),  # the cadres go, the note's units stay
])
def test_a_note_keeps_its_units_and_drops_only_persons(text, names):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == names


@pytest.mark.parametrize("text, names", [
    ("由于湿地公园管理处人手不足，由县林业局负责巡护。", ["县林业局"]),  # 由 of 由于 opens no name
    ("县林业局与自然保护区管理局、湿地公园管理处负责巡护。", ["县林业局", "自然保护区管理局", "湿地公园管理处"]),
    ("各企业主体要落实安全生产责任。", []),  # firms a rule serves, no party of the state's
])
def test_protected_area_organs_open_only_where_a_name_may_and_each_is_found(text, names):
    assert [r["department"] for r in extract_assignments(text)] == names


@pytest.mark.parametrize("text, names", [
    ("由市林业局副局长兼保护站站长负责日常管理。", []),  # a post held in the bureau: a person, no sub-unit
    ("各沿海镇于6月30日前完成海岛岸线垃圾清理。", ["各沿海镇"]),  # towns along the coast, one kind
    ("各派出所联合辖区镇（街道）开展宣传。", ["各派出所"]),  # 联合 ends the first name
    ("委属各医疗卫生单位每周开展一次控烟巡查。", ["委属各医疗卫生单位"]),  # the units under it, named whole
    ("各乡镇人民政府汛期落实24小时值班。", ["各乡镇人民政府"]),  # the season it acts in
    ("县级民政部门在5个工作日内作出是否准予登记的决定。", ["县级民政部门"]),  # the time limit it acts within
    ("稽查大队联合区公安分局每月开展一次联合检查。", ["稽查大队", "区公安分局"]),
    ("各类城镇要加强管理。", []),  # all sorts of towns name no body
])
def test_posts_coastal_towns_units_under_an_organ_and_when_an_organ_acts(text, names):
    assert [r["department"] for r in extract_assignments(text)] == names


@pytest.mark.parametrize("text, names", [
    ("稳住基本盘。（市国资委牵头，各市属国有企业负责）", [("市国资委", "lead"), ("各市属国有企业", "responsible")]),
    ("加强宣传。（各中小学负责）", [("各中小学", "responsible")]),
])
def test_a_note_names_bodies_of_one_kind_with_each(text, names):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == names


@pytest.mark.parametrize("text, raws", [
    ("全力保障今年全国普通高校招生考试。", []),  # which year's exam, no limit
    ("做好今年汛期防汛工作，今年完成改造12座。", ["今年"]),  # the second 今年 dates work
    ("活动于9月1日启动，持续两个月。", []),  # the day it starts
    ("9月1日前启动申报。", ["9月1日前"]),
    ("区人民医院戒烟门诊每周开诊时间不少于2个半天。", []),  # half-days each week: a norm
    ("每名公证员每年业务培训时间不少于40学时。", ["每年"]),  # class hours each year: a yearly schedule (devset)
])
def test_years_of_events_starts_backgrounds_and_norms_of_hours_are_no_schedule(text, raws):
    assert [r["raw"] for r in extract_deadlines(text, "2026-03-01")] == raws


@pytest.mark.parametrize("text, rows", [
    ("2025年项目区平均植被盖度为18%。", []),  # a level the past year stood at
    ("区信访局牵头对2025年以来的信访积案逐案包案，6月底前积案化解率达到80%。", [("积案化解率", "=", 80.0, "%")]),
    ("年底前管理层级控制在三级以内。", [("管理层级", "<=", 3.0, "级")]),
    ("发生5级以上地震时启动应急响应。", []),  # a grade that triggers, no target
    ("县级医院达到二级甲等以上水平。", []),  # a class named
    ("全年管理费用压降8%以上。", [("管理费用", ">=", 8.0, "%")]),
    ("对停用超过3年且未闭库的尾矿库全面排查。", []),  # which ponds, two conditions before 的
])
def test_past_levels_grades_cuts_and_joined_conditions(text, rows):
    assert target_rows(text) == rows


def test_a_policys_background_gives_not_even_a_routine():
    text = "一、出台背景\n近年来，全省每年受理地图审核申请约1600件。"
    assert extract_timing(text, text, "2026-03-01") == {"deadlines": [], "targets": []}


@pytest.mark.parametrize("text, names", [
    ("各单位将捐款交区慈善总会，区慈善总会在收到善款后10个工作日内开具捐赠票据。", ["各单位", "区慈善总会"]),  # after what
    ("区财政局2026年安排药械化抽检经费不低于30万元。", ["区财政局"]),  # the year it acts in
])
def test_receipts_and_a_year_make_an_organ_act(text, names):
    assert [r["department"] for r in extract_assignments(text)] == names


@pytest.mark.parametrize("text, rows", [
    ("完成全部24个乡镇应急物资储备点建设。", [("乡镇应急物资储备点建设", "=", 24.0, "个")]),  # built: a count
    ("引进总投资1000万美元以上外资项目3个。", [("总投资1000万美元以上外资项目", "=", 3.0, "个")]),  # which projects
])
def test_a_built_count_and_a_bound_naming_which_projects(text, rows):
    assert target_rows(text) == rows


@pytest.mark.parametrize("text, names", [
    ("区中等职业技术学校9月1日前完成订单班组班。", ["区中等职业技术学校"]),  # 等 of 中等 ends no name
    ("（一）各中等职业学校要对照产业需求调整专业设置。", ["各中等职业学校"]),
    ("区人力资源和社会保障局举办民营企业专场招聘会。", ["区人力资源和社会保障局"]),  # holding an event
    ("对连续两期排名末位的乡镇，报请县人民政府约谈。", []),  # the government asked, no work given it
])
def test_vocational_schools_events_held_and_a_government_asked(text, names):
    assert [r["department"] for r in extract_assignments(text)] == names


@pytest.mark.parametrize("text, names", [
    ("全市中等职业学校要加强实训基地建设。", []),  # all the city's schools, no organ
    ("高新区属各企业要加强管理。", ["各企业"]),  # 区 of 高新区 opens no 区属
    ("市林业局局长办公室负责。", ["市林业局局长办公室"]),  # an office, no post
])
def test_review_mends_whole_levels_place_names_and_offices(text, names):
    assert [r["department"] for r in extract_assignments(text)] == names


def test_a_verb_before_this_year_dates_work_unless_it_names_the_years_work():
    assert [r["raw"] for r in extract_deadlines("明确今年完成改造100户。", "2026-03-01")] == ["今年"]


@pytest.mark.parametrize("text, names", [
    ("规范医疗废物管理。（市直各医疗卫生机构负责）", [("市直各医疗卫生机构", "responsible")]),
    ("规范管理。（市生态环境局牵头，市属各医疗卫生机构负责）", [("市生态环境局", "lead"), ("市属各医疗卫生机构", "responsible")]),
])
def test_a_note_names_bodies_of_one_kind_under_an_organ(text, names):
    assert [(r["department"], r["role"]) for r in extract_assignments(text)] == names


@pytest.mark.parametrize("text, rows", [
    ("检查界桩不少于46颗。", [("检查界桩", ">=", 46.0, "颗")]),
    ("路面平均照度不低于20勒克斯。", [("路面平均照度", ">=", 20.0, "勒克斯")]),
    ("色温不高于2200K。", [("色温", "<=", 2200.0, "K")]),
])
def test_markers_illuminance_and_colour_temperature(text, rows):
    assert target_rows(text) == rows
