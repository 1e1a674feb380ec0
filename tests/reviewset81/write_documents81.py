"""Write the Word and PDF documents of review set 81 (one .docx, one .pdf).

    PYTHONPATH=src:. python tests/reviewset81/write_documents81.py

The writers are review set 7's (``tests/reviewset7/make_documents.py``), used unchanged as set 19 uses them.
"""

from __future__ import annotations

from pathlib import Path

from tests.reviewset7.make_documents import write_documents

HERE = Path(__file__).resolve().parent

WORD = {}
PDF = {}

WORD["zaz06_huaiyuan_farm_input_supply.docx"] = dict(
    header="怀远县人民政府", footer="— 1 —",
    blocks=[
        ("red", "怀远县农业农村局文件"),
        ("c", "怀农〔2026〕11号"),
        ("title", "怀远县农业农村局关于做好2026年春耕农资保供工作的通知"),
        ("l", "各乡镇人民政府，县直有关单位："),
        ("p", "一、保供目标。春耕期间全县化肥储备不少于3万吨，农资抽检合格率保持在98%以上。"),
        ("p", "二、重点工作"),
        ("p", "（一）做好储备调运。县供销合作社牵头，3月10日前完成春耕化肥储备。"),
        ("p", "（二）开展农资打假。县市场监督管理局会同县农业综合行政执法大队每半月开展一次联合检查。"),
        ("p", "（三）监测价格动态。县发展和改革委员会每周一前报送主要农资价格。"),
        ("r", "怀远县农业农村局"),
        ("r", "2026年2月18日"),
    ])

PDF["zaz07_yugan_early_rice.pdf"] = dict(
    blocks=[
        ("red", "余干县人民政府办公室文件"),
        ("c", "余府办字〔2026〕7号"),
        ("gap",),
        ("title", "余干县人民政府办公室关于抓好\n2026年早稻生产的通知"),
        ("l", "各乡镇人民政府，县直有关单位："),
        ("p", "一、目标任务。全县早稻种植面积稳定在45万亩以上。"),
        ("p", "二、工作措施"),
        ("p", "（一）抢抓季节育秧。4月5日前完成早稻播种。"),
        ("p", "（二）推广机插秧。县农业农村局负责，机插面积达到12万亩。"),
        ("p", "（三）夏收前完成早稻收购仓容准备，县粮食收储公司负责。"),
        ("r", "余干县人民政府办公室"),
        ("r", "2026年3月2日"),
    ])

WORD["zaz11_lishu_farmland_acceptance.docx"] = dict(
    header="梨树县农业农村局", footer="— 1 —",
    blocks=[
        ("c", "梨农发〔2026〕19号"),
        ("title", "梨树县农业农村局关于加快2026年高标准农田建设项目进度的通知"),
        ("l", "各乡镇人民政府，各项目施工单位："),
        ("p", "一、建设标准。项目区田间道路通达度达到100%，亩均建设投资不低于3000元，其中黑土地保护性耕作面积占比不低于60%。"),
        ("p", "二、时间节点。开春化冻前完成施工图审查；9月秋收前完成田间工程，11月15日前完成竣工验收。"),
        ("p", "三、监管要求。县农业农村局农田建设管理科每半月通报一次工程进度；县审计局对项目资金开展跟踪审计。"),
        ("r", "梨树县农业农村局"),
        ("r", "2026年3月25日"),
    ])

PDF["zaz12_jianli_abandoned_land_rectification.pdf"] = dict(
    blocks=[
        ("red", "监利市人民政府文件"),
        ("c", "监政发〔2026〕4号"),
        ("gap",),
        ("title", "监利市人民政府关于开展\n撂荒耕地专项整治的通知"),
        ("l", "各乡镇人民政府，市直有关单位："),
        ("p", "一、整治目标。2026年底前撂荒耕地整治率达到100%。"),
        ("p", "二、职责分工"),
        ("p", "（一）市农业农村局牵头，每月通报整治进度。"),
        ("p", "（二）市自然资源和规划局负责卫片核查。"),
        ("p", "（三）对复耕种粮的，每亩奖补最高200元。"),
        ("r", "监利市人民政府"),
        ("r", "2026年1月28日"),
    ])


if __name__ == "__main__":
    write_documents(HERE, WORD, PDF)
