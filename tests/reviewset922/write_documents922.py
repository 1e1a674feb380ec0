"""Write the Word and PDF documents of review set 922 (two .docx, two .pdf).

    PYTHONPATH=src:. python tests/reviewset922/write_documents922.py   # rewrites the .docx and .pdf files here

The text of every document is below; the files are what the set scores. The writers are review set
7's (``tests/reviewset7/make_documents.py``), used unchanged as review set 19 uses them.
"""

from __future__ import annotations

from pathlib import Path

from tests.reviewset7.make_documents import write_documents

HERE = Path(__file__).resolve().parent

WORD = {}
PDF = {}

WORD["yii04_litong_work_points.docx"] = dict(
    header="吴忠市利通区农业农村局", footer="— 1 —",
    blocks=[
        ("red", "吴忠市利通区农业农村局文件"),
        ("c", "利农发〔2026〕17号"),
        ("title", "利通区农业农村局2026年兽药饲料监管工作要点"),
        ("p", "一、强化监督抽检。全年抽检兽药样品不少于60批次，饲料样品不少于80批次，抽检合格率保持在97%以上。（畜牧水产服务中心负责）"),
        ("p", "二、规范经营许可。兽药经营许可证审批时限压缩至10个工作日以内，9月底前完成到期证书换发。申请人须有20平方米以上营业场所。"),
        ("p", "三、开展专项整治。上半年组织一次饲料代加工专项检查，覆盖全区32家饲料经营门店。（区农业综合执法大队牵头，各乡镇人民政府配合）"),
        ("p", "四、加强日常巡查。各乡镇畜牧兽医站每月对辖区兽药门店巡查不少于1次。去年全区抽检合格率为96.2%。"),
        ("p", "监督电话：0953-2071356。"),
        ("r", "吴忠市利通区农业农村局"),
        ("r", "2026年2月27日"),
    ])

WORD["yii10_taoyuan_sampling_plan.docx"] = dict(
    header="桃源县农业农村局", footer="— 1 —",
    blocks=[
        ("red", "桃源县农业农村局文件"),
        ("c", "桃农发〔2026〕9号"),
        ("title", "桃源县2026年饲料质量安全监督抽检实施方案"),
        ("p", "一、抽检范围。全县年产5000吨以上的饲料生产企业和养殖场自配料均纳入抽检。"),
        ("p", "二、任务安排"),
        ("p", "（一）生产环节抽检。5月中旬前完成第一轮采样，抽检样品不少于40批次。（县畜牧水产事务中心负责）"),
        ("p", "（二）使用环节抽检。县农业综合行政执法大队每季度对规模养殖场抽样一次，检测瘦肉精等违禁物质，阳性样品查处率达到100%。"),
        ("p", "（三）结果运用。县农业农村局于11月底前汇总抽检结果，抽检费用按每批次300元标准列支。"),
        ("r", "桃源县农业农村局"),
        ("r", "2026年3月12日"),
    ])

PDF["yii05_chengmai_license_rules.pdf"] = dict(
    blocks=[
        ("red", "澄迈县农业农村局文件"),
        ("c", "澄农规〔2026〕3号"),
        ("title", "澄迈县兽药经营许可管理细则"),
        ("p", "第一条　为规范本县兽药经营许可工作，制定本细则。"),
        ("p", "第二条　申请兽药经营许可，应当配备不少于1名兽医专业技术人员，营业场所面积不少于20平方米。"),
        ("p", "第三条　县农业农村局负责许可证核发，审批时限不超过12个工作日。"),
        ("p", "第四条　县农业综合行政执法大队每年对持证企业现场检查不少于1次，检查覆盖率达到100%。"),
        ("p", "第五条　各镇人民政府负责辖区兽药经营日常巡查，发现问题于3个工作日内报告。"),
        ("p", "第六条　本细则自2026年6月1日起施行。"),
        ("r", "澄迈县农业农村局"),
        ("r", "2026年4月20日"),
    ])

PDF["yii11_pingma_town_work_points.pdf"] = dict(
    blocks=[
        ("red", "田东县平马镇人民政府"),
        ("title", "平马镇2026年兽药饲料安全监管工作要点"),
        ("p", "一、摸清底数。4月底前建立兽药饲料经营户台账，全镇现有经营户26家。"),
        ("p", "二、开展巡查。镇农业农村服务中心每月开展一次门店巡查，全年门店巡查不少于12次。"),
        ("p", "三、推进快检。6月底前完成快检样品100批次以上，问题线索移交率达到100%。（镇农业农村服务中心牵头，镇市场监管所配合）"),
        ("p", "四、宣传培训。下半年组织经营户培训2期，培训人员不少于60人次。"),
        ("r", "田东县平马镇人民政府"),
        ("r", "2026年3月30日"),
    ])


if __name__ == "__main__":
    write_documents(HERE, WORD, PDF)
