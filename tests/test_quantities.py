"""Figures in one sentence (kg.extract.quantities).

Every sentence here was written for these tests: the firms (青禾网络, 星河互娱,
Harbor Bay Games, Kestrel Studio …), places (云州市, 雾川) and numbers are made up
and appear neither in seeds/ nor in the metric corpus. Sentences go through
kg.normalize first, as in the pipeline.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.extract.quantities import FRACTION_PLACES, find_quantities, parse_number
from kg.normalize import normalize


def figures(text: str):
    analysis = normalize(text).text
    return analysis, find_quantities(analysis)


def figure(text: str, surface: str):
    """The figure whose span (in the analysis text) is ``surface``."""
    analysis, qs = figures(text)
    found = [q for q in qs if analysis[q.norm_start:q.norm_end] == surface]
    assert found, f"{surface!r} not found; got {[analysis[q.norm_start:q.norm_end] for q in qs]}"
    return found[0]


def spans(text: str) -> list[str]:
    analysis, qs = figures(text)
    return [analysis[q.norm_start:q.norm_end] for q in qs]


# ---------------------------------------------------------------- numbers and scales

@pytest.mark.parametrize("text, surface, value, unit", [
    ("云州市去年文化出口额为417.3亿元。", "417.3亿元", "41730000000", "CCY_CNY"),
    ("青禾网络全年营收8,512.6万美元。", "8512.6万美元", "85126000", "CCY_USD"),
    ("雾川数字港交易额达3.2万亿元人民币。", "3.2万亿元人民币", "3200000000000", "CCY_CNY"),
    ("星河互娱完成融资五十万元。", "五十万元", "500000", "CCY_CNY"),
    ("园区内企业一千零七家。", "一千零七家", "1007", "NUM"),
    ("平台签约创作者三十二位。", "三十二位", "32", "NUM"),
    ("该项目计划投资两千万元。", "两千万元", "20000000", "CCY_CNY"),
    ("全年接待游客二十八万人次。", "二十八万人次", "280000", "NUM"),
    ("公司员工一千两百名。", "一千两百名", "1200", "NUM"),
    ("平台累计收入12468.3亿元。", "12468.3亿元", "1246830000000", "CCY_CNY"),
    ("云州市动漫企业已有8千家。", "8千家", "8000", "NUM"),
    ("预约人数达到3百万人。", "3百万人", "3000000", "NUM"),
    ("门票收入1000万元。", "1000万元", "10000000", "CCY_CNY"),
    ("Harbor Bay Games booked $250.8m in overseas sales.", "$250.8m", "250800000", "CCY_USD"),
    ("Kestrel Studio raised RMB 1.5bn last spring.", "RMB 1.5bn", "1500000000", "CCY_CNY"),
    ("The Marlow platform reached 12.5 million players.", "12.5 million", "12500000", "NUM"),
    ("Analysts sized the market at 2.75 trillion yuan.", "2.75 trillion yuan", "2750000000000", "CCY_CNY"),
    ("Kestrel Studio employs 7.2k staff.", "7.2k", "7200", "NUM"),
    ("The fair drew half a million visitors.", "half a million", "500000", "NUM"),
    ("Delegates came from a dozen countries.", "a dozen", "12", "NUM"),
])
def test_numbers_and_scales(text, surface, value, unit):
    q = figure(text, surface)
    assert (q.value, q.unit) == (value, unit)


def test_values_are_plain_decimal_strings():
    q = figure("雾川数字港交易额达6.3万亿元。", "6.3万亿元")
    assert q.value == "6300000000000"
    assert figure("增长12.50%。", "12.50%").value == "12.5"
    assert figure("营收为20.0亿元。", "20.0亿元").value == "2000000000"


# ---------------------------------------------------------------- currencies

@pytest.mark.parametrize("text, unit", [
    ("票房收入8亿港元。", "CCY_HKD"), ("票房收入8亿港币。", "CCY_HKD"), ("Box office hit HK$8 billion.", "CCY_HKD"),
    ("营收5亿新台币。", "CCY_TWD"), ("营收新台币5亿元。", "CCY_TWD"), ("Revenue was NT$5 billion.", "CCY_TWD"),
    ("版权售价4000万欧元。", "CCY_EUR"), ("Rights sold for €40 million.", "CCY_EUR"),
    ("首月流水90亿日元。", "CCY_JPY"), ("首月流水90亿日圆。", "CCY_JPY"), ("It grossed 9 billion yen.", "CCY_JPY"),
    ("It grossed ¥9 billion in Tokyo.", "CCY_JPY"),
    ("投资300万英镑。", "CCY_GBP"), ("It paid £3 million.", "CCY_GBP"),
    ("售价120亿韩元。", "CCY_KRW"),
    ("Sales were RMB 6 billion.", "CCY_CNY"), ("Sales were CNY 6 billion.", "CCY_CNY"),
    ("Sales were 6 billion yuan.", "CCY_CNY"), ("门票售价￥120元。", "CCY_CNY"),
    ("Sales were $6 billion.", "CCY_USD"), ("Sales were US$6 billion.", "CCY_USD"),
    ("Sales were USD 6 billion.", "CCY_USD"), ("Sales were 6 billion dollars.", "CCY_USD"),
    ("合同金额6亿美元。", "CCY_USD"),
    ("Streaming fees reached 4.6 billion rupees.", "CCY_INR"), ("Ad sales hit 75 billion rupiah.", "CCY_IDR"),
    ("Licensing brought in 310 million baht.", "CCY_THB"), ("It raised 82 million Canadian dollars.", "CCY_CAD"),
    ("Exports were worth 9.5 trillion dong.", "CCY_VND"), ("It grossed 27 million reais.", "CCY_BRL"),
    ("收入达到澳门元12亿元。", "CCY_MOP"), ("收入达到澳门币3亿元。", "CCY_MOP"),
])
def test_currencies(text, unit):
    analysis, qs = figures(text)
    assert len(qs) == 1 and qs[0].unit == unit and not qs[0].unit_implicit


@pytest.mark.parametrize("text", [
    "Services exports climbed to 32 trillion pesos last year.", "Box office reached 410 million lira.",
    "Its studios earned 6.4 billion rand.", "该片在墨西哥票房达3.7亿比索。", "收入为12亿里拉。",
])
def test_an_amount_in_a_currency_without_a_unit_is_left_out(text):
    # never recorded as yuan (the implied currency) or as a count
    assert figures(text)[1] == []


@pytest.mark.parametrize("text, surface, value, qualifier", [
    ("动漫市场规模冲击千亿元。", "冲击千亿元", "100000000000", "nearly"),
    ("要打造万亿元级产业集群。", "万亿元", "1000000000000", "about"),
    ("有望形成百亿元级市场。", "百亿元", "10000000000", "about"),
])
def test_a_bare_scale_aimed_at_or_as_an_order_of_magnitude(text, surface, value, qualifier):
    q = figure(text, surface)
    assert (q.value, q.unit, q.qualifier) == (value, "CCY_CNY", qualifier)


@pytest.mark.parametrize("text, surface, rank", [
    ("目前，越南的数字服务贸易规模居全球第十二。", "居全球第十二", "12"),
    ("2023年，绵阳市动漫产值位列全国第三位。", "位列全国第三位", "3"),
    ("越南是全球第二大咖啡出口国。", "全球第二大", "2"),
    ("该游戏在日本畅销榜排名第7。", "排名第7", "7"),
    ("我国数字出版规模位居世界首位。", "位居世界首位", "1"),
    ("Peru ranks ninth globally in software exports.", "ranks ninth", "9"),
    ("Peru ranked 14th among the 30 markets.", "ranked 14th", "14"),
    ("It is the world's fourth-largest music market.", "fourth-largest", "4"),
    ("2023年，厦门港居全国沿海港口第七位。", "居全国沿海港口第七位", "7"),
    ("出口增幅居各类服务首位。", "居各类服务首位", "1"),
    ("Lumio climbs to No. 6 in a global ranking of app publishers.", "No. 6", "6"),
    ("The title peaked at No. 2 on the chart.", "No. 2", "2"),
    ("Harbor Lane ranked fifth on the list, up from ninth a year earlier.", "ninth", "9"),
])
def test_a_position_in_a_ranking_is_a_rank(text, surface, rank):
    q = figure(text, surface)
    assert (q.value, q.unit, q.kind) == (rank, "RANK", "rank")


@pytest.mark.parametrize("text", [
    "第一季度动漫出口增长5%。", "第三届博览会在雾川举行。", "首先，第一批项目已落地。", "他第一次来到雾川。",
    "The second phase opens in May.", "It was the first time the fair was held.", "他居住在第三大街。", "居民第二次参加。",
    "She lives at No. 5 Harbour Road.", "Sales were up from the second quarter.",
])
def test_ordinals_that_are_not_ranks(text):
    assert not [q for q in figures(text)[1] if q.kind == "rank"]


@pytest.mark.parametrize("text", ["二次元游戏出海势头强劲。", "平台鼓励二次创作。", "一次性付费模式。"])
def test_words_written_with_a_numeral_are_not_figures(text):
    assert figures(text)[1] == []


@pytest.mark.parametrize("text, surface, unit", [
    ("首爾澄嶺114年營收約韓元418億元。", "约韩元418亿元", "CCY_KRW"),  # a currency named before the number, 元 after it
    ("東京工作室營收約日圓26億元。", "约日圆26亿元", "CCY_JPY"),
])
def test_a_currency_before_the_number_wins_over_yuan_after_it(text, surface, unit):
    assert figure(text, surface).unit == unit


@pytest.mark.parametrize("text, surface, value", [
    ("岚峯股价盘中一度重挫逾9%。", "逾9%", "-9"),
    ("岚峯股价收跌8.3%，市值单日蒸发约15.42亿元。", "约15.42亿元", "-1542000000"),
    ("The won weakened about 6 percent against the dollar in the quarter.", "about 6 percent", "-6"),
    ("The shares fell 9 percent, wiping about HK$642 million off the company's market value.", "about HK$642 million",
     "-642000000"),
])
def test_a_fall_said_with_other_verbs_is_negative(text, surface, value):
    """重挫, 蒸发, weakened, wiping … off: a fall, as 下跌 and fell are."""
    q = figure(text, surface)
    assert (q.kind, q.value) == ("growth", value)


def test_currency_word_after_yuan_belongs_to_the_figure():
    q = figure("雾川市去年服务出口超过6.3万亿元人民币。", "超过6.3万亿元人民币")
    assert (q.value, q.unit, q.qualifier) == ("6300000000000", "CCY_CNY", "more_than")


def test_yuan_after_another_yuan_currency_keeps_it():
    analysis, qs = figures("高雄的动画与游戏工作室营收分别为新台币4.2亿元、3.1亿元。")
    assert [q.unit for q in qs] == ["CCY_TWD", "CCY_TWD"]


@pytest.mark.parametrize("text, surface, unit", [
    ("青禾网络去年营收约27亿，同比增长6%。", "约27亿", "CCY_CNY"),
    ("星河互娱的充值流水突破9000万。", "突破9000万", "CCY_CNY"),
    ("高雄一家工作室去年营收约3亿。", "约3亿", "CCY_TWD"),
    ("Harbor Bay's revenue came to 4.4 billion last year.", "4.4 billion", "CCY_CNY"),
    ("Kestrel earned 3.3 billion yuan at home and another 1.1 billion abroad.", "1.1 billion", "CCY_CNY"),
    ("岚汀互娱韩国工作室商誉减值近三亿", "近三亿", "CCY_CNY"),  # an impairment is money, not a count of studios
])
def test_implied_currency(text, surface, unit):
    q = figure(text, surface)
    assert (q.unit, q.unit_implicit) == (unit, True)


def test_a_scaled_count_is_not_money():
    q = figure("星河互娱的注册玩家突破800万。", "突破800万")
    assert (q.unit, q.count_of, q.qualifier) == ("NUM", "player", "more_than")


# ---------------------------------------------------------------- percentages, points, multiples, fractions

@pytest.mark.parametrize("text, surface, value, unit", [
    ("出口同比增长百分之十五点五。", "百分之十五点五", "15.5", "PERCENT"),
    ("Exports grew 12 per cent.", "12 per cent", "12", "PERCENT"),
    ("Exports grew 12 percent.", "12 percent", "12", "PERCENT"),
    ("占比较上年提高2.3个百分点。", "2.3个百分点", "2.3", "PERCENT_POINT"),
    ("The share rose 1.4 percentage points.", "1.4 percentage points", "1.4", "PERCENT_POINT"),
    ("海外收入增长4.5倍。", "4.5倍", "4.5", "TIMES"),
    ("出口额较五年前翻了两番。", "翻了两番", "4", "TIMES"),
    ("下载量翻倍。", "翻倍", "2", "TIMES"),
    ("Licensing income tripled.", "tripled", "3", "TIMES"),
    ("Licensing income quadrupled.", "quadrupled", "4", "TIMES"),
    ("Licensing income grew threefold.", "threefold", "3", "TIMES"),
    ("Its value is 3.5 times that of 2019.", "3.5 times", "3.5", "TIMES"),
    ("海外玩家占三分之一。", "三分之一", "33.33", "PERCENT"),
    ("海外玩家占四分之三。", "四分之三", "75", "PERCENT"),
    ("约2/3来自海外。", "约2/3", "66.67", "PERCENT"),
    ("One-quarter came from Europe.", "One-quarter", "25", "PERCENT"),
    ("Two-thirds came from Europe.", "Two-thirds", "66.67", "PERCENT"),
    ("海外收入占五成。", "五成", "50", "PERCENT"),
    ("海外收入占七成五。", "七成五", "75", "PERCENT"),
    ("One in four players pays.", "One in four", "25", "PERCENT"),
])
def test_ratios(text, surface, value, unit):
    q = figure(text, surface)
    assert (q.value, q.unit) == (value, unit)


def test_fraction_precision_is_documented():
    assert FRACTION_PLACES == 2
    assert figure("三分之二为女性。", "三分之二").value == "66.67"


def test_cheng_with_qualifiers():
    assert (figure("海外收入占近五成。", "近五成").qualifier) == "nearly"
    q = figure("其中三成多来自东南亚。", "三成多")
    assert (q.value, q.qualifier, q.kind) == ("30", "more_than", "share")


def test_cheng_with_a_digit_before_a_word_opening_on_a_classifier():
    # a headline's space is dropped before analysis: 增四成六 本地化… reads 增四成六本地化…, not 四成 and 六本
    assert figure("出海岗位招聘量同比增四成六本地化人才薪酬走高。", "四成六").value == "46"
    assert figure("境外营收比重约三成二本季度料继续上升。", "约三成二").value == "32"


@pytest.mark.parametrize("text, surface, value, unit", [
    ("这部剧集的版权卖出约新台币3亿1450万元。", "约新台币3亿1450万元", "314500000", "CCY_TWD"),
    ("全年票房4亿2千万元。", "4亿2千万元", "420000000", "CCY_CNY"),
    ("入场观众共2万3千人。", "2万3千人", "23000", "NUM"),
])
def test_an_amount_written_in_two_scales_is_one_figure(text, surface, value, unit):
    q = figure(text, surface)
    assert (q.value, q.unit) == (value, unit)


def test_two_amounts_side_by_side_stay_two():
    assert figure("授权收入5亿、3亿元。", "3亿元").value == "300000000"


# ---------------------------------------------------------------- counts and other units

@pytest.mark.parametrize("text, surface, value, count_of", [
    ("云州市有120家企业参展。", "120家", "120", "firm"),
    ("全年上线45款游戏。", "45款", "45", "game"),
    ("累计出海作品18部。", "18部", "18", "work"),
    ("300多名玩家参与内测。", "300多名", "300", "player"),
    ("平台签约25位创作者。", "25位", "25", "creator"),
    ("作品已发行至60个国家和地区。", "60个国家和地区", "60", "country-or-region"),
    ("公测当天涌入40万名玩家。", "40万名", "400000", "player"),
    ("青禾网络员工约1800人。", "约1800人", "1800", "employee"),
    ("注册会员达210万人。", "210万人", "2100000", "user"),
    ("累计下载量达到3.6亿次。", "3.6亿次", "360000000", "download"),
    ("剧集共24集。", "24集", "24", "episode"),
    ("全年接待游客350万人次。", "350万人次", "3500000", "visitor"),
    ("The beta drew 900 players.", "900", "900", "player"),
    ("It is sold in 15 countries.", "15", "15", "country"),
    ("The app passed 2.2 million downloads.", "2.2 million", "2200000", "download"),
    ("The series runs to 36 episodes.", "36", "36", "episode"),
    ("The expo welcomed 12,000 visitors.", "12000", "12000", "visitor"),
    ("Kestrel hired 140 new game designers and 30 artists.", "30", "30", "creator"),
    ("More than 4,100 Chinese game companies exhibited.", "More than 4100", "4100", "firm"),
    ("The film has been sold to 27 territories.", "27", "27", "country-or-region"),
    ("Its shop service now serves more than 9,300 local merchants.", "more than 9300", "9300", "firm"),
    ("The agency added 160 overseas clients.", "160", "160", "firm"),
    ("The park hosted 23 foreign and co-produced projects.", "23", "23", "project"),
])
def test_counts(text, surface, value, count_of):
    q = figure(text, surface)
    assert (q.value, q.unit, q.count_of) == (value, "NUM", count_of)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("港口吞吐量1500万标箱。", "1500万标箱", "15000000", "TEU"),
    ("港口吞吐量210万个标准箱。", "210万个标准箱", "2100000", "TEU"),
    ("The port handled 800 TEU a day.", "800 TEU", "800", "TEU"),
    ("单日峰值30GB。", "30GB", "30", "GigaBYTE"),
    ("月均传输2TB数据。", "2TB", "2", "TeraBYTE"),
    ("视频平台单日峰值1000多个G。", "1000多个G", "1000", "GigaBYTE"),
    ("审批缩短至3天。", "3天", "3", "DAY"),
    ("通关时间12小时。", "12小时", "12", "HR"),
    ("平均时长45分钟。", "45分钟", "45", "MIN"),
    ("Approval takes 5 days.", "5 days", "5", "DAY"),
    ("Delivery takes 8 hours.", "8 hours", "8", "HR"),
    ("A session lasts 20 minutes.", "20 minutes", "20", "MIN"),
])
def test_other_units(text, surface, value, unit):
    q = figure(text, surface)
    assert (q.value, q.unit) == (value, unit)


def test_qualifier_inside_a_data_figure():
    q = figure("视频平台单日峰值1000多个G。", "1000多个G")
    assert q.qualifier == "more_than"


# ---------------------------------------------------------------- ranges and vague numerals

@pytest.mark.parametrize("text, surface, low, high, unit", [
    ("分成比例为30%-50%。", "30%-50%", "30", "50", "PERCENT"),
    ("分成比例为30%~50%。", "30%~50%", "30", "50", "PERCENT"),
    ("分成比例为30%至50%。", "30%至50%", "30", "50", "PERCENT"),
    ("单集预算在2000万~3000万元。", "2000万~3000万元", "20000000", "30000000", "CCY_CNY"),
    ("研发投入5~6亿元。", "5~6亿元", "500000000", "600000000", "CCY_CNY"),
    ("月费在80元到120元之间。", "80元到120元", "80", "120", "CCY_CNY"),
    ("Margins ran between 20 and 25 percent.", "between 20 and 25 percent", "20", "25", "PERCENT"),
    ("A launch costs $3-4 million.", "$3-4 million", "3000000", "4000000", "CCY_USD"),
    ("Seasons run 16-20 episodes.", "16-20", "16", "20", "NUM"),
    ("Fees range from 30 yuan to 60 yuan.", "from 30 yuan to 60 yuan", "30", "60", "CCY_CNY"),
    ("已有数十家企业入驻。", "数十家", "20", "90", "NUM"),
    ("数百名玩家到场。", "数百名", "200", "900", "NUM"),
    ("两三万名玩家参加测试。", "两三万名", "20000", "30000", "NUM"),
    ("覆盖五六个国家。", "五六个国家", "5", "6", "NUM"),
    ("十几家工作室参与。", "十几家", "11", "19", "NUM"),
    ("海外用户中约有三四成来自拉美。", "三四成", "30", "40", "PERCENT"),
    ("其中兩三成的營收來自日本。", "两三成", "20", "30", "PERCENT"),
])
def test_ranges(text, surface, low, high, unit):
    q = figure(text, surface)
    assert (q.value, q.low, q.high, q.unit) == (None, low, high, unit)


def test_about_ten_and_more():
    q = figure("其中十余家已经上市。", "十余家")
    assert (q.value, q.qualifier, q.count_of) == ("10", "more_than", "firm")


def test_a_change_from_one_level_to_another_is_two_figures():
    assert spans("The share rose from 20% to 25%.") == ["20%", "25%"]
    assert spans("审批时间由36小时压缩至8小时。") == ["36小时", "8小时"]


# ---------------------------------------------------------------- qualifiers

@pytest.mark.parametrize("text, surface, qualifier", [
    ("企业超过300家。", "超过300家", "more_than"),
    ("收入突破10亿元。", "突破10亿元", "more_than"),
    ("企业逾300家。", "逾300家", "more_than"),
    ("企业300家以上。", "300家以上", "more_than"),
    ("员工300多名。", "300多名", "more_than"),
    ("企业20余家。", "20余家", "more_than"),
    ("企业近300家。", "近300家", "nearly"),
    ("企业接近300家。", "接近300家", "nearly"),
    ("企业将近300家。", "将近300家", "nearly"),
    ("企业约300家。", "约300家", "about"),
    ("企业大约300家。", "大约300家", "about"),
    ("企业300家左右。", "300家左右", "about"),
    ("企业至少300家。", "至少300家", "at_least"),
    ("企业不少于300家。", "不少于300家", "at_least"),
    ("占比不到5%。", "不到5%", "less_than"),
    ("占比不足5%。", "不足5%", "less_than"),
    ("占比低于5%。", "低于5%", "less_than"),
    ("补贴最多500万元。", "最多500万元", "at_most"),
    ("补贴不超过500万元。", "不超过500万元", "at_most"),
    ("It has more than 300 studios.", "more than 300", "more_than"),
    ("It has over 300 studios.", "over 300", "more_than"),
    ("Sales were exceeding $3 billion.", "exceeding $3 billion", "more_than"),
    ("It has nearly 300 studios.", "nearly 300", "nearly"),
    ("It has almost 300 studios.", "almost 300", "nearly"),
    ("It has close to 300 studios.", "close to 300", "nearly"),
    ("It has about 300 studios.", "about 300", "about"),
    ("It has around 300 studios.", "around 300", "about"),
    ("It has approximately 300 studios.", "approximately 300", "about"),
    ("It has roughly 300 studios.", "roughly 300", "about"),
    ("It has at least 300 studios.", "at least 300", "at_least"),
    ("Grants of up to $2 million are offered.", "up to $2 million", "at_most"),
    ("As much as 40 percent comes from games.", "As much as 40 percent", "at_most"),
    ("It has less than 5 percent of the market.", "less than 5 percent", "less_than"),
    ("It has under 5 percent of the market.", "under 5 percent", "less_than"),
])
def test_qualifiers(text, surface, qualifier):
    assert figure(text, surface).qualifier == qualifier


# ---------------------------------------------------------------- direction and kind

@pytest.mark.parametrize("text, surface, value", [
    ("出口额同比下降8.6%。", "8.6%", "-8.6"),
    ("营业收入下滑4.2%。", "4.2%", "-4.2"),
    ("票房跌7%。", "7%", "-7"),
    ("工作室数量减少120家。", "120家", "-120"),
    ("票房较前年下滑两成。", "两成", "-20"),
    ("出口年减5.5%。", "5.5%", "-5.5"),
    ("Profit declined 4.1 percent.", "4.1 percent", "-4.1"),
    ("Sales fell 6%.", "6%", "-6"),
    ("Sales dropped 6%.", "6%", "-6"),
    ("Sales saw a decrease of 2 percent.", "2 percent", "-2"),
    ("Sales were 3% lower than a year earlier.", "3%", "-3"),
    ("跌幅收窄至3.1%。", "3.1%", "-3.1"),
    ("降幅比上年收窄1.5个百分点。", "1.5个百分点", "1.5"),
    ("增速放缓0.8个百分点。", "0.8个百分点", "-0.8"),
])
def test_falls_are_negative(text, surface, value):
    q = figure(text, surface)
    assert q.value == value
    assert q.negative is value.startswith("-")
    assert q.kind == "growth"


@pytest.mark.parametrize("text, surface", [
    ("出口额降至5亿元。", "5亿元"), ("The rate fell to 5%.", "5%"), ("员工由500人减少到300人。", "300人"),
])
def test_a_fall_to_a_level_is_not_negative(text, surface):
    q = figure(text, surface)
    assert not q.negative and not q.value.startswith("-")


@pytest.mark.parametrize("text, surface, kind", [
    ("出口额同比增长16.7%。", "16.7%", "growth"),
    ("出口增长21.4%。", "21.4%", "growth"),
    ("出口增幅为27.9%。", "27.9%", "growth"),
    ("出口增速为8%。", "8%", "growth"),
    ("增速回落至4.6%。", "4.6%", "growth"),
    ("Exports were up 8% year on year.", "8%", "growth"),
    ("Exports posted a 16.7 percent increase.", "16.7 percent", "growth"),
    ("Exports rose by 15.8%.", "15.8%", "growth"),
    ("Exports were 9 percent higher than in 2021.", "9 percent", "growth"),
    ("数字服务占比38%。", "38%", "share"),
    ("游戏出口占全国的近五成。", "近五成", "share"),
    ("海外收入占营收比重为41%。", "41%", "share"),
    ("Games accounted for 38% of exports.", "38%", "share"),
    ("Europe made up 21 percent of sales.", "21 percent", "share"),
    ("不到5%的企业贡献了大部分收入。", "不到5%", "share"),
    ("增速比全国平均快2个百分点。", "2个百分点", "growth_difference"),
    ("增速高于全国平均水平3.5个百分点。", "3.5个百分点", "growth_difference"),
    ("出口增速比进口高出近3%。", "近3%", "growth_difference"),
    ("Services grew 2.4 percentage points faster than goods.", "2.4 percentage points", "growth_difference"),
    ("Services exports grew 9%, outpacing goods by 3 percent.", "3 percent", "growth_difference"),
    ("增速比上年加快1.2个百分点。", "1.2个百分点", "growth"),
    ("Growth was 1.2 percentage points higher than in 2022.", "1.2 percentage points", "growth"),
    ("出口额增长11.6倍。", "11.6倍", "multiple"),
    ("税率为13%。", "13%", "share"),  # a rate, a ratio of two amounts
    ("出口额为20亿元。", "20亿元", "level"),
    ("出口额增至30亿元。", "30亿元", "level"),
])
def test_kinds(text, surface, kind):
    assert figure(text, surface).kind == kind


def test_growth_difference_is_in_points():
    q = figure("出口增速比进口高出近3%。", "近3%")
    assert (q.unit, q.qualifier) == ("PERCENT_POINT", "nearly")


def test_listed_figures_share_kind_and_direction():
    analysis, qs = figures("出口和进口分别下降3.1%、2.4%。")
    assert [(q.value, q.kind) for q in qs] == [("-3.1", "growth"), ("-2.4", "growth")]
    analysis, qs = figures("Games and films accounted for 40%, 25% and 10%, respectively.")
    assert [q.kind for q in qs] == ["share", "share", "share"]


def test_about_before_a_share_verb():
    assert figure("海外收入约占总收入的六成。", "六成").qualifier == "about"


# ---------------------------------------------------------------- not figures

@pytest.mark.parametrize("text", [
    "2024年是行业转折的一年。",
    "In 2024, the plan was approved.",
    "FY2024 results were restated.",
    "大会于12月15日开幕，4月22日闭幕。",
    "一是降低成本，二是扩大市场，第三是培养人才。",
    "首次发布第10期报告，总第39期，依据第十二条。",
    "行业进入1.0阶段后迈向3.0时代。",
    "《三体2》与「星河2077」同日上线。",
    "他今年35岁。",
    "咨询热线：010-66778899。",
    "入选Top 10榜单和TOP5000名单。",
    "支持5G网络和3A大作。",
    "“双15税收优惠”正式落地。",
    "The 5th Expo, Issue 7 and Season 3 are out.",
    "Kestrel Studio released version 2.0 of the engine.",
    "Phase 3 starts at 9:30 am.",
    "青禾网络与一家德国公司和一部动画电影合作。",
    "会议在10:30开始。",
    "'Northwind 2077' topped the chart.",
    "Call +1 415 555 0199 for details.",
])
def test_not_figures(text):
    assert spans(text) == []


def test_a_threshold_that_names_a_category_is_not_a_figure():
    assert spans("年营收5亿元以上的企业有12家。") == ["12家"]
    # (the threshold written before the number too: 超过/逾 … 的 + the kind of firm or person counted)
    assert spans("其中年出口额超过650万美元的企业有29家。") == ["29家"]
    assert spans("海外收入逾2亿元的游戏企業共十七家。") == ["十七家"]
    assert spans("月收入超过8,000美元的头部主播约占一成二。") == ["一成二"]
    assert spans("公司海外营收超过3亿元，同比增长12%。") == ["超过3亿元", "12%"]  # a figure of its own


def test_brackets_that_name_groups_of_firms_are_no_figures():
    # a survey's size and revenue brackets: how many firms or what share fall in each is the figure
    assert spans("按规模分，样本中雇员少于20人的约占四成，在20至49人之间的占35.5%，50人及以上的共有64家。") == \
        ["四成", "35.5%", "64家"]
    assert spans("去年營業額未達新台幣五百萬元的商戶約佔三成；店員不足5人的企業有27家。") == ["三成", "27家"]
    assert spans("Among bookshops in the poll, 52.3 percent had fewer than 10 staff, while 29 percent had between 10 and 24.") \
        == ["52.3 percent", "29 percent"]
    assert spans("Firms with annual sales under 2 million yuan accounted for 37 percent of those polled.") == ["37 percent"]
    # a bound stated of one firm or one event stays a figure
    assert spans("Harbor Co. has more than 300 employees.") == ["more than 300"]
    assert spans("去年展会吸引了超过200家企业参展，观众5万人及以上。") == ["超过200家", "5万人及以上"]


def test_a_share_of_respondents_after_a_fall_is_a_share():
    q = figure("Subtitling fell 4 percent, and 63 percent of respondents said they expect more work.", "63 percent")
    assert q.kind == "share" and q.value == "63"


def test_n_and_a_half_times_is_one_multiple():
    assert spans("Bookings reached 610 million yuan, three and a half times the 2023 level.") == \
        ["610 million yuan", "three and a half times"]
    assert [str(q.value) for q in figures("Licensing income grew one and a half times.")[1]] == ["1.5"]


def test_double_digit_growth_counts_no_one():
    assert spans("全市数字服务出口连续四年保持两位数增长，今年增长13.6%。") == ["13.6%"]
    assert spans("两位专家参与评审。") == ["两位"]


def test_a_count_that_sums_up_a_list_is_not_a_figure():
    assert spans("云州、雾川、青城三市的出口额合计90亿元。") == ["90亿元"]


def test_an_article_is_not_a_figure_but_a_numeral_is():
    assert spans("一家工作室和两家发行商签约。") == ["两家"]


# ---------------------------------------------------------------- spans and offsets

def test_span_covers_qualifier_number_scale_and_unit():
    analysis, qs = figures("出口额约新台币1600万~2300万元。")
    assert [analysis[q.norm_start:q.norm_end] for q in qs] == ["约新台币1600万~2300万元"]
    assert (qs[0].low, qs[0].high, qs[0].unit, qs[0].qualifier) == ("16000000", "23000000", "CCY_TWD", "about")


def test_offset_is_added():
    text = "出口增长5%。"
    base = find_quantities(text)
    shifted = find_quantities(text, 1000)
    assert [(q.norm_start + 1000, q.norm_end + 1000) for q in base] == [(q.norm_start, q.norm_end) for q in shifted]


def test_traditional_text_after_normalization():
    q = figure("香港數碼港企業去年總收入約125億，按年增加9%。", "约125亿")
    assert (q.value, q.unit, q.unit_implicit) == ("12500000000", "CCY_HKD", True)
    q = figure("台灣遊戲產業營收達新台幣１２８０億元。", "新台币1280亿元")
    assert (q.value, q.unit) == ("128000000000", "CCY_TWD")


# ---------------------------------------------------------------- parse_number

@pytest.mark.parametrize("text, value", [
    ("6.3", "6.3"), ("12468.3", "12468.3"), ("1000", "1000"), ("3,417", "3417"), ("１２", "12"),
    ("五十万", "500000"), ("一千两百", "1200"), ("三十二", "32"), ("两千", "2000"), ("一千零五十", "1050"),
    ("两万三千", "23000"), ("三千五百万", "35000000"), ("十二点五", "12.5"), ("二〇二四", "2024"),
    ("一万五", "15000"), ("一千三", "1300"), ("叁拾伍", "35"), ("一亿零五", "100000005"),
    ("1000万", "10000000"), ("3417亿", "341700000000"), ("3.2万亿", "3200000000000"), ("1.2万亿", "1200000000000"),
    ("500余万", "5000000"), ("8千", "8000"), ("1.5bn", "1500000000"), ("250.8m", "250800000"), ("3.4k", "3400"),
    ("2 billion", "2000000000"), ("twenty-five", "25"), ("half a million", "500000"), ("a dozen", "12"),
    ("two hundred thousand", "200000"),
])
def test_parse_number(text, value):
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "二三", "十百", "年", "5G", None])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


# ---------------------------------------------------------------- properties

_CN_DIGITS = "零一二三四五六七八九"


def render_cn(n: int) -> str:
    """n in standard Chinese numerals (as cn2an renders it: 十五, 一百一十, 一亿零五, 一万亿)."""
    if n == 0:
        return "零"

    def section(x: int) -> str:
        out, zero = "", False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = x // unit % 10
            if d == 0:
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            out += _CN_DIGITS[d] + name
        return out

    out, started, gap = "", False, False
    for big, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        g, n = divmod(n, big) if big > 1 else (n, 0)
        if g == 0:
            gap = gap or started
            continue
        if started and (gap or g < 1000):
            out += "零"
        out += (render_cn(g) if g >= 10000 else section(g)) + name
        started, gap = True, False
    return out[1:] if out.startswith("一十") else out


@given(st.integers(min_value=0, max_value=10**13))
@example(708810000)  # 七亿零八百八十一万: a falsifying example hypothesis found (the last 万 read as a scale of all)
@example(250000000)  # 两亿五千万
def test_parse_number_reads_chinese_numerals(n):
    assert parse_number(render_cn(n)) == n


@given(st.integers(min_value=1, max_value=10**13))
def test_parse_number_reads_liang(n):
    text = re.sub(r"二(?=[千百万亿])", "两", render_cn(n))
    assert parse_number(text) == n


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2),
       st.sampled_from([("万", 10**4), ("亿", 10**8), ("万亿", 10**12), (" million", 10**6), ("bn", 10**9)]))
def test_parse_number_reads_scaled_numbers(d, scale):
    word, factor = scale
    assert parse_number(f"{d}{word}") == d * factor


@given(st.integers(min_value=2, max_value=10**12))
def test_a_rendered_amount_in_a_sentence(n):
    analysis = f"青禾网络去年收入{render_cn(n)}元。"
    qs = find_quantities(analysis)
    assert len(qs) == 1 and Decimal(qs[0].value) == n and qs[0].unit == "CCY_CNY"


_ALPHABET = st.sampled_from(list(
    "0123456789.,%-~/:+ 　\n零〇一二两三四五六七八九十百千万亿兆点余多约近超逾第年月日个家名人元美港台币标箱倍成分之翻番"
    "《》「」“”\"'()（）增长下降占比同比至到和、，。；"
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$€£¥"
) + ["million", "billion", "percent", " and ", " to ", "between ", "more than ", "rose ", "fell ", "of ",
     "百分之", "个百分点", "万亿", "人民币", "新台币", "USD ", "HK$", "half", "one-third", "doubled", " times"])


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=80).map("".join), st.integers(min_value=0, max_value=10**6))
def test_never_raises_and_spans_stay_inside(text, offset):
    qs = find_quantities(text, offset)
    last = offset
    for q in qs:
        assert last <= q.norm_start < q.norm_end <= offset + len(text)
        last = q.norm_end
        assert q.kind in ("level", "growth", "growth_difference", "share", "multiple")
        if q.value is None:
            assert q.low is not None and q.high is not None and Decimal(q.low) <= Decimal(q.high)
        else:
            assert "E" not in q.value and not q.value.endswith(".0")
            Decimal(q.value)


@settings(max_examples=200)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text):
    for q in find_quantities(text):
        assert 0 <= q.norm_start < q.norm_end <= len(text)


def test_a_long_line_finishes():
    """A 200 KB single line (dense figures and pathological runs) goes through; no timing asserted."""
    pieces = [
        "2024年，云州市服务出口3.2万亿元，同比增长9.7%，其中数十家企业超过300多名员工。",
        "Revenue rose 8.9% to $1.5bn, up from 980 staff a year earlier. ",
        "1-2-" * 50, "亿" * 200, "《" + "增长5%" * 50, "1" * 500, "5 " * 200, "一二三四五六七八九十" * 20,
    ]
    line = "".join(pieces)
    line = (line * (200_000 // len(line) + 1))[:200_000]
    qs = find_quantities(line)
    assert qs and all(0 <= q.norm_start < q.norm_end <= len(line) for q in qs)


# ---------------------------------------------------------------- regressions found on real text

def test_a_number_right_after_a_chinese_comma():
    # NFKC folds "，" to ",": the number after it is not the tail of a thousands group
    assert spans("云州市新增企业40家，1.2亿元来自海外。") == ["40家", "1.2亿元"]


@pytest.mark.parametrize("text, surface, value, kind", [
    ("利润率为-3.5%。", "-3.5%", "-3.5", "share"),
    ("Margins were -2.1% in the quarter.", "-2.1%", "-2.1", "level"),
    ("增速为-2%。", "-2%", "-2", "growth"),
])
def test_a_written_minus(text, surface, value, kind):
    q = figure(text, surface)
    assert (q.value, q.negative, q.kind) == (value, True, kind)


def test_basis_points_are_hundredths_of_a_point():
    assert figure("利率下调25个基点。", "25个基点").value == "-0.25"
    assert figure("The rate was cut by 50 basis points.", "50 basis points").value == "-0.5"


@pytest.mark.parametrize("text, surface, qualifier", [
    ("一半用户来自海外。", "一半", None), ("过半数为付费用户。", "过半数", "more_than"),
    ("一半以上为年轻人。", "一半以上", "more_than"), ("约有一半来自海外。", "约有一半", "about"),
])
def test_half_in_chinese(text, surface, qualifier):
    q = figure(text, surface)
    assert (q.value, q.unit, q.qualifier) == ("50", "PERCENT", qualifier)


def test_a_scale_alone_after_a_qualifier():
    q = figure("上线首日即突破千万播放量。", "突破千万")
    assert (q.value, q.qualifier, q.count_of) == ("10000000", "more_than", "view")
    assert figure("近千家企业参展。", "近千家").qualifier == "nearly"
    assert figure("注册用户过亿。", "过亿").value == "100000000"


def test_the_two_countries_is_a_reference():
    assert spans("中美两国合作深化，两岸交流增多。") == []


def test_a_growth_clause_then_respectively():
    analysis, qs = figures("出口和进口同比下降，分别为3.2%和1.1%。")
    assert [(q.value, q.kind) for q in qs] == [("-3.2", "growth"), ("-1.1", "growth")]


def test_triple_a_is_not_a_multiple():
    assert spans("Kestrel released its first triple-A game.") == []


def test_signed_is_not_about():
    q = figure("平台签约25位创作者。", "25位")
    assert (q.qualifier, q.count_of) == (None, "creator")


@pytest.mark.parametrize("text, surface, value, qualifier", [
    ("漫画出口额比上年增加了一倍。", "增加了一倍", "2", None),
    ("动画电影海外票房多了一倍。", "多了一倍", "2", None),
    ("付费读者数量增长了一倍多。", "增长了一倍多", "2", "more_than"),
    ("授权收入比前年高出一倍以上。", "高出一倍以上", "2", "more_than"),
    ("授权收入增长1倍。", "增长1倍", "2", None),
])
def test_grew_by_one_times_is_doubled(text, surface, value, qualifier):
    q = figure(text, surface)
    assert q.unit == "TIMES" and q.kind == "multiple"
    assert q.value == value and q.qualifier == qualifier


def test_larger_multiples_stay_as_stated():
    assert figure("授权收入增长了三倍。", "三倍").value == "3"
    assert figure("收入是前年的一倍。", "一倍").value == "1"  # "is one times": not the growth idiom
    assert figure("动漫出口翻了两番。", "翻了两番").value == "4"


def test_a_range_of_cheng_is_a_share():
    q = figure("出口额约有两三成来自东南亚。", "两三成")
    assert q.kind == "share" and q.value is None and (q.low, q.high) == ("20", "30")
    assert figures("营收的两三成五")[1] == []  # not a way of writing a figure


# ---------------------------------------------------------------- every unit the parser gives is one the graph allows

def test_every_unit_the_parser_can_give_is_allowed_by_the_shapes():
    """A unit outside the shapes' list makes ``kg validate`` fail on any build that states it (45秒 once did)."""
    from pathlib import Path

    from rdflib import Graph
    from rdflib.collection import Collection
    from rdflib.namespace import SH

    from kg.extract import quantities as Q
    from kg.namespaces import KG
    from kg.rdf.observations import unit_iri

    shapes = Graph().parse(Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl")
    allowed = set(Collection(shapes, shapes.value(KG_SHAPE_UNIT, SH["in"])))
    codes = {"PERCENT", "PERCENT_POINT", "TIMES", "NUM"}
    for table in (Q.OTHER_AFTER_ZH, Q.OTHER_AFTER_EN, Q.DATA_AFTER, Q.CN_CURRENCY_AFTER, Q.CURRENCY_BEFORE,
                  Q.EN_CURRENCY_AFTER):
        # (None: the currency depends on the context; NO_CODE: a currency whose amounts are left out)
        codes.update(v for v in table.values() if v and v != Q.NO_CODE)
    missing = sorted(c for c in codes if unit_iri(c) not in allowed)
    assert not missing, missing
    units = Graph().parse(Path(__file__).resolve().parent.parent / "ontology" / "units.ttl")
    assert all((unit_iri(c), None, None) in units for c in codes), "every unit is described in ontology/units.ttl"
    assert KG.TEU in allowed


KG_SHAPE_UNIT = __import__("rdflib").URIRef("https://w3id.org/cstkg/shapes#Observation-unitMeasure")


@pytest.mark.parametrize("text, surface, value, unit", [
    ("整部动画制作需要6周左右。", "6周左右", "6", "WK"),
    ("连续4个星期位居榜首。", "4个星期", "4", "WK"),
    ("The series took 5 weeks to make.", "5 weeks", "5", "WK"),
    ("查验时间缩短至45秒。", "45秒", "45", "SEC"),
])
def test_weeks_and_seconds(text, surface, value, unit):
    q = figure(text, surface)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text", ["品牌成立3周年。", "孩子2周岁。", "第3周的销量增长。", "每周五更新。"])
def test_weeks_that_are_not_durations(text):
    assert not [q for q in figures(text)[1] if q.unit == "WK"]


@pytest.mark.parametrize("text, surface, value, low, high", [
    ("新系统可降低运营成本30%-45%。", "30%-45%", None, "-45", "-30"),
    ("产品研发周期缩短40%。", "40%", "-40", None, None),
    ("AI工具帮助提升美术效率35%。", "35%", "35", None, None),
    ("该平台降低了获客成本约两成。", "约两成", "-20", None, None),
    ("The new pipeline cut rendering costs by 22%.", "22%", "-22", None, None),
])
def test_a_change_verb_with_its_object_before_the_figure(text, surface, value, low, high):
    q = figure(text, surface)
    assert q.kind == "growth" and (q.value, q.low, q.high) == (value, low, high)


@pytest.mark.parametrize("text, surface, kind", [
    ("市场份额提升至30%。", "30%", "share"),
    ("提升的比例为30%。", "30%", "share"),
    ("提高产品质量是关键，合格率98%。", "98%", "share"),  # (a rate, not what 提高 changes)
])
def test_a_target_or_a_share_after_a_change_verb_is_not_a_change(text, surface, kind):
    assert figure(text, surface).kind == kind


@pytest.mark.parametrize("text, surface", [
    ("Vietnam's Annual Trade in Services Exceeds $90 Billion for First Time", "Exceeds $90 Billion"),
    ("Sales crossed 2 million units.", "crossed 2 million"),
    ("The park tops 300 firms.", "tops 300"),
])
def test_english_verbs_of_passing_a_mark_are_more_than(text, surface):
    assert figure(text, surface).qualifier == "more_than"


@pytest.mark.parametrize("text, surface, count_of", [
    ("The studio hired 1,300 animators.", "1300", "employee"),
    ("It employs 240 designers and 85 programmers.", "240", "employee"),
    ("More than 60 researchers joined the lab.", "More than 60", "person"),
])
def test_occupations_are_counted(text, surface, count_of):
    q = figure(text, surface)
    assert (q.unit, q.count_of) == ("NUM", count_of)


def test_a_headline_in_the_present_doubles():
    q = figure("Jade Studio's Overseas Revenue Doubles", "Doubles")
    assert (q.value, q.unit, q.kind) == ("2", "TIMES", "multiple")


@pytest.mark.parametrize("text, surfaces, unit", [
    ("Their shares were 6.4, 9.1 and 11.5 percent.", ["6.4", "9.1", "11.5 percent"], "PERCENT"),
    ("增速分别为4.1、5.2和6.3%。", ["4.1", "5.2", "6.3%"], "PERCENT"),
    ("两港分别为215万及97万TEU。", ["215万", "97万TEU"], "TEU"),
])
def test_a_list_of_numbers_takes_the_unit_written_once_at_its_end(text, surfaces, unit):
    analysis, qs = figures(text)
    assert [(analysis[q.norm_start:q.norm_end], q.unit) for q in qs] == [(x, unit) for x in surfaces]


@pytest.mark.parametrize("text, expected", [
    ("Revenues were 3.2, 4.5 and 6 billion yuan.",
     [("3.2", "3200000000", "CCY_CNY"), ("4.5", "4500000000", "CCY_CNY"), ("6 billion yuan", "6000000000", "CCY_CNY")]),
    ("三市的执行额分别为412.6、187.3和58.9亿元。",
     [("412.6", "41260000000", "CCY_CNY"), ("187.3", "18730000000", "CCY_CNY"), ("58.9亿元", "5890000000", "CCY_CNY")]),
    ("兩家公司營收分別為6.2及14.8億新台幣。",
     [("两家", "2", "NUM"), ("6.2", "620000000", "CCY_TWD"), ("14.8亿新台币", "1480000000", "CCY_TWD")]),
    ("Bookings reached $2.7 and $5.9 billion.",
     [("$2.7", "2700000000", "CCY_USD"), ("$5.9 billion", "5900000000", "CCY_USD")]),
])
def test_a_list_of_amounts_takes_the_scale_and_currency_written_once_at_its_end(text, expected):
    analysis, qs = figures(text)
    assert [(analysis[q.norm_start:q.norm_end], q.value, q.unit) for q in qs] == expected
    assert not any(q.unit_implicit for q in qs if q.unit != "NUM")


def test_an_amount_with_its_own_scale_shares_only_the_currency_and_stops_the_list():
    # 4600万 has its own scale: it takes the dollars; 2.5 before it could be 万 or 亿, so it is not read
    analysis, qs = figures("两款游戏的海外收入分别为2.5、4600万和1.3亿美元。")
    assert [(analysis[q.norm_start:q.norm_end], q.value, q.unit) for q in qs] == [
        ("两款", "2", "NUM"), ("4600万", "46000000", "CCY_USD"), ("1.3亿美元", "130000000", "CCY_USD")]


def test_a_count_before_an_amount_is_not_a_list_member():
    analysis, qs = figures("The zone has 12 studios, 3.5 billion yuan of output.")
    assert [(analysis[q.norm_start:q.norm_end], q.unit) for q in qs] == [("12", "NUM"), ("3.5 billion yuan", "CCY_CNY")]


@pytest.mark.parametrize("text, want", [
    ("Harbor Games came second, while Kite Studio rose to third from fifth in March.", {"second": 2, "third": 3, "fifth": 5}),
    ("The studio slipped to 12th place on the chart.", {"12th": 12}),
    ("The title was first released in 2023.", {}),  # an adverb, not a place in a ranking
])
def test_places_in_a_ranking_said_by_verbs_of_finishing_or_moving(text, want):
    analysis, qs = figures(text)
    got = {analysis[q.norm_start:q.norm_end]: int(q.value) for q in qs if q.kind == "rank"}
    assert got == want


def test_a_range_with_to_after_a_verb_that_is_not_a_change():
    q = figure("Marketing costs now eat up 35 to 45 percent of revenue.", "35 to 45 percent")
    assert (q.low, q.high, q.kind) == ("35", "45", "share")
    assert spans("The share rose from 20 percent to 25 percent.") == ["20 percent", "25 percent"]  # a change: two figures


def test_double_before_what_it_doubles_is_a_multiple():
    q = figure("Revenue reached $740 million, nearly double the level a year earlier.", "nearly double")
    assert (q.value, q.unit, q.qualifier) == ("2", "TIMES", "nearly")
    assert spans("The fund will double spending on dubbing.") == []  # a verb of what will be done, no figure


def test_an_english_partitive_counts_what_the_whole_counted():
    q = figure("Of the 583 films approved last year, 64 were co-productions.", "64")
    assert q.unit == "NUM" and q.count_of == "work" and q.value == "64"
    assert "64" not in spans("In 2024, 64 were sold.")  # no whole before it: a bare number is no figure


def test_co_productions_are_counted_works():
    q = figure("The plan will support at least 35 co-productions a year.", "at least 35")
    assert q.unit == "NUM" and q.count_of == "work" and q.qualifier == "at_least"


def test_tai_before_a_taiwan_place_is_no_measure_word():
    # 台 counts machines, but 台北/台中/台南 that follow a number (an event's year, a headline's last figure) are places
    assert "2031台" not in spans("2031台北國際動漫展昨日開幕，今年共展出420台遊戲主機。")
    assert figure("2031台北國際動漫展昨日開幕，今年共展出420台遊戲主機。", "420台").count_of == "device"
    assert "2030台" not in spans("2030台中花卉博覽會吸引遊客。")
    assert figure("《霧港》玩家逾30萬 台灣遊戲出口增三成", "逾30万").count_of == "player"  # not devices


@pytest.mark.parametrize("text,value", [("两亿五千万", 250000000), ("七亿零八百八十一万", 708810000), ("三亿零五万", 300050000),
                                        ("五十万", 500000), ("三千万亿", 3 * 10**15)])
def test_a_last_wan_after_yi_is_a_section_not_a_scale(text, value):
    assert parse_number(text) == value


def test_korean_won_written_as_han_yuan():
    found = find_quantities("首季营收约9.2亿韩圆。")  # 韓圓 in the original, as analysis text
    assert found and found[0].unit == "CCY_KRW" and found[0].value == "920000000"


def test_a_charts_place_and_the_place_a_year_before_are_ranks():
    assert spans("新版本推出当周，这款应用在韩国Google Play畅销榜第四，在苹果商店下载榜第九名。") == ["第四", "第九名"]
    assert spans("在今年的排名中，该区排名全省第6位，前年为第11位。今年为第三届。") == ["排名全省第6位", "第11位"]


def test_teachers_licensees_and_originals_are_counted_in_english():
    assert spans("Some 42 teachers from the academy now work in Almaty, and the brand counts 318 licensees across Europe.") \
        == ["Some 42", "318"]
    assert spans("This year the service will premiere 17 originals made outside China.") == ["17"]


def test_a_level_after_a_fall_takes_the_subjects_money():
    q = figure("Royalty payments abroad dropped 4 percent to 3.6 billion.", "3.6 billion")  # (the sentence alone)
    assert q.unit == "CCY_CNY" and q.unit_implicit



def test_a_count_said_with_numbered_after_a_long_subject():
    # (spans are of the analysis text, where 1,347 is written 1347)
    assert spans("Exhibitors from outside the host province numbered 1,347 this spring.") == ["1347"]
    assert spans("Overseas exhibitors numbered about 920, while trade visitors numbered more than 15,000.") == \
        ["about 920", "more than 15000"]
    assert spans("The numbers 3 and 4 matter.") == []


def test_a_rate_of_two_amounts_is_a_share():
    for text, surface in [("公司毛利率为46.3%。", "46.3%"), ("该剧平均收视率为1.74%。", "1.74%"),
                          ("The gross margin improved to 38.2 percent.", "38.2 percent"),
                          ("The average interest rate on the loans was 3.15 percent.", "3.15 percent")]:
        assert figure(text, surface).kind == "share", text
    analysis, qs = figures("毛利率由2029年的31.2%提升至去年的45.1%。")
    assert [q.kind for q in qs] == ["share", "share"]
    # a growth rate is still a change
    assert figure("Its growth rate was 12 percent.", "12 percent").kind == "growth"
    assert figure("出口增长率为9.5%。", "9.5%").kind == "growth"


def test_taking_down_or_shutting_down_is_no_fall():
    q = figure("The alliance said it took down 7,318 pirated copies in the half.", "7318")
    assert q.kind == "level" and not q.value.startswith("-")
    assert figure("Views of pirated copies were down 12 percent.", "12 percent").value == "-12"


def test_a_percentage_of_people_who_did_something_is_a_share():
    assert figure("The poll found that 41.5 percent had watched a Chinese drama.", "41.5 percent").kind == "share"
    analysis, qs = figures("Revenue grew 12 percent, and 30 percent said they would buy more.")
    assert [q.kind for q in qs] == ["growth", "share"]


def test_a_comma_alone_lists_bare_numbers_only_before_another_member():
    text = "The monthly average reached 271,000, 18 percent more than a year earlier; shares were 12, 15 and 21 percent."
    assert "271000" not in spans(text)  # (no percent: a bare number the parser leaves to the sentence)
    assert figure(text, "12").unit == figure(text, "15").unit == "PERCENT"


def test_a_verb_its_object_and_a_percentage_without_by():
    text = "Thistledown grew bookings 23 percent to 5.1 billion yuan and cut its staff 7 percent."
    assert figure(text, "23 percent").kind == "growth" and figure(text, "23 percent").value == "23"
    assert figure(text, "7 percent").kind == "growth" and figure(text, "7 percent").value == "-7"
    assert figure("Thistledown raised its stake to 40 percent.", "40 percent").kind == "level"


def test_layoffs_losses_fractions_in_sevenths_working_days_and_a_further_fall():
    text = "Fernlow will lay off 64 of its 90 employees after the studio lost $12.6 million; rivals shed about 940 jobs."
    assert figure(text, "64").kind == "level" and figure(text, "64").unit == "NUM"
    assert figure(text, "$12.6 million").kind == "level" and figure(text, "$12.6 million").value == "12600000"
    assert figure(text, "about 940").kind == "level" and figure(text, "about 940").value == "940"
    assert figure("公司将裁员约120人。", "约120人").kind == "level"
    assert figure("Sales slipped a further 3 percent in May.", "3 percent").value == "-3"
    assert figure("Exports were roughly a seventh of the total.", "roughly a seventh").value == "14.29"
    assert "a ninth" not in spans("It plans to enter a ninth Asian market.")
    assert figure("Reviews take 25 working days.", "25 working days").unit == "DAY"
    got = figure("The workforce was about 6 percent smaller at the end of May than a year earlier.", "about 6 percent")
    assert got.kind == "growth" and got.value == "-6"


def test_a_place_and_its_rank_in_commas():
    text = "Hebei, second, exported 31.2 billion yuan, and Shanxi, fourth, 18.4 billion yuan."
    assert figure(text, "second").kind == "rank" and figure(text, "fourth").value == "4"


def test_chinese_places_listed_in_a_ranking_and_the_place_moved_from():
    assert [q for q in spans("厦门首次位列第一，泉州和漳州分列第二、第三位。")] == ["位列第一", "分列第二", "第三位"]
    got = spans("澳门则由上年报告的第九位升至第六位，但人才指标仅排第十二位，最佳排名为第四名。")
    assert got == ["第九位", "升至第六位", "仅排第十二位", "排名为第四名"]
    assert spans("公司拟发行第二次可转换公司债，该片是第三部作品。") == []


def test_the_rank_a_place_climbed_from():
    assert figure("Hebei climbed from sixth a year earlier.", "sixth").kind == "rank"
    assert spans("Revenue fell from third quarter levels.") == []


def test_a_chinese_numeral_range_takes_its_scale_at_both_ends():
    f = figure("公司计划投入二至三亿元建设海外发行中心。", "二至三亿元")
    assert (f.low, f.high) == ("200000000", "300000000")


def test_spans_sessions_and_named_groups_of_provinces_are_not_figures():
    assert spans("公司计划未来五个财政年度每年分红不少于三成。") == ["不少于三成"]
    assert spans("该建议由市十五届人大二次会议提出。") == []
    assert spans("西部十二省的游客增速居前。") == []
    assert figure("该股此前八个营业日累计上涨21%。", "八个营业日").unit == "DAY"  # (a window: see test_metrics)


def test_a_count_of_the_items_an_article_lists_is_not_a_figure():
    assert spans("年终盘点｜五部国产动画的海外之路") == []
    assert spans("以下是编辑部挑出的三款新品。") == []
    assert spans("Here are three studios that stood out.") == []
    assert spans("Five Chinese studios that went global in 2027") == []
    assert spans("The two firms said revenue rose 12%.") == ["12%"]
    assert spans("公司今年推出五部新片。") == ["五部"]


def test_round_the_clock_and_visa_free_durations_and_referred_counts_are_not_figures():
    assert spans("外国旅客可享144小时过境免签，景区另设24小时多语种服务台。") == []
    assert spans("The 144-hour visa-free transit policy and a 24-hour service desk drew praise.") == []
    assert spans("店铺营业24小时。") == ["24小时"]
    assert spans("本季度这三项收入合计约4.2亿元。") == ["约4.2亿元"]
    assert spans("该片带动原著的二次创作。") == []
    assert spans("The ten largest studios took 58% of sales.") == ["58%"]


def test_a_number_and_a_half_is_one_figure_of_what_follows():
    assert (figure("Guests stayed an average of three and a half days.", "three and a half days").value) == "3.5"
    assert figure("The ride takes four and a half hours.", "four and a half hours").unit == "HR"
    f = figure("The studio booked about three and a half billion yuan of orders.", "about three and a half billion yuan")
    assert (f.value, f.unit) == ("3500000000", "CCY_CNY")
    assert figure("Bookings reached two and a half times what was planned.", "two and a half times").unit == "TIMES"


def test_english_counts_in_teens_hundreds_are_read():
    assert figure("Thirteen hundred volunteers signed up.", "Thirteen hundred").value == "1300"
    assert figure("More than fifteen hundred merchants joined the scheme.", "More than fifteen hundred").value == "1500"


def test_percent_more_of_a_long_noun_phrase_than_an_earlier_time_is_a_rise():
    f = figure("The regulator logged 38% more complaints about prepaid gym memberships in 2026 than a year earlier.", "38%")
    assert f.kind == "growth"
    f = figure("The academy admitted 17 percent more overseas students in the 2026-27 school year than in 2025-26.", "17 percent")
    assert f.kind == "growth"


def test_the_bound_of_a_condition_is_not_a_figure():
    assert spans("评级机构提示，若公司净负债与EBITDA之比升至9倍以上，评级可能下调。") == []
    assert spans("The agency may cut the rating if net debt stays above six times EBITDA.") == []
    assert spans("如果首月销量超过80万份，发行商将追加宣传预算。") == []
    assert spans("若以汇率7.2计算，海外收入约为4.6亿元。") == ["约为4.6亿元"]
    assert spans("Staff get the bonus only when sales reach at least 3.9 billion yuan by 2029.") == ["at least 3.9 billion yuan"]


def test_tickets_and_admissions_are_counted():
    f = figure("The film sold about 31 million tickets in its first month.", "about 31 million")
    assert (f.unit, f.count_of) == ("NUM", "visitor")
    assert figure("The fair drew 64,000 admissions.", "64000").count_of == "visitor"


def test_players_gained_are_a_count_but_a_percentage_gained_is_a_rise():
    assert figure("The game launched in May, gaining 2 million players in 3 hours.", "2 million").kind == "level"
    assert figure("The shares slipped on Friday after gaining about 37 percent this year.", "about 37 percent").kind == "growth"
