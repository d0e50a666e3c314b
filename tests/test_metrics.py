"""Observation assembly (kg.extract.metrics and kg.resolve.observations) on sentences written
for the test: indicator, period, growth, parallel lists, subject. Names and numbers are made up."""

from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest

from kg.extract import extract
from kg.model import SourceFile
from kg.resolve import resolve
from kg.structure import analyse


def doc_of(text: str, name: str = "t.txt"):
    data = text.encode("utf-8")
    return analyse(SourceFile(path=name, name=name, sha256=hashlib.sha256(data).hexdigest(), byte_size=len(data),
                              encoding="utf-8", media_type="text/plain", text=text))


def observations(text: str):
    doc = doc_of(text)
    return doc, list(extract(doc).observations)


def by_surface(doc, obs, surface: str):
    found = [o for o in obs if doc.source.text[o.start:o.end] == surface]
    assert found, (surface, [doc.source.text[o.start:o.end] for o in obs])
    return found[0]


def wrong_holders(doc, obs, name: str, *surfaces: str) -> dict[str, object]:
    """The figures among ``surfaces`` whose holder is not ``name`` (as the text names it), with the holder they got."""
    got = {s: by_surface(doc, obs, s).subject for s in surfaces}
    return {s: (m.surface if m is not None else None) for s, m in got.items() if m is None or m.surface != name}


def labels(o) -> set[str]:
    return {t for t, _ in o.indicator_labels}


def test_level_and_growth_in_one_sentence():
    doc, obs = observations("2023年，绵阳市数字服务进出口总额达到1836.4亿元，同比增长11.7%。")
    level = by_surface(doc, obs, "1836.4亿元")
    growth = by_surface(doc, obs, "11.7%")
    assert level.quantity.value == "183640000000" and level.quantity.unit == "CCY_CNY"
    assert level.period.label == "2023"
    assert "数字服务进出口总额" in labels(level)
    assert level.subject is not None and level.subject.text == "绵阳市"
    assert growth.quantity.kind == "growth" and growth.comparison_period == "2022"
    assert growth.indicator == level.indicator
    assert obs[growth.growth_of] is level


def test_explicit_comparison_period():
    doc, obs = observations("2024年前三季度，动漫衍生品出口额为64.2亿美元，较2023年同期增长6.1%。")
    growth = by_surface(doc, obs, "6.1%")
    assert growth.period.label == "2024-Q1/2024-Q3"
    assert growth.comparison_period == "2023-Q1/2023-Q3"


def test_period_carried_through_the_sentence():
    doc, obs = observations("2021年云州市动画产值为42.6亿元，2022年增长至51.3亿元，2023年进一步攀升到63.8亿元。")
    periods = [o.period.label for o in obs]
    assert periods == ["2021", "2022", "2023"]
    assert len({o.indicator for o in obs}) == 1


def test_period_from_the_previous_sentence():
    doc, obs = observations("2022年，全市游戏企业加快出海。海外营收达到17.9亿元。")
    assert by_surface(doc, obs, "17.9亿元").period.label == "2022"


def test_count_takes_its_counted_noun():
    doc, obs = observations("截至去年底，开发区内共聚集了320多家动漫企业。")
    o = by_surface(doc, obs, "320多家")
    assert o.quantity.unit == "NUM" and o.quantity.qualifier == "more_than"
    assert "动漫企业" in labels(o)


def test_parallel_list_of_indicators_zh():
    doc, obs = observations("2023年，数字内容出口和进口分别增长13.8%、4.6%。")
    exports = by_surface(doc, obs, "13.8%")
    imports = by_surface(doc, obs, "4.6%")
    assert "数字内容出口" in labels(exports)
    assert "数字内容进口" in labels(imports)
    assert exports.indicator != imports.indicator


def test_parallel_list_of_subjects_zh():
    doc, obs = observations("2023年，江西、湖南、贵州三省的文化服务出口额分别为41亿元、37亿元和12亿元。")
    subjects = [by_surface(doc, obs, s).subject.text for s in ("41亿元", "37亿元", "12亿元")]
    assert subjects == ["江西", "湖南", "贵州"]
    assert len({o.indicator for o in obs}) == 1


def test_parallel_list_en():
    doc, obs = observations("Animation exports and imports rose 9.4% and 3.2% respectively in 2023.")
    a, b = by_surface(doc, obs, "9.4%"), by_surface(doc, obs, "3.2%")
    assert a.period.label == b.period.label == "2023"
    assert a.indicator != b.indicator
    assert any("exports" in t.lower() for t in labels(a)) and any("imports" in t.lower() for t in labels(b))


def test_english_growth_in_noun_phrase():
    doc, obs = observations("The rise was driven by a 15.2 percent growth in licensing exports in 2022.")
    o = by_surface(doc, obs, "15.2 percent")
    assert o.quantity.kind == "growth"
    assert any("licensing exports" in t for t in labels(o))


def test_growth_difference_uses_the_growth_indicator():
    doc, obs = observations("2023年，全国数字服务出口增长12.6%，增速比货物出口高出3.9个百分点。")
    diff = by_surface(doc, obs, "3.9个百分点")
    assert diff.quantity.kind == "growth_difference" and diff.quantity.unit == "PERCENT_POINT"
    assert diff.indicator == by_surface(doc, obs, "12.6%").indicator


def test_implied_china_is_a_mention_with_evidence():
    doc, obs = observations("去年我国网络文学海外营收达到51.7亿元。\n", )
    o = by_surface(doc, obs, "51.7亿元")
    assert o.subject is not None and o.subject.canonical == "中国" and o.subject.surface == "我国"


def test_window_duration_is_not_a_figure():
    doc, obs = observations("新作《雾川行》上线2小时下载量突破80万次。")
    assert [doc.source.text[o.start:o.end] for o in obs] == ["突破80万次"]
    assert obs[0].window and "2小时" in obs[0].window


def test_discourse_counts_are_not_figures():
    doc, obs = observations("两国在六个方面加强合作，商务部等五部门联合印发方案。")
    assert obs == []


def test_bilingual_statement_is_one_observation_with_two_pieces_of_evidence():
    text = ("2023年，該市遊戲出口額達到26.4億美元，同比增長8.8%。\n"
            "In 2023, the city's game exports reached 2.64 billion US dollars, up 8.8% year on year.\n")
    doc = doc_of(text)
    res = resolve([doc], [extract(doc)])
    money = [o for o in res.observations if o.quantity.unit == "CCY_USD"]
    assert len(money) == 1 and len(money[0].mentions) == 2
    growth = [o for o in res.observations if o.quantity.kind == "growth"]
    assert len(growth) == 1 and growth[0].growth_of == money[0].key


def test_documents_are_compared_not_merged():
    a = doc_of("2023年，云州市动漫出口额为18.2亿元。", "a.txt")
    b = doc_of("2023年，云州市动漫出口额为19.6亿元。", "b.txt")
    res = resolve([a, b], [extract(a), extract(b)])
    assert len(res.observations) == 2
    conflicts = [c for c in res.checks if c["check"] == "same-figure"]
    assert conflicts and conflicts[0]["status"] == "conflict"


def test_the_same_months_stated_in_other_words_are_one_period_across_documents():
    a = doc_of("2033年前三季度，云州市动漫出口额为14.6亿元。", "a.txt")
    b = doc_of("2033年1-9月，云州市动漫出口额为14.6亿元。", "b.txt")
    c = doc_of("Yunzhou's animation exports were 1.46 billion yuan in the nine months through September 2033.", "c.txt")
    res = resolve([a, b, c], [extract(a), extract(b), extract(c)])
    assert {o.period.label for o in res.observations} == {"2033-Q1/2033-Q3"}
    same = [ch for ch in res.checks if ch["check"] == "same-figure"]
    assert same and same[0]["status"] == "agree" and len({s["doc"] for s in same[0]["statements"]}) >= 2


def test_level_with_growth_implies_the_previous_level():
    a = doc_of("2024年，云州市动漫出口额为22亿元，同比增长10%。", "a.txt")
    b = doc_of("2023年，云州市动漫出口额为20亿元。", "b.txt")
    res = resolve([a, b], [extract(a), extract(b)])
    implied = [c for c in res.checks if c["check"] == "implied-previous-level"]
    assert implied and implied[0]["status"] == "agree"
    assert implied[0]["implied"] == "2000000000.00"


def test_implausible_magnitude_is_flagged_not_changed():
    d = doc_of("In 2024 the animation sector of the province earned $7.3 trillion in revenue.")
    res = resolve([d], [extract(d)])
    flags = [c for c in res.checks if c["check"] == "implausible-magnitude"]
    assert flags and flags[0]["value"] == "7300000000000"


def test_multiple_compares_with_the_first_period_stated():
    doc, obs = observations("雾川市游戏出口额从2016年3.2亿元增至2023年37.5亿元，增长10.7倍。")
    multiple = by_surface(doc, obs, "10.7倍")
    level = by_surface(doc, obs, "37.5亿元")
    assert multiple.quantity.kind == "multiple" and multiple.quantity.unit == "TIMES"
    assert multiple.period.label == "2023" and multiple.comparison_period == "2016"
    assert obs[multiple.growth_of] is level


def test_counts_without_a_noun_inherit_the_measure():
    doc, obs = observations("榜单上的AI动画剧1月只有6部，8月已有58部，9月达到133部。")
    assert [o.quantity.value for o in obs] == ["6", "58", "133"]
    assert len({o.indicator for o in obs}) == 1
    assert any("动画剧" in t for t in labels(obs[0]))


# ---------------------------------------------------------------- what a figure measures: clauses are not measures

@pytest.mark.parametrize("text, surface, want", [
    # a demonstrative restarts the noun phrase; the count names its own noun
    ("星河互娱计划向20多个地区测试这款赛车游戏。", "20多个地区", "地区"),
    # a reporting verb before the figure is not part of what it measures
    ("研究人员分析认为来自三十几个国家的选手参加了比赛。", "三十几个国家", "国家"),
    # a count of people followed by 团队 is the size of a team
    ("一个8人团队每周能完成一部动画短片。", "8人", "团队人数"),
    # a counted noun after the figure outranks the words before it
    ("蓝鲸书局已在海外推出超2400部网文、350部漫画。", "350部", "漫画"),
])
def test_counts_name_what_they_count(text, surface, want):
    doc, obs = observations(text)
    o = by_surface(doc, obs, surface)
    assert want in labels(o), labels(o)


def test_verbs_and_prepositions_are_cut_from_the_measure():
    doc, obs = observations("据测算，外资企业通过承接数字外包平均降低运营成本35%。")
    o = by_surface(doc, obs, "35%")
    assert labels(o) & {"运营成本"}, labels(o)
    doc, obs = observations("2024年，临川市已培养本地动画技术人员1200多人。")
    o = by_surface(doc, obs, "1200多人")
    assert "本地动画技术人员" in labels(o), labels(o)


def test_a_clause_is_never_an_indicator_label():
    doc, obs = observations("去年，从东岳集团以52亿元收购北辰影业开始，行业整合加速。")
    o = by_surface(doc, obs, "52亿元")
    assert all("从" not in t and "以" not in t for t in labels(o)), labels(o)
    assert "收购" in labels(o)


def test_numerals_inside_a_quoted_verse_are_not_figures():
    doc, obs = observations("展馆以“千里江陵一日还，轻舟已过万重山”为主题，去年接待游客35万人次。")
    surfaces = [doc.source.text[o.start:o.end] for o in obs]
    assert surfaces == ["35万人次"], surfaces


def test_english_headline_verb_ends_the_measure():
    doc, obs = observations("Vietnam's Annual Exports of Software Services Tops $4 Billion for First Time\n\nBody text.")
    o = by_surface(doc, obs, "Tops $4 Billion")  # "tops" says more than
    assert o.quantity.qualifier == "more_than"
    assert not any("Tops" in t for t in labels(o)), labels(o)


def test_a_place_after_a_preposition_is_not_the_subject():
    doc, obs = observations("《星海旅人》首月在日本收获约36亿日元流水。")
    o = by_surface(doc, obs, "约36亿日元")
    assert o.subject is not None and o.subject.text == "星海旅人"
    doc, obs = observations("In 2024, Lumen Studios signed a $12 million distribution deal with a partner in Brazil.")
    o = by_surface(doc, obs, "$12 million")
    assert o.subject is None or o.subject.text != "Brazil"


def test_citation_markers_end_flattened_bullets():
    doc, obs = observations("Summary - Exports of animation rose 7.5% in 2024 [1] - Imports of animation fell by 3.1% to $2.4 billion [2]")
    sentences = [s.text for s in doc.sentences]
    assert len(sentences) == 2, sentences


def test_a_bare_count_is_named_by_its_measure_word():
    doc, obs = observations("他说，今年面试了60多个人，但合适的不到5个。")
    o = by_surface(doc, obs, "60多个")
    assert "人数" in labels(o), labels(o)


def test_clause_start_agrees_with_a_scan_of_the_clause_breaks():
    """The bisect over precomputed breaks gives what scanning the text between floor and pos gives."""
    import random

    from kg.extract.metrics import _CLAUSE, _clause_start

    rng = random.Random(4)
    alphabet = "ab，,;:。 while but 出口"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        floor = rng.randint(0, len(text))
        pos = rng.randint(floor, len(text))
        naive = floor
        for m in _CLAUSE.finditer(text, floor, pos):
            naive = m.end()
        assert _clause_start(text, pos, floor) == naive, (text, floor, pos)


def test_a_noun_made_from_a_verb_stays_whole_and_a_clause_ends_the_counted_noun():
    doc, obs = observations("青梧书城已培育近12万名海外本土创作者。")
    assert "海外本土创作者" in labels(by_surface(doc, obs, "近12万名"))
    doc, obs = observations("而1部动画短片则需要9人团队制作三周。")
    weeks = by_surface(doc, obs, "三周")  # the time one short takes; "1部" only says what it is per
    assert weeks.indicator_surface == "制作每部动画短片所需时间"
    assert not any("则" in t for t in labels(weeks))


# ---------------------------------------------------------------- subjects and measures (issue 4)

def test_a_brand_firm_before_its_revenue_is_the_subject():
    doc, obs = observations("澜岳2024年第三季度游戏收入为3.1亿元，同比下降2.4%。")
    for surface in ("3.1亿元", "2.4%"):
        assert by_surface(doc, obs, surface).subject.surface == "澜岳"
    doc, obs = observations("Veltrix's overseas revenue rose 21% to 4.3 billion yuan in 2024.")
    for surface in ("21%", "4.3 billion yuan"):
        assert by_surface(doc, obs, surface).subject.surface == "Veltrix"


def test_a_partner_after_a_preposition_and_quantifier_is_not_the_subject():
    doc, obs = observations("星衡与一家法国发行商签署了总额2600万欧元的发行协议。")
    assert by_surface(doc, obs, "2600万欧元").subject.surface == "星衡"
    doc, obs = observations("Quillon said its Latin America unit signed contracts worth $51.2m in 2024.")
    assert by_surface(doc, obs, "$51.2m").subject.surface == "Quillon"


def test_an_x_based_place_is_a_modifier_not_the_subject():
    doc, obs = observations("At the end of 2024, Wuhan-based Tenmoor Interactive employed 1.8k staff, up from 1.5k a year earlier.")
    assert by_surface(doc, obs, "1.5k").subject.surface == "Tenmoor Interactive"


def test_a_firm_outranks_a_place_for_a_figure_in_a_later_clause():
    doc, obs = observations("云梭互娱宣布在巴黎设立美术工作室，首期投资600万欧元。")
    assert by_surface(doc, obs, "600万欧元").subject.surface == "云梭互娱"


def test_each_statement_after_a_semicolon_has_its_own_topic():
    text = "今年以来捷报频传：5月3日，《霜刃行》一上线，便登上90多个市场的下载榜；8月9日，《星落长河》全球上线，1小时玩家突破30万。"
    doc, obs = observations(text)
    assert by_surface(doc, obs, "90多个").subject.surface == "霜刃行"
    assert by_surface(doc, obs, "突破30万").subject.surface == "星落长河"


def test_a_possessive_place_qualifies_the_name_it_precedes():
    text = ('In May 2025, Korea\'s first fully motion-captured online game "Ember Kingdom" was launched and spread '
            'fast, drawing 2.4 million players in 3 days and 1.2 billion KRW of revenue in 1 month.')
    doc, obs = observations(text)
    for surface in ("2.4 million", "1.2 billion KRW"):
        assert by_surface(doc, obs, surface).subject.surface == "Ember Kingdom"
    # a possessive place followed by a measure, not a name, stays the subject
    doc, obs = observations("In 2024, Brazil's exports of digital services rose, reaching $8 billion, while Argentina signed a deal.")
    assert by_surface(doc, obs, "$8 billion").subject.surface == "Brazil"


def test_a_place_after_a_receiving_verb_is_the_counterpart():
    doc, obs = observations("2024年，我国承接德国软件研发外包执行额31.5亿美元，同比增长6.2%。")
    assert by_surface(doc, obs, "31.5亿美元").subject.surface == "我国"
    assert by_surface(doc, obs, "6.2%").subject.surface == "我国"


def test_a_share_belongs_to_the_holder_of_the_whole():
    doc, obs = observations("越南與泰國市場分別佔台灣動畫出口的21%與13%。")
    for surface in ("21%", "13%"):
        assert by_surface(doc, obs, surface).subject.surface == "台灣"
    doc, obs = observations("Europe contributed a fifth of Veltrix's overseas revenue in 2024.")
    assert by_surface(doc, obs, "a fifth").subject.surface == "Veltrix"


def test_a_comparison_base_is_not_part_of_the_measure_and_stays_the_base():
    doc, obs = observations("2024年，绵阳市动漫企业海外收入较2019年增长3.4倍。")
    o = by_surface(doc, obs, "3.4倍")
    assert o.comparison_period == "2019" and "动漫企业海外收入" in labels(o)
    doc, obs = observations("2024年，国产短剧应用的海外下载量是2021年的4.2倍。")
    o = by_surface(doc, obs, "4.2倍")
    assert (o.period.label, o.comparison_period) == ("2024", "2021") and o.indicator != "unspecified"


def test_a_measure_stated_before_its_time_is_kept():
    doc, obs = observations("澳門漫畫出口金額2022年、2023年分別為5,100萬元、6,300萬元。")
    for surface in ("5,100萬元", "6,300萬元"):
        assert "漫画出口金额" in labels(by_surface(doc, obs, surface))
    doc, obs = observations("全省规模以上数字创意企业实现营业收入2.1万亿元，比上年增长4.4%。")
    assert "营业收入" in labels(by_surface(doc, obs, "2.1万亿元"))


def test_a_time_taken_is_measured_by_what_was_done():
    doc, obs = observations("动画电影《星河之子》上映后，只用16天就登上北美动画票房榜首。")
    assert labels(by_surface(doc, obs, "16天")) == {"登上北美动画票房榜首所需时间"}
    doc, obs = observations("港口的调度系统5分钟内就能生成最优装船方案。")
    assert "time-taken" in by_surface(doc, obs, "5分钟").indicator
    doc, obs = observations("The cartoon reached the top of the worldwide cartoon rankings in only 19 days.")
    assert "time-taken" in by_surface(doc, obs, "19 days").indicator
    # a duration that is itself the measured value keeps its measure
    doc, obs = observations("两港之间的航程从41天缩至28天。")
    assert "time-taken" not in by_surface(doc, obs, "28天").indicator


def test_an_english_duration_after_a_figure_is_its_window():
    doc, obs = observations("The title drew 2 million gamers in 2 hours and 5.2 billion yuan of sales in its first month.")
    assert by_surface(doc, obs, "2 million").window == "in 2 hours"
    assert not [o for o in obs if doc.source.text[o.start:o.end] == "2 hours"]
    doc, obs = observations("The chatbot app signed up 8 million users in only 15 days.")
    assert [doc.source.text[o.start:o.end] for o in obs] == ["8 million"]


def test_teu_names_container_throughput():
    doc, obs = observations("Fuzhou port handled 3.4 million TEU in 2024, up 5.5 percent.")
    assert "throughput" in by_surface(doc, obs, "3.4 million TEU").indicator


# ---------------------------------------------------------------- comparisons with the period right before

@pytest.mark.parametrize("text, surface, period, comparison", [
    ("2023年11月，钦州港集装箱吞吐量环比增长3.7%。", "3.7%", "2023-11", "2023-10"),
    ("2026年1月，绵州市动漫出口额环比下降2.2%。", "2.2%", "2026-01", "2025-12"),
    ("2023年第三季，橙光遊戲營收季增4.4%，年增8.2%。", "4.4%", "2023-Q3", "2023-Q2"),
    ("2023年第三季，橙光遊戲營收季增4.4%，年增8.2%。", "8.2%", "2023-Q3", "2022-Q3"),
    ("2023年8月，橙光遊戲營收為新台幣2.31億元，月減3.3%。", "3.3%", "2023-08", "2023-07"),
    ("2023年8月，钦州港集装箱吞吐量为41万标箱，较上月增长1.9%。", "1.9%", "2023-08", "2023-07"),
    ("2023年第二季度，云游科技海外收入较上季度增长6.6%。", "6.6%", "2023-Q2", "2023-Q1"),
    ("Zhuque Games' revenue rose 4.4% quarter-on-quarter in the third quarter of 2023.", "4.4%", "2023-Q3", "2023-Q2"),
    ("Zhuque Games' revenue fell 2.8 percent sequentially in the second quarter of 2023.", "2.8 percent", "2023-Q2", "2023-Q1"),
    ("Qinzhou Port handled 0.41 million TEU in August 2023, up 1.9 percent month-on-month.", "1.9 percent", "2023-08", "2023-07"),
    ("Qinzhou Port handled 0.41 million TEU in August 2023, up 6.1 percent year on year.", "6.1 percent", "2023-08", "2022-08"),
])
def test_sequential_growth_compares_with_the_period_before(text, surface, period, comparison):
    doc, obs = observations(text)
    o = by_surface(doc, obs, surface)
    assert o.quantity.kind == "growth"
    assert o.period.label == period and o.comparison_period == comparison


def test_relative_month_base_is_the_month_before_the_figure():
    # 上月 is the month before the figure's month, not before the document's date
    doc, obs = observations("2023-09-12\n\n今年8月，钦州港集装箱吞吐量为41万标箱，较上月增长1.9%。")
    o = by_surface(doc, obs, "1.9%")
    assert o.period.label == "2023-08" and o.comparison_period == "2023-07"


def test_previous_year_base_of_a_year_end_stock_is_that_year_end():
    doc, obs = observations("截至2023年底，绵州市已有游戏企业318家，比上年减少14家。")
    o = by_surface(doc, obs, "14家")
    assert o.quantity.value == "-14" and o.period.label == "2023-12-31"
    assert o.comparison_period == "2022-12-31"


# ---------------------------------------------------------------- multiples

@pytest.mark.parametrize("text, surface, value, period, comparison", [
    ("2019年至2023年，绵州市动漫出口额翻了两番。", "翻了两番", "4", "2023", "2019"),
    ("Mianzhou's animation exports doubled between 2019 and 2023.", "doubled", "2", "2023", "2019"),
    ("Mianzhou's animation exports tripled from 2018 to 2023.", "tripled", "3", "2023", "2018"),
    ("In 2023, Mianzhou's animation exports were 3.7 times their 2018 level.", "3.7 times", "3.7", "2023", "2018"),
    ("Revenue from Brazil at Zhuque Games tripled in 2023 compared with 2021.", "tripled", "3", "2023", "2021"),
    ("2023年，绵州市漫画出口额比上年增加了一倍。", "增加了一倍", "2", "2023", "2022"),
    ("2023年，云游科技海外收入翻倍。", "翻倍", "2", "2023", "2022"),
    ("Zhuque Games' overseas revenue doubled in 2023.", "doubled", "2", "2023", "2022"),
])
def test_multiple_period_and_base(text, surface, value, period, comparison):
    doc, obs = observations(text)
    o = by_surface(doc, obs, surface)
    assert o.quantity.kind == "multiple" and o.quantity.value == value
    assert o.period.label == period and o.comparison_period == comparison


def test_multiple_from_first_stated_period_is_kept():
    doc, obs = observations("绵州市动画产值从2019年的8亿元增至2023年的30亿元，增长2.75倍。")
    o = by_surface(doc, obs, "2.75倍")
    assert o.period.label == "2023" and o.comparison_period == "2019"


# ---------------------------------------------------------------- subjects named after the figure

@pytest.mark.parametrize("text, surface, subject", [
    ("2023年5月，日本共有逾2万名玩家报名参加了《幻塔》的首轮测试。", "逾2万名", "幻塔"),
    ("米哈游在东京的发布会吸引了超过1.2万名玩家参与《绝区零》的线下测试。", "超过1.2万名", "绝区零"),
    ("More than 31,000 players joined the closed beta of \"Wuthering Waves\" in Japan.", "More than 31,000", "Wuthering Waves"),
    ("About 2,800 staff work at the Wuxi park, mostly in animation.", "About 2,800", "Wuxi"),
    # people drawn by a work: the count is the work's, not the name of an earlier clause's
    ("当《山海秘境》的快闪店在曼谷引发排队热潮，当近三万名粉丝因《星河旅人》前往冰岛，国产动画正在出海。",
     "近三万名", "星河旅人"),
    ("當《雲端小鎮》的展覽在大阪開幕，逾八千名遊客因為《潮汐之歌》來到台南。", "逾八千名", "潮汐之歌"),
])
def test_count_is_about_what_it_joined(text, surface, subject):
    doc, obs = observations(text)
    o = by_surface(doc, obs, surface)
    assert o.subject is not None and o.subject.surface == subject


def test_count_before_an_unrelated_name_keeps_its_holder():
    doc, obs = observations("2023年，米哈游员工超过1,300人，其中在新加坡工作的有210人。")
    o = by_surface(doc, obs, "超过1,300人")
    assert o.subject is not None and o.subject.surface == "米哈游"


@pytest.mark.parametrize("text, surface, subject", [
    ("目前，中国进口货物在厦门港的通关时间压缩至20分钟。", "20分钟", "厦门港"),
    ("目前，台灣出口貨物經基隆港通關平均只需18分鐘。", "18分鐘", "基隆港"),
    ("In China, clearance at Qingdao Port now takes just 30 minutes.", "30 minutes", "Qingdao Port"),
])
def test_duration_at_a_port_is_the_ports(text, surface, subject):
    doc, obs = observations(text)
    o = by_surface(doc, obs, surface)
    assert o.subject is not None and o.subject.surface == subject


@pytest.mark.parametrize("text, surface, subject", [
    ("走进宁波舟山港，来自中国的自动化设备随处可见。在码头上，系统只需5分钟就能排好船期。", "5分钟", "宁波舟山港"),
    ("在高雄港，來自台灣的智慧系統隨處可見。碼頭上，排程系統12分鐘內就能完成配載。", "12分鐘", "高雄港"),
    ("At Piraeus Port, Chinese technology is everywhere. Cranes now load a ship in 18 hours.", "18 hours", "Piraeus Port"),
])
def test_duration_in_a_paragraph_about_a_port_is_the_ports(text, surface, subject):
    doc, obs = observations(text)
    o = by_surface(doc, obs, surface)
    assert o.subject is not None and o.subject.surface == subject


def test_a_port_of_an_earlier_paragraph_is_not_carried():
    doc, obs = observations("在高雄港，智慧系統隨處可見。\n\n我國的報關系統只需7分鐘就能完成申報。")
    o = by_surface(doc, obs, "7分鐘")
    assert o.subject is None or o.subject.surface != "高雄港"


@pytest.mark.parametrize("text, surface, period, comparison", [
    ("Revenue from mobile games in Vietnam rose 12.5% in 2025 than in 2023.", "12.5%", "2025", "2023"),
    ("Exports were 8% higher than in 2022, reaching 4.2 billion dollars in 2024.", "8%", "2024", "2022"),
    ("Licensing income grew 6.4% in the first half of 2025 compared with the same period of 2023.", "6.4%",
     "2025-H1", "2023-H1"),
])
def test_a_base_period_stated_after_the_figure(text, surface, period, comparison):
    doc, obs = observations(text)
    o = by_surface(doc, obs, surface)
    assert o.quantity.kind == "growth"
    assert o.period.label == period and o.comparison_period == comparison


def test_duration_of_an_activity_is_its_time():
    doc, obs = observations("目前，台灣出口貨物經基隆港通關平均只需18分鐘。")
    o = by_surface(doc, obs, "18分鐘")
    assert "通关时间" in labels(o)


def test_time_spent_a_day_in_a_named_app():
    doc, obs = observations("Users spent an average of 48 minutes a day on Kuaishou in March 2025.")
    o = by_surface(doc, obs, "48 minutes")
    assert o.subject is not None and o.subject.surface == "Kuaishou"


def test_government_body_holds_its_own_figures():
    doc, obs = observations("2023年8月，国家电影局共审批通过国产影片61部。")
    o = by_surface(doc, obs, "61部")
    assert o.subject is not None and o.subject.surface == "国家电影局"


# ---------------------------------------------------------------- measures named after the figure or in the clause before

@pytest.mark.parametrize("text, surface, label", [
    ("光线传媒与一家法国发行商签署了总额860万欧元的海外发行协议。", "860万欧元", "海外发行协议"),
    ("2023年6月，博彦科技与一家日本客户签订了金额为1,730万美元（约合人民币1.25亿元）的软件外包合同。", "1,730万美元", "软件外包合同"),
    ("Croton Media signed a US$38 million distribution deal with a Mexican publisher.", "US$38 million", "distribution deal value"),
])
def test_amount_is_the_value_of_the_deal_named_after_it(text, surface, label):
    doc, obs = observations(text)
    assert label in labels(by_surface(doc, obs, surface))


def test_price_for_the_rights_to_a_work_is_about_the_work():
    doc, obs = observations("A French broadcaster paid €2.4 million for the rights to the drama 'Story of Kunning Palace'.")
    o = by_surface(doc, obs, "€2.4 million")
    assert o.subject is not None and o.subject.surface == "Story of Kunning Palace"
    assert "rights" in labels(o)


@pytest.mark.parametrize("text, surface, label", [
    ("在ReelShort的海外付费用户中，约1/4来自欧洲。", "约1/4", "海外付费用户"),
    ("Of Croton Media's new series in 2023, a third were sold abroad.", "a third", "new series"),
    ("As much as 60 percent of Chinese web-novel revenue abroad comes from Southeast Asia.", "As much as 60 percent",
     "web-novel revenue abroad"),
])
def test_share_takes_the_whole_it_is_of(text, surface, label):
    doc, obs = observations(text)
    o = by_surface(doc, obs, surface)
    assert o.quantity.kind == "share" and label in labels(o)


def test_people_employed_are_a_number_of_jobs():
    doc, obs = observations("在2021年，澳门文化产业雇用约1.3万人。")
    o = by_surface(doc, obs, "约1.3万人")
    assert o.indicator != "staff+人数" and "staff" in o.indicator


# ---------------------------------------------------------------- names the figures need (entity rules)

def mentions_of(text: str) -> set[tuple[str, str]]:
    return {(m.surface, m.type) for m in extract(doc_of(text)).mentions}


@pytest.mark.parametrize("text, name, typ", [
    ("Tuniu.com said its bookings grew 36 percent.", "Tuniu.com", "Firm"),
    ("携程Trip.com去年营收为533亿元。", "Trip.com", "Firm"),
    ("台中港去年货柜装卸量为26万标准箱。", "台中港", "Port"),
    ("北部湾港的出口通关时间最短只需12分钟。", "北部湾港", "Port"),
    ("开园首月便有逾三千家企业进驻南港软件园区。", "南港软件园区", "Zone"),
    ("鹰角网络新作在韩国上线首月营收约2.6亿元。", "鹰角网络", "Firm"),
    ("The series 'Lost You Forever', which runs to 39 episodes, sold well.", "Lost You Forever", "TVSeries"),
    ("Of Perfect World's new games in 2023, a third were sold abroad.", "Perfect World", "Firm"),
    ("About 1/5 of Japan's film revenue came from streaming.", "Japan", "Country"),
    # a listed company is a firm whatever its words (手游 is a generic word)
    ("在港交所上市的乐手游去年亏损8,300万元。", "乐手游", "Firm"),
    ("Starfall Works inked a licensing agreement with a Peruvian broadcaster.", "Starfall Works", "Firm"),
    ("Lantern Hill signed a US$12 million co-production deal with a Thai studio.", "Lantern Hill", "Firm"),
    # buyer and bought in an acquisition
    ("从星辉娱乐以41亿元收购云岚互动，到行业整合加速。", "星辉娱乐", "Firm"),
    ("从星辉娱乐以41亿元收购云岚互动，到行业整合加速。", "云岚互动", "Firm"),
    ("鸿图科技斥资3.2亿元收购了Riverlight，布局海外发行。", "Riverlight", "Firm"),
])
def test_names_found_for_subjects(text, name, typ):
    assert (name, typ) in mentions_of(text)


@pytest.mark.parametrize("text, bad", [
    ("掌阅海外收入为3亿元，占总营收的比重为12%。", "占总"),
    ("Visit www.Example.com for details.", "www.Example.com"),
    ("About 1/5 of Hong Kong's film revenue came from streaming in 2024.", "5 of Hong Kong"),
    ("The game's 'battle pass' sold well.", "battle pass"),
    ("The studio sold the rights for US$3.5 million.", "US"),
    ("門票收入達HK$1,200萬。", "HK"),
    ("2024年，动漫衍生品营收达30亿元。", "动漫衍生品"),
    ("政府收购了一批设备。", "一批设备"),
    ("该集团计划收购海外工作室。", "海外工作室"),
])
def test_not_names(text, bad):
    assert all(surface != bad for surface, _ in mentions_of(text))


# ---------------------------------------------------------------- periods carried to the next sentence

def test_a_month_does_not_date_the_next_sentence():
    doc, obs = observations("2026年3月，青禾动漫新上线漫剧达到145部。搞笑漫剧每分钟成本约80元到260元。")
    assert by_surface(doc, obs, "145部").period.label == "2026-03"
    assert by_surface(doc, obs, "约80元到260元").period is None


def test_a_month_dates_a_sentence_that_goes_on_about_it():
    doc, obs = observations("2026年3月，青禾动漫新上线漫剧达到145部。其中，古风题材有61部。")
    assert by_surface(doc, obs, "61部").period.label == "2026-03"


def test_a_year_still_dates_the_next_sentence():
    doc, obs = observations("2023年，宁川市动漫出口额为18.6亿元。出口企业达到312家。")
    assert by_surface(doc, obs, "312家").period.label == "2023"


def test_the_present_is_the_articles_day():
    doc, obs = observations("2026-04-09\n\n2026年3月，青禾动漫新上线漫剧145部。目前，平台已聚集近900家动漫企业。")
    o = by_surface(doc, obs, "近900家")
    assert o.period is not None and o.period.label == "2026-04-09"
    doc, obs = observations("2026年3月，青禾动漫新上线漫剧145部。目前，平台已聚集近900家动漫企业。")
    assert by_surface(doc, obs, "近900家").period is None  # an undated article: no day to take


def test_now_dates_its_own_clause_and_not_the_clause_before_it():
    doc, obs = observations("2025-11-18\n\nMarlow Foods said its export sales rose 6.4% to 57 million yuan in 2025.\n\n"
                            "Its licensing income from the Redcliff brand rose 9.1% to 12 million yuan, and partner "
                            "kitchens now operate in 31 countries.")
    for surface in ("9.1%", "12 million yuan"):
        o = by_surface(doc, obs, surface)
        assert o.period is not None and o.period.label == "2025", surface  # carried from the paragraph before
    assert by_surface(doc, obs, "9.1%").comparison_period == "2024"
    assert by_surface(doc, obs, "31").period.label == "2025-11-18"  # now: the article's day
    # a work's make-up before 目前 takes no year from before, as without 目前
    doc, obs = observations("2026-02-03\n\n去年，青岚影业海外发行收入3.2亿元。\n\n纪录片《海丝谣》是去年的重点作品。"
                            "该片共9集，目前已发行至37个国家和地区。")
    assert by_surface(doc, obs, "9集").period is None


def test_a_stock_day_at_the_end_of_the_period_leaves_the_period_to_the_next_paragraph():
    text = ("2025-08-20\n\nFjordline Eats lifts first-half sales\nBy Ola Brekke\n\n"
            "OSLO - Fjordline Eats said sales rose 7.7% to $212.5 million in the January-June period, helped by new "
            "openings. Its noodle bars abroad took 41.2% of sales.\n\n"
            "The chain employed about 2,140 people at the end of June.\n\n"
            "Operating profit was $9.3 million, compared with $11.8 million a year earlier.")
    doc, obs = observations(text)
    assert by_surface(doc, obs, "about 2,140").period.label == "2025-06-30"
    assert by_surface(doc, obs, "$9.3 million").period.label == "2025-H1"
    assert by_surface(doc, obs, "$11.8 million").period.label == "2024-H1"
    # an event's day in another paragraph (去年底成立) is no stock of the half: nothing to carry
    doc, obs = observations("2025-09-02\n\n澜港集团上半年海外营收增长\n本报记者 李青\n\n今年上半年，澜港集团海外营收12.6亿元。"
                            "其中东南亚市场占四成。\n\n为鼓励企业出海，该市在去年底成立了服务平台。\n\n"
                            "新航线开通后，两港之间的航程从41天缩至27天。")
    assert by_surface(doc, obs, "41天").period is None


def test_english_wire_copy_refers_back_to_the_quarter_and_the_fiscal_year_it_reported():
    text = ("2031-11-20\n\nKestrel Social lifts third-quarter revenue\nBy Ana Ruiz\n\n"
            "SINGAPORE - Kestrel Social said revenue for the July-September quarter rose 22.4% from a year earlier to "
            "1.31 billion yuan.\n\n"
            "Its chat app averaged 5.2 million monthly users in September, while its dating app had more than 1.1 million "
            "paying users at the end of the quarter.\n\n"
            "Voice chat generated about 71% of quarterly revenue.")
    doc, obs = observations(text)
    assert by_surface(doc, obs, "more than 1.1 million").period.label == "2031-09-30"  # the quarter's last day
    assert by_surface(doc, obs, "about 71%").period.label == "2031-Q3"  # not September's, not nothing
    text = ("2031-09-25\n\nWavecrest Leasing lifts rental income\nBy Tom Hale\n\n"
            "HONG KONG - Wavecrest Leasing said rental income rose 10.2% to $388 million in the fiscal year ended "
            "June 30, 2031.\n\n"
            "Average utilisation was 96.1%, up 1.2 percentage points from the previous fiscal year, and the fleet reached "
            "about 2.4 million TEU at the end of June.\n\n"
            "Its five largest customers accounted for about 52% of rental income over the year.")
    doc, obs = observations(text)
    assert by_surface(doc, obs, "96.1%").period.label == "2030-07/2031-06"  # not the day of the clause after it
    assert by_surface(doc, obs, "1.2 percentage points").comparison_period == "2029-07/2030-06"
    assert by_surface(doc, obs, "about 2.4 million TEU").period.label == "2031-06-30"
    assert by_surface(doc, obs, "about 52%").period.label == "2030-07/2031-06"


def test_a_firms_share_of_its_citys_total_is_the_citys_figure():
    doc, obs = observations("2032-01-21\n\n去年宜兴市动画外包服务出口约3.18亿元。\n\n"
                            "宜兴蓝岫动画制作有限公司（以下简称“蓝岫动画”）去年海外营收约1.02亿元，约占全市动画外包服务出口的三成二。")
    assert wrong_holders(doc, obs, "宜兴市", "三成二") == {}
    assert wrong_holders(doc, obs, "蓝岫动画", "约1.02亿元") == {}
    # with no province named, a place's share of the province stays the place's
    doc, obs = observations("2032-01-21\n\n去年宜兴市动画外包服务出口约3.18亿元，约占全省动画外包服务出口的一成八。")
    assert wrong_holders(doc, obs, "宜兴市", "一成八") == {}
    # with the province named, the share is the province's, as a firm's share of its city is the city's
    doc, obs = observations("2032-01-21\n\n去年江苏省动画外包服务出口约17.6亿元。\n\n"
                            "宜兴市的动画外包服务出口约3.18亿元，约占全省的一成八。")
    assert wrong_holders(doc, obs, "江苏省", "一成八") == {}
    assert wrong_holders(doc, obs, "宜兴市", "约3.18亿元") == {}


def test_a_part_of_the_total_just_stated_is_a_share_held_by_the_totals_holder():
    doc, obs = observations("2031-09-09\n\nOSLO - Fjellvik Aviation said group revenue rose 8.2% to 2.14 billion yuan in "
                            "the first half, and Fjellvik Academy contributed roughly 14%.")
    o = by_surface(doc, obs, "roughly 14%")
    assert o.quantity.kind == "share" and o.period.label == "2031-H1"
    assert wrong_holders(doc, obs, "Fjellvik Aviation", "roughly 14%") == {}


def test_the_month_an_event_was_held_does_not_date_its_figures():
    doc, obs = observations("2031-10-09\n\n8月，澄江围棋在大阪举办的第二届澄江国际少儿围棋公开赛吸引来自19个国家和地区的约540名棋手参赛。"
                            "8月，澄江围棋海外课程收入约1,200万元。")
    assert by_surface(doc, obs, "19个国家和地区").period is None
    assert by_surface(doc, obs, "约540名").period is None
    assert by_surface(doc, obs, "约1,200万元").period.label == "2031-08"  # the firm's month


def test_english_figures_that_go_on_after_a_rise_or_a_share_without_a_verb():
    doc, obs = observations("2031-11-20\n\nOSLO - Vindel Apps Ltd said revenue for the July-September quarter rose 18.2% from a "
                            "year earlier to 940 million yuan, and 4.1% from the previous quarter.\n\n"
                            "Northern Europe contributed 52.4% of revenue, Southern Europe 21.7% and Latin America 9.8%.")
    o = by_surface(doc, obs, "4.1%")
    assert o.quantity.kind == "growth" and o.comparison_period == "2031-Q2"
    for surface in ("21.7%", "9.8%"):
        o = by_surface(doc, obs, surface)
        assert o.quantity.kind == "share" and o.period.label == "2031-Q3", surface
    assert wrong_holders(doc, obs, "Vindel Apps Ltd", "52.4%", "21.7%", "9.8%") == {}


def test_a_headline_rise_takes_the_period_of_the_rise_the_text_gives():
    text = ("2032-02-04\n\nAvatar studio Lumora's overseas income more than doubles\nBy Ines Falk\n\n"
            "Lumora Technology Co said overseas licensing income rose 131.2% to 212 million yuan last year, making up "
            "41.3% of revenue.")
    doc, obs = observations(text)
    o = by_surface(doc, obs, "more than doubles")
    assert o.period is not None and o.period.label == "2031" and o.comparison_period == "2030"


def test_a_stock_day_does_not_date_the_flows_said_after_it_in_its_paragraph():
    text = ("2031-08-26\n\nBrava Bowls lifts first-half revenue\nBy Ana Lind\n\n"
            "LISBON - Brava Bowls Holdings Ltd said revenue rose 8.3% to $212.4 million in the January-June period.\n\n"
            "The chain ran restaurants in 11 countries at the end of June. Southern Europe contributed 51.2% of revenue.")
    doc, obs = observations(text)
    assert by_surface(doc, obs, "11").period.label == "2031-06-30"  # a stock: the day
    assert by_surface(doc, obs, "51.2%").period.label == "2031-H1"  # a flow: the half that day ends


def test_the_base_of_times_as_many_as():
    doc, obs = observations("2026-03-30\n\nHalden Seeds said its service income rose 12.5% in 2025.\n\n"
                            "In Kenya, Halden Seeds trained 2.4 times as many growers as in 2024.")
    o = by_surface(doc, obs, "2.4 times")
    assert o.quantity.kind == "multiple"
    assert o.period.label == "2025" and o.comparison_period == "2024"


def test_chinese_describing_a_part_is_not_the_holder_of_the_whole():
    text = ("2031-10-06\n\nWeekend Chinese school chain's fee income rises 18%\nBy Jan de Wit\n\n"
            "UTRECHT - Lotus Hall Academy, a network of weekend Mandarin schools, said fee income rose 18.2% to "
            "9.4 million euros in 2031. Enrolment grew 11.3%.\n\n"
            "Pupils without Chinese heritage made up 41.7% of students.")
    doc, obs = observations(text)
    assert wrong_holders(doc, obs, "Lotus Hall Academy", "18.2%", "11.3%", "41.7%") == {}


def test_the_app_is_the_app_named_before_not_its_operator():
    text = ("2031-05-02\n\nLAGOS - Nollywood films made up about 31% of viewing on Savanna Play, the streaming app of "
            "Lagos-based pay-TV operator Delta Vision, in the first quarter, the company said.\n\n"
            "The app had 2.7 million monthly active users in March, up 38% year on year.")
    doc, obs = observations(text)
    assert wrong_holders(doc, obs, "Savanna Play", "2.7 million", "38%") == {}


def test_a_clause_that_only_gives_the_base_dates_nothing_after_it():
    doc, obs = observations("2031-08-28\n\n今年上半年，青鸾文化海外收入占营收的比重升至41.5%，去年同期为36.2%。\n\n"
                            "截至6月底，青鸾文化海外注册用户约820万。")
    assert by_surface(doc, obs, "36.2%").period.label == "2030-H1"
    assert by_surface(doc, obs, "约820万").period.label == "2031-06-30"  # not 2030's June
    doc, obs = observations("2031-08-28\n\n上半年澄海集團海外業務錄得盈利3,260萬元，上年同期則為虧損1,020萬元。\n\n截至6月底，海外員工約1,240人。")
    assert by_surface(doc, obs, "約1,240人").period.label == "2031-06-30"
    # the base of the year before, in a clause of its own: the next clause is of the year stated first
    doc, obs = observations("2032-01-20\n\n去年靠泊澄江港的外籍船舶平均在港时间为26.4小时，前年为31.9小时；代理的外籍船舶中，散货船约占六成一。")
    assert by_surface(doc, obs, "31.9小时").period.label == "2030"
    assert by_surface(doc, obs, "六成一").period.label == "2031"


def test_a_multiple_of_now_has_no_base_year():
    doc, obs = observations("2026-04-09\n\n目前，漫剧的供给已增长了数十倍。")
    o = by_surface(doc, obs, "数十倍")
    assert o.comparison_period is None


# ---------------------------------------------------------------- measures named around titles and abbreviations

@pytest.mark.parametrize("text, surface, words", [
    ("2024年，我国企业承接离岸知识流程外包（KPO）执行额1480亿元，同比增长6.6%。", "1480亿元", {"outsourcing", "offshore"}),
    ("2024年，我国承接《数字经济伙伴关系协定》（DEPA）成员国离岸服务外包执行额合计812.5亿元，同比增长7.7%。",
     "812.5亿元", {"outsourcing", "offshore"}),
])
def test_a_measure_around_an_abbreviation_or_a_title(text, surface, words):
    doc, obs = observations(text)
    o = by_surface(doc, obs, surface)
    assert o.indicator != "unspecified" and words <= set(o.indicator.split("+"))


# ---------------------------------------------------------------- who reports is not what is reported on

def test_a_body_that_publishes_a_report_is_its_source():
    doc, obs = observations("中国动漫产业协会近日发布的《2026年动漫出海报告》显示，2025年中国动画海外发行收入同比增长13.8%。")
    o = by_surface(doc, obs, "13.8%")
    assert o.subject is None or o.subject.surface != "中国动漫产业协会"
    assert o.subject_default == "中国" or (o.subject is not None and o.subject.surface == "中国")


def test_a_firms_own_report_is_about_the_firm():
    doc, obs = observations("青禾科技最新财报显示，其海外收入增长12.4%。")
    o = by_surface(doc, obs, "12.4%")
    assert o.subject is not None and o.subject.surface == "青禾科技"


@pytest.mark.parametrize("text, surface, word", [
    ("However, Vietnam's services trade still had a deficit of 14.6 billion USD in 2024.", "14.6 billion USD", "deficit"),
    ("Malaysia posted a services trade surplus of 3.2 billion dollars in 2023.", "3.2 billion dollars", "surplus"),
])
def test_an_english_balance_is_the_deficit_not_the_trade(text, surface, word):
    doc, obs = observations(text)
    assert word in by_surface(doc, obs, surface).indicator.split("+")


def test_a_paragraph_opening_on_the_last_one_keeps_its_country():
    doc, obs = observations("China's services trade rose 9.4 percent in 2024.\n\n"
                            "The surge was driven by a 9.1 percent growth in exports and a 4.4 percent rise in imports.")
    o = by_surface(doc, obs, "9.1 percent")
    assert o.subject_default == "中国"
    doc, obs = observations("China's services trade rose 9.4 percent in 2024.\n\nAnalysts expect a 5.5 percent rise next year.")
    assert by_surface(doc, obs, "5.5 percent").subject_default is None


def test_a_firm_referred_back_to_is_the_subject():
    doc, obs = observations("青禾科技创始人 李明：我们很重视东南亚市场。\n\n今年上半年这家企业的新游戏已经推广到亚洲七八个新增国家和地区。")
    o = by_surface(doc, obs, "七八个新增国家和地区")
    assert o.subject is not None and o.subject.surface == "青禾科技"


def test_a_count_of_what_a_work_has_is_the_works():
    doc, obs = observations("以上线两个月即收获2300万玩家的《星河旅人》为例，其美术风格广受好评。")
    o = by_surface(doc, obs, "2300万")
    assert o.subject is not None and o.subject.surface == "星河旅人"


def test_a_rate_is_a_time_per_item_not_a_count_of_one():
    doc, obs = observations("目前，一个5人团队制作动态漫可以做到2天1部剧，头部团队能到1天1部剧，而1部AI动画则需要12人团队制作6周左右。")
    surfaces = [doc.source.text[o.start:o.end] for o in obs]
    assert "1部" not in surfaces
    two_days = by_surface(doc, obs, "2天")
    assert two_days.quantity.unit == "DAY" and "time-taken" in two_days.indicator.split("+")
    weeks = by_surface(doc, obs, "6周左右")
    assert weeks.quantity.unit == "WK" and "time-taken" in weeks.indicator.split("+")
    assert "每部" in weeks.indicator_surface


def test_figures_for_listed_years_take_the_measure_of_the_clause_before():
    doc, obs = observations("虽然面临压力，但2022年和2023年中国承接日本离岸服务外包执行额同比仍为正增长，分别为6.3%和2.7%。")
    for surface, year in (("6.3%", "2022"), ("2.7%", "2023")):
        o = by_surface(doc, obs, surface)
        assert o.period.label == year and {"offshore", "outsourcing"} <= set(o.indicator.split("+"))
        # 日本 is the client market, not one of the listed items
        assert o.subject_default == "中国" or o.subject.surface == "中国"


def test_figures_for_listed_places_take_the_measure_of_the_clause_before():
    doc, obs = observations("上海、北京动漫出口增长较快，增幅分别为12.1%、9.4%。")
    for surface, place in (("12.1%", "上海"), ("9.4%", "北京")):
        o = by_surface(doc, obs, surface)
        assert o.subject.surface == place and o.indicator == "animation+exports"


def test_the_field_just_named_is_the_measure():
    doc, obs = observations("2021年数字服务出口额为3012.5亿元，2022年增长至3350.2亿元。值得关注的是，这两年间该领域的增速均超过8%。")
    assert by_surface(doc, obs, "超过8%").indicator == by_surface(doc, obs, "3012.5亿元").indicator


def test_an_undated_text_that_writes_out_this_year_resolves_it():
    doc, obs = observations("今年上半年，宁川市动漫出口表现亮眼，动漫企业达到120多家。\n\n2026年上半年，宁川港完成集装箱吞吐量8.2万标箱。")
    assert by_surface(doc, obs, "120多家").period.label == "2026-H1"
    doc, obs = observations("今年上半年，宁川市动漫企业达到120多家。2024年，宁川港完成集装箱吞吐量8.2万标箱。")
    assert by_surface(doc, obs, "120多家").period is None  # a year alone says nothing about 今年


def test_a_planned_period_does_not_date_what_follows():
    doc, obs = observations("2026-05-02\n\n青禾科技下半年准备在欧美推广新游戏。在宁川，聚集了超1500家游戏企业。")
    assert by_surface(doc, obs, "超1500家").period is None or by_surface(doc, obs, "超1500家").period.label != "2026-H2"


def test_an_events_day_does_not_date_the_next_paragraph_but_an_opening_day_does():
    doc, obs = observations("2026-11-08\n\n● 动漫周开幕\n\n11月6日，第三届宁川动漫周在宁川举办。\n\n"
                            "青禾科技已在海外推出超2600部动画。去年底，宁川成立了动漫公共服务平台。\n\n"
                            "宁川港到欧洲的航程从41天缩至30天。")
    assert by_surface(doc, obs, "超2600部").period.label == "2026-11-06"  # the day the article opens on
    assert by_surface(doc, obs, "30天").period is None  # 去年底 dated an event of another paragraph


def test_bare_imports_after_a_kind_of_exports_are_of_the_same_kind():
    doc, obs = observations("Traditional animation product exports fell 6.1% to $32.4 billion, "
                            "while imports increased by 4.2% to $5.5 billion.")
    assert by_surface(doc, obs, "4.2%").indicator == "animation+imports+products+traditional"
    doc, obs = observations("Vietnam's exports rose 5% while imports increased by 2%.")
    assert by_surface(doc, obs, "2%").indicator == "imports"


def test_the_client_market_of_outsourcing_is_not_the_holder():
    doc, obs = observations("据统计，2025年1月份至10月份，我国企业承接服务外包执行额12345.6亿元。"
                            "承接共建“一带一路”国家离岸服务外包执行额合计1867.4亿元，同比增长9.5%。")
    for surface in ("1867.4亿元", "9.5%"):
        o = by_surface(doc, obs, surface)
        assert o.subject_default == "中国", (surface, o.subject)


@pytest.mark.parametrize("text, surface, holder, counterpart", [
    ("2025年前三季度，中国承接美国离岸服务外包执行额182.8亿美元，同比增长3.7%。", "182.8亿美元", "中国", "美国"),
    ("2025年前三季度，中国承接美国离岸服务外包执行额182.8亿美元，同比增长3.7%。", "3.7%", "中国", "美国"),
    ("2024年，我国对东盟出口动漫产品12.4亿美元。", "12.4亿美元", "我国", "东盟"),
    ("China's exports to ASEAN rose 8.1% in 2024.", "8.1%", "China", "ASEAN"),
    ("Vietnam's imports from China reached $5.2 billion.", "$5.2 billion", "Vietnam", "China"),
])
def test_the_market_a_figure_is_with_is_its_counterpart(text, surface, holder, counterpart):
    doc, obs = observations(text)
    o = by_surface(doc, obs, surface)
    assert o.counterpart is not None and o.counterpart.surface == counterpart
    got = o.subject.surface if o.subject is not None else None
    assert got == holder or (o.subject_default == "中国" and holder in ("中国", "我国", "China"))


def test_a_place_where_something_happens_is_not_a_counterpart():
    doc, obs = observations("在日本，青禾科技收入增长12%。")
    assert by_surface(doc, obs, "12%").counterpart is None


def test_a_word_for_the_whole_year_stays_inside_the_measure():
    doc, obs = observations("2025年，我国动漫行业全年产值接近800亿元。")
    assert by_surface(doc, obs, "接近800亿元").indicator == "animation+output"


def test_we_in_a_quote_is_the_speakers_organization():
    doc, obs = observations("苏州工业园区管委会数据处处长 李华：我们已经在数据跨境领域积累了12家企业，备案了9个场景。")
    assert by_surface(doc, obs, "12家").subject.surface == "苏州工业园区管委会"
    doc, obs = observations("上海青禾数字科技有限公司数据总监 王明：我们的业务增长很快。我们今年的订单增长了35%。")
    assert by_surface(doc, obs, "35%").subject.surface == "上海青禾数字科技有限公司"


def test_here_is_the_place_just_named():
    doc, obs = observations("一条产业链正在合肥市加速形成。在数据技术等关键领域，已有28家服务机构在此落地。")
    assert by_surface(doc, obs, "28家").subject.surface == "合肥市"


def test_a_bilateral_measure_is_chinas_with_its_partner():
    doc, obs = observations("中日离岸服务外包执行额从2012年14.3亿美元增至2024年96.5亿美元，增长5.7倍；"
                            "2025年前三季度，中国承接日本离岸服务外包执行额72.1亿美元。")
    keys = set()
    for surface in ("14.3亿美元", "96.5亿美元", "5.7倍", "72.1亿美元"):
        o = by_surface(doc, obs, surface)
        assert o.counterpart is not None and (o.counterpart.canonical or o.counterpart.text) == "日本", surface
        keys.add(o.indicator)
    assert keys == {"executed+offshore+outsourcing+services"}  # one series, whichever way it is written
    doc, obs = observations("中美关系对市场影响很大，企业收入增长5%。")
    assert by_surface(doc, obs, "5%").counterpart is None


def test_the_members_of_an_agreement_are_the_counterpart():
    doc, obs = observations("2024年，我国承接《数字经济伙伴关系协定》（DEPA）成员国离岸服务外包执行额合计812.5亿元，同比增长7.7%。")
    o = by_surface(doc, obs, "812.5亿元")
    assert o.counterpart is not None and o.counterpart.canonical == "数字经济伙伴关系协定成员国"
    assert o.counterpart.type == "RegionGroup" and o.indicator == "executed+offshore+outsourcing+services"


def test_a_share_of_a_population_that_does_something():
    doc, obs = observations("调查显示，62%的东南亚玩家愿意为国产手游付费，41%的欧洲玩家表示玩过中国游戏。")
    o = by_surface(doc, obs, "62%")
    assert o.indicator != "unspecified" and {"players", "paying"} <= set(o.indicator.split("+"))
    assert o.subject is not None and o.subject.surface == "东南亚"
    assert by_surface(doc, obs, "41%").subject.surface == "欧洲"
    doc, obs = observations("游戏出口额的30%来自东南亚。")  # a share of an amount keeps its measure
    assert by_surface(doc, obs, "30%").indicator == "exports+games"


def test_a_headline_figure_takes_the_period_of_its_article():
    doc, obs = observations("Vietnam's Annual Software Exports Exceed $9 Billion\n\n"
                            "In 2025, Vietnam's software exports reached 9.4 billion dollars, up 11 percent.")
    head = by_surface(doc, obs, "Exceed $9 Billion")
    assert head.period is not None and head.period.label == "2025"
    assert head.indicator == by_surface(doc, obs, "9.4 billion dollars").indicator


def test_a_lead_figure_the_text_restates_with_its_period_takes_that_period():
    text = ("Chile Tops $40 Billion in Copper Services\n\n"
            "Chile has passed a milestone, with its annual services exports surpassing $40 billion for the first time. "
            "Official data show services exports climbed to 32 trillion pesos (about $41.3 billion) in 2023.")
    doc, obs = observations(text)
    lead = by_surface(doc, obs, "surpassing $40 billion")
    assert lead.period is not None and lead.period.label == "2023"
    # a lead figure that no later figure restates (another value) stays undated
    doc, obs = observations("Chile has passed a milestone, with its annual services exports surpassing $40 billion. "
                            "Official data show services exports climbed to $28.6 billion in 2021.")
    assert by_surface(doc, obs, "surpassing $40 billion").period is None
    doc, obs = observations("摩洛哥旅游服务出口首次突破90亿美元。据统计，2023年摩洛哥旅游服务出口约为93亿美元。")
    assert by_surface(doc, obs, "突破90亿美元").period.label == "2023"


def test_a_work_referred_back_to_holds_the_figure():
    doc, obs = observations("《星河旅人》上线首月收入5亿元。该游戏在海外获得300万名玩家。")
    assert by_surface(doc, obs, "300万名").subject.surface == "星河旅人"
    doc, obs = observations("《星河旅人》由云帆科技开发。这款游戏在日本的下载量达到120万次。")
    assert by_surface(doc, obs, "120万次").subject.surface == "星河旅人"  # the market does not hold it
    doc, obs = observations("Lotus Interactive released the game 'Star Drifter' in May. "
                            "The game drew 3 million players in its first week.")
    assert by_surface(doc, obs, "3 million").subject.surface == "Star Drifter"
    # the work's makers, in the next paragraph: still the work
    doc, obs = observations("以上线首月即收获800万玩家的《星河旅人》为例，该游戏采用自研引擎。\n\n"
                            "在文化方面，研发团队走遍多个省市，将900件文物复原于游戏场景。")
    assert by_surface(doc, obs, "900件").subject.surface == "星河旅人"
    # a firm named in the sentence, a team that is named, an area (该片区): not the work
    doc, obs = observations("《星河旅人》去年上线。该游戏上线后，云帆科技有限公司的营收增长了20%。")
    assert by_surface(doc, obs, "20%").subject.surface == "云帆科技有限公司"
    doc, obs = observations("《星河旅人》去年上线。知名短剧制作团队雾灯工作室近期改造制作出三部短剧。")
    assert by_surface(doc, obs, "三部").subject is None or by_surface(doc, obs, "三部").subject.surface != "星河旅人"
    doc, obs = observations("《星河旅人》去年上线。该片区的文化产业产值达到30亿元。")
    assert by_surface(doc, obs, "30亿元").subject is None


def test_a_figure_stated_of_each_year_of_a_span_is_one_figure_per_year():
    def periods(doc, obs, surface):
        return sorted((o.period.label, o.comparison_period) for o in obs if doc.source.text[o.start:o.end] == surface)

    doc, obs = observations("从2019到2021年，数字出版贸易规模持续扩大。2019年数字出版出口额为120.5亿元，2021年增长至150.2亿元。"
                            "这三年间该领域的增速均超过8%。")
    assert periods(doc, obs, "超过8%") == [("2019", "2018"), ("2020", "2019"), ("2021", "2020")]
    doc, obs = observations("2016-2018年，雾川市动漫出口额增速每年都超过10%。")
    assert periods(doc, obs, "超过10%") == [("2016", "2015"), ("2017", "2016"), ("2018", "2017")]
    doc, obs = observations("Between 2015 and 2017, Peru's software exports grew by more than 4% each year.")
    assert periods(doc, obs, "more than 4%") == [("2015", "2014"), ("2016", "2015"), ("2017", "2016")]
    # average annual growth, per head, 首都, or no span: one figure
    doc, obs = observations("2016-2018年，雾川市动漫出口额年均增长12%。")
    assert periods(doc, obs, "12%") == [("2016/2018", "2015/2017")]
    doc, obs = observations("2018年，雾川市人均文化消费支出增长7%。")
    assert periods(doc, obs, "7%") == [("2018", "2017")]
    doc, obs = observations("首都雾川2018年文化产业收入都超过200亿元。")
    assert periods(doc, obs, "超过200亿元") == [("2018", None)]


def test_a_share_whose_clause_opens_on_zhan_is_the_share_of_the_sentences_topic():
    doc, obs = observations("行业报告显示，古风仙侠短剧凭借较低的制作成本，成为市场供给的主力，占短剧新剧数量的60%以上。")
    assert "古风仙侠" in by_surface(doc, obs, "60%以上").indicator
    # a share with its part in the clause, or a topic that is a name, keeps what it had
    doc, obs = observations("动漫出口占文化出口的比重为12%。")
    assert by_surface(doc, obs, "12%").indicator == "animation+exports"
    doc, obs = observations("《星河旅人》凭借出色的画面，占平台新游下载量的15%。")
    o = by_surface(doc, obs, "15%")
    assert o.subject.surface == "星河旅人" and "downloads" in o.indicator


def test_the_next_line_of_a_text_written_a_paragraph_a_line_keeps_the_country():
    lines = ("In 2023, China's digital trade rose 9.1%, outpacing goods trade by 3 points.\n"
             "Exports of audiovisual services and software services grew faster, rising by 21.4% and 8.8%, respectively.")
    doc, obs = observations(lines)
    assert by_surface(doc, obs, "21.4%").subject_default == "中国"
    # a blank line between paragraphs: the new paragraph has a topic of its own
    doc, obs = observations(lines.replace("\n", "\n\n"))
    assert by_surface(doc, obs, "21.4%").subject_default is None


def test_spaces_around_latin_words_do_not_cut_a_chinese_measure():
    spaced = "2024 年，部分类型 AI 动画的净利率超 40%，AI 动画出海数量达到 35 部。"
    doc, obs = observations(spaced)
    joined = observations(spaced.replace(" ", ""))
    for surface in ("超 40%", "35 部"):
        o = by_surface(doc, obs, surface)
        assert "artificial-intelligence" in o.indicator.split("+"), (surface, o.indicator)  # the AI of the phrase
        assert o.indicator == by_surface(*joined, surface.replace(" ", "")).indicator
    assert "部分" not in by_surface(doc, obs, "超 40%").indicator  # which of them, not what is measured


def test_an_order_of_magnitude_is_the_size_of_what_it_qualifies_and_years_ahead_are_not_dated():
    doc, obs = observations("2023年，雾川市云游戏收入增长18%。业内人士预计，未来两三年云游戏有望再造千亿元级市场。")
    o = by_surface(doc, obs, "千亿元")
    assert (o.quantity.value, o.quantity.unit, o.quantity.qualifier) == ("100000000000", "CCY_CNY", "about")
    assert {"market", "games"} <= set(o.indicator.split("+"))
    assert o.period is None  # the next two or three years, not 2023
    doc, obs = observations("In 2023, Peru's game revenue rose 7%. In the next five years, it could reach $3 billion.")
    assert by_surface(doc, obs, "$3 billion").period is None


def test_a_rank_measures_what_is_ranked_and_its_scope_is_not_its_holder():
    doc, obs = observations("目前，越南的数字服务贸易规模居全球第十二。")
    o = by_surface(doc, obs, "居全球第十二")
    assert (o.indicator, o.subject.surface) == ("digital+services+trade", "越南")
    doc, obs = observations("Currently, Vietnam ranks twelfth globally in digital services trade volume.")
    o = by_surface(doc, obs, "ranks twelfth")
    assert (o.indicator, o.subject.surface) == ("digital+services+trade", "Vietnam")
    doc, obs = observations("2023年，动漫产值位列全国第三位。")
    o = by_surface(doc, obs, "位列全国第三位")
    assert o.subject is None and o.subject_default is None  # 全国 is the ranking's scope
    doc, obs = observations("越南是全球第二大咖啡出口国。")
    assert by_surface(doc, obs, "全球第二大").indicator.split("+") == ["exports", "咖啡"]
    doc, obs = observations("It is the world's fourth-largest music market.")
    assert {"music", "market"} <= set(by_surface(doc, obs, "fourth-largest").indicator.split("+"))


def test_a_count_followed_by_what_they_are_counts_that():
    doc, obs = observations("10月总播放量前50名的动画中，有13部为国风动画，其余皆为AI动画。")
    assert by_surface(doc, obs, "13部").indicator == "animation+国风"
    doc, obs = observations("在今年上线的30款新游中，有8款是二次元游戏。")
    assert by_surface(doc, obs, "8款").indicator == "games+二次元"
    assert [doc.source.text[o.start:o.end] for o in obs] == ["30款", "8款"]  # 二次元 states no number


def test_a_source_that_reports_a_figure_is_not_part_of_its_measure():
    for lead in ("Official data show", "Customs figures indicated that", "New statistics revealed"):
        doc, obs = observations(f"{lead} Peru's services exports climbed to $9.7 billion in 2022.")
        assert by_surface(doc, obs, "$9.7 billion").indicator == "exports+services", lead


def test_a_name_in_a_later_clause_does_not_block_the_paragraphs_country():
    doc, obs = observations("China's cultural exports rely on Japan [3] Group 3: Digital Growth - The overseas revenue "
                            "from web comics reached $1.25 billion in 2024, growing by 6.3%, with North America "
                            "accounting for 31% of total revenue [4]")
    for surface in ("$1.25 billion", "6.3%"):
        assert by_surface(doc, obs, surface).subject_default == "中国", surface
    share = by_surface(doc, obs, "31%")  # North America's part of that revenue: China's, with the market
    assert share.subject_default == "中国" and share.counterpart.surface == "North America"


def test_the_country_as_ground_covered_is_not_the_holder():
    doc, obs = observations("研发团队走遍全国多个省市，实地考据研究，将12类900件文物复原于游戏场景。")
    assert by_surface(doc, obs, "900件").subject_default is None
    doc, obs = observations("《星河旅人》的研发团队走遍全国多个省市，将12类900件文物复原于游戏场景。")
    assert by_surface(doc, obs, "900件").subject.surface == "星河旅人"
    doc, obs = observations("今年全国动漫出口额达到50亿元。")
    assert by_surface(doc, obs, "50亿元").subject_default == "中国"


def test_bare_exports_after_a_measure_of_some_trade_are_of_that_trade():
    doc, obs = observations("Vietnam's services trade rose 9.4 percent in 2024.\n\n"
                            "The surge was driven by a 9.1 percent growth in exports and a 4.4 percent rise in imports.")
    assert by_surface(doc, obs, "9.1 percent").indicator == "exports+services"
    assert by_surface(doc, obs, "4.4 percent").indicator == "imports+services"
    doc, obs = observations("Vietnam's exports rose 5% while imports increased by 2%.")
    assert by_surface(doc, obs, "5%").indicator == "exports"


@pytest.mark.parametrize("a, b", [
    ("承接离岸服务外包执行额", "离岸服务外包执行额"),  # 承接 (undertaken) is how the statistics always say it
    ("总年营收", "annual revenue"),
    ("团队人数", "team size"),
    ("本土创作者", "local creators"),
    ("争议总金额", "amount in dispute"),
    ("仲裁案件", "arbitration cases"),
    ("外派海员", "seafarers"),
    ("海员劳务收入", "seafarer labour income"),
    ("绿色债券", "green bonds"),
    ("月活跃用户数", "monthly active users"),
    ("新签合同额", "newly signed contract value"),
    ("研发投入", "R&D investment"),
    ("归母净利润", "net profit attributable to shareholders"),
    ("应用内购买收入", "in-app purchase revenue"),
    ("客户数", "number of clients"),
    ("酒店平均入住率", "average hotel occupancy rate"),
    ("国际学生学费收入", "tuition income from international students"),
    ("跨境支付交易额", "cross-border payment transactions"),
    ("分保费收入", "reinsurance premiums income"),
    # cue words that are not what is measured: a list's 分别约, a verb's 增, a target's 力争
    ("海外收入分别约", "overseas revenue"),
    ("营收增", "revenue"),
    ("力争出口额", "exports"),
])
def test_indicator_vocabulary_merges_the_same_measure(a, b):
    from kg.extract.indicators import key_of

    assert key_of(a, "zh").key == key_of(b, "zh" if "\u4e00" <= b[0] <= "\u9fff" else "en").key


def test_a_chinese_measure_of_known_words_gets_an_english_label():
    from kg.extract.indicators import key_of

    assert key_of("月活跃用户", "zh").english == "monthly active users"
    assert key_of("外籍船舶引航艘次", "zh").english is None  # 艘次 is not in the vocabulary: no half label
    assert key_of("海外客户收入", "zh").english == "overseas clients revenue"


def test_a_pronoun_is_no_part_of_an_english_measure_but_it_in_capitals_is():
    from kg.extract.indicators import key_of

    assert key_of("our licensing income will be", "en").key == key_of("licensing income", "en").key
    assert key_of("IT outsourcing exports", "en").key == key_of("信息技术外包出口", "zh").key


def test_every_form_of_the_indicator_vocabulary_names_one_concept():
    from kg.resources import package_data_dir

    seen: dict[tuple[str, str], str] = {}
    clashes = []
    for line in (package_data_dir() / "glossary" / "indicator_terms.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, zh_forms, en_forms = (line.split("\t") + ["", "", ""])[:4]
        for lang, forms in (("zh", zh_forms), ("en", en_forms.lower())):
            for form in forms.split("|"):
                if form and seen.setdefault((lang, form), name) != name:
                    clashes.append((form, seen[(lang, form)], name))
    assert clashes == []


def test_business_process_outsourcing_is_its_own_measure():
    from kg.extract.indicators import key_of

    bpo = key_of("离岸业务流程外包执行额", "zh")
    assert "business-process" in bpo.concepts and bpo.key != key_of("离岸服务外包执行额", "zh").key
    assert bpo.key == key_of("offshore business process outsourcing executed value", "en").key


def test_an_english_news_story_of_a_city_and_its_studio():
    text = ("Suzhou's Animation Exports Jump 17% in First Half\n\n"
            "Suzhou-based studios earned 2.6 billion yuan from overseas markets in the first half of 2025, "
            "up 17 percent year on year.\n\n"
            "Its largest studio, Maple Bridge Pictures, said its flagship title 'River of Lanterns' had drawn "
            "5 million viewers abroad. The film now ranks fourth among Chinese titles in Thailand.")
    doc, obs = observations(f"2025-09-15\n\n{text}")
    head = by_surface(doc, obs, "17%")
    assert head.period.label == "2025-H1" and "jump" not in head.indicator  # a headline's verb is not its measure
    earned = by_surface(doc, obs, "2.6 billion yuan")
    assert set(earned.indicator.split("+")) == {"overseas", "revenue"} and earned.period.label == "2025-H1"
    assert by_surface(doc, obs, "5 million").subject.surface == "River of Lanterns"
    rank = by_surface(doc, obs, "ranks fourth")
    assert (rank.quantity.value, rank.subject.surface) == ("4", "River of Lanterns")  # not "Chinese" (the scope)


def test_a_verb_inside_a_compound_word_does_not_end_an_english_measure():
    doc, obs = observations("The cross-border data pilot in Ningbo transferred 420 TB of data in 2023.")
    assert "data" in by_surface(doc, obs, "420 TB").indicator.split("+")


def test_a_traditional_chinese_story_from_taiwan():
    text = ("高雄遊戲業者前三季海外營收創新高\n\n"
            "根據經濟部統計，今年前三季高雄遊戲業海外營收達新台幣58億元，較去年同期成長11.2%。\n\n"
            "業者指出，旗下手遊《霧港奇譚》上市首月下載量即突破35萬次，目前在韓國暢銷榜排名第6。\n\n"
            "另一方面，動畫出口表現平平，全年出口額約為2.7億元，年減3.4%。")
    doc, obs = observations(f"2025-11-05\n\n{text}")
    level = by_surface(doc, obs, "新台幣58億元")
    assert set(level.indicator.split("+")) == {"games", "overseas", "revenue"}  # 遊戲業: the games industry
    assert level.subject is not None and level.subject.type != "Firm"  # 前三季高雄遊戲業 is no firm
    downloads = by_surface(doc, obs, "突破35萬次")
    assert downloads.period is None  # 目前 dates the clause after it, not the first month after launch
    rank = by_surface(doc, obs, "排名第6")
    assert rank.period.label == "2025-11-05" and rank.indicator == "top-grossing-chart"
    assert by_surface(doc, obs, "約為2.7億元").quantity.unit == "CCY_TWD"  # 元 after 新台幣, in Taiwan


def test_an_amount_with_no_currency_word_in_a_hong_kong_article_is_in_hong_kong_dollars():
    doc, obs = observations("2031-10-20\n\n今年首三季本港測量服務輸出約96億港元，按年增長9.1%。\n\n"
                            "匯信會計師事務所首三季總收入約2.15億，按年增長12.7%。")
    o = by_surface(doc, obs, "約2.15億")
    assert o.quantity.unit == "CCY_HKD" and o.quantity.unit_implicit


def test_a_bare_yuan_stays_yuan_without_another_dollar_named_or_after_renminbi():
    doc, obs = observations("霧川動畫出口額約為2.7億元。")
    assert by_surface(doc, obs, "約為2.7億元").quantity.unit == "CCY_CNY"
    doc, obs = observations("今年高雄遊戲海外營收達新台幣58億元。大陸市場營收為人民幣3億元，台商在內地投資約5億元。")
    assert by_surface(doc, obs, "約5億元").quantity.unit == "CCY_CNY"


def test_a_ministry_release_on_digital_trade():
    text = ("文旅部：前9个月我国数字文化贸易额同比增长6.4%\n\n"
            "文旅部对外文化交流司负责人10月18日介绍，1-9月，我国可数字化交付的文化服务进出口额达3160亿元，同比增长6.4%。"
            "其中，出口1870亿元，增长8.2%；进口1290亿元，增长3.9%。\n\n"
            "从区域看，珠三角地区占全国比重为28.6%，较上年同期提高0.8个百分点。")
    doc, obs = observations(f"2025-10-20\n\n{text}")
    head = by_surface(doc, obs, "6.4%")
    assert head.subject_default == "中国" and head.indicator == "culture+digital+trade"  # 文旅部： is who tells
    level = by_surface(doc, obs, "3160亿元")
    assert level.subject_default == "中国"  # the department's spokesperson tells, 我国 holds
    assert {"digitally-deliverable", "trade"} <= set(level.indicator.split("+"))
    exports, imports = by_surface(doc, obs, "1870亿元"), by_surface(doc, obs, "1290亿元")
    assert set(exports.indicator.split("+")) == set(level.indicator.replace("trade", "exports").split("+"))
    assert set(imports.indicator.split("+")) == set(level.indicator.replace("trade", "imports").split("+"))
    pp = by_surface(doc, obs, "0.8个百分点")
    assert (pp.period.label, pp.comparison_period) == ("2025-Q1/2025-Q3", "2024-Q1/2024-Q3")


def test_a_wire_story_about_a_film():
    text = ("SHANGHAI, Sept 3 (Xinhua) -- The Chinese animated film \"River Lantern\" has grossed more than "
            "2.8 billion yuan (about $392 million) since its release, according to ticketing platform Maoyan.\n\n"
            "Overseas, the film earned $27.5 million in North America. "
            "Produced by Maple Bridge Pictures, the film involved more than 1,300 animators.")
    doc, obs = observations(text)
    for surface in ("more than 2.8 billion yuan", "about $392 million", "$27.5 million"):
        o = by_surface(doc, obs, surface)
        assert o.indicator == "box-office" and o.subject.surface == "River Lantern", (surface, o.indicator, o.subject)
    staff = by_surface(doc, obs, "more than 1,300")
    assert staff.quantity.count_of == "employee" and staff.subject.surface == "River Lantern"


def test_a_hong_kong_story_keeps_its_holder_through_qizhong_and_lingwai():
    text = ("澳門數碼內容出口穩步增長\n\n"
            "澳門貿易投資促進局昨日公布，2024年澳門數碼內容服務出口額達到澳門元12億元，按年上升6.7%，佔服務輸出總額約0.9%。\n\n"
            "其中，動畫授權收入為3.1億元，較2023年增加約一成。\n\n"
            "另外，本地約有85間動畫公司，從業員超過1,900人。")
    doc, obs = observations(f"2025-03-12\n\n{text}")
    for surface in ("6.7%", "約0.9%", "3.1億元", "85間", "超過1,900人"):
        o = by_surface(doc, obs, surface)
        assert o.subject is not None and o.subject.surface == "澳門", (surface, o.subject)  # not the bureau
    share = by_surface(doc, obs, "約0.9%")
    assert share.indicator == by_surface(doc, obs, "澳門元12億元").indicator  # the share of what was measured
    assert by_surface(doc, obs, "3.1億元").quantity.unit == "CCY_MOP"
    assert by_surface(doc, obs, "超過1,900人").indicator == "staff"  # 從業員


def test_a_new_paragraph_that_does_not_go_on_has_no_holder_carried():
    doc, obs = observations("2024年澳門數碼內容服務出口額達到澳門元12億元。\n\n業界估計有85間動畫公司。")
    assert by_surface(doc, obs, "85間").subject is None


def test_a_place_referred_back_to_holds_the_figure():
    doc, obs = observations("2021年至2023年，合肥市动漫出口额每年均增长超过18%。2023年，该市动漫出口额达到7.4亿美元。")
    o = by_surface(doc, obs, "7.4亿美元")
    assert o.subject.surface == "合肥市" and o.indicator == "animation+exports"
    assert all(x.indicator == "animation+exports" for x in obs)  # 每年 is how often, not what


def test_quarters_and_months_of_a_taiwanese_firm_report():
    doc, obs = observations("星岚资讯2022年第三季营收为新台币4.6亿元，季增5.1%。第四季营收则为4.9亿元，全年营收年增7.5%。"
                            "2022年1至8月，星岚资讯累计营收为新台币3.1亿元。8月单月营收为0.41亿元，月增2.6%。")
    q4 = by_surface(doc, obs, "4.9亿元")
    assert (q4.period.label, q4.indicator) == ("2022-Q4", "revenue")
    year = by_surface(doc, obs, "7.5%")
    assert (year.period.label, year.comparison_period, year.indicator) == ("2022", "2021", "revenue")
    aug = by_surface(doc, obs, "2.6%")
    assert (aug.period.label, aug.comparison_period) == ("2022-08", "2022-07")


def test_a_run_of_markets_after_dui_is_the_counterpart_not_the_holder():
    doc, obs = observations("2023年，广西对东南亚南亚国家的文化服务出口额为21.4亿元，增长9.9%。")
    o = by_surface(doc, obs, "21.4亿元")
    assert o.subject.surface == "广西" and o.indicator == "culture+exports+services"
    assert o.counterpart is not None and o.counterpart.surface in ("东南亚", "南亚")
    doc, obs = observations("2023年，广西对日本、韩国的文化产品出口额为3.2亿元。")
    assert by_surface(doc, obs, "3.2亿元").subject.surface == "广西"


def test_a_firms_report_goes_on_about_the_firm_in_its_paragraph():
    doc, obs = observations("Kestrel Studio reported revenue of 3.1 billion yuan for 2024, up 6.2 percent. "
                            "Mobile titles contributed 2.4 billion yuan, and console sales rose 11 percent.\n\n"
                            "Industry-wide, mobile game revenue grew 4 percent.")
    assert not wrong_holders(doc, obs, "Kestrel Studio", "2.4 billion yuan", "11 percent")
    assert by_surface(doc, obs, "4 percent").subject is None  # a new paragraph about the industry


def test_a_firms_own_report_is_about_the_firm():
    doc, obs = observations("据星澜互娱公司年报，2023年其游戏及相关增值服务净收入为92.4亿元，增长5.5%。")
    o = by_surface(doc, obs, "92.4亿元")
    assert o.subject.surface == "星澜互娱公司"
    assert {"games", "net", "revenue", "services", "value-added"} == set(o.indicator.split("+"))
    doc, obs = observations("据商务部数据，2023年绵阳市服务出口额为92.4亿元。")  # a ministry's data: a source
    assert by_surface(doc, obs, "92.4亿元").subject.surface == "绵阳市"


def test_a_contrast_or_that_total_goes_on_about_the_same_holder():
    doc, obs = observations("2023年，甘肃省企业承接欧盟离岸外包执行额为3.4亿美元。相比之下，来自日本的离岸执行额下降2.1%。")
    assert by_surface(doc, obs, "2.1%").subject.surface == "甘肃省"
    doc, obs = observations("Hebei's cultural services exports reached 18.4 billion yuan in 2023. "
                            "Games and animation made up 31.5 percent and 12.2 percent of that total, respectively.")
    assert by_surface(doc, obs, "31.5 percent").subject.surface == "Hebei"


def test_same_period_opening_a_sentence_keeps_the_period_and_the_holder():
    doc, obs = observations("2024年上半年，甘肃省服务出口额为320.5亿元。同期，服务进口额为210.3亿元，同比增长4.4%。")
    o = by_surface(doc, obs, "210.3亿元")
    assert (o.period.label, o.subject.surface, o.indicator) == ("2024-H1", "甘肃省", "imports+services")
    assert by_surface(doc, obs, "4.4%").comparison_period == "2023-H1"


def test_last_years_same_period_is_the_year_before_the_figures_own():
    # an article of 2025 on the first half of 2024: 去年同期 is 2023's first half, not 2024's
    doc, obs = observations("2025-08-20\n\n2024年上半年，甘肃省服务出口额为320.5亿元，较去年同期增长8.1%。")
    assert by_surface(doc, obs, "8.1%").comparison_period == "2023-H1"
    doc, obs = observations("2025-08-20\n\n2025年上半年，甘肃省服务出口额为320.5亿元，较去年同期增长8.1%。")
    assert by_surface(doc, obs, "8.1%").comparison_period == "2024-H1"


def test_a_year_compared_with_does_not_date_what_follows():
    doc, obs = observations("2024年，宁夏文化出口额较2022年增长12.6%；全区对外文化贸易额为8.9亿元。")
    assert by_surface(doc, obs, "12.6%").comparison_period == "2022"
    o = by_surface(doc, obs, "8.9亿元")
    assert (o.period.label, o.subject.surface, o.indicator) == ("2024", "宁夏", "culture+trade")  # 全区, 对外: not measures


@pytest.mark.parametrize("text, firm", [
    ("根据青鸾互动科技有限公司2024年半年度报告，公司营业收入为18.6亿元，同比增长9.2%。", "青鸾互动科技有限公司"),
    ("青鸾互动发布2024年半年报。公司营业收入为18.6亿元，同比增长9.2%。", "青鸾互动"),
    ("青鸾互动发布2024年半年报。该公司营业收入为18.6亿元，同比增长9.2%。", "青鸾互动"),
])
def test_the_company_referred_back_to_in_its_own_report(text, firm):
    doc, obs = observations(text)
    o = by_surface(doc, obs, "18.6亿元")
    assert (o.subject.surface, o.indicator, o.period.label) == (firm, "revenue", "2024-H1")  # 公司 is the holder
    assert by_surface(doc, obs, "9.2%").comparison_period == "2023-H1"


def test_taiwanese_growth_and_decline_verbs():
    doc, obs = observations("2024年，青鸾互动营收较前年成长3.8%；雲岫科技營收衰退4.1%。")
    up, down = by_surface(doc, obs, "3.8%"), by_surface(doc, obs, "4.1%")
    assert (up.quantity.kind, up.indicator, up.subject.surface) == ("growth", "revenue", "青鸾互动")
    assert (down.quantity.kind, float(down.quantity.value), down.indicator) == ("growth", -4.1, "revenue")


@pytest.mark.parametrize("text, holder, shares", [
    ("2024年，星澜互娱公司海外营收为42.3亿元，其中日本市场占31.2%，德国占12.4%。", "星澜互娱公司",
     {"31.2%": "日本", "12.4%": "德国"}),
    ("2024年，星澜互娱公司海外营收为42.3亿元，越南和马来西亚分别占18.5%和9.7%。", "星澜互娱公司",
     {"18.5%": "越南", "9.7%": "马来西亚"}),
    ("星澜互娱公司2024年海外营收为42.3亿元。其中，东南亚市场贡献了26.8%。", "星澜互娱公司", {"26.8%": "东南亚"}),
    ("2024年，星瀾互娛海外營收為42.3億元，其中日本市場佔31.2%。", "星瀾互娛", {"31.2%": "日本"}),
    ("Kestrel Games took in 4.2 billion yuan overseas in 2024, with Japan accounting for 27.5 percent and "
     "Brazil 8.1 percent.", "Kestrel Games", {"27.5 percent": "Japan", "8.1 percent": "Brazil"}),
])
def test_a_markets_share_of_a_total_is_the_totals_holders_with_the_market_as_counterpart(text, holder, shares):
    doc, obs = observations(text)
    total = next(o for o in obs if o.quantity.kind == "level")
    assert total.subject.surface == holder and total.indicator == "overseas+revenue"
    for surface, market in shares.items():
        o = by_surface(doc, obs, surface)
        assert o.quantity.kind == "share", surface
        assert (o.subject.surface, o.counterpart.surface, o.indicator) == (holder, market, total.indicator), surface


def test_a_share_of_the_world_is_the_holders_own():
    doc, obs = observations("2024年，我国自主研发游戏海外销售收入占全球游戏市场的12.1%。")
    o = by_surface(doc, obs, "12.1%")
    assert o.subject.surface == "我国" and o.counterpart is None


def test_a_part_contributing_a_share_is_a_share_not_a_verb():
    doc, obs = observations("2024年，星澜互娱公司海外营收为42.3亿元，手游贡献了约64.5%。")
    o = by_surface(doc, obs, "约64.5%")
    assert o.quantity.kind == "share" and "贡献" not in o.indicator_surface


@pytest.mark.parametrize("text, surface, holder", [
    ("2024年，雲岫科技稅後純益為新台幣3.2億元。", "新台幣3.2億元", "雲岫科技"),
    ("Kestrel Games posted net income of 1.1 billion yuan in 2024.", "1.1 billion yuan", "Kestrel Games"),
])
def test_net_income_is_profit(text, surface, holder):
    doc, obs = observations(text)
    o = by_surface(doc, obs, surface)
    assert (o.indicator, o.subject.surface) == ("profit", holder)


def test_the_whole_province_refers_back_to_the_province_and_a_structure_paragraph_goes_on():
    doc, obs = observations("今年前三季度，甘肃省服务进出口总额达到412.6亿元。\n\n"
                            "从结构看，可数字化交付的服务进出口额为153.2亿元，占全省服务进出口总额的37.1%。\n\n"
                            "截至9月底，全省共有服务外包企业318家。")
    assert not wrong_holders(doc, obs, "甘肃省", "153.2亿元", "37.1%", "318家")
    assert by_surface(doc, obs, "318家").indicator == "firms+outsourcing+services"  # 共有 is not measured


def test_each_respectively_of_a_sentence_pairs_with_the_same_items():
    doc, obs = observations("2024年，兰州市和天水市服务进出口额分别为86.2亿元和31.5亿元，分别增长9.4%和17.3%。")
    assert [by_surface(doc, obs, x).subject.surface for x in ("86.2亿元", "31.5亿元", "9.4%", "17.3%")] == \
        ["兰州市", "天水市", "兰州市", "天水市"]


def test_a_later_paragraph_measuring_what_the_articles_holder_measured_is_that_holders():
    doc, obs = observations("2025年，岚山港完成集装箱吞吐量312.4万标箱，同比增长8.2%。\n\n"
                            "海铁联运成为新的增长点。全年海铁联运集装箱量达到21.3万标箱。\n\n"
                            "业内估计，全国海铁联运集装箱量约1,200万标箱。")
    assert by_surface(doc, obs, "21.3万标箱").subject.surface == "岚山港"
    assert by_surface(doc, obs, "约1,200万标箱").subject.surface == "全国"  # the whole country, said so


@pytest.mark.parametrize("text, surface", [
    # nothing measured in common with the holder's figures
    ("2025年，岚山港完成集装箱吞吐量312.4万标箱。\n\n制作一部短剧的成本约为每分钟3,000元。", "3,000元"),
    # a sentence about the whole industry
    ("Kestrel Studio reported revenue of 3.1 billion yuan for 2024.\n\nIndustry-wide, game revenue grew 4 percent.",
     "4 percent"),
])
def test_a_later_paragraph_on_something_else_is_not_the_articles_holders(text, surface):
    doc, obs = observations(text)
    assert by_surface(doc, obs, surface).subject is None


def test_a_year_earlier_dates_only_the_figure_it_follows():
    doc, obs = observations("2025-08-28\n\nHeron Interactive Co. Ltd. said its revenue rose 7.4 percent to 3.6 billion yuan "
                            "in the first half of 2025.\n\nOverseas revenue climbed to 820 million yuan, making up 22.8 "
                            "percent of the total, compared with 18.1 percent a year earlier.\n\n"
                            "In the second quarter alone, revenue was 1.9 billion yuan.")
    for surface in ("820 million yuan", "22.8 percent"):
        assert by_surface(doc, obs, surface).period.label == "2025-H1", surface
    base = by_surface(doc, obs, "18.1 percent")
    assert (base.period.label, base.quantity.kind) == ("2024-H1", "share")
    assert by_surface(doc, obs, "1.9 billion yuan").period.label == "2025-Q2"  # not 2024's


def test_the_company_said_makes_the_figures_the_firms():
    doc, obs = observations("Heron Interactive Co. Ltd. released its interim report on Monday.\n\n"
                            "Revenue rose 7.4 percent to 3.6 billion yuan, the company said in a filing.")
    assert by_surface(doc, obs, "3.6 billion yuan").subject.surface == "Heron Interactive Co. Ltd."


def test_the_clause_before_a_superlative_names_the_measure():
    doc, obs = observations("2024年，甘肃省各市中兰州市服务出口额最高，达12.3亿元。")
    o = by_surface(doc, obs, "12.3亿元")
    assert (o.indicator, o.subject.surface) == ("exports+services", "兰州市")


def test_a_body_that_published_a_report_is_its_source_and_china_inside_a_name_is_not_china():
    doc, obs = observations("中国数字文创研究会18日发布的产业报告显示，去年我国自主研发游戏海外收入为163.4亿美元。")
    assert by_surface(doc, obs, "163.4亿美元").subject.surface == "我国"


def test_a_headlines_last_figure_does_not_count_the_bylines_words():
    doc, obs = observations("海外活跃用户约2.7亿\n新华网杭州5月9日电（记者 王某）\n\n去年，我国网络文学海外活跃用户约2.7亿。")
    assert "新华网" not in by_surface(doc, obs, "约2.7亿").indicator


@pytest.mark.parametrize("text, surfaces, event", [
    ("第七届中国—中亚文化博览会9日在银川闭幕。本届博览会共吸引来自21个国家和地区的860家企业参展，观众达到12.6万人次。",
     ("860家", "12.6万人次"), "第七届中国—中亚文化博览会"),
    ("The 5th Lancang Digital Expo closed on Sunday in Jinghong. More than 1,300 companies from 41 countries took part, "
     "and the event drew about 620,000 visits.", ("More than 1,300", "about 620,000"), "5th Lancang Digital Expo"),
])
def test_an_events_participants_are_the_events(text, surfaces, event):
    doc, obs = observations(text)
    for surface in surfaces:
        assert by_surface(doc, obs, surface).subject.surface == event, surface


def test_the_place_of_a_dateline_is_not_the_holder():
    doc, obs = observations("NANNING, Sept 20 (Xinhua) -- Deals worth 21.5 billion yuan were signed at the fair held in "
                            "Nanning this week.")
    assert by_surface(doc, obs, "21.5 billion yuan").subject is None


def test_a_month_goes_on_in_the_sentences_about_the_month_or_its_total():
    doc, obs = observations("2025-07-10\n\nChinese mobile games earned about $1.62 billion abroad in June, up 9 percent "
                            "from a year earlier.\n\nThe United States accounted for roughly 31 percent of the total. "
                            "Downloads reached 212 million in the month.")
    for surface in ("roughly 31 percent", "212 million"):
        assert by_surface(doc, obs, surface).period.label == "2025-06", surface
    assert by_surface(doc, obs, "212 million").indicator == "downloads"  # "in the month" is not what is counted


def test_what_a_firm_said_is_not_part_of_the_measure():
    doc, obs = observations("Heron Interactive said its monthly paying users passed 2.3 million in April.")
    assert by_surface(doc, obs, "2.3 million").indicator == "monthly+paying+users"


def test_the_mainland_named_in_a_taiwanese_report_holds_its_figures():
    doc, obs = observations("今年上半年大陸服務貿易逆差為1,052億美元，較去年同期收窄12.4%。")
    assert by_surface(doc, obs, "1,052億美元").subject.surface == "大陸"


def test_where_visitors_come_from_is_not_the_holder_of_their_share():
    doc, obs = observations("今年上半年澳門入境旅客為1,930萬人次。其中，內地旅客佔71.5%。")
    assert by_surface(doc, obs, "71.5%").subject.surface == "澳門"


@pytest.mark.parametrize("text, surface", [
    ("今年3月上线的《云海行舟》首月流水突破2亿元。", "突破2亿元"),  # the launch date dates the launch, not the figure
    ("2025年上半年，星澜互娱营收为31.2亿元。《云海行舟》上线首周下载量超过310万次。", "超过310万次"),
    ("2025年上半年，星澜互娱营收为31.2亿元。该游戏上线一个月，全球下载量突破180万次。", "突破180万次"),
    ("Harbor Saga, released in April, drew 4.6 million players in its first month.", "4.6 million"),
])
def test_a_figure_counted_over_a_window_after_a_launch_has_no_calendar_period(text, surface):
    doc, obs = observations("2025-08-20\n\n" + text)
    assert by_surface(doc, obs, surface).period is None


def test_a_period_the_sentence_states_still_dates_a_window_figure():
    doc, obs = observations("2025-12-20\n\n11月，《雾港疑案》上线19小时即突破千万播放量。")
    assert by_surface(doc, obs, "突破千万").period.label == "2025-11"


def test_a_launch_date_does_not_date_the_figures_after_it():
    doc, obs = observations("2025-08-20\n\n今年上半年，星澜互娱营收为31.2亿元。今年3月上线的《云海行舟》贡献了4.1亿元。")
    assert by_surface(doc, obs, "4.1亿元").period.label == "2025-H1"


def test_a_market_of_two_countries_named_together_is_the_counterpart():
    doc, obs = observations("2024年，星澜互娱公司海外营收为42.3亿元，其中日韩市场占21.6%。")
    o = by_surface(doc, obs, "21.6%")
    assert (o.subject.surface, o.counterpart.surface) == ("星澜互娱公司", "日韩")


def test_a_headline_dated_only_by_the_articles_day_takes_the_period_the_body_restates_it_with():
    doc, obs = observations("2025-12-18\n\n臺南動畫產業產值首破900億元\n（本報記者台南18日電）\n\n"
                            "市府今天公佈調查，去年臺南動畫產業總產值達新台幣912億元，年增7.1%。")
    headline = by_surface(doc, obs, "900億元")
    assert headline.period.label == "2024" and "首破" not in headline.indicator_surface


def test_a_firm_that_says_something_speaks_of_its_own_figures():
    doc, obs = observations("2025-11-10\n\n磐石網路科技股份有限公司表示，海外營收佔比由去年同期的28.5%提升至第三季的44.1%。")
    assert not wrong_holders(doc, obs, "磐石網路科技股份有限公司", "28.5%", "44.1%")


def test_what_a_data_firm_says_is_not_its_own_figure():
    doc, obs = observations("2025-11-10\n\n鲸测数据表示，今年前三季度国产游戏海外收入增长6.4%。")
    o = by_surface(doc, obs, "6.4%")
    assert o.subject is None or o.subject.surface != "鲸测数据"


def test_a_body_that_publishes_its_own_results_holds_them():
    doc, obs = observations("2025-03-20\n\n國立青瓷博物院今天公佈去年文創業務成果，海外授權收入為新台幣0.82億元，年增19.4%。")
    assert by_surface(doc, obs, "新台幣0.82億元").subject.surface == "國立青瓷博物院"


def test_a_later_paragraph_with_only_markets_named_keeps_the_articles_holder():
    doc, obs = observations("2025-03-20\n\n國立青瓷博物院今天公佈去年成果，其中海外授權收入0.82億元，年增19.4%。\n\n"
                            "青瓷表示，去年海外授權合作廠商共37家；日本市場貢獻海外授權收入的41.2%。")
    firms = by_surface(doc, obs, "37家")
    share = by_surface(doc, obs, "41.2%")
    assert firms.subject is not None and firms.subject.canonical in (None, "国立青瓷博物院")
    assert share.subject is not None and share.counterpart.surface == "日本"
    assert {firms.subject.surface, share.subject.surface} <= {"國立青瓷博物院", "青瓷"}


def test_a_body_of_a_place_the_article_names_reports_the_places_figures():
    doc, obs = observations("2025-08-19\n\n澳門上半年旅客增長\n\n澳門統計暨普查局昨日公佈，今年上半年入境旅客共1,642.7萬人次，按年上升8.3%。")
    assert not wrong_holders(doc, obs, "澳門", "1,642.7萬人次", "8.3%")


def test_visitors_named_by_the_country_they_come_from_are_not_its_figures():
    doc, obs = observations("2025-08-19\n\n香港旅遊發展局昨日公佈，今年上半年訪港旅客共1,874.6萬人次。"
                            "內地旅客佔整體旅客的71.9%；長途市場旅客約152萬人次，按年增加17.4%。")
    assert not wrong_holders(doc, obs, "香港", "約152萬人次", "17.4%")


def test_a_citys_own_visitors_are_its_arrivals():
    doc, obs = observations("2025-08-19\n\n今年上半年，澳門旅客總數達1,523萬人次，按年增長6.6%。")
    assert by_surface(doc, obs, "1,523萬人次").subject.surface == "澳門"


def test_since_when_does_not_date_the_next_paragraph():
    doc, obs = observations("2025-08-19\n\n上半年過夜旅客人均消費為5,870港元，是自2018年以來首次錄得按年增長。\n\n"
                            "按月看，6月訪港旅客為287.3萬人次，按月下跌4.4%。")
    month = by_surface(doc, obs, "287.3萬人次")
    change = by_surface(doc, obs, "4.4%")
    assert month.period.label == "2025-06"
    assert change.comparison_period == "2025-05"  # 按月: against the month before


def test_a_later_clause_naming_no_holder_goes_on_with_the_sentences():
    doc, obs = observations("2025-08-19\n\nLumen Studios said its revenue rose to 2.6 billion yuan in the first half; "
                            "overseas sales made up 38 percent.")
    assert by_surface(doc, obs, "38 percent").subject.surface == "Lumen Studios"


def test_the_day_an_article_is_dated_does_not_date_an_events_figures():
    doc, obs = observations("2025-08-05\n\n第十九屆濱海漫畫節閉幕\n\n第十九屆濱海漫畫節昨日閉幕。主辦單位表示，今屆入場人次約41.3萬，"
                            "按年下跌12.6%；參展商整體營業額約2.18億港元。")
    for surface in ("約41.3萬", "約2.18億港元"):
        o = by_surface(doc, obs, surface)
        assert o.period is None, surface
        assert o.subject is not None and o.subject.type == "Event", surface


def test_a_header_with_labels_still_only_dates_the_article():
    doc, obs = observations("发布时间：2025-08-05  来源：滨海日报\n\n滨海动漫节闭幕，本届入场观众约12.4万人次。")
    assert by_surface(doc, obs, "约12.4万人次").period is None


def test_a_figure_of_the_present_is_still_dated_by_the_article():
    doc, obs = observations("2025-08-05\n\n目前，滨海动漫产业园已入驻企业186家。")
    assert by_surface(doc, obs, "186家").period.label == "2025-08-05"


@pytest.mark.parametrize("text, surface, holder", [
    ("2025-01-08\n\nPaintings inspired by the murals earned the Qingshan Academy 94 million yuan last year.\n\n"
     "The academy's online store shipped to 31 countries and regions last year.", "31", "Qingshan Academy"),
    ("2025-01-08\n\n滨江市文化和旅游局今天公布，去年全市接待入境游客86.2万人次。\n\n该局表示，去年入境游客人均停留3.4天。",
     "3.4天", "滨江市"),  # a public body tells its place's figures, named or referred back to
])
def test_a_body_referred_back_to_by_what_it_is(text, surface, holder):
    doc, obs = observations(text)
    o = by_surface(doc, obs, surface)
    assert (o.subject.canonical or o.subject.surface) == holder


def test_the_holder_of_a_figure_goes_on_to_the_change_stated_with_it():
    doc, obs = observations("2025-01-08\n\nSilk-road prints earned the Qingshan Academy 94 million yuan last year, "
                            "up 17% from 2023, the academy told reporters.")
    assert by_surface(doc, obs, "17%").subject.surface == "Qingshan Academy"


def test_an_article_with_one_holder_so_far_keeps_it_for_a_figure_that_names_none():
    doc, obs = observations("2024-08-23\n\n中央銀行昨天公佈統計，台灣第二季服務收支逆差為14.2億美元。\n\n"
                            "值得注意的是，智慧財產權使用費收入為2.91億美元，年增21.7%。")
    assert by_surface(doc, obs, "2.91億美元").subject.surface == "台灣"


def test_with_two_holders_so_far_a_figure_that_names_none_stays_unattributed():
    doc, obs = observations("2024-08-23\n\n台灣第二季服務輸出為131.5億美元，澳門同期服務輸出為88.2億美元。\n\n"
                            "值得注意的是，智慧財產權使用費收入為2.91億美元。")
    assert by_surface(doc, obs, "2.91億美元").subject is None


@pytest.mark.parametrize("text, key", [
    ("第二季服務輸出131.5億美元。", "exports+services"),
    ("第二季服務輸入149.2億美元。", "imports+services"),
    ("第二季旅行支出達57.6億美元。", "spending+travel"),
])
def test_taiwanese_balance_of_payments_terms_are_measures(text, key):
    doc, obs = observations("2024-08-23\n\n" + text)
    assert obs[0].indicator == key


def test_an_english_lead_after_a_dateline_with_an_apposition_is_the_firms():
    doc, obs = observations("2024-05-28\n\nBEIJING, May 28 (Caixin Global) - Kestrel Pictures Ltd. (9821.HK), a producer of "
                            "costume dramas, said its overseas licensing revenue reached 126 million yuan last year.")
    assert by_surface(doc, obs, "126 million yuan").subject.surface == "Kestrel Pictures Ltd."


def test_an_english_city_described_by_its_province_is_the_holder():
    doc, obs = observations("2025-03-10\n\nHEZE, March 10 (Xinhua) -- Heze, a city in east China's Shandong Province, "
                            "received 0.84 million inbound visitor trips last year, up 21.5 percent.")
    assert by_surface(doc, obs, "21.5 percent").subject.surface == "Heze"


def test_a_port_in_a_province_is_the_holder_not_the_province():
    doc, obs = observations("2024-07-16\n\nQINHUANG, July 16 (Xinhua) -- Qinhuang Port in north China's Hebei Province "
                            "handled 0.93 million TEUs in the first half of 2024, up 7.7 percent year on year.")
    assert by_surface(doc, obs, "7.7 percent").subject.surface == "Qinhuang Port"


def test_an_events_figures_are_not_dated_by_a_year_stated_sentences_before():
    doc, obs = observations("2025-11-20\n\n2024年，青川市接待入境游客82万人次。\n\n"
                            "第三届青川国际电竞邀请赛吸引了来自17个国家和地区的战队参赛，线上观看人次达2.9亿。")
    for surface in ("17个国家和地区", "2.9亿"):
        assert by_surface(doc, obs, surface).period is None, surface


def test_the_days_an_event_ran_date_its_figures_in_the_paragraphs_after():
    """A festival's days, referred back to (消费节期间, during the fair), date what it counted, in the next paragraph
    too (本届…共有726家商户参与): the event's own period, unlike a year stated before it."""
    doc, obs = observations("2026-07-15\n\n第三届澜江国际文创消费节于7月2日至11日举行。消费节期间线上线下成交额约6.37亿元，"
                            "较去年同期增长18%。\n\n本届消费节共有726家商户参与，吸引游客约41.5万人次。")
    for surface in ("约6.37亿元", "18%", "726家", "约41.5万人次"):
        assert by_surface(doc, obs, surface).period.label == "2026-07-02/2026-07-11", surface
    assert by_surface(doc, obs, "18%").comparison_period == "2025-07-02/2025-07-11"
    # in English, "During the fair" opening the sentence after the one that gave the days
    doc, obs = observations("2026-07-15\n\nThe third Lanjiang Craft Fair ran from July 2 to July 11. During the fair, sales "
                            "reached 637 million yuan, up 18% on the same days last year.\n\n"
                            "The fair drew 726 exhibitors and about 415,000 visitors.")
    for surface in ("637 million yuan", "18%", "726", "about 415,000"):
        assert by_surface(doc, obs, surface).period.label == "2026-07-02/2026-07-11", surface


def test_years_counted_refer_back_to_the_span_of_that_many_years_stated():
    """五年来…累计, 三年…合计, the four-year total: the span of that many years the article stated, not the last year
    it named; but not a span named to compare with (比“十二五”时期), and not the years between two years the
    sentence names (由2019年的…升至2023年的…，四年间提高…)."""
    doc, obs = observations("2024-02-06\n\n“十四五”前三年，即2021年至2023年，汀州市文化服务出口累计达84.6亿元，"
                            "增速比“十三五”时期同期加快3.2个百分点。2023年出口额为31.7亿元。\n\n"
                            "三年来，全市动漫服务出口累计19.4亿元，年均增长21.6%。\n\n"
                            "动漫出口占文化服务出口的比重由2020年的17%升至2023年的24.3%，三年间提高7.3个百分点。")
    for surface in ("84.6亿元", "19.4亿元", "21.6%"):
        assert by_surface(doc, obs, surface).period.label == "2021/2023", surface
    assert by_surface(doc, obs, "31.7亿元").period.label == "2023"
    assert by_surface(doc, obs, "7.3个百分点").period.label == "2023"
    doc, obs = observations("2026-01-20\n\nKestrel Province's design services exports reached $6.18 billion over "
                            "2022-2025, the provincial commerce department said. Exports were $1.92 billion last year.\n\n"
                            "Lanmouth, the provincial capital, accounted for about 58 percent of the four-year total.")
    assert by_surface(doc, obs, "about 58 percent").period.label == "2022/2025"
    assert by_surface(doc, obs, "$1.92 billion").period.label == "2025"


def test_a_works_count_of_markets_is_not_dated_by_a_year_before_but_its_box_office_is():
    doc, obs = observations("2025-11-20\n\n2024年，星河影业营收为12.3亿元。\n\n"
                            "电影《雾川往事》已预售至19个国家和地区。\n\n该片去年海外票房约3,200万美元。")
    assert by_surface(doc, obs, "19个国家和地区").period is None
    assert by_surface(doc, obs, "约3,200万美元").period.label == "2024"


@pytest.mark.parametrize("text, surface", [
    ("2025-06-10\n\n到2028年，全省文化贸易额力争达到1,800亿元。\n\n对参加境外展会的企业，单个企业每年最高补贴25万元。", "25万元"),
    ("2025-06-10\n\nThe city aims to double film exports by 2029.\n\nEach production can receive up to HK$7 million.",
     "up to HK$7 million"),
])
def test_a_target_year_does_not_date_the_rules_stated_after_it(text, surface):
    doc, obs = observations(text)
    assert by_surface(doc, obs, surface).period is None


def test_the_mainland_as_a_market_takes_a_share_of_a_firms_revenue():
    doc, obs = observations("2024-03-20\n\n星海传媒集团去年发行收入约1.84亿元。其中，海外及内地市场占发行收入的58.1%，"
                            "较前年的49.6%上升8.5个百分点。")
    share = by_surface(doc, obs, "58.1%")
    base = by_surface(doc, obs, "49.6%")
    change = by_surface(doc, obs, "8.5个百分点")
    assert (share.subject.surface, share.counterpart.surface) == ("星海传媒集团", "内地")
    assert base.subject.surface == "星海传媒集团" and base.quantity.kind == "share" and base.period.label == "2022"
    assert change.subject.surface == "星海传媒集团"


@pytest.mark.parametrize("text, surface, concept", [
    ("2024-08-27\n\n星河公司上半年每股基本盈利0.41元人民幣。", "0.41元人民幣", "earnings-per-share"),
    ("2024-08-27\n\n星河公司上半年股東應佔溢利1.83億元人民幣。", "1.83億元人民幣", "profit"),
    ("2025-08-05\n\n今屆入場人次約52.7萬。", "約52.7萬", "admissions"),
    ("2025-08-05\n\n共有來自9個國家的約170家展商參展。", "約170家", "exhibitors"),
    ("2025-07-16\n\n上半年经本口岸入境的外国人达到18.2万人次。", "18.2万人次", "foreign-nationals"),
    ("2025-07-16\n\n上半年免签入境外国人11.4万人次。", "11.4万人次", "visa-free"),
    ("2025-07-16\n\n《雾川往事》预售金额约1,230万港元。", "约1,230万港元", "presales"),
])
def test_words_of_results_fairs_and_entries_are_measures(text, surface, concept):
    doc, obs = observations(text)
    assert concept in by_surface(doc, obs, surface).indicator.split("+")


def test_an_english_sentence_opening_on_it_is_about_what_the_sentence_before_named():
    doc, obs = observations("2026-02-24\n\nOSAKA -- Chinese studios earned about 3.1 billion yen from licensing animation in 2025.\n\n"
                            "Leading the way was Paper Crane, a fantasy series produced by a Hangzhou studio. "
                            "It drew 9 million views in its first four weeks.")
    assert by_surface(doc, obs, "9 million").subject.surface == "Paper Crane"
    assert all(o.subject is None or o.subject.surface != "OSAKA" for o in obs)  # the dateline is where it was filed


def test_an_english_market_that_remained_the_largest_at_a_share_is_the_counterpart():
    doc, obs = observations("2024-08-29\n\nOrchid Software Ltd. said revenue from overseas clients rose 18.2% to 0.94 billion "
                            "yuan in the first half of 2024. Japan remained its largest foreign market at 37% of overseas "
                            "revenue.")
    o = by_surface(doc, obs, "37%")
    assert (o.subject.surface, o.counterpart.surface) == ("Orchid Software Ltd.", "Japan")


@pytest.mark.parametrize("text, surface, holder", [
    ("2025-05-16\n\nAverage delivery time for cross-border parcels to Europe fell to 6 days in the year.", "6 days", None),
    ("2025-05-16\n\nLast year, inbound visitors to Lijiang rose 41 percent.", "41 percent", "Lijiang"),
])
def test_where_goods_go_is_not_the_holder_but_where_visitors_go_is(text, surface, holder):
    doc, obs = observations(text)
    o = by_surface(doc, obs, surface)
    assert (o.subject.surface if o.subject else None) == holder


def test_the_start_of_a_change_dates_only_its_own_figure():
    doc, obs = observations("2024-11-06\n\n今年前三季度，青岚动画海外授权收入约0.93亿元，占公司总收入的比重由去年同期的14.2%升至21.5%。")
    assert by_surface(doc, obs, "14.2%").period.label == "2023-Q1/2023-Q3"
    assert by_surface(doc, obs, "21.5%").period.label == "2024-Q1/2024-Q3"


def test_english_visitors_named_by_where_they_come_from_are_not_its_figures():
    doc, obs = observations("2026-01-21\n\nLIUZHOU, Jan 21 (Xinhua) -- Liuzhou received 0.82 million inbound visitor trips "
                            "in 2025, up 22.4 percent year on year.\n\nVisitors from member states of ASEAN made 0.31 million "
                            "trips. ASEAN visitors spent 126 million dollars, up 19.6 percent.")
    assert not wrong_holders(doc, obs, "Liuzhou", "0.31 million", "126 million dollars")


def test_a_figure_no_rule_gives_a_holder_is_the_headlines():
    doc, obs = observations("2031-05-06\n\n澄光动画去年海外授权收入增长四成 拉美市场翻番\n本报记者 林溪\n\n"
                            "澄光动画科技有限公司今天在杭州发布年度报告。报告显示，杭州市去年动画出口额为12.4亿元。\n\n"
                            "去年全年共向海外授出动画版权86部，海外授权收入为3.21亿元。")
    assert by_surface(doc, obs, "四成").subject.surface == "澄光动画"  # the headline's own figure
    for surface in ("86部", "3.21亿元"):
        # the body names the firm in full: that mention holds them
        assert by_surface(doc, obs, surface).subject.surface == "澄光动画科技有限公司", surface
    assert by_surface(doc, obs, "12.4亿元").subject.surface == "杭州市"  # a holder the sentence names stays


def test_a_headline_that_opens_on_a_market_or_names_no_holder_gives_none():
    doc, obs = observations("2031-05-06\n\n拉美市场成为国产动画出海新增长点\n本报记者 林溪\n\n"
                            "记者从有关方面获悉，去年全年共向海外授出动画版权86部。")
    assert by_surface(doc, obs, "86部").subject is None
    doc, obs = observations("2031-05-06\n\nChina's animation exports rise\nBy Mara Quint\n\n"
                            "Licensing deals covered 23 territories, and 14 series were sold abroad last year.")
    assert by_surface(doc, obs, "14").subject is None


def test_an_english_headline_and_its_lead_name_the_holder_an_apposition_types():
    doc, obs = observations("2031-05-06\n\nTop Harbor more than doubles overseas sponsorship income\nBy Mara Quint\n\n"
                            "Top Harbor, one of Vietnam's best-known esports clubs, said sponsorship income from foreign "
                            "brands reached 46 million dollars in the 12 months to March, up from 19 million a year earlier."
                            "\n\nPrize money came to about 320,000 dollars.")
    assert not wrong_holders(doc, obs, "Top Harbor", "46 million dollars", "19 million", "about 320,000 dollars")


def test_a_foreign_market_in_an_article_about_a_firm_is_where_its_figure_was_earned():
    doc, obs = observations("2031-03-20\n\n澄光玩具去年收入增长逾五成\n本报记者 林溪\n\n"
                            "澄光玩具（6189）昨日公佈截至去年12月31日止年度業績，收入約人民幣38.6億元，按年增長52.3%。\n\n"
                            "分地區看，東南亞地區收入12.4億元人民幣，按年增長1.7倍；北美地區收入佔總收入的14.6%。"
                            "同期，我國潮玩市場規模約為760億元。")
    for surface, market in (("12.4億元人民幣", "東南亞"), ("1.7倍", "東南亞"), ("14.6%", "北美")):
        o = by_surface(doc, obs, surface)
        assert (o.subject.surface, o.counterpart.surface) == ("澄光玩具", market), surface
    assert by_surface(doc, obs, "約為760億元").subject.surface == "我國"  # the home market is the industry's


def test_a_body_the_reporter_heard_from_is_no_holder_but_a_park_telling_its_own_figures_is():
    doc, obs = observations("2031-04-26\n\n记者从柳州市商务局获悉，今年一季度，柳州软件园实现服务外包执行额3.27亿美元，同比增长36.5%。")
    assert not wrong_holders(doc, obs, "柳州软件园", "3.27亿美元", "36.5%")
    doc, obs = observations("2031-04-26\n\n记者11日从青禾文创产业园获悉，去年园区实现文化出口额6.21亿美元，同比增长23.8%。")
    assert not wrong_holders(doc, obs, "青禾文创产业园", "6.21亿美元", "23.8%")


def test_a_foreign_market_in_an_article_about_a_city_counts_for_the_city():
    doc, obs = observations("2031-01-21\n\nLiuzhou draws more foreign visitors\nBy Mara Quint\n\n"
                            "LIUZHOU, Jan 21 (Xinhua) -- Liuzhou received 0.82 million inbound visitor trips in 2025, up "
                            "22.4 percent.\n\nThailand ranked first among the source markets, and Kazakhstan accounted for "
                            "18.2 percent of the trips.")
    for surface, market in (("ranked first", "Thailand"), ("18.2 percent", "Kazakhstan")):
        o = by_surface(doc, obs, surface)
        assert (o.subject.surface, o.counterpart.surface) == ("Liuzhou", market), surface


def test_a_new_paragraph_that_names_no_holder_goes_back_to_whom_the_article_is_about():
    doc, obs = observations("2031-07-24\n\n甘肃上半年离岸外包执行额增长三成\n本报记者 林溪\n\n"
                            "今年上半年，甘肃省承接离岸服务外包执行额6.38亿美元，同比增长31.7%。\n\n"
                            "分城市看，兰州市离岸执行额为4.07亿美元。兰州软件园上半年离岸执行额首次突破2亿美元。\n\n"
                            "从业务结构看，信息技术外包执行额3.24亿美元，占比50.8%。从发包来源看，来自新加坡的执行额占21.4%。")
    assert by_surface(doc, obs, "突破2亿美元").subject.surface == "兰州软件园"
    assert not wrong_holders(doc, obs, "甘肃省", "3.24亿美元", "50.8%", "21.4%")
    assert by_surface(doc, obs, "21.4%").counterpart.surface == "新加坡"


def test_a_place_after_outside_is_where_a_figure_was_not_earned_not_its_holder():
    doc, obs = observations("2031-09-04\n\nBEIJING, Sept 4 (Reuters) - Chinese AI start-up Lumio said on Thursday that users "
                            "outside Vietnam generated about 64 percent of revenue from its app in the first half.")
    o = by_surface(doc, obs, "about 64 percent")
    assert o.subject is not None and o.subject.surface == "Lumio"


def test_an_english_period_named_by_its_kind_is_the_last_one_of_that_kind():
    doc, obs = observations("2031-11-25\n\nLumio said revenue from its overseas business rose 27.4% in the third quarter to "
                            "2.61 billion yuan.\n\nLumio earned 58% of its overseas revenue in Vietnam in the quarter, and "
                            "its daily users there reached 7.3 million in September. Advertising made up about 64% of "
                            "that revenue over the period.\n\nTotal revenue rose 11.9% to 19.2 billion yuan in the quarter.")
    for surface in ("58%", "about 64%", "11.9%", "19.2 billion yuan"):
        assert by_surface(doc, obs, surface).period.label == "2031-Q3", surface
    assert by_surface(doc, obs, "7.3 million").period.label == "2031-09"


def test_an_english_base_after_up_from_dates_only_its_figure_and_times_the_level_compares():
    doc, obs = observations("2031-12-17\n\nQINGDAO, Dec 17 - The Lantern Lot studio park hosted 23 foreign and co-produced "
                            "projects from January through November, up from nine in the whole of last year. Revenue from "
                            "overseas clients reached 412 million yuan in the January-November period, 2.6 times the level "
                            "a year earlier.")
    assert by_surface(doc, obs, "23").period.label == "2031-01/2031-11"
    assert by_surface(doc, obs, "nine").period.label == "2030"
    assert by_surface(doc, obs, "412 million yuan").period.label == "2031-01/2031-11"  # not the base's year
    o = by_surface(doc, obs, "2.6 times")
    assert (o.period.label, o.comparison_period) == ("2031-01/2031-11", "2030-01/2030-11")


def test_a_body_that_published_on_a_day_written_the_taiwan_way_is_a_source():
    doc, obs = observations("2031-05-14\n\n交通部觀光署昨（13）日公佈，去年澎湖縣國際旅客人次達18.4萬，年增21.7%。")
    assert not wrong_holders(doc, obs, "澎湖縣", "18.4萬", "21.7%")


def test_a_multiple_of_last_years_total_compares_with_it_and_does_not_date_what_follows():
    doc, obs = observations("2031-11-25\n\n今年前三季度，柳州游戏服务出口额达到6.43亿元，同比增长21.9%，规模约为去年全年的1.2倍。\n\n"
                            "澄光互娱科技有限公司前三季度海外收入约2.6亿元。")
    o = by_surface(doc, obs, "1.2倍")
    assert (o.period.label, o.comparison_period) == ("2031-Q1/2031-Q3", "2030")
    assert by_surface(doc, obs, "约2.6亿元").period.label == "2031-Q1/2031-Q3"


def test_a_share_rising_from_last_years_dates_each_end_and_a_firm_that_publishes_holds_its_figures():
    doc, obs = observations("2031-10-16\n\n台灣原創平台澄光文學股份有限公司昨（15）日公佈，今年上半年海外授權收入達新台幣6,140萬元，"
                            "佔總營收比重從去年同期27.4%升至39.6%。\n\n截至9月底，澄光文學累計售出海外版權的作品達86部。")
    assert by_surface(doc, obs, "27.4%").period.label == "2030-H1"
    assert by_surface(doc, obs, "39.6%").period.label == "2031-H1"
    assert by_surface(doc, obs, "新台幣6,140萬元").subject.surface == "澄光文學股份有限公司"
    assert by_surface(doc, obs, "86部").period.label == "2031-09-30"


def test_a_platform_the_company_owns_holds_its_own_figures():
    doc, obs = observations("2031-04-28\n\n4月27日晚，澄光控股披露2030年年度报告。报告显示，公司旗下音乐流媒体平台Tunewave截至去年底"
                            "月活跃用户达到6,120万，较前年底增长23.4%。公司去年营收为58.2亿元。")
    assert not wrong_holders(doc, obs, "Tunewave", "6,120万", "23.4%")
    assert by_surface(doc, obs, "58.2亿元").subject.surface == "澄光控股"


def test_who_published_a_list_is_no_holder_of_a_firms_rank():
    doc, obs = observations("2031-08-27\n\nHarbor Lane Games said its revenue rose. The studio ranked fifth in Game Ledger "
                            "Media's latest Top 50 Publishers list.")
    assert by_surface(doc, obs, "ranked fifth").subject.surface == "Harbor Lane Games"


def test_a_share_of_players_outside_mainland_china_is_the_games_publishers():
    doc, obs = observations("2031-08-27\n\nKestrel Forge Studio said its action game sold 2.6 million copies. About 68% of "
                            "the players were outside mainland China.")
    assert by_surface(doc, obs, "About 68%").subject.surface == "Kestrel Forge Studio"


def test_the_region_of_an_english_dateline_is_no_holder():
    doc, obs = observations("2031-07-20\n\nHotan's foreign visitor numbers jump 41% in first half\nBy Mara Quint\n\n"
                            "HOTAN, Xinjiang - The Silk Road city of Hotan received 96,300 inbound visitor trips in the first "
                            "half of this year, the city's culture and tourism bureau said.\n\nVisitors from Central Asia made "
                            "up 58.4% of the total.")
    assert not wrong_holders(doc, obs, "Hotan", "96,300", "58.4%")


def test_an_upper_case_dateline_with_a_single_dash_is_where_the_story_was_filed():
    doc, obs = observations("2031-12-14\n\nHANOI - Rain Letters, a romance co-produced by two studios, had grossed $4.1 million "
                            "in Vietnam by Sunday.")
    o = by_surface(doc, obs, "$4.1 million")
    assert o.subject is not None and o.subject.surface == "Rain Letters"


def test_an_english_base_after_from_dates_only_itself_and_a_present_state_takes_no_carried_period():
    doc, obs = observations("2031-03-28\n\nHONG KONG - Lumen Games said on Thursday that revenue from overseas markets rose "
                            "38.1% last year to 1.07 billion yuan, lifting its share of group revenue to 31.6% from 24.9% in "
                            "2029.\n\nThe loss attributable to shareholders narrowed to 274 million yuan from 416 million a "
                            "year earlier. The company served 37 foreign clients at the end of December, up from 29 at the "
                            "end of the year before. Lumen Games employs about 1,130 people.")
    assert by_surface(doc, obs, "31.6%").period.label == "2030"
    assert by_surface(doc, obs, "24.9%").period.label == "2029"
    assert by_surface(doc, obs, "274 million yuan").period.label == "2030"  # not the base's year
    assert by_surface(doc, obs, "about 1,130").period is None


def test_an_english_base_at_the_end_of_last_year_dates_only_itself():
    doc, obs = observations("2031-08-20\n\nBEIJING - Lumen Aero said revenue from foreign airlines rose 26.4% in the first half "
                            "to 1.21 billion yuan. The company served 41 foreign airline customers at the end of June, up from "
                            "33 at the end of last year.\n\nChina's exports of maintenance services rose 13.8% to $5.92 billion "
                            "in the first half.")
    assert by_surface(doc, obs, "33").period.label == "2030-12-31"
    assert by_surface(doc, obs, "$5.92 billion").period.label == "2031-H1"  # the base's year does not carry


def test_the_x_based_company_is_the_firm_named_before_not_the_place():
    doc, obs = observations("2031-08-20\n\nBEIJING - Harbin Rail Signal Engineering Corp, known as Railsig, said revenue "
                            "from foreign clients rose 21.3% in the first half. The Harbin-based company served 64 foreign "
                            "clients at the end of June.")
    o = by_surface(doc, obs, "64")
    assert o.subject is not None and o.subject.canonical == "Harbin Rail Signal Engineering Corp"


def test_a_fiscal_year_stated_first_dates_the_year_words_after_it():
    doc, obs = observations("2031-09-25\n\n西岭文化局昨日公佈年報。截至2031年3月31日止年度，Q+的海外巡展收入約為3,140萬港元，"
                            "較上年度增長36.4%。\n\n年內，Q+共借出藏品218件。授權方面，Q+年內與19個海外品牌合作，網上商店的海外訂單"
                            "佔比由上年度的13.2%升至21.7%。\n\nQ+預計，本年度海外巡展收入將增長一成五至兩成。")
    assert by_surface(doc, obs, "36.4%").comparison_period == "2029-04/2030-03"
    for surface in ("218件", "19個", "21.7%"):  # 年內: the year reported on, here a fiscal year
        assert by_surface(doc, obs, surface).period.label == "2030-04/2031-03", surface
    assert by_surface(doc, obs, "13.2%").period.label == "2029-04/2030-03"  # 上年度: the fiscal year before it
    o = by_surface(doc, obs, "一成五至兩成")  # 本年度: the fiscal year holding the article's date
    assert (o.period.label, o.comparison_period) == ("2031-04/2032-03", "2030-04/2031-03")
    assert o.subject is not None and o.subject.surface == "Q+"


def test_within_the_months_after_a_launch_is_no_year_referred_back():
    doc, obs = observations("2031-05-02\n\n2030年，澄光遊戲營收增長。該遊戲上線半年內下載量突破260萬次。")
    assert by_surface(doc, obs, "突破260萬次").period is None or by_surface(doc, obs, "突破260萬次").period.label != "2030"


def test_a_fund_holds_what_it_granted_and_a_brand_its_own_sales():
    doc, obs = observations("2031-08-15\n\n創意產業基金上半年批出資助逾4,100萬澳門元\n記者 黃詠詩\n\n創意產業基金昨日公佈，今年上半年"
                            "共批出資助項目52個；批出資助總額約4,130萬澳門元，按年增長17.6%。\n\n獲基金資助的本地品牌「山月手作」負責人"
                            "表示，品牌去年海外銷售額約370萬澳門元，是前年的1.7倍。")
    assert not wrong_holders(doc, obs, "創意產業基金", "52個", "約4,130萬澳門元", "17.6%")
    assert not wrong_holders(doc, obs, "山月手作", "約370萬澳門元", "1.7倍")


def test_a_partner_country_of_an_event_is_no_holder_of_its_figures():
    doc, obs = observations("2031-12-09\n\n創意營商周吸引逾14萬人次\n記者 梁嘉欣\n\n由西岭設計中心主辦的創意營商周昨日閉幕。今屆以"
                            "芬蘭為夥伴國家，論壇及展覽共吸引逾14.3萬人次參與，按年增加12.8%。")
    assert not wrong_holders(doc, obs, "創意營商周", "逾14.3萬人次", "12.8%")


def test_shares_listed_after_a_share_of_a_named_whole_have_its_holder():
    doc, obs = observations("2031-03-28\n\n旗下海外阅读平台Lumeread去年营收2.14亿元。平台最受欢迎的作品《青岚渡》累计阅读量超过2.6亿次。\n\n"
                            "从去年的用户构成看，美国用户占Lumeread付费用户的31.8%，印尼和英国用户分别占13.4%和7.7%。")
    assert not wrong_holders(doc, obs, "Lumeread", "31.8%", "13.4%", "7.7%")


def test_the_maker_named_after_by_is_no_holder_of_the_works_figures():
    doc, obs = observations("2031-10-30\n\n澄光互娱三季度海外收入增逾两成\n记者 陈默\n\n澄光互娱10月29日晚间发布第三季度报告。第三季度，公司实现"
                            "营业收入2.91亿元。\n\n海外收入增长主要来自新作《松溪行旅》。该作由澄光互娱自研，7月9日在泰国上线，首月流水约"
                            "3.6亿泰铢。")
    assert by_surface(doc, obs, "2.91亿元").subject.surface == "澄光互娱"
    assert by_surface(doc, obs, "约3.6亿泰铢").subject.surface == "松溪行旅"


def test_on_that_platform_is_where_a_work_ranks_not_the_firm_referred_back_to():
    doc, obs = observations("2031-12-05\n\n记者获悉，澄光数字出品的动画剧集《石桥小镇》日前在流媒体平台Vistaflix上线。\n\n"
                            "上线首周，《石桥小镇》在该平台儿童类节目中排名第六；截至11月底，该剧全球累计播放量达1,930万次。")
    assert not wrong_holders(doc, obs, "石桥小镇", "排名第六", "1,930万次")


def test_what_only_a_work_has_is_the_works_and_a_converted_amount_is_measured_as_the_first():
    doc, obs = observations("2031-05-16\n\nHONG KONG - Lumen Films has presold its crime thriller Harbour Nine to 23 markets, "
                            "the company said on Thursday.\n\nPresales have reached about HK$47 million, or roughly US$6.1 "
                            "million. Shooting wrapped in March after 46 days on location.")
    assert not wrong_holders(doc, obs, "Harbour Nine", "23", "about HK$47 million", "roughly US$6.1 million", "46 days")
    assert by_surface(doc, obs, "roughly US$6.1 million").indicator == by_surface(doc, obs, "about HK$47 million").indicator
    assert not [o for o in obs if doc.source.text[o.start:o.end].startswith("Nine")]  # the end of the title


def test_the_lessor_and_the_parent_refer_back_to_the_arm_and_the_firm_it_belongs_to():
    doc, obs = observations("2031-08-28\n\nDUBLIN - Lumen Aviation, the Dublin-based aircraft leasing arm of Harbin Rail Leasing "
                            "Co (1893.HK), said on Wednesday that operating lease income rose 12.7% to $634 million in the six "
                            "months to June 30.\n\nAirlines outside mainland China generated 68.2% of that income. The lessor's "
                            "customer base grew to 57 airlines at the end of June.\n\nThe parent reported first-half net profit of "
                            "1.86 billion yuan, up 5.4%.")
    assert not wrong_holders(doc, obs, "Lumen Aviation", "12.7%", "$634 million", "68.2%", "57")
    assert not wrong_holders(doc, obs, "Harbin Rail Leasing Co", "1.86 billion yuan", "5.4%")
    assert "parent" not in by_surface(doc, obs, "1.86 billion yuan").indicator


def test_a_tournaments_figures_are_the_tournaments_and_a_parks_the_parks():
    doc, obs = observations("2031-04-21\n\n七人欖球賽入場逾9萬人次\n記者 梁浩然\n\n2031西岭國際七人欖球賽前日在西岭主場館落幕。西岭欖球總會"
                            "公佈，賽事期間合共錄得9.74萬入場人次，按年增加6.3%。\n\n西岭體育園方面，營運商表示，園區今年首季共接待入場觀眾"
                            "約41.2萬人次。")
    assert not wrong_holders(doc, obs, "西岭國際七人欖球賽", "9.74萬", "6.3%")
    assert by_surface(doc, obs, "約41.2萬人次").subject.surface == "西岭體育園"


def test_the_series_and_the_ip_refer_back_to_the_work_and_markets_go_to_the_work_of_the_sentence():
    doc, obs = observations("2031-04-25\n\n澄光娱乐去年海外授权收入增长\n记者 黄佩仪\n\n澄光娱乐股份有限公司（002913.SZ）日前披露年度报告。去年营业收入18.64亿元。\n\n《星河小队》是海外授权的"
                            "主力IP。截至去年底，该系列动画已发行至117个国家和地区。去年该IP海外授权收入约5,320万元。\n\n《竹林小侠》第六季"
                            "共48集，去年在越南、泰国等七个国家播出。")
    assert not wrong_holders(doc, obs, "星河小队", "117个国家和地区", "约5,320万元")
    assert by_surface(doc, obs, "七个国家").subject.surface == "竹林小侠"
    assert by_surface(doc, obs, "18.64亿元").subject.surface == "澄光娱乐股份有限公司"


def test_a_work_referred_back_to_is_no_part_of_the_measure():
    doc, obs = observations("2031-04-25\n\n《星河小队》是主力IP。去年该IP海外授权收入约4,870万元。")
    assert "rights" in by_surface(doc, obs, "约4,870万元").indicator.split("+")


def test_mainland_visitors_in_a_hong_kong_article_are_a_market_and_a_headline_without_holder_takes_the_bodys():
    doc, obs = observations("2031-08-20\n\n上半年內地訪客新造保單保費按年增逾兩成\n記者 何嘉敏\n\n西岭保險監管局昨日公佈上半年臨時統計數字。"
                            "上半年本港長期業務新造保單保費為1,183億港元，按年增長12.4%。其中，內地訪客新造保單保費達到317億港元，"
                            "按年增長23.6%。\n\n按產品類別劃分，分紅保險佔內地訪客新造保單保費約五成八。")
    assert not wrong_holders(doc, obs, "本港", "317億港元", "23.6%", "約五成八", "逾兩成")
    assert "按" not in by_surface(doc, obs, "逾兩成").indicator


def test_revenue_on_the_app_is_the_apps_though_the_company_says_it():
    doc, obs = observations("2031-09-16\n\nTOKYO - Inkpane, the overseas webcomic app run by Beijing-based Lumen Comics, counted "
                            "7.4 million users a month in June.\n\nRevenue from paid chapters on the app reached $36.2 million in "
                            "the three months to June, up 51.7% from a year earlier, the company said.")
    assert not wrong_holders(doc, obs, "Inkpane", "$36.2 million", "51.7%")


def test_over_the_same_period_is_the_period_just_spoken_of_and_a_headline_takes_the_period_of_the_figure_it_rounds():
    doc, obs = observations("2031-04-01\n\nLumen's patent royalty income tops $500 million\nBy Dana Marsh\n\nBEIJING - Lumen "
                            "Technologies earned $527 million from licensing its patents last year, up 8.6% from 2029. The "
                            "company paid roughly $1.1 billion in royalties to other patent holders over the same period.\n\n"
                            "Licensees in Europe accounted for about 34% of the income.")
    for surface in ("roughly $1.1 billion", "about 34%"):
        assert by_surface(doc, obs, surface).period.label == "2030", surface
    assert by_surface(doc, obs, "tops $500 million").period.label == "2030"
    o = by_surface(doc, obs, "8.6%")
    assert (o.period.label, o.comparison_period) == ("2030", "2029")


def test_the_events_own_measure_is_the_events_and_a_later_clause_goes_on_with_the_holder_before_it():
    doc, obs = observations("2031-11-18\n\nMACAU - The 41st Xiamen Grand Prix drew about 88,300 spectators over the race "
                            "weekend, the Xiamen Sports Bureau said on Monday.\n\nThe bureau put the event's budget at 198 "
                            "million yuan, while sponsorship income rose 12.4% to 71.2 million yuan.")
    assert not wrong_holders(doc, obs, "41st Xiamen Grand Prix", "198 million yuan", "12.4%", "71.2 million yuan")


def test_a_syndicate_is_a_firm_and_holds_what_it_wrote():
    doc, obs = observations("2031-04-28\n\n西岭再保险（集团）股份有限公司近日披露年报。\n\n西再劳合社3021辛迪加是集团在伦敦市场的主要平台。去年"
                            "该辛迪加承保保费约2.74亿英镑，同比增长11.6%，业务覆盖全球64个国家和地区。")
    assert not wrong_holders(doc, obs, "西再劳合社3021辛迪加", "约2.74亿英镑", "11.6%", "64个国家和地区")


def test_a_headline_restating_an_undated_event_figure_stays_undated_and_a_chain_of_restatements_dates_it():
    doc, obs = observations("2031-04-21\n\n西岭七人欖球賽入場近10萬人次\n記者 梁浩然\n\n2031西岭國際七人欖球賽前日在西岭主場館落幕。賽事期間合共錄得"
                            "9.74萬入場人次。\n\n總會表示，明年賽事將爭取入場人次突破10.2萬。")
    assert by_surface(doc, obs, "近10萬人次").period is None  # not next year's target
    doc, obs = observations("2031-02-10\n\nLumenland's Annual Trade in Services Exceeds $2 Trillion\n\nLumenland's Services Trade "
                            "Hits Record $2 Trillion\n\nLumenland's annual trade in services surpassed $2 trillion for the first "
                            "time. The services trade reached a record 14.6 trillion yuan (approximately $2.04 trillion) in 2030.")
    for surface in ("Exceeds $2 Trillion", "$2 Trillion", "surpassed $2 trillion"):
        o = by_surface(doc, obs, surface)
        assert o.period is not None and o.period.label == "2030", surface


def test_over_the_n_months_is_the_span_the_article_stated():
    doc, obs = observations("2031-11-18\n\nLHUNZE - Lhunze drew 1.12 million inbound visitor trips between January and October, "
                            "up 38.1% from a year earlier.\n\nIn October alone, the city received 164,000 inbound trips. The Lhunze "
                            "Old Town Scenic Area received about 710,000 overseas visitors over the ten months.")
    assert by_surface(doc, obs, "about 710,000").period.label == "2031-01/2031-10"


def test_the_group_after_during_the_period_and_the_park_refer_back():
    doc, obs = observations("2031-08-29\n\n澄盈中期授權收入增近兩成\n記者 黃詠詩\n\n澄盈控股國際有限公司（2291）公佈今年上半年業績。期內集團收益約1.13億港元，"
                            "按年增長6.4%。")
    assert not wrong_holders(doc, obs, "澄盈控股國際有限公司", "約1.13億港元", "6.4%")
    doc, obs = observations("2031-02-26\n\n西岭國際主題樂園有限公司昨日公佈，截至2030年9月28日止財政年度，西岭迪士尼樂園入場人次約583萬。\n\n"
                            "樂園預期，本財政年度入場人次有望增至約650萬。")
    assert not wrong_holders(doc, obs, "西岭迪士尼樂園", "約583萬", "約650萬")


def test_a_base_after_from_a_bare_number_and_a_year_used_as_a_modifier_date_nothing_after_them():
    doc, obs = observations("2031-11-12\n\nBEIJING - The label sent 52 Chinese acts to perform abroad this year, up from 37 in 2030. "
                            "Overseas concert income of its roster reached 71 million yuan.")
    assert by_surface(doc, obs, "71 million yuan").period.label == "2031"
    doc, obs = observations("2031-08-26\n\nTOKYO - Hand Lumen posted revenue of 3.92 billion yen in the first half, up 19.6% "
                            "from a year earlier, as clients moved ahead of a 2033 support deadline.\n\nAt the end of June, Hand "
                            "Lumen had 517 employees.")
    assert by_surface(doc, obs, "517").period.label == "2031-06-30"


def test_a_clause_naming_no_holder_goes_on_with_the_holder_of_the_figure_before_it():
    # the reporting firm opens the sentence; the figures are the facility's, named after it
    doc, obs = observations("2032-01-09\n\n蓮峰國際空港營運股份有限公司（LAO）昨（8）日公佈，去年蓮峰國際機場旅客吞吐量約512.3萬人次，"
                            "按年增長13.7%；航班升降量按年增長6.2%。")
    assert not wrong_holders(doc, obs, "蓮峰國際機場", "約512.3萬人次", "13.7%", "6.2%")
    doc, obs = observations("2032-03-15\n\n柏川物流集团有限公司日前发布数据，去年柏川港集装箱吞吐量达418万标箱，同比增长8.8%，"
                            "海铁联运箱量增长21.5%。")
    assert not wrong_holders(doc, obs, "柏川港", "418万标箱", "8.8%", "21.5%")
    # a converted amount keeps the holder of the amount it converts
    doc, obs = observations("2032-03-15\n\n柏川物流集团有限公司日前发布数据，去年柏川港海外航线收入约2.6亿美元，约合人民币18.7亿元。")
    assert not wrong_holders(doc, obs, "柏川港", "约2.6亿美元", "约合人民币18.7亿元")


def test_this_drama_refers_back_to_a_work_named_earlier_in_the_sentence():
    doc, obs = observations("2032-04-02\n\n星岚影业与日本动画公司合作的新作《雾港青灯》去年11月起在日本电视台播出，该剧日本播映权授权金约2.4亿日圆。")
    assert not wrong_holders(doc, obs, "雾港青灯", "约2.4亿日圆")
    # 日本 is no 本 that refers back ("本剧"), and 本片 still does
    doc, obs = observations("2032-04-02\n\n《雾港青灯》今年在日本上映。本片日本票房约8.1亿日圆。")
    assert not wrong_holders(doc, obs, "雾港青灯", "约8.1亿日圆")


def test_a_body_that_counted_is_named_before_its_abbreviation_in_brackets():
    doc, obs = observations("2031-06-08\n\n2031蓮港國際動漫展（LACE 2031）昨（7）日閉幕。主辦單位蓮港文化產業促進協會（文促會）統計，"
                            "今年共有612家廠商參展，參觀人次達14.2萬，較去年展會增加9.3%。")
    assert not wrong_holders(doc, obs, "LACE", "612家", "14.2萬", "9.3%")
    # a firm's bracket holds its stock code: what it reports after it is its own
    doc, obs = observations("2031-06-30\n\n澄江影視集團有限公司（0932）昨日公佈截至2031年3月31日止年度業績，全年收益約3.12億港元。")
    assert not wrong_holders(doc, obs, "澄江影視集團有限公司", "約3.12億港元")


def test_a_named_base_after_compared_with_dates_only_itself():
    doc, obs = observations("2032-03-20\n\nHONG KONG - Lumen Express said revenue rose 12.1% to $4.2 billion last year and that it "
                            "earned a net profit of $61 million, compared with a loss of $0.8 billion in 2030.\n\n"
                            "Its Central Asia business generated $1.1 billion in revenue, up 18.3%.")
    assert by_surface(doc, obs, "$0.8 billion").period.label == "2030"
    assert by_surface(doc, obs, "$1.1 billion").period.label == "2031"  # last year's, not the base's year
    assert by_surface(doc, obs, "18.3%").comparison_period == "2030"


def test_a_season_named_before_a_league_is_no_part_of_its_name():
    doc, obs = observations("2031-11-25\n\n西甲联赛有限公司日前公布，2031赛季西甲联赛海外转播覆盖41个国家和地区，较上赛季增加6个。")
    assert not wrong_holders(doc, obs, "西甲联赛", "41个国家和地区", "6个")
    assert by_surface(doc, obs, "6个").comparison_period == "2030"


def test_a_platform_named_in_an_apposition_with_its_holds_its_figures_and_the_measure_before_it_counts():
    doc, obs = observations("2032-11-19\n\nVeyra Inc said revenue from Lumo Live, its overseas video-chat platform, rose 6.1% from a year "
                            "earlier to $412 million in the three months through September.\n\nLumo Live's paying users rose 5.2% "
                            "to 1.31 million.")
    assert not wrong_holders(doc, obs, "Lumo Live", "6.1%", "$412 million", "5.2%", "1.31 million")
    assert by_surface(doc, obs, "$412 million").indicator == "revenue"
    assert by_surface(doc, obs, "6.1%").indicator == "revenue"


def test_people_from_a_place_say_where_they_come_from_not_whose_figure_it_is():
    doc, obs = observations("2032-04-08\n\nHONG KONG - Lumen Auction Hong Kong's spring sales raised about HK$0.94 billion, the "
                            "auction house said on Monday.\n\nBuyers from the Chinese mainland accounted for about 47% of sales by "
                            "value, while visitors from Japan made up 13.1%.")
    assert not wrong_holders(doc, obs, "Lumen Auction Hong Kong", "about 47%", "13.1%")


def test_an_event_named_after_a_passive_figure_and_a_firm_named_by_its_ampersand_short_name():
    doc, obs = observations("2032-04-27\n\nBEIJING - Deals worth about 31.6 billion yuan were signed at the film market of the 9th "
                            "Lanzhou International Film Festival, up 8.8% from last year's festival, organizers said on Saturday.")
    assert not wrong_holders(doc, obs, "9th Lanzhou International Film Festival", "about 31.6 billion yuan", "8.8%")
    doc, obs = observations("2032-03-27\n\nHONG KONG - K&L Global Freight Ltd said revenue rose 11.3% to $6.1 billion last year."
                            "\n\nK&L's Central Asia business generated $1.42 billion in revenue, up 19.2%.")
    assert not wrong_holders(doc, obs, "K&L", "$1.42 billion", "19.2%")


def test_a_share_a_year_earlier_after_twice_is_a_base_and_a_cruise_line_is_a_firm():
    doc, obs = observations("2032-01-20\n\nVela Cruises, the Chinese cruise line owned by Lumen Shipping, carried about 318,400 passengers "
                            "last year, up 21.6% from 2030. Foreign passengers made up 6.9% of the total, more than twice their share "
                            "a year earlier.\n\nTicket revenue rose 17.2% to 1.84 billion yuan.")
    for surface in ("about 318,400", "6.9%", "17.2%", "1.84 billion yuan"):
        assert by_surface(doc, obs, surface).period.label == "2031", surface  # not the base's year, carried on
    assert not wrong_holders(doc, obs, "Vela Cruises", "about 318,400", "21.6%")


def test_english_quarters_named_by_their_last_month_or_counted_back():
    text = ("2033-11-18\n\nPERTH - Marlow Dubbing Ltd said it billed $37.5 million in the June quarter, up from "
            "$29.1 million a quarter earlier. It had 612 voice actors at the end of June, against 574 three months earlier "
            "and 498 a year earlier.\n\n"
            "Billings rose 6.2% last quarter. In the final quarter of 2032, billings had fallen 2.4%.\n\n"
            "Marlow said its fourth-quarter billings rose 3.3%. It signed 23 dubbing contracts in October, against 15 in "
            "October last year.")
    doc, obs = observations(text)
    assert by_surface(doc, obs, "15").period.label == "2032-10"  # a month of last year
    assert by_surface(doc, obs, "$37.5 million").period.label == "2033-Q2"  # the quarter that ends in June
    o = by_surface(doc, obs, "$29.1 million")
    assert o.quantity.kind == "level" and o.period.label == "2033-Q1"  # a quarter earlier: not a share of 25%
    assert not any(o.quantity.kind == "share" for o in obs)
    assert by_surface(doc, obs, "574").period.label == "2033-03-31"  # the end of the month three months before
    assert by_surface(doc, obs, "574").quantity.count_of == by_surface(doc, obs, "612").quantity.count_of
    assert by_surface(doc, obs, "498").period.label == "2032-06-30"
    assert by_surface(doc, obs, "6.2%").period.label == "2033-Q3"  # last quarter: the one before the article's
    assert by_surface(doc, obs, "2.4%").period.label == "2032-Q4"
    # a quarter of the article's year not over by its date, said in the past tense: the last one that was
    assert by_surface(doc, obs, "3.3%").period.label == "2032-Q4"


def test_english_period_words_are_not_part_of_the_measure():
    doc, obs = observations("2034-03-02\n\nTavira Localisation Ltd said second-half revenue rose 14.6% to $83.2 million, "
                            "and 4Q33 revenue reached $45.7 million. Full-year bookings at Tavira rose 9.1%.")
    for surface in ("14.6%", "$83.2 million", "$45.7 million"):
        o = by_surface(doc, obs, surface)
        assert o.indicator == "revenue", (surface, o.indicator)
    assert by_surface(doc, obs, "$45.7 million").period.label == "2033-Q4"
    assert by_surface(doc, obs, "9.1%").indicator == "booking"


def test_english_market_shares_said_by_a_firm_or_going_on_from_another_share():
    doc, obs = observations("2034-05-06\n\nVeltro Subtitling Co said Latin America accounted for 37.2% of overseas revenue "
                            "and Southeast Asia contributed 19.4%.\n\n"
                            "Dubbing for streaming platforms made up roughly a fifth of Ostrava Voiceworks Ltd's export "
                            "income, while audiobooks contributed 8.6%.")
    for surface in ("37.2%", "19.4%"):
        o = by_surface(doc, obs, surface)
        assert o.quantity.kind == "share" and o.indicator == "overseas+revenue", (surface, o.indicator)
    assert wrong_holders(doc, obs, "Veltro Subtitling Co", "37.2%", "19.4%") == {}
    o = by_surface(doc, obs, "8.6%")
    assert o.quantity.kind == "share"  # another part of the same whole, though no "of" follows it
    assert wrong_holders(doc, obs, "Ostrava Voiceworks Ltd", "roughly a fifth", "8.6%") == {}


def test_a_firms_share_of_the_total_just_stated_is_the_totals():
    doc, obs = observations("2035-02-11\n\n香港遊戲業協會表示，去年全港遊戲本地化服務輸出約26億港元，按年增長8.3%，"
                            "其中瀚譯數碼有限公司佔約一成四。\n\n"
                            "去年嘉兴市工业设计服务出口额约9.3亿元，其中云杉设计有限公司占约两成。")
    o = by_surface(doc, obs, "約一成四")
    assert o.subject is not None and o.subject.canonical and "香港" in o.subject.canonical
    assert wrong_holders(doc, obs, "全港", "約26億港元", "8.3%") == {}
    assert wrong_holders(doc, obs, "嘉兴市", "约9.3亿元", "约两成") == {}


def test_a_market_taking_a_share_may_be_named_with_its_projects_or_clients():
    doc, obs = observations("2035-05-20\n\n楓影視效有限公司（楓影）今年首季海外外判收入約2.4億港元。\n\n"
                            "期內，楓影承接的日本及泰國項目分別佔海外收入的三成六及一成九。"
                            "寧海船舶工程有限公司（以下简称“寧海船舶”）完成外籍船舶維修訂單87艘次。")
    assert wrong_holders(doc, obs, "楓影", "三成六", "一成九") == {}
    o = by_surface(doc, obs, "87艘次")
    assert o.quantity.count_of == "ship" and "”" not in o.indicator and ")" not in o.indicator


def test_english_counts_of_staff_and_a_second_base_named_by_its_quarter():
    text = ("2035-03-03\n\nZHUHAI - Quenby Voice Ltd said fourth-quarter revenue was 418 million yuan, up 26% from a year "
            "earlier and 7% from the third quarter. The firm dubbed 233 titles last year and now employs about 1,850 "
            "narrators in 14 countries.")
    doc, obs = observations(text)
    o = by_surface(doc, obs, "7%")
    assert o.quantity.kind == "growth" and o.period.label == "2034-Q4" and o.comparison_period == "2034-Q3"
    assert by_surface(doc, obs, "26%").comparison_period == "2033-Q4"
    o = by_surface(doc, obs, "about 1,850")
    assert o.quantity.unit == "NUM" and o.quantity.count_of == "employee"
    assert "last" not in by_surface(doc, obs, "233").indicator.split("+")


def test_in_the_period_after_a_fiscal_year_stated_in_the_same_sentence():
    text = ("2027-06-25\n\n朗汐遊艇會全年收入增逾三成\n記者 葉嘉敏\n\n"
            "朗汐遊艇會控股有限公司（朗汐遊艇會）昨日公佈截至2027年3月31日止年度業績，期內收益約3.74億港元，按年增長31.2%。"
            "旗下碼頭期內接待訪港遊艇約2,140艘次，較去年同期增加約310艘次。")
    doc, obs = observations(text)
    for surface in ("約3.74億港元", "31.2%"):
        assert by_surface(doc, obs, surface).period.label == "2026-04/2027-03", surface
    assert by_surface(doc, obs, "31.2%").comparison_period == "2025-04/2026-03"
    assert by_surface(doc, obs, "約2,140艘次").period.label == "2026-04/2027-03"
    assert wrong_holders(doc, obs, "朗汐遊艇會", "約3.74億港元") == {}


def test_a_bodys_data_names_the_source_not_the_holder():
    doc, obs = observations("2036-03-02\n\n中国拍卖行业协会的数据显示，去年我国艺术品拍卖服务出口约23.4亿元，同比增长17.9%。")
    assert wrong_holders(doc, obs, "我国", "约23.4亿元", "17.9%") == {}


def test_a_headline_rise_is_against_the_period_a_year_before():
    doc, obs = observations("2036-01-20\n\nTollan's overseas booking revenue rises 29%\nBy Aino Reed\n\n"
                            "Tollan Travel Tech said overseas booking revenue rose 28.6% from a year earlier to $61.2 million "
                            "in the quarter ended Nov. 30.")
    o = by_surface(doc, obs, "29%")
    assert o.period.label == "2035-09/2035-11" and o.comparison_period == "2034-09/2034-11"


def test_a_rate_of_use_is_a_share():
    doc, obs = observations("2036-02-10\n\n望潮酒店集团上半年客房平均入住率达87.3%，同比提高4.6个百分点。\n\n"
                            "Corvane Cranes said average utilisation of its overseas fleet reached 81.4% in 2035.")
    for surface in ("87.3%", "81.4%"):
        assert by_surface(doc, obs, surface).quantity.kind == "share", surface
    assert by_surface(doc, obs, "4.6个百分点").quantity.kind == "growth"


def test_an_english_count_changed_by_more_or_fewer_than_a_base():
    text = ("2036-08-21\n\nHALIFAX - Trenmore Leasing served 1,326 contractors at the end of June, 241 more than at the "
            "end of last year. It had 5,870 employees, 310 fewer than at the start of the year, and 2,140 clients at "
            "the end of June, 95 more than in December.")
    doc, obs = observations(text)
    o = by_surface(doc, obs, "241")
    assert o.quantity.kind == "growth" and o.quantity.count_of == "firm"
    assert o.period.label == "2036-06-30" and o.comparison_period == "2035-12-31"
    o = by_surface(doc, obs, "310")
    assert o.quantity.kind == "growth" and o.quantity.value == "-310" and o.comparison_period == "2035-12-31"
    assert "than" not in o.indicator.split("+")
    assert by_surface(doc, obs, "95").comparison_period == "2035-12-31"  # a stock against a month: its last day


def test_a_workshop_a_firm_names_in_quotes_holds_its_own_figures():
    doc, obs = observations("2036-04-15\n\n青瓷坊股份有限公司（青瓷坊）前三季海外營收約新台幣5,120萬元；旗下「青瓷坊手作工坊」"
                            "接待外籍旅客約8,600人次；在京都開設的「青瓷坊京都工坊」營收約3,180萬日圓。")
    assert wrong_holders(doc, obs, "青瓷坊手作工坊", "約8,600人次") == {}
    assert wrong_holders(doc, obs, "青瓷坊京都工坊", "約3,180萬日圓") == {}
    assert "」" not in by_surface(doc, obs, "約8,600人次").indicator


def test_a_quarter_named_by_its_last_day_referred_back_and_counted_back():
    text = ("2036-01-21\n\nOSLO - Brisk Tutor Ltd said overseas revenue rose 22.4% from a year earlier to $38.6 million in "
            "the quarter ended Nov. 30. Revenue grew 6.2% from the previous quarter.\n\n"
            "Paying learners numbered about 1.12 million at the end of the quarter, up 17.5% from a year earlier. Its "
            "Danish unit, Brisk Nordic, earned $4.4 million, nearly double its 2034 level.")
    doc, obs = observations(text)
    assert by_surface(doc, obs, "6.2%").comparison_period == "2035-06/2035-08"
    assert by_surface(doc, obs, "about 1.12 million").period.label == "2035-11-30"
    assert by_surface(doc, obs, "17.5%").comparison_period == "2034-11-30"
    assert by_surface(doc, obs, "nearly double").comparison_period == "2034"


def test_shares_in_order_and_a_stay_made_longer():
    doc, obs = observations("2036-02-12\n\n去年恭城瑶族自治县接待境外康养游客约3.18万人次，同比增长26.4%。\n\n"
                            "从客源看，泰国、越南游客依次占41.2%和19.7%；境外游客平均停留12.5天，比前年延长3天。")
    assert wrong_holders(doc, obs, "恭城瑶族自治县", "约3.18万人次", "41.2%", "19.7%") == {}
    o = by_surface(doc, obs, "3天")
    assert o.quantity.kind == "growth" and o.quantity.unit == "DAY"


def test_a_place_a_route_goes_to_is_not_the_holder():
    doc, obs = observations("2036-10-20\n\n交通事務局昨日公佈，今年首三季本澳往來港澳的跨境巴士共載客約986萬人次，按年增長17.4%。")
    assert wrong_holders(doc, obs, "本澳", "約986萬人次", "17.4%") == {}


def test_the_company_after_its_subsidiary_is_introduced_is_the_parent():
    doc, obs = observations("2036-05-08\n\n典藏業者書匣數位股份有限公司（書匣數位）昨日公告首季營收約新台幣1.36億元。\n\n"
                            "書匣數位的韓國子公司「書匣韓國」首季營收約9.2億韓圓。截至3月底，公司海外客戶達64家。")
    assert wrong_holders(doc, obs, "書匣韓國", "約9.2億韓圓") == {}
    assert wrong_holders(doc, obs, "書匣數位", "64家") == {}


def test_the_current_fiscal_year_after_a_calendar_year_in_between():
    text = ("2036-12-03\n\nVIENNA - Pedalo Mobility, a Chinese operator of bike-sharing schemes, said revenue rose 31.4% "
            "to 2.18 billion yuan in the year ended September 30.\n\n"
            "Chinese bike-share operators earned about $517 million abroad last year, up 21.9%. Pedalo expects revenue to "
            "grow 18-22% in the current fiscal year.\n\n"
            "星汇娱乐集团有限公司（下称“星汇”）公布截至2036年3月31日止年度业绩，期内收入约4.61亿港元。去年本港电影票房约"
            "13亿港元。星汇预计本财年收入增长一成二。")
    doc, obs = observations(text)
    assert by_surface(doc, obs, "18-22%").period.label == "2036-10/2037-09"
    assert by_surface(doc, obs, "about $517 million").period.label == "2035"
    assert by_surface(doc, obs, "一成二").period.label == "2036-04/2037-03"
    assert by_surface(doc, obs, "约13亿港元").period.label == "2035"


def test_english_periods_ended_on_a_day_are_not_part_of_the_measure():
    text = ("2036-01-14\n\nTORONTO - Quillfern Games said revenue for the fiscal year ended June 30, 2035 rose 13.7% to "
            "C$96.2 million. Revenue for the quarter ended Nov. 30 rose 8.3% to $41.6 million. Net profit for the "
            "period was $5.7 million. For the first nine months of its fiscal year, revenue rose 17.2% to $118.4 million. "
            "The company expects revenue for the fiscal year ending Feb. 28 to reach $160 million.")
    doc, obs = observations(text)
    for surface in ("13.7%", "C$96.2 million", "8.3%", "$41.6 million", "17.2%", "$160 million"):
        assert by_surface(doc, obs, surface).indicator == "revenue", surface
    assert by_surface(doc, obs, "$5.7 million").indicator == "profit"
    assert by_surface(doc, obs, "13.7%").period.label == "2034-07/2035-06"  # the comma of the date ends no clause
    o = by_surface(doc, obs, "17.2%")
    assert o.period.label == "2035-03/2035-11" and o.comparison_period == "2034-03/2034-11"
    assert by_surface(doc, obs, "$160 million").period.label == "2035-03/2036-02"


def test_people_a_country_sends_are_a_market_not_the_holder():
    doc, obs = observations("2036-07-20\n\n赣州云栈数据科技有限公司（以下简称“云栈数据”）上半年离岸收入约5,170万元，同比增长36.2%；"
                            "其中韩国客户贡献约2,460万元，同比增长近八成。")
    assert wrong_holders(doc, obs, "云栈数据", "约2,460万元", "近八成") == {}
    doc, obs = observations("2036-07-20\n\n本港去年安排發行的可持續掛鈎債券約416億美元，按年增長14.8%。按發行人劃分，內地發行人約佔61.3%，"
                            "東南亞發行人佔比約一成二。")
    assert wrong_holders(doc, obs, "本港", "61.3%", "約一成二") == {}


def test_the_whole_year_and_the_year_before_in_a_hong_kong_fiscal_year_report():
    text = ("2036-06-26\n\n晨峰影視集團有限公司昨日公佈截至2036年3月31日止年度業績，全年收益約2.47億港元，按年增長9.3%；"
            "股東應佔虧損收窄至1,260萬港元，上年度虧損為3,180萬港元。\n\n"
            "集團年內片庫授權收入約9,460萬港元，按年增長21.5%。")
    doc, obs = observations(text)
    for surface in ("約2.47億港元", "1,260萬港元", "約9,460萬港元", "21.5%"):
        assert by_surface(doc, obs, surface).period.label == "2035-04/2036-03", surface
    o = by_surface(doc, obs, "3,180萬港元")
    assert o.period.label == "2034-04/2035-03" and o.indicator == "loss"  # 上年度: the fiscal year before
    assert by_surface(doc, obs, "9.3%").comparison_period == "2034-04/2035-03"


def test_a_multiple_of_the_level_of_the_same_period_last_year():
    text = ("2036-08-05\n\nHOTAN - Hotan received 142,300 inbound visitor trips in the first half of this year, up 39.4% "
            "year on year. Overseas visitors spent about $61 million in the period, nearly double the level of the same "
            "period last year. The night market alone drew 57,800 foreign visits.")
    doc, obs = observations(text)
    o = by_surface(doc, obs, "nearly double")
    assert o.period.label == "2036-H1" and o.comparison_period == "2035-H1"
    assert by_surface(doc, obs, "57,800").period.label == "2036-H1"  # the base does not date what follows


def test_quarterly_refers_back_to_the_quarter_stated():
    text = ("2036-07-16\n\nBEIJING - ReelNest, the short-drama app run by Beijing-based Yuemo Media, took in about $33.7 "
            "million in the April-June quarter, up 64.2% year on year. Monthly active users reached 15.6 million in June. "
            "Southeast Asia contributed 29% of quarterly revenue.")
    doc, obs = observations(text)
    o = by_surface(doc, obs, "29%")
    assert o.period.label == "2036-Q2" and o.indicator == "revenue"


def test_a_half_without_its_year_after_a_paragraph_on_last_year():
    text = ("2036-09-02\n\n星测遥感股份有限公司发布2036年半年报。上半年，公司实现营业收入5.47亿元，同比增长14.2%。\n\n"
            "据行业协会统计，去年我国遥感服务出口额约29.3亿元，同比增长19.6%。\n\n"
            "同样深耕海外市场的云图空间科技有限公司上半年海外合同额达1.83亿元，同比增长近两倍。\n\n"
            "去年云图空间营收约3.1亿元，上半年占其中的四成。")
    doc, obs = observations(text)
    o = by_surface(doc, obs, "1.83亿元")
    assert o.period.label == "2036-H1"
    assert by_surface(doc, obs, "近两倍").comparison_period == "2035-H1"
    assert by_surface(doc, obs, "约29.3亿元").period.label == "2035"
    assert by_surface(doc, obs, "四成").period.label == "2035-H1"  # last year's first half, said after 去年 in the sentence


def test_a_fiscal_year_that_ended_on_a_day_and_the_same_fiscal_year_of_another_holder():
    text = ("2036-08-21\n\nHONG KONG - Lanternfly Broadcast, a Chinese provider of remote production services, said revenue "
            "from overseas events rose 27% to HK$864 million for the fiscal year that ended on June 30.\n\n"
            "In the six months to June, overseas revenue rose 31% from the same period of 2035.\n\n"
            "Lanternfly is 58% owned by Qiaoxin Media Holdings, whose own overseas revenue grew 17% over the same fiscal "
            "year.")
    doc, obs = observations(text)
    assert by_surface(doc, obs, "27%").period.label == "2035-07/2036-06"
    o = by_surface(doc, obs, "17%")
    assert o.period.label == "2035-07/2036-06" and o.comparison_period == "2034-07/2035-06"
    assert wrong_holders(doc, obs, "Qiaoxin Media Holdings", "17%") == {} and o.indicator == "overseas+revenue"
    stake = by_surface(doc, obs, "58%")
    assert stake.quantity.kind == "share" and stake.period is None and stake.indicator == "stake"
    assert wrong_holders(doc, obs, "Lanternfly", "58%") == {}


def test_a_stake_is_a_share_held_now():
    doc, obs = observations("2036-03-18\n\n公司与越南伙伴合资的瑞禾动物医院有限公司由瑞禾医疗持股59%，去年营收约1.36亿元。")
    o = by_surface(doc, obs, "59%")
    assert (o.quantity.kind, o.period, o.indicator) == ("share", None, "stake")
    assert wrong_holders(doc, obs, "瑞禾动物医院有限公司", "59%") == {}
    assert by_surface(doc, obs, "约1.36亿元").period.label == "2035"


def test_years_listed_with_yu_pair_with_their_figures():
    doc, obs = observations("2036-10-08\n\n回顧近年營運，晨嶼遊戲2033年與2034年的全年營收分別約3.62億元與5.17億元。\n\n"
                            "云帆2034年和2035年的营收分别约为2.26亿元和3.08亿元。\n\n"
                            "2035年与2034年相比，云帆海外营收增长36%。")
    assert by_surface(doc, obs, "約3.62億元").period.label == "2033"
    assert by_surface(doc, obs, "5.17億元").period.label == "2034"
    assert by_surface(doc, obs, "约为2.26亿元").period.label == "2034"
    assert by_surface(doc, obs, "3.08亿元").period.label == "2035"
    o = by_surface(doc, obs, "36%")
    assert o.period.label == "2035" and o.comparison_period == "2034"  # 与…相比 still compares


def test_the_nine_months_refers_back_to_a_nine_month_span_and_a_part_contributing_to_a_total():
    text = ("2036-10-15\n\nMANILA - Gatepass, a live-event ticketing platform owned by Chinese firm Yunle Technology, sold "
            "about 5.37 million tickets in Southeast Asia between January and September, up 83% from a year earlier.\n\n"
            "In the third quarter alone, tickets sold rose 24% from the previous quarter.\n\n"
            "Yunle Technology said its revenue for the nine months rose 13% to 2.86 billion yuan, with Gatepass "
            "contributing about 6%, up from less than 4% a year earlier.")
    doc, obs = observations(text)
    o = by_surface(doc, obs, "13%")
    assert o.period.label == "2036-Q1/2036-Q3" and o.comparison_period == "2035-Q1/2035-Q3" and o.indicator == "revenue"
    part = by_surface(doc, obs, "about 6%")
    assert part.quantity.kind == "share" and part.period.label == "2036-Q1/2036-Q3"
    assert wrong_holders(doc, obs, "Yunle Technology", "about 6%") == {}
    assert by_surface(doc, obs, "24%").period.label == "2036-Q3"


def test_the_office_of_a_township_names_a_place_that_holds_its_figures():
    doc, obs = observations("2036-11-05\n\n雲鼓劇團的排練基地位於瑞穗。據瑞穗鄉公所統計，今年前10月瑞穗接待境外旅客約3.17萬人次，"
                            "年增16%，其中專程觀賞鼓藝演出的約佔一成二。")
    assert wrong_holders(doc, obs, "瑞穗", "約3.17萬人次", "16%") == {}


def test_china_named_in_a_later_clause_does_not_hold_the_figure():
    text = ("2036-02-19\n\nBEIJING - Frostvale Games said its overseas revenue rose 41.6% to 1.37 billion yuan last year, "
            "driven by Ashfall Tides, the action game it released on consoles in October 2034.\n\n"
            "Gross sales of the game since launch reached about $186 million by the end of January, the studio said, "
            "making it one of the best-selling Chinese console titles abroad.")
    doc, obs = observations(text)
    o = by_surface(doc, obs, "about $186 million")
    assert o.subject_default != "中国"
    assert wrong_holders(doc, obs, "Ashfall Tides", "about $186 million") == {}  # the game the article spoke of


def test_an_event_date_does_not_date_the_months_and_halves_after_it():
    text = ("2036-09-04\n\nFernwick Animation said its licensing revenue rose 64% to 137 million yuan in the first half.\n\n"
            "The Lantern Loom, whose first season premiered in March 2035, had drawn more than 218 million views on overseas "
            "platforms by the end of August.\n\n"
            "Fernwick is owned by Qiaoyun Media, whose revenue fell 4% to 1.96 billion yuan in the first half.")
    doc, obs = observations(text)
    assert by_surface(doc, obs, "more than 218 million").period.label == "2036-08-31"
    o = by_surface(doc, obs, "1.96 billion yuan")
    assert o.period.label == "2036-H1"
    assert by_surface(doc, obs, "4%").comparison_period == "2035-H1"


def test_a_subsidiary_named_after_its_parent_and_a_place_and_what_the_company_refers_to_after_it():
    text = ("2036-03-26\n\n衡岳临床医药科技股份有限公司（简称“衡岳临床”）去年境外收入约9.8亿元，同比增长23.6%。\n\n"
            "2034年收购的匈牙利子公司衡岳匈牙利去年实现收入约1.73亿元，比前年翻了一番。截至去年底，该公司合作的临床研究中心达六十余家。\n\n"
            "人员方面，截至去年底，公司境外临床团队约870人，外籍员工约占三成七。\n\n"
            "效率方面，该公司境外项目的平均启动周期为79天。")
    doc, obs = observations(text)
    assert wrong_holders(doc, obs, "衡岳匈牙利", "约1.73亿元", "翻了一番", "六十余家") == {}
    assert wrong_holders(doc, obs, "衡岳临床", "约870人", "三成七", "79天") == {}


def test_the_people_of_a_market_take_a_share_of_the_total_before_them():
    doc, obs = observations("2025年，青禾科技海外收入12.6亿元，其中北美客户约占四成五，欧洲读者约占两成。")
    total = by_surface(doc, obs, "12.6亿元")
    for part in ("四成五", "两成"):
        share = by_surface(doc, obs, part)
        assert share.quantity.kind == "share" and share.indicator == total.indicator == "overseas+revenue"
        assert share.subject.surface == "青禾科技"
    # 其中北美 is 其中 + 北美, not 中北美 (Central and North America)
    assert ("北美", "RegionGroup") in mentions_of("其中北美客户约占四成五。")
    assert ("中北美", "RegionGroup") in mentions_of("中北美市场约占三成。")


def test_a_cost_per_minute_is_not_the_holder_of_the_same_measure_before_it():
    doc, obs = observations("2025-09-01\n\n星映平台上半年上线AI短剧120部，AI短剧充值收入同比增长80%。\n\n"
                            "业内人士介绍，一些AI短剧每分钟成本约8000元。")
    assert by_surface(doc, obs, "120部").subject.surface == "星映"
    cost = by_surface(doc, obs, "约8000元")
    assert cost.subject is None and cost.subject_default is None


def test_a_port_handling_containers_is_where_not_what():
    doc, obs = observations("Ningbo port handled 9.3 million TEU in 2024, up 6.1 percent.")
    assert by_surface(doc, obs, "9.3 million TEU").indicator == "containers+throughput"
    assert by_surface(doc, obs, "6.1 percent").indicator == "containers+throughput"


@pytest.mark.parametrize("text, items", [
    ("青穗文化2025年度业绩快报，主要数据如下：\n\n营业收入：38.62亿元，同比增长14.7%；\n\n海外业务收入：17.05亿元，同比增长26.3%；\n\n研发投入：5.91亿元。",
     {"38.62亿元": "revenue", "14.7%": "revenue", "17.05亿元": "overseas+revenue", "26.3%": "overseas+revenue",
      "5.91亿元": "investment+r-and-d"}),
    ("雲栖娛樂第三季營運摘要：\n\n一、合併營收：新台幣12.4億元，年增8.6%。\n\n二、海外營收：新台幣7.9億元。",
     {"新台幣12.4億元": "consolidated+revenue", "8.6%": "consolidated+revenue", "新台幣7.9億元": "overseas+revenue"}),
    ("Lumen Games said its results for 2025 were as follows.\n\n- Revenue: 2.41 billion yuan, up 18.2% year on year\n\n"
     "- Overseas revenue: 1.37 billion yuan\n\n- Net profit: 366 million yuan",
     {"2.41 billion yuan": "revenue", "18.2%": "revenue", "1.37 billion yuan": "overseas+revenue",
      "366 million yuan": "profit"}),
])
def test_a_line_item_is_measured_by_its_label(text, items):
    doc, obs = observations(text)
    for surface, indicator in items.items():
        assert by_surface(doc, obs, surface).indicator == indicator, surface


def test_speech_in_corner_brackets_holds_figures_and_a_name_in_them_does_not():
    text = ("2026-05-19\n\n「我們的角色授權去年替公司賺進大約新台幣2,170萬元，年增48%，」松澗文創總經理柯明遠說。"
            "她表示：「今年營收將突破新台幣五千萬元」。旗下平台「畫舫2.0」同步改版。")
    doc, obs = observations(text)
    level = by_surface(doc, obs, "大約新台幣2,170萬元")
    assert level.period.label == "2025" and level.subject.surface == "松澗文創"
    assert by_surface(doc, obs, "48%").comparison_period == "2024"
    assert by_surface(doc, obs, "突破新台幣五千萬元").period.label == "2026"
    assert not [o for o in obs if "2.0" in doc.source.text[o.start:o.end]]  # a name in 「」 is no figure


def test_a_text_counting_its_own_points_states_no_figure():
    doc, obs = observations("2025年，全市文化贸易呈现三个特点，今年将推出五项举措。全市新增3个项目，文化贸易企业达到1,260家。")
    found = {doc.source.text[o.start:o.end] for o in obs}
    assert found == {"3个", "1,260家"}


def test_the_year_a_firm_was_founded_does_not_date_its_figures():
    doc, obs = observations('2026-11-30\n\nQiu founded Brassfern Studio in 2019 to sell pattern rights. "Overseas buyers '
                            'paid us 21.7 million yuan in the first nine months," said Qiu.')
    assert by_surface(doc, obs, "21.7 million yuan").period.label == "2026-Q1/2026-Q3"


def test_the_period_results_are_compared_against_is_a_base_not_their_period():
    doc, obs = observations("2026-08-20\n\nCindral Media reported results for the six months ended June 30, 2026. "
                            "Highlights, with comparisons against the same period of 2025:\n\n"
                            "- Revenue: 2.63 billion yuan, up 41%.\n\n- Net profit: 248 million yuan.")
    assert by_surface(doc, obs, "2.63 billion yuan").period.label == "2026-H1"
    assert by_surface(doc, obs, "41%").comparison_period == "2025-H1"
    assert by_surface(doc, obs, "248 million yuan").period.label == "2026-H1"


def test_a_quote_is_held_by_the_organization_of_who_says_it_after_it():
    doc, obs = observations("2026-05-19\n\n“我们的角色授权去年带来大约2,170万元收入，同比增长48%，”松涧文创总经理柯明远说。")
    assert by_surface(doc, obs, "大约2,170万元").subject.surface == "松涧文创"


def test_a_quoted_person_speaks_for_the_body_named_with_their_title():
    doc, obs = observations(
        "2027-03-05\n\n“去年我们的海外发行收入约4.2亿元，同比增长35%，”青枫短剧联合创始人兼首席运营官袁启帆说。\n\n"
        "同期，赤霞游戏有限公司的海外收入约3亿元。\n\n"
        "袁启帆说：“我们今年的目标是海外收入突破6亿元。”")
    assert not wrong_holders(doc, obs, "青枫短剧", "约4.2亿元", "35%")
    assert by_surface(doc, obs, "约3亿元").subject.surface == "赤霞游戏有限公司"
    # the firm named last is another: the speaker's own is the one the text named with their title
    assert by_surface(doc, obs, "突破6亿元").subject.surface == "青枫短剧"


def test_a_speaker_with_no_body_of_their_own_speaks_for_the_firm_of_the_article():
    doc, obs = observations(
        '2027-01-12\n\nTan founded Larkmoor Prints in 2017 to license botanical drawings. "Our royalties this year '
        'will be about 41 million yuan, up roughly 30 percent," she said.\n\n"We hired 12 designers last year," said Tan.\n\n'
        "“两年前我们拉来一位海外订阅用户平均得花大约9美元，”主管海外营销的副总经理韦川表示。")
    assert not wrong_holders(doc, obs, "Larkmoor Prints", "about 41 million yuan", "roughly 30 percent", "12",
                             "大约9美元")
    # a quote's pronouns and auxiliaries are no part of what it measures
    assert not {"our", "will", "be"} & set(by_surface(doc, obs, "about 41 million yuan").indicator.split("+"))


def test_a_local_bodys_release_in_the_lead_holds_the_figures_after_it():
    doc, obs = observations("2027-10-20\n\n前三季度服务进出口增长两成\n\n海南省商务厅18日发布前三季度服务贸易统计。"
                            "前三季度，服务进出口总额约612.4亿元，同比增长21.3%。\n\n其中，数字服务进出口约204.6亿元。")
    assert not wrong_holders(doc, obs, "海南省", "约612.4亿元", "21.3%", "约204.6亿元")
    doc, obs = observations("2027-10-20\n\nServices trade up a fifth\n\nThe Hainan Provincial Department of Commerce released "
                            "figures on Monday. In the first three quarters, services trade totalled 61.24 billion yuan.")
    assert not wrong_holders(doc, obs, "Hainan", "61.24 billion yuan")


def test_another_places_visitors_in_an_article_about_a_city_are_where_they_come_from():
    doc, obs = observations("2027-10-18\n\n第三季入境旅客升一成\n珠海市文化广电旅游体育局 统计发布\n\n"
                            "珠海市文化广电旅游体育局15日公布第三季旅游统计。第三季入境旅客约410万人次。\n\n"
                            "二、澳门旅客：约126万人次，按年上升8%。")
    assert not wrong_holders(doc, obs, "珠海市", "约410万人次", "约126万人次", "8%")


def test_a_roundup_entrys_figures_are_the_works_not_the_makers_in_brackets():
    doc, obs = observations(
        "2027-09-03\n\n暑期出海新品盘点\n\n今年暑期，多款新品上线。\n\n"
        "《潮汐回廊》（北岬网络）：这款解谜手游7月在海外上线，首月海外流水约3,150万美元，日本市场贡献约三成二。\n\n"
        "《灯塔来信》（西屿影业）：这部剧的翻拍版权去年售予泰国，版权金约1,280万元。受其带动，西屿影业全年营收增长18%。")
    assert not wrong_holders(doc, obs, "潮汐回廊", "约3,150万美元", "约三成二")
    assert not wrong_holders(doc, obs, "灯塔来信", "约1,280万元")  # the buyer is a market, the entry's work holds it
    assert by_surface(doc, obs, "18%").subject.surface == "西屿影业"  # named as the subject, the maker holds its own


def test_an_english_roundup_entry_is_a_work_and_its_figures_are_its():
    doc, obs = observations(
        "2027-02-10\n\nFive animated shows that sold abroad\n\nHere are the titles that stood out.\n\n"
        "Copper Heron (Tidewell Animation). The 40-episode series was sold to streamers in 27 territories.\n\n"
        "The Salt Kite (Greyfield Studio). The stop-motion feature grossed $12.6 million overseas. "
        "Greyfield, which employs about 140 animators, said its revenue doubled.")
    assert not wrong_holders(doc, obs, "Copper Heron", "27")
    assert not wrong_holders(doc, obs, "Salt Kite", "$12.6 million")
    assert by_surface(doc, obs, "about 140").subject.canonical == "Greyfield Studio"


def test_a_speaker_named_by_what_they_do_speaks_for_the_firm_of_the_article():
    doc, obs = observations("2026-07-20\n\n松澗文創去年營收約新台幣3億元。\n\n"
                            "負責海外發行的副總編輯游若晴補充：「我們的海外預付版稅平均約2,100美元。」")
    assert by_surface(doc, obs, "約2,100美元").subject.surface == "松澗文創"


def test_the_agency_refers_back_to_a_literary_agency():
    doc, obs = observations("2026-11-02\n\nQuillmere Literary, a small agency that represents 20 novelists, closed a deal. "
                            "The agency's commissions grew to about 3.2 million yuan last year, it said.")
    assert by_surface(doc, obs, "about 3.2 million yuan").subject.surface == "Quillmere Literary"


def test_the_place_of_a_chinese_dateline_is_where_the_story_was_filed():
    doc, obs = observations("2026-08-04\n\n栗原數位上半年海外營收增兩成\n星港日報\n\n"
                            "（星港日報記者蘇以安台中3日電）專攻遊戲美術與動畫的數位設計公司栗原數位股份有限公司今天公佈上半年營運數據，"
                            "海外營收約新台幣7.35億元，年增21%。")
    assert not wrong_holders(doc, obs, "栗原數位股份有限公司", "約新台幣7.35億元", "21%")


def test_a_paragraph_that_names_the_totals_holder_again_keeps_its_shares():
    doc, obs = observations(
        "2026-01-20\n\n婺源县去年文化服务出口增两成\n\n去年婺源县文化服务出口约3.2亿元。\n\n"
        "龙头企业江西砚溪数字科技有限公司（以下简称“砚溪数字”）去年出口额约1.1亿元。\n\n"
        "砚溪数字的客户中，日本客户约占营收的四成二，欧洲客户约占两成。")
    assert not wrong_holders(doc, obs, "砚溪数字", "四成二")
    assert by_surface(doc, obs, "约3.2亿元").subject.surface in ("婺源县", "婺源")


def test_quotation_marks_are_no_part_of_a_measure():
    from kg.extract.indicators import key_of

    assert key_of("“海外收入", "zh").key == key_of("海外收入", "zh").key == key_of("「海外收入」", "zh").key


@pytest.mark.parametrize("sentence, surface, value", [
    ("Studios in the city delivered 18 percent more episodes abroad than the year before.", "18 percent", 18),
    ("The troupe earned 36% more abroad last year.", "36%", 36),
    ("Foreign visitors spent 7% less than a year earlier.", "7%", -7),
])
def test_a_percentage_more_or_less_than_before_is_a_change(sentence, surface, value):
    doc, obs = observations("2026-06-18\n\n" + sentence)
    o = by_surface(doc, obs, surface)
    assert o.quantity.kind == "growth" and Decimal(o.quantity.value) == value


def test_troupes_performances_and_concerts_are_counted():
    doc, obs = observations("2026-06-18\n\nAs of the end of May, 42 troupes in the province had overseas contracts. "
                            "They staged 1,380 performances abroad and the city orchestra gave 57 concerts.")
    counted = {doc.source.text[o.start:o.end]: o.quantity.count_of for o in obs}
    assert counted == {"42": "organization", "1,380": "event", "57": "event"}


def test_a_county_departments_release_is_about_the_county():
    doc, obs = observations("2027-07-16\n\n上半年外籍旅客年增近兩成\n屏東縣政府觀光處 新聞稿\n\n"
                            "屏東縣政府觀光處今天公佈上半年觀光統計。上半年縣內民宿接待外籍旅客約3.46萬人次，年增18%。\n\n"
                            "一、菲律賓旅客約0.92萬人次，年增33%。")
    assert not wrong_holders(doc, obs, "屏東縣", "約3.46萬人次", "18%", "約0.92萬人次", "33%")


def test_an_autonomous_prefectures_release_in_english_is_about_the_prefecture():
    doc, obs = observations("2027-07-16\n\nForeign trips up 22 percent in first half\n"
                            "Statistical release | Enshi Tujia and Miao Autonomous Prefecture Bureau of Commerce\n\n"
                            "Enshi received about 61,400 overseas visitor trips between January and June, up 22%. "
                            "Singapore was the biggest source market, with 9,870 trips.")
    assert not wrong_holders(doc, obs, "Enshi", "about 61,400", "22%", "9,870")


def test_a_roundups_figures_are_its_entries_not_their_makers():
    doc, obs = observations("2027-07-09\n\nSix Chinese indie games that sold abroad\nBy Ada Brook\n\n"
                            "Chinese indie games sold well abroad in the first half.\n\n"
                            "Lantern Quay (Fernhollow). The cosy fishing sim grossed about $12 million abroad in its first "
                            "two months, with Japan contributing 31% of that.\n\n"
                            "Glimmer Reach (Ottermoor Games) has not left early access yet, but it had more than 400,000 "
                            "players by June. Ottermoor plans to take the game to consoles next year.")
    assert not wrong_holders(doc, obs, "Lantern Quay", "about $12 million", "31%")
    assert not wrong_holders(doc, obs, "Glimmer Reach", "more than 400,000")


def test_clients_in_a_market_do_not_hold_the_figures_after_them():
    doc, obs = observations("2028-02-11\n\nHong Kong's exports of design services rose 9% to about HK$6.4 billion in "
                            "2027. By market, clients in the mainland accounted for 38% of exports; clients in Europe for "
                            "12%.\n\nIn the fourth quarter alone, exports were about HK$1.9 billion.")
    assert by_surface(doc, obs, "about HK$1.9 billion").subject.surface == "Hong Kong"
    assert by_surface(doc, obs, "12%").subject is None or by_surface(doc, obs, "12%").subject.surface != "Europe"


def test_the_home_market_a_figure_is_set_against_does_not_hold_it():
    doc, obs = observations("2027-03-02\n\n桐溪互娱去年海外收入首次超过国内\n\n"
                            "“去年公司的海外收入约4.2亿元，同比增长38%，首次超过了国内收入，”桐溪互娱总裁陆沉舟说。")
    assert not wrong_holders(doc, obs, "桐溪互娱", "约4.2亿元", "38%")


def test_a_described_work_or_firm_referred_back_to_holds_its_figures():
    doc, obs = observations("2027-03-02\n\n四部出海网文盘点\n\n"
                            "《霜河旧事》（青棠文学）：这部悬疑小说今年把实体书版权卖到了七个国家。\n\n"
                            "在宜昌的一栋写字楼里，砚溪互娱的团队正在赶工。这家成立于2016年的动画公司目前有员工二百一十余人。")
    assert not wrong_holders(doc, obs, "霜河旧事", "七个国家")
    assert not wrong_holders(doc, obs, "砚溪互娱", "二百一十余人")
    assert by_surface(doc, obs, "二百一十余人").period is None or by_surface(doc, obs, "二百一十余人").period.label != "2016"


def test_the_firms_of_a_zone_named_before_are_the_zones():
    doc, obs = observations("2026-10-20\n\n霍尔果斯综合保税区的带动作用明显。前三季度，区内企业实现物流服务收入约8.6亿元，"
                            "同比增长19%。\n\n位于东区的青瓦设计聚落由旧厂房改建而成。上半年聚落业者海外营收约3,100万元。")
    assert not wrong_holders(doc, obs, "霍尔果斯综合保税区", "约8.6亿元", "19%")
    assert not wrong_holders(doc, obs, "青瓦设计聚落", "约3,100万元")


def test_a_founder_quoted_speaks_for_the_firm_the_lead_announces():
    doc, obs = observations("2026-06-03\n\nBuilding pavilions abroad\nBy Lena Vos\n\n"
                            "The pavilion was fitted out by a small firm most visitors had never heard of: Brackenfold "
                            "Interiors.\n\n\"Our foreign orders last year came to about 84 million yuan,\" said Mara Quist, "
                            "who founded Brackenfold in 2014.")
    assert not wrong_holders(doc, obs, "Brackenfold Interiors", "about 84 million yuan")


def test_a_market_that_gave_us_a_share_is_the_firms_counterpart():
    doc, obs = observations("2026-06-03\n\nQuillbright Games said its overseas revenue rose 21% to 310 million yuan last "
                            "year. \"Southeast Asia gave us 38 percent of it,\" said Ena Holt, its founder.")
    assert not wrong_holders(doc, obs, "Quillbright Games", "38 percent")


def test_a_split_fiscal_year_and_the_months_and_whole_year_inside_it():
    doc, obs = observations("2027-06-20\n\n澄川文化2026/27财年海外收入增四成\n\n"
                            "澄川文化控股有限公司（以下简称“澄川文化”）公布截至2027年3月31日止的2026/27财年业绩。"
                            "财年内公司实现收入约12.6亿元，同比增长21%。\n\n10月至12月（第三财季），海外收入约2.2亿元。\n\n"
                            "分市场看，欧洲全年贡献了海外收入的约三成一。")
    fy = "2026-04/2027-03"
    assert by_surface(doc, obs, "四成").period.label == fy
    assert by_surface(doc, obs, "约12.6亿元").period.label == fy
    assert by_surface(doc, obs, "21%").comparison_period == "2025-04/2026-03"
    assert by_surface(doc, obs, "约2.2亿元").period.label == "2026-Q4"  # late 2026, inside the fiscal year
    assert by_surface(doc, obs, "约三成一").period.label == fy
    assert not wrong_holders(doc, obs, "澄川文化", "约12.6亿元")  # not 财年内公司


def test_a_release_of_a_places_statistics_gives_that_place_its_figures():
    doc, obs = observations("2027-02-03\n\n去年來島旅客突破六百萬人次\n\n"
                            "交通部觀光署昨（2）日公佈2026年台灣入境旅遊統計。全年來台旅客約641.2萬人次，年增9.3%。"
                            "全台觀光旅館平均住用率約71.5%。")
    assert not wrong_holders(doc, obs, "台灣", "約641.2萬人次", "9.3%", "約71.5%")


def test_a_part_of_the_total_just_stated_and_of_a_park():
    doc, obs = observations("2026-11-02\n\n據業界估算，去年本澳遊戲美術外判服務出口約3.7億澳門元，按年增長19%，"
                            "霧港互娛約佔其中的4.1%。\n\n青嶼軟體園區前三季海外營收約88億元。園區內的岫嵐資通有限公司"
                            "海外營收約7.2億元，約佔園區海外營收的8.2%。")
    assert not wrong_holders(doc, obs, "本澳", "4.1%")
    assert not wrong_holders(doc, obs, "青嶼軟體園區", "8.2%")


def test_the_film_referred_back_holds_what_its_distributor_tells():
    doc, obs = observations("2026-08-11\n\n國片《霜渡》海外票房破新台幣兩億\n\n"
                            "發行商青禾國際昨（10）日表示，截至8月9日，該片在海外9個國家和地區累計票房約新台幣2.05億元。\n\n"
                            "該片去年11月在台上映，去年全年國內票房約新台幣1.12億元。")
    assert not wrong_holders(doc, obs, "霜渡", "約新台幣2.05億元", "約新台幣1.12億元")


def test_a_markets_own_size_is_the_markets():
    doc, obs = observations("2026-05-20\n\n研調：歐洲獨立遊戲市場去年規模逾40億歐元 台灣作品成長三成\n\n"
                            "研究機構星圖研究昨日發佈報告指出，去年歐洲獨立遊戲市場規模約41.3億歐元，年增8.2%。"
                            "分市場看，德國市場規模約9.6億歐元，佔歐洲的兩成三；法國約7.1億歐元，年減2.4%。")
    assert not wrong_holders(doc, obs, "歐洲", "約41.3億歐元", "8.2%", "兩成三")
    assert not wrong_holders(doc, obs, "德國", "約9.6億歐元")
    assert not wrong_holders(doc, obs, "法國", "約7.1億歐元", "2.4%")


def test_the_whole_city_after_a_part_of_it_or_a_body_of_it():
    doc, obs = observations("2027-01-15\n\n肇庆去年服务出口增一成五\n来源：肇庆市商务局网站\n\n"
                            "物流服务稳步增长。肇庆港全年完成集装箱吞吐量58.2万标箱。\n\n"
                            "入境过夜游客约31.4万人次，同比增长22%。四会市增速最快，同比增长36.5%。\n\n"
                            "截至去年底，全市有服务出口实绩的企业412家。")
    assert not wrong_holders(doc, obs, "肇庆", "约31.4万人次", "22%", "412家")
    doc, obs = observations("2026-09-20\n\n第三届中亚数字文化周在乌鲁木齐开幕\n\n"
                            "来自阿拉木图的展团规模最大。喀什市商务局数据显示，今年1-7月全市数字文化服务出口约3.25亿元。")
    assert not wrong_holders(doc, obs, "喀什市", "约3.25亿元")


def test_a_share_of_a_markets_total_and_of_a_region_referred_back():
    doc, obs = observations("2026-08-10\n\n报告：上半年国产手游海外收入增长\n\n"
                            "从单个市场看，韩国移动游戏市场上半年总收入约48.6亿美元，中国产品所占份额达到21.4%。\n\n"
                            "增速最快的是拉美。该地区移动游戏市场收入约12.7亿美元，同比增长17.2%，其中中国产品约占两成九。")
    assert not wrong_holders(doc, obs, "韩国", "约48.6亿美元", "21.4%")
    assert not wrong_holders(doc, obs, "拉美", "约12.7亿美元", "17.2%", "两成九")


def test_a_headline_that_describes_a_firm_is_about_the_firm_the_lead_names():
    doc, obs = observations("2026-04-02\n\n给海外动画“上色彩”：金华视效工作室去年海外收入增四成二\n本报记者 钱若溪\n\n"
                            "在金华一座旧纺织厂里，澜映视觉科技有限公司（以下简称“澜映视觉”）的四十多名美术师正在赶工。\n\n"
                            "“去年我们的营业收入大概是3,920万元。”澜映视觉创始人柯见山说。\n\n"
                            "据金华市商务局统计，去年全市动漫服务出口约1.86亿元，澜映视觉一家就占了约两成一。")
    assert not wrong_holders(doc, obs, "澜映视觉科技有限公司", "四成二")
    assert not wrong_holders(doc, obs, "金华市", "约两成一")
    assert not [o for o in obs if o.subject is not None and o.subject.surface in ("上色彩", "视效")]


def test_the_work_referred_back_after_the_firm_that_tells():
    doc, obs = observations("2025-11-01\n\n松岩网络前三季度营收增长\n\n"
                            "8月上线的仙侠手游《青冥录》是三季度的亮点。公司在接待机构调研时透露，该作海外版上线首月流水突破8,000万元。")
    assert not wrong_holders(doc, obs, "青冥录", "突破8,000万元")


def test_english_headlines_that_describe_a_firm_or_a_work():
    doc, obs = observations("2026-03-09\n\nYichang studio's rhythm game wins 410k players abroad\nBy Jo Pell\n\n"
                            "In a former tram depot in Yichang, the 21 developers of Cindergate Forge are finishing their third game. "
                            "\"Last year our revenue was about 27 million yuan,\" said founder Lu An.")
    assert not wrong_holders(doc, obs, "Cindergate Forge", "about 27 million yuan")
    doc, obs = observations("2026-05-02\n\nChinese folk opera draws nearly 52,000 spectators in South America\nBy Jo Pell\n\n"
                            "Moonfield Bells, a folk opera by the Qiaoshan Dance Theatre, ended its tour in Lima on Sunday. "
                            "Between March and April it drew about 51,800 spectators in four countries.\n\n"
                            "The troupe, which has 64 performers, earned 58% of its income abroad last year.")
    assert not wrong_holders(doc, obs, "Moonfield Bells", "nearly 52,000", "about 51,800", "four")
    assert not wrong_holders(doc, obs, "Qiaoshan Dance Theatre", "58%")


def test_english_shares_of_the_firm_or_the_park_referred_back_to():
    doc, obs = observations("2026-09-01\n\nAshvale Interactive Ltd said first-half revenue rose 22% to 640 million yuan. "
                            "Japan accounted for about 41% of the company's overseas revenue, Brazil for 13% and Mexico for 9%.\n\n"
                            "The Wuxi Huishan Software Park's offshore contracts reached $410 million in the first half. "
                            "Kestrel Data Services, the park's largest exporter, executed $63 million, about 15% of the park's total.")
    assert not wrong_holders(doc, obs, "Ashvale Interactive Ltd", "about 41%", "13%", "9%")
    assert not wrong_holders(doc, obs, "Wuxi Huishan Software Park", "about 15%")


def test_a_report_on_a_regions_market_and_shares_of_a_market():
    doc, obs = observations("2026-04-16\n\n研調：歐洲有聲書市場去年規模逾30億歐元 台灣作品授權增兩成\n\n"
                            "平台方面，「聲匣」以約18.4%的市佔率居首位。大陸平台在日本的市佔率約兩成三。\n\n"
                            "報告估計，去年底歐洲有聲書付費用戶約4,120萬人。")
    assert not wrong_holders(doc, obs, "歐洲", "逾30億歐元", "約18.4%", "約4,120萬人")
    assert not wrong_holders(doc, obs, "日本", "約兩成三")


def test_districts_listed_together_and_pavilions_hold_their_figures():
    doc, obs = observations("2026-03-20\n\n新北市經發局公佈數位內容產業計畫。蘆洲區與五股區為兩大聚落，"
                            "分別設定2028年海外產值18億元與11億元的目標。\n\n"
                            "9月8日，第五届中阿数字文化博览会开幕。境外展区中，卡塔尔馆规模最大，共有37家企业参展。")
    assert not wrong_holders(doc, obs, "蘆洲區", "18億元")
    assert not wrong_holders(doc, obs, "五股區", "11億元")
    assert not wrong_holders(doc, obs, "卡塔尔馆", "37家")
    assert by_surface(doc, obs, "37家").period is None  # counted at the fair, not on its opening day


def test_english_a_headline_source_a_part_of_a_total_an_app_run_by_and_a_performing_company():
    doc, obs = observations("2026-05-14\n\nChinese webtoon apps earn $233m abroad in first quarter, up 31%: Lumenry\n"
                            "By Cass Yule\n\nChinese-owned webtoon apps earned about $233 million outside mainland China in the "
                            "first quarter, according to app-data firm Lumenry Analytics.\n\n"
                            "Among individual apps, Inkpetal, run by Hangzhou-based Quire Technology, ranked first with "
                            "revenue of $61 million, up 27%.")
    assert by_surface(doc, obs, "$233m").subject is None or by_surface(doc, obs, "$233m").subject.surface != "Lumenry"
    assert not wrong_holders(doc, obs, "Inkpetal", "$61 million", "27%")
    doc, obs = observations("2026-10-20\n\nKunming's commerce bureau says the city's design exports reached about 240 "
                            "million yuan in the first three quarters, up 18%, with Larkspur Atelier Ltd accounting for about 7%.")
    assert not wrong_holders(doc, obs, "Kunming", "about 7%")
    doc, obs = observations("2026-06-02\n\nMoonfield Bells, a folk opera by the Qiaoshan Dance Theatre, toured Chile. "
                            "Ning said the company expects overseas income to exceed 40 million yuan this year.")
    assert not wrong_holders(doc, obs, "Qiaoshan Dance Theatre", "exceed 40 million yuan")


def test_english_speakers_of_a_firm_or_a_company_and_what_a_relative_clause_did():
    doc, obs = observations("2026-07-03\n\nPuzzle game sells well in Spain\n\nThe studio's first game, Quartz Garden, sold "
                            "well. \"Our sales of the boxed edition in Spain came to about €0.82 million last year,\" said "
                            "Ines Varga of Tallowbrook Publishing, which distributes the game's physical version.")
    assert not wrong_holders(doc, obs, "Tallowbrook Publishing", "about €0.82 million")
    doc, obs = observations("2026-05-02\n\nMoonfield Bells, a folk opera by the Qiaoshan Dance Theatre, ended its tour in Lima. "
                            "It was organised with the China Association of Performing Arts.\n\n"
                            "\"South America is now more than a quarter of our overseas bookings,\" said artistic director "
                            "Wen Qiu.")
    assert not wrong_holders(doc, obs, "Qiaoshan Dance Theatre", "more than a quarter")
    doc, obs = observations("2026-06-20\n\nChinese studios signed 41 deals at the Annecy festival in 2026.\n\n"
                            "The largest single deal went to Tallow Reed Animation, a Xiamen studio, which "
                            "agreed a €2.1 million (about 17 million yuan) co-production with a Belgian broadcaster.")
    assert not wrong_holders(doc, obs, "Tallow Reed Animation", "€2.1 million", "about 17 million yuan")
    assert by_surface(doc, obs, "€2.1 million").period is None  # a deal, of no period
    assert by_surface(doc, obs, "about 17 million yuan").period is None  # the same amount converted


def test_a_pavilion_named_with_this_year_counts_at_the_fair():
    doc, obs = observations("2026-04-30\n\n第十四屆澳門旅遊博覽會昨日閉幕。\n\n東盟國家館今年規模最大，"
                            "來自9個東盟國家的82家機構參展。相較之下，泰國展區僅有15家業者參展。")
    assert not wrong_holders(doc, obs, "東盟國家館", "9個東盟國家", "82家")
    assert not wrong_holders(doc, obs, "泰國展區", "15家")
    assert by_surface(doc, obs, "82家").period is None


def test_an_answer_in_a_transcript_is_about_what_the_question_asked():
    doc, obs = observations("2026-12-05\n\n松屿网络答投资者问\n\n"
                            "投资者问：贵公司旗下海外漫画平台“卷舒”11月的付费用户情况如何？松屿网络答：11月付费用户约21.3万人，"
                            "环比增长9%。\n\n投资者问：短剧应用“屿影”在拉美表现如何？松屿网络答：截至11月底，当地累计下载量约840万次。\n\n"
                            "投资者问：公司前三季度海外收入如何？松屿网络答：前三季度海外业务收入约3.18亿元，同比增长27%。\n\n"
                            "投资者问：与韩国出版社的合作进展？松屿网络答：公司已与韩国4家出版社建立合作。")
    assert not wrong_holders(doc, obs, "卷舒", "约21.3万人", "9%")
    assert not wrong_holders(doc, obs, "屿影", "约840万次")
    assert not wrong_holders(doc, obs, "松屿网络", "约3.18亿元", "27%")
    assert not [o for o in obs if o.subject is not None and o.subject.surface.startswith("4家")]


def test_a_relative_clause_a_firms_first_word_and_a_regions_apps():
    doc, obs = observations("2026-08-20\n\nBellwharf Travel's first-half profit doubles\nBy Ana Ruiz\n\n"
                            "Bellwharf Travel Holdings (HKEX: 2291), which runs tours in mainland China for foreign visitors, "
                            "reported revenue of 820 million yuan for the six months ended June 30. "
                            "Bellwharf had 640 staff at the end of June.")
    assert not wrong_holders(doc, obs, "Bellwharf Travel Holdings", "820 million yuan")
    o = by_surface(doc, obs, "640")
    assert o.subject is not None and (o.subject.canonical or o.subject.surface) == "Bellwharf Travel Holdings"
    doc, obs = observations("2026-11-02\n\n第三季台港澳有聲書App營收年增一成二\n\n"
                            "分App看，韓系「聽舟」以約18.2%的市佔率居首位；本土「聲嶼」排名由第五名升至第三名。\n\n"
                            "《霧城》台港澳伺服器月活躍玩家約48萬名。")
    assert not wrong_holders(doc, obs, "台港澳", "一成二", "約18.2%")
    assert not wrong_holders(doc, obs, "聽舟", "居首位")
    assert not wrong_holders(doc, obs, "聲嶼", "排名由第五名升至第三名")
    assert not wrong_holders(doc, obs, "霧城", "約48萬名")


def test_an_app_owned_by_a_firm_and_a_period_word_that_names_no_firm():
    doc, obs = observations("2026-07-09\n\nSpending on Chinese apps in Mexico rose 33% to $41 million.\n\n"
                            "Pictova, owned by Xiamen-based Lanhe Software, ranked No. 1 with revenue of $19.8 million, up 64%.")
    assert not wrong_holders(doc, obs, "Pictova", "No. 1", "$19.8 million", "64%")
    doc, obs = observations("2025-08-28\n\n卷雲傳媒集團有限公司（股份代號：2391）昨日公佈中期業績，期內收益約3.12億港元，按年增長9.4%。"
                            "版權授權方面，期內集團共售出海外版權211種。期內集團毛利率約三成八。")
    assert not wrong_holders(doc, obs, "卷雲傳媒集團有限公司", "約3.12億港元", "9.4%", "211種")


def test_interviews_whose_question_names_the_holder():
    doc, obs = observations("2026-09-02\n\n专访禾页教育董事长\n\n"
                            "记者：旗下App“禾语”在南美推广得怎么样？柏临川：上半年它在南美的下载量约31万次，同比增长1.8倍。")
    assert not wrong_holders(doc, obs, "禾语", "约31万次", "1.8倍")
    doc, obs = observations("2026-03-15\n\nTalking to Brightmoor Technology's chief\n\n"
                            "Q: How is Brightmoor Oman, your Muscat subsidiary, doing? A: It earned 86 million yuan last year "
                            "and now has 41 staff.")
    assert not wrong_holders(doc, obs, "Brightmoor Oman", "86 million yuan", "41")


def test_a_holidays_days_date_the_article_and_its_year_earlier():
    doc, obs = observations("2026-10-10\n\n国庆假期枫溪入境消费增长逾三成\n本报记者 林岚\n\n"
                            "枫溪市文旅局10月9日发布，国庆假期（10月1日至8日），全市接待入境游客约2.46万人次，同比增长27.3%。\n\n"
                            "从消费结构看，购物约占入境游客消费的四成一；住宿占比由去年同期的14.2%提高到17.5%。\n\n"
                            "全市涉外酒店平均入住率达83.1%，比去年同期提高5.2个百分点。")
    for surface in ("约2.46万人次", "27.3%", "四成一", "17.5%", "83.1%", "5.2个百分点"):
        assert by_surface(doc, obs, surface).period.label == "2026-10-01/2026-10-08", surface
    assert by_surface(doc, obs, "27.3%").comparison_period == "2025-10-01/2025-10-08"
    assert by_surface(doc, obs, "14.2%").period.label == "2025-10-01/2025-10-08"
    doc, obs = observations("2026-05-07\n\nRiverton draws visitors over May Day\nBy Ada Lin\n\n"
                            "Overseas visitors made about 12,300 trips to Riverton during the May Day holiday, from May 1 to 5, "
                            "up 22.4 percent from the same period last year.\n\nHotels averaged 81.6 percent occupancy.")
    for surface in ("about 12,300", "22.4 percent", "81.6 percent"):
        assert by_surface(doc, obs, surface).period.label == "2026-05-01/2026-05-05", surface
    assert by_surface(doc, obs, "22.4 percent").comparison_period == "2025-05-01/2025-05-05"


def test_the_days_an_event_was_held_are_no_period_of_its_figures():
    doc, obs = observations("2026-12-02\n\n9月4日至9日，第二届云溪杯电竞邀请赛在云溪体育馆举行，来自17个国家或地区的战队参赛。"
                            "本届赛事奖金池为540万元。\n\n赛事期间全市星级酒店平均入住率达87.2%。")
    for surface in ("17个国家或地区", "540万元", "87.2%"):
        p = by_surface(doc, obs, surface).period
        assert p is None or "/" not in p.label, surface


def test_a_month_singled_out_leaves_the_reported_period_to_what_follows():
    doc, obs = observations("2026-11-20\n\n前10月岭州服务贸易增长一成三\n\n"
                            "今年1-10月，岭州市服务进出口总额212.4亿美元，同比增长13.2%。\n\n"
                            "从单月看，10月全市服务进出口23.8亿美元，同比增长15.1%。\n\n"
                            "分领域看，旅行服务进出口61.7亿美元，增长21.9%。")
    assert by_surface(doc, obs, "23.8亿美元").period.label == "2026-10"
    for surface in ("61.7亿美元", "21.9%"):
        assert by_surface(doc, obs, surface).period.label == "2026-01/2026-10", surface
    assert by_surface(doc, obs, "21.9%").comparison_period == "2025-01/2025-10"
    doc, obs = observations("2026-08-21\n\nHalden services trade grows\n\n"
                            "Services trade in Halden grew 11.8 percent to $9.42 billion in the first seven months of 2026.\n\n"
                            "In July alone, services trade reached $1.48 billion, up 4.1 percent from June, the fastest monthly "
                            "pace so far this year.\n\nTravel accounted for $2.71 billion, or about 29 percent of the total.")
    assert by_surface(doc, obs, "$1.48 billion").period.label == "2026-07"
    assert by_surface(doc, obs, "4.1 percent").comparison_period == "2026-06"
    for surface in ("$2.71 billion", "about 29 percent"):
        assert by_surface(doc, obs, surface).period.label == "2026-01/2026-07", surface


def test_a_week_against_the_week_before():
    doc, obs = observations("2027-03-20\n\n《霜港》海外觀看時數\n\n"
                            "第二週（3月9日至15日）觀看時數約218萬小時，週增12.4%。")
    o = by_surface(doc, obs, "12.4%")
    assert (o.period.label, o.comparison_period) == ("2027-03-09/2027-03-15", "2027-03-02/2027-03-08")
    doc, obs = observations("2026-11-12\n\nOver the weekend of Nov. 6-8 the film earned $1.2 million, down 18% from the "
                            "previous weekend.")
    o = by_surface(doc, obs, "18%")
    assert (o.period.label, o.comparison_period) == ("2026-11-06/2026-11-08", "2026-10-30/2026-11-01")


def test_the_day_something_was_said_dates_no_figure():
    doc, obs = observations("2026-05-13\n\n《北渡口》翻拍权售出三国\n\n"
                            "澄川影业5月12日宣布，旗下剧集《北渡口》的翻拍权已售予三个国家的制作公司，版权费合计约412万美元。")
    for surface in ("三个国家", "约412万美元"):
        p = by_surface(doc, obs, surface).period
        assert p is None or p.label != "2026-05-12", surface


def test_a_multiples_base_and_a_deals_signing_month():
    doc, obs = observations("2026-03-20\n\nHollin Design Group signed overseas contracts worth 8.2 billion yuan in 2025. "
                            "Contracts in Africa reached 0.9 billion yuan, 3.1 times the previous year's level. "
                            "The largest was a 0.61 billion yuan contract for a port in Mombasa, signed in October, the "
                            "company said.\n\nHollin's total revenue rose 9.7 percent to 5.4 billion yuan.")
    o = by_surface(doc, obs, "3.1 times")
    assert (o.period.label, o.comparison_period) == ("2025", "2024")
    p = by_surface(doc, obs, "0.61 billion yuan").period
    assert p is None or p.label != "2025-10"  # signed then: not the month its value is of
    assert by_surface(doc, obs, "9.7 percent").period.label == "2025"
    doc, obs = observations("2026-08-07\n\nOverseas contracts signed in the first half totalled 2.3 billion yuan, Hollin said.")
    assert by_surface(doc, obs, "2.3 billion yuan").period.label == "2026-H1"


def test_a_quarter_singled_out_in_a_list_leaves_the_year_to_the_next_item():
    doc, obs = observations("2027-03-18\n\n去年數位內容業海外營收成長\n經濟部統計處新聞稿\n\n"
                            "統計處17日發佈去年數位內容產業統計。去年業者海外營收約新台幣842億元，年增11%。\n\n"
                            "一、漫畫業：海外營收約新台幣57億元，年增19%；其中第四季的海外營收季增6%。\n\n"
                            "二、配音業：海外營收約新台幣12億元，年增33%。")
    for surface in ("約新台幣57億元", "19%", "約新台幣12億元", "33%"):
        assert by_surface(doc, obs, surface).period.label == "2026", surface
    o = by_surface(doc, obs, "6%")
    assert (o.period.label, o.comparison_period) == ("2026-Q4", "2026-Q3")


def test_english_growth_on_the_same_period_of_a_year():
    doc, obs = observations("2027-07-10\n\nChinese web novels earned an estimated $1.46 billion abroad in the first half of "
                            "2027, up 12 percent on the same period of 2026, trackers said.")
    o = by_surface(doc, obs, "12 percent")
    assert (o.period.label, o.comparison_period) == ("2027-H1", "2026-H1")


def test_interim_results_are_the_first_half():
    doc, obs = observations("2026-08-28\n\n栖梧科技8月27日晚间发布2026年中期业绩，跨境支付收入约3.61亿元，同比增长14.2%。")
    assert by_surface(doc, obs, "约3.61亿元").period.label == "2026-H1"


def test_a_year_that_scopes_a_superlative_and_a_month_from_which_date_nothing_after_them():
    doc, obs = observations("2026-09-16\n\n《松涛》海外票房\n\n"
                            "截至9月14日，动画电影《松涛》海外票房约2,140万美元，成为今年海外票房最高的国产动画电影。\n\n"
                            "8月起，该片陆续在北美、日本等17个国家和地区上映。\n\n北美市场票房约830万美元，约占其海外票房的38.8%。")
    for surface in ("约830万美元", "38.8%"):
        assert by_surface(doc, obs, surface).period.label == "2026-09-14", surface


def test_the_price_of_a_purchase_takes_no_period_from_before():
    doc, obs = observations("2026-03-02\n\n去年全国游戏海外收入增长。去年12月，多款新作上线。\n\n"
                            "从甲公司以412亿美元收购乙公司，到丙公司布局云游戏，行业格局加速变化。")
    assert by_surface(doc, obs, "412亿美元").period is None
    doc, obs = observations("2026-03-02\n\nStudios earned more in 2025.\n\nHollowpine acquired the studio for $1.2 billion, "
                            "it said.")
    assert by_surface(doc, obs, "$1.2 billion").period is None


def test_a_year_that_only_sets_the_scene_is_not_the_period_a_month_leaves():
    doc, obs = observations("2026-05-06\n\n苗栗縣首季觀光收入年增近兩成\n\n"
                            "今年龍舟邀請賽上月落幕。賽事期間報名的境外選手約2,360人次。\n\n"
                            "賽事期間通霄鎮旅宿平均住房率達91.2%。")
    p = by_surface(doc, obs, "91.2%").period
    assert p is None or p.label != "2026"


def test_the_longest_slot_of_the_year_is_no_period_of_what_follows():
    doc, obs = observations("2026-10-20\n\n澄波影业海外票房\n\n"
                            "暑期档（6月1日至8月31日）是全年最长的档期。澄波影业暑期档发行影片的海外票房合计约1,730万美元，同比增长28%。")
    o = by_surface(doc, obs, "约1,730万美元")
    assert o.period.label == "2026-06/2026-08"


def test_a_plans_targets_after_its_year_but_not_its_caps():
    doc, obs = observations("2026-02-10\n\n海州文创规划订2030年目标\n\n"
                            "市政府昨日公布规划，提出到2030年，全市文创产业增加值力争达到约62亿元。\n\n"
                            "分领域看，规划提出动漫企业数目由2024年底的约40家增至90家以上。\n\n"
                            "为落实规划，单个项目资助最高150万元。")
    assert by_surface(doc, obs, "90家以上").period.label == "2030"
    assert by_surface(doc, obs, "最高150万元").period is None


def test_a_stock_against_last_years_end_is_counted_at_this_years_end():
    doc, obs = observations("2026-03-28\n\n栖霞书局披露2025年年度报告。\n\n公司英文平台的海外机构用户达到640家，较上年末增加58家。")
    assert by_surface(doc, obs, "640家").period.label == "2025-12-31"
    o = by_surface(doc, obs, "58家")
    assert (o.period.label, o.comparison_period) == ("2025-12-31", "2024-12-31")


def test_a_troupe_tours_with_a_work_and_a_tour_stop_is_where_not_whose():
    doc, obs = observations("2031-08-02\n\n青漪舞团欧洲演出观众逾五千\n记者 沈若川\n\n今年夏天，青漪舞团以新编舞剧《溪山行旅》赴英国巡演，"
                            "演出9场，观众约5,200人次，平均上座率91.2%。\n\n随后的巡演中，第二站格拉斯哥观众约1,900人次。")
    assert not wrong_holders(doc, obs, "青漪舞团", "约5,200人次", "91.2%")
    held = by_surface(doc, obs, "约1,900人次").subject
    assert held is None or held.surface != "格拉斯哥"


def test_a_short_name_after_yixia_jiancheng_stays_the_holder():
    doc, obs = observations("2031-05-06\n\n临川数据科技股份有限公司（以下简称“临川数据”）公布，今年一季度临川数据海外收入约1.26亿元，"
                            "同比增长31%。")
    assert not wrong_holders(doc, obs, "临川数据", "约1.26亿元", "31%")


def test_the_year_of_the_last_survey_is_the_base_not_the_period():
    doc, obs = observations("2031-10-09\n\n这份行业普查的数据均以2030年为准。在受访的旅行社中，开通线上签证代办服务的占64.2%，"
                            "较上一次普查（2027年）上升11.8个百分点；设有海外门店的占7.5%。")
    assert by_surface(doc, obs, "64.2%").period.label == "2030"
    points = by_surface(doc, obs, "11.8个百分点")
    assert points.period.label == "2030" and points.comparison_period == "2027"
    assert by_surface(doc, obs, "7.5%").period.label == "2030"
    doc, obs = observations("2031-10-09\n\nThe census covers 2030. Around 54 percent of the agencies polled offered online visa "
                            "help, against 37 percent in the previous survey in 2027.")
    assert by_surface(doc, obs, "Around 54 percent").period.label == "2030"
    assert by_surface(doc, obs, "37 percent").period.label == "2027"


def test_a_later_clauses_forecast_year_dates_only_the_forecast():
    doc, obs = observations("2031-03-02\n\n配音业务收入增长19%，多数受访企业预计明年业务量将继续增长。")
    assert by_surface(doc, obs, "19%").period is None
    doc, obs = observations("2031-03-02\n\nRevenue from dubbing grew 19 percent, and most respondents said they expect more work "
                            "next year.")
    assert by_surface(doc, obs, "19 percent").period is None
    doc, obs = observations("2031-03-02\n\n预计明年配音业务收入增长19%。")
    assert by_surface(doc, obs, "19%").period.label == "2032"


def test_a_school_referred_back_to_holds_its_figures():
    doc, obs = observations("2031-11-03\n\n云岭物流携手职业院校培养跨境人才\n记者 钱若溪\n\n云岭物流昨日与岚州职业技术学院签约，共建跨境物流"
                            "订单班。\n\n学院今年招收订单班学员310名，同比增长52%。该校留学生学费收入约2,150万元。")
    assert not wrong_holders(doc, obs, "岚州职业技术学院", "310名", "52%", "约2,150万元")


def test_qizhong_guoji_names_no_china_and_a_store_chart_holds_nothing():
    doc, obs = observations("2031-02-11\n\n滨海邮轮旅客去年增四成\n记者 何嘉琳\n\n本市去年共举办展会216个，同比增长19%，"
                            "其中国际展会数目同比增加26%。")
    held = by_surface(doc, obs, "26%").subject
    assert held is None or held.surface not in ("中国", "中國")
    doc, obs = observations("2031-09-03\n\n《雾川行者》欧洲表现亮眼\n记者 周砚\n\n《雾川行者》进入欧洲市场后表现亮眼，曾在德国Google Play"
                            "畅销榜排名第五。")
    assert by_surface(doc, obs, "排名第五").subject.surface == "雾川行者"
    doc, obs = observations("2031-09-03\n\nGanlu Interactive released its role-playing game Mistriver Walker in August. In its "
                            "debut week the game climbed to fourth place on Steam's best-seller chart for Europe.")
    held = by_surface(doc, obs, "fourth").subject
    assert held is None or held.surface != "Steam"  # the chart it ranked on, not whose place


def test_a_channels_launch_year_and_a_characters_birth_year_date_nothing_after():
    doc, obs = observations("2031-09-23\n\n岚音频道2023年开播，海外观众近年快速增长。截至8月底，频道海外订户约86万，较去年底增加19万。")
    assert by_surface(doc, obs, "约86万").period.label == "2031-08-31"
    doc, obs = observations("2031-09-23\n\n插畫角色「麥芽熊」2027年誕生，眼下已與18個本地品牌合作推出聯名商品，去年授權收入約新台幣3,600萬元。")
    assert by_surface(doc, obs, "18個").period.label == "2031-09-23"  # now, not the birth year nor last year
    assert by_surface(doc, obs, "約新台幣3,600萬元").period.label == "2030"


def test_the_scope_of_a_record_since_a_year_is_carried_to_no_one():
    doc, obs = observations("2031-01-18\n\n市旅游局昨日通报，2030年全市接待入境过夜游客约412万人次，同比增长18%，创2026年以来最高。\n\n"
                            "其中来自欧洲的游客同比增长23%，人均停留约4.6晚。")
    assert by_surface(doc, obs, "23%").period.label == "2030"


def test_a_tours_base_year_after_a_possessive_and_a_legs_days_after_an_opening():
    doc, obs = observations("2031-04-02\n\nThe Qiantang Shadow Theatre toured Portugal last month. From March 2 to March 26 its "
                            "production Lantern Tide played to about 12,700 people, 15 percent more than the company's 2028 visit. "
                            "Lisbon opened the run (March 2-6). Porto (March 9-13) welcomed about 2,800 visitors.")
    growth = by_surface(doc, obs, "15 percent")
    assert growth.period.label == "2031-03-02/2031-03-26" and growth.comparison_period == "2028"
    assert by_surface(doc, obs, "about 2,800").period.label == "2031-03-09/2031-03-13"


def test_the_quarter_to_september_of_the_current_fiscal_year_is_the_september_past():
    doc, obs = observations("2031-10-20\n\nThe studio's sales for the fiscal year ended June 30, 2031 were HK$412 million. The first "
                            "quarter of its current fiscal year, the three months to September 30, brought sales of HK$118 million, "
                            "up 14 percent from a year earlier.")
    assert by_surface(doc, obs, "HK$118 million").period.label == "2031-Q3"
    assert by_surface(doc, obs, "14 percent").comparison_period == "2030-Q3"


def test_a_first_week_after_a_dated_launch_and_a_market_named_like_a_month():
    doc, obs = observations("2031-12-05\n\nDuskline, a tactics game by Jinhua studio Copperleaf, sold 640,000 copies in the first "
                            "week after its Oct. 30 release, according to the developer. Its first-week revenue was roughly $14 "
                            "million. In November, the game earned $9.8 million.")
    assert by_surface(doc, obs, "640,000").period is None
    assert by_surface(doc, obs, "roughly $14 million").period is None
    assert by_surface(doc, obs, "$9.8 million").period.label == "2031-11"
    doc, obs = observations("2031-05-26\n\nThe documentary found buyers in 9 territories at the Marché du Film, its producer said. "
                            "It reached No. 3 on a Belgian streaming chart in April, then took in roughly EUR 900,000 over its "
                            "first year.")
    found = by_surface(doc, obs, "9")
    assert found.period is None or found.period.label != "2031-03"  # no March in Marché
    assert by_surface(doc, obs, "No. 3").period.label == "2031-04"  # the window is the later figure's


def test_cash_held_is_money_in_the_articles_own_dollar():
    doc, obs = observations("2031-08-28\n\n截至2031年6月30日止半年度，公司營業額約1.86億港元。期末公司賬上現金約2.75億，員工約260人。")
    cash = by_surface(doc, obs, "約2.75億")
    assert cash.quantity.unit == "CCY_HKD" and cash.quantity.unit_implicit



def test_an_article_in_taiwans_market_words_counts_bare_yuan_in_new_taiwan_dollars():
    doc, obs = observations("2032-05-20\n\n宏昇投顧：雲杉互動首季賺逾3元\n財經日報（記者 江采薇）\n\n"
                            "宏昇投顧發布報告，看好上櫃手遊公司雲杉互動：今年首季營收12.35億元，年增18%；每股盈餘3.08元。"
                            "以15倍本益比估算，目標價上調至236元（原為205元）。")
    for surface in ("逾3元", "12.35億元", "3.08元", "236元", "205元"):
        assert by_surface(doc, obs, surface).quantity.unit == "CCY_TWD", surface
    # the same words in an article that names the yuan leave it the yuan
    doc, obs = observations("2032-05-20\n\n報告以15倍本益比估值，雲杉互動去年在大陸的營收為人民幣2.4億元，今年首季營收1.1億元。")
    assert by_surface(doc, obs, "1.1億元").quantity.unit == "CCY_CNY"


def test_a_span_of_years_gives_each_figure_of_its_list_its_own_year():
    doc, obs = observations("2032-04-10\n\n据招股书，2029年至2031年，澄川动画的收入分别为3.05亿元、4.27亿元和5.96亿元。"
                            "券商预计该公司2032年至2034年营收分别为7.1亿元、8.3亿元、9.4亿元。")
    got = [by_surface(doc, obs, s).period.label for s in ("3.05亿元", "4.27亿元", "5.96亿元", "7.1亿元", "8.3亿元", "9.4亿元")]
    assert got == ["2029", "2030", "2031", "2032", "2033", "2034"]
    # a span whose years do not match the list's length stays the span
    doc, obs = observations("2032-04-10\n\n2026年至2031年，两家公司的累计收入分别为3亿元和5亿元。")
    assert by_surface(doc, obs, "3亿元").period.label == "2026/2031"


def test_the_same_days_last_year_is_the_base_of_a_holiday_and_a_peak_day_does_not_end_it():
    doc, obs = observations("2032-02-20\n\nPinepay wallet users paid about 3.12 billion yuan to merchants overseas from February 8 "
                            "to 16, up 27 percent on the same days last year. Payments in Spain rose 52 percent.")
    rise = by_surface(doc, obs, "27 percent")
    assert rise.period.label == "2032-02-08/2032-02-16" and rise.comparison_period == "2031-02-08/2031-02-16"
    assert by_surface(doc, obs, "52 percent").period.label == "2032-02-08/2032-02-16"
    doc, obs = observations("2032-10-09\n\n今年中秋連假（10月3日至7日），經平台結算的港人海外消費約4.18億港元，按年增加21%。10月4日"
                            "單日消費逾一億港元，是整個連假消費最多的一天。\n\n赴日消費按年上升38%，佔總消費的16%。")
    assert by_surface(doc, obs, "38%").period.label == "2032-10-03/2032-10-07"
    assert not [o for o in obs if doc.source.text[o.start:o.end] == "一天"]  # which day it was, not a duration


def test_fiscal_years_named_by_their_end_once_the_text_says_when_they_end():
    doc, obs = observations("2032-09-14\n\nCoralbay Media reported revenue of 915 million yuan for the fiscal year ended June 30, "
                            "2032, up 24 percent. Revenue was 738 million yuan in fiscal 2031 and 612 million yuan in fiscal 2030.")
    assert by_surface(doc, obs, "738 million yuan").period.label == "2030-07/2031-06"
    assert by_surface(doc, obs, "612 million yuan").period.label == "2029-07/2030-06"


def test_a_surveys_figures_are_the_surveyed_places():
    doc, obs = observations("2032-05-10\n\n问卷：逾六成韩国短视频用户看过中国短剧\n远航周刊（记者 林一）\n\n"
                            "栖木研究院近日公布问卷结果，3月至4月间有2,537名韩国短视频用户作答。"
                            "\n\n作答者中61.4%看过中国短剧，较上一轮问卷多6.2个百分点。付费用户平均每月花费约9,800韩元。")
    assert wrong_holders(doc, obs, "韩国", "2,537名", "61.4%", "6.2个百分点", "约9,800韩元") == {}
    doc, obs = observations("2032-05-10\n\nSurvey: half of Canadian gamers play Chinese titles\nBy Nora Vale\n\n"
                            "Northgate Research questioned 3,118 adults in Canada for its gaming poll; 49.5 percent of them had "
                            "played a Chinese-made game in the past year.")
    assert wrong_holders(doc, obs, "Canada", "49.5 percent") == {}
    # an article that only cites a survey in passing keeps its holders
    doc, obs = observations("2032-05-10\n\n澄川动画去年营收4.3亿元。\n\n另据行业调查，韩国用户中有三成看过国产动画。")
    assert by_surface(doc, obs, "4.3亿元").subject.surface == "澄川动画"


def test_an_english_word_of_a_measure_loses_its_plural_s_only():
    from kg.extract.indicators import key_of

    assert key_of("tinkers", "en").key == key_of("tinker", "en").key
    assert "gross" in key_of("gross takings", "en").key.split("+")  # not "gro"
    assert "bonus" in key_of("bonus pool", "en").key.split("+")


def test_a_rates_share_indicator_is_labelled_as_the_rate():
    doc = doc_of("2032-03-01\n\n2031年澄川动画毛利率为44.6%，海外收入占比为37.2%。")
    res = resolve([doc], [extract(doc)])
    names = {lab for ind in res.indicators for lab, lang in ind.pref_labels if lang == "zh-Hans"}
    assert "毛利率" in names and not any(n.endswith("率占比") for n in names)


def test_an_english_amount_after_yuan_in_a_list_is_yuan_even_in_an_article_of_hong_kong_dollars():
    doc, obs = observations("2032-08-24\n\nHarbourline raised its target price for Dawnreach Media to HK$61.20. The broker now "
                            "expects revenue of 8.41 billion yuan this year, 9.93 billion next year and 11.07 billion in 2034.")
    assert [by_surface(doc, obs, s).quantity.unit for s in ("9.93 billion", "11.07 billion")] == ["CCY_CNY", "CCY_CNY"]
    assert by_surface(doc, obs, "8.41 billion yuan").period.label == "2032"  # "now expects": a forecast, not a stock


def test_a_mainland_writers_yuan_after_hong_kong_dollars_is_the_yuan():
    doc, obs = observations("2032-03-18\n\n澄川动画拟在港上市，计划募资约9.37亿港元。招股书援引的数据显示，2031年我国动画出海市场规模约为76.4亿元。")
    assert by_surface(doc, obs, "约为76.4亿元").quantity.unit == "CCY_CNY"
    doc, obs = observations("2032-03-18\n\n澄川動畫擬在港上市，計劃集資約9.37億港元，去年總收益約為6.4億元。")
    assert by_surface(doc, obs, "約為6.4億元").quantity.unit == "CCY_HKD"  # a Hong Kong writer's 元 after 港元


def test_fiscal_years_listed_before_the_day_that_ends_them():
    doc, obs = observations("2032-08-24\n\n截至2029年、2030年及2031年3月31日止三个财政年度，星河娱乐收益分别为1.2亿港元、1.5亿港元及1.9亿港元。")
    got = [by_surface(doc, obs, s).period.label for s in ("1.2亿港元", "1.5亿港元", "1.9亿港元")]
    assert got == ["2028-04/2029-03", "2029-04/2030-03", "2030-04/2031-03"]
    assert not [o for o in obs if doc.source.text[o.start:o.end] == "三个"]  # how many years, not a figure
    doc, obs = observations("2032-01-02\n\n回顾2031：出版业十件大事\n编辑部选出本年度出版业十件大事，其中动画电影《雾港》海外票房约3,200万美元。")
    assert [doc.source.text[o.start:o.end] for o in obs] == ["约3,200万美元"]


def test_an_alliance_referred_back_to_and_a_brokers_forecast_for_the_firm_of_its_note():
    doc, obs = observations("2032-06-10\n\n19家出版社共同发起的维权组织书卫联盟6月9日公布年度数据。\n\n"
                            "全年联盟共推动删除侵权电子书4.37万本，同比增长23%。")
    assert wrong_holders(doc, obs, "书卫联盟", "4.37万本", "23%") == {}
    doc, obs = observations("2032-11-05\n\n澄川证券11月4日发表研报，对雾岭网络（300519）重申“增持”评级。\n\n"
                            "澄川证券预测，公司2032年至2034年的收入将分别达到48.2亿元、57.9亿元和66.3亿元。")
    assert wrong_holders(doc, obs, "雾岭网络", "48.2亿元", "57.9亿元", "66.3亿元") == {}


def test_an_industry_surveys_figures_are_the_countrys():
    doc, obs = observations("2032-09-20\n\n翻译业调查：小微企业占多数\n译界周刊讯（记者 林一）\n\n"
                            "据翻译产业联盟的年度调研，2031年我国翻译行业营收合计约588.1亿元，比上年多9.7%。\n\n"
                            "联盟今年夏天共联系2,114家企业，收回983家企业的答卷。")
    assert wrong_holders(doc, obs, "我国", "2,114家", "983家") == {}


def test_a_base_after_a_comparative_and_a_valuation_multiple_has_no_base():
    doc, obs = observations("2032-08-30\n\nSecond-quarter sales climbed 19 percent from a year earlier to 1.82 billion yuan, and "
                            "were 6 percent higher than in the previous quarter. Its price target implies 27 times 2033E earnings.")
    assert by_surface(doc, obs, "6 percent").comparison_period == "2032-Q1"
    assert by_surface(doc, obs, "27 times").comparison_period is None
    doc, obs = observations("2032-11-05\n\n按2033E每股收益1.87元计，报告给出19倍市盈率的估值。")
    times = by_surface(doc, obs, "19倍")
    assert times.period.label == "2033" and times.comparison_period is None


def test_after_years_listed_back_the_text_goes_on_with_the_latest_and_a_previous_surveys_year_is_a_base():
    doc, obs = observations("2032-09-20\n\nCoralbay Media reported revenue of 915 million yuan for the fiscal year ended June 30, "
                            "2032, up 24 percent. Sales had been 738 million yuan in fiscal 2031 and 612 million yuan in fiscal 2030. "
                            "Its operating margin rose to 21.7 percent. It had 517 staff at the end of June.")
    assert by_surface(doc, obs, "21.7 percent").period.label == "2031-07/2032-06"
    assert by_surface(doc, obs, "517").period.label == "2032-06-30"
    doc, obs = observations("2032-08-19\n\nNorthgate polled 3,940 Canadian adults in the first half of 2032. Roughly 44 percent of "
                            "them had played a Chinese game in the period, up 6 percentage points from Northgate's previous survey in 2030.")
    points = by_surface(doc, obs, "6 percentage points")
    assert points.period.label == "2032-H1" and points.comparison_period == "2030"


def test_a_figure_after_an_earlier_state_and_the_fiscal_year_referred_back_to():
    doc, obs = observations("2031-08-04\n\nIn the fiscal year ended April 30, 2031, Larchmere Studios grew sales 17 percent to "
                            "1.46 billion yuan, earning 132 million yuan after a loss of 41 million yuan the year before.\n\n"
                            "During the fiscal year, buyers abroad made up 54 percent of sales, up from 37 percent two years earlier. "
                            "The average number of paying learners each month reached 318,000, 22 percent more than a year earlier.")
    fy = "2030-05/2031-04"
    growth = by_surface(doc, obs, "17 percent")
    assert growth.quantity.kind == "growth" and growth.period.label == fy
    assert by_surface(doc, obs, "132 million yuan").period.label == fy
    assert by_surface(doc, obs, "41 million yuan").period.label == "2029-05/2030-04"
    assert by_surface(doc, obs, "54 percent").period.label == fy
    earlier = by_surface(doc, obs, "37 percent")
    assert earlier.quantity.kind == "share" and earlier.period.label == "2028-05/2029-04"
    learners = by_surface(doc, obs, "318,000")
    assert learners.quantity.unit == "NUM" and learners.period.label == fy


def test_a_forecast_made_in_a_month_and_the_full_year_estimated_in_january():
    doc, obs = observations("2032-01-12\n\nFernhollow Games said it expects fourth-quarter revenue of 1.1 billion to 1.2 billion "
                            "yuan for the fourth quarter of 2031, above the 0.9 billion to 1 billion yuan it had forecast in October. "
                            "For the full year, Fernhollow now expects revenue of 3.9 billion to 4.1 billion yuan.")
    assert by_surface(doc, obs, "0.9 billion to 1 billion yuan").period.label == "2031-Q4"
    assert by_surface(doc, obs, "3.9 billion to 4.1 billion yuan").period.label == "2031"


def test_a_span_of_months_in_two_years_and_the_same_dates_last_year():
    doc, obs = observations("2032-05-06\n\nBetween April 2029 and August 2031, the seller shipped toys worth about $4.2 million "
                            "to buyers in 23 countries.")
    assert by_surface(doc, obs, "about $4.2 million").period.label == "2029-04/2031-08"
    doc, obs = observations("2032-05-06\n\nOakvale said listeners spent 318 million hours on its app between Jan. 1 "
                            "and April 12, up 27 percent on the same dates last year.")
    up = by_surface(doc, obs, "27 percent")
    assert up.period.label == "2032-01-01/2032-04-12" and up.comparison_period == "2031-01-01/2031-04-12"


def test_a_quarter_of_a_fiscal_year_not_over_is_of_the_year_before():
    doc, obs = observations("2032-06-15\n\nRivermoss said revenue rose 12 percent to 3.3 billion yuan in the fiscal year ended "
                            "March 31, 2032. Its share of sales abroad rose to 44 percent from 38 percent the year before.\n\n"
                            "In April-June, the opening fiscal quarter, sales abroad were 410 million yuan.")
    assert by_surface(doc, obs, "410 million yuan").period.label == "2031-Q2"


def test_the_current_period_the_quarter_just_ended_and_the_fiscal_year_before():
    doc, obs = observations("2032-01-21\n\n苇塘文化1月20日晚间披露2031年度业绩预告，预计净利润2.6亿元至2.9亿元。\n\n"
                            "上年同期，公司基本每股收益0.41元。本期基本每股收益预计为0.62元至0.70元。\n\n"
                            "报告期内，公司全年研发投入约1.1亿元。\n\n公司预计四季度单季净利润为0.8亿元至0.9亿元，上年同期为6,100万元。")
    assert by_surface(doc, obs, "0.41元").period.label == "2030"
    assert by_surface(doc, obs, "0.62元至0.70元").period.label == "2031"
    assert by_surface(doc, obs, "0.8亿元至0.9亿元").period.label == "2031-Q4"
    assert by_surface(doc, obs, "6,100万元").period.label == "2030-Q4"
    doc, obs = observations("2031-05-18\n\n松岬娱乐预期截至2031年3月31日止年度录得亏损约1.2亿港元，而上一财政年度则录得溢利约3,100万港元。"
                            "集团预期全年收益约5.1亿港元。")
    assert by_surface(doc, obs, "约3,100万港元").period.label == "2029-04/2030-03"
    assert by_surface(doc, obs, "约5.1亿港元").period.label == "2030-04/2031-03"


def test_the_past_years_end_with_the_year_reported_on_and_its_end_is_a_day():
    doc, obs = observations("2032-04-10\n\n各位股东：2031年，我们实现营业收入12.4亿元。\n\n"
                            "过去五年，我们的海外收入年均增长23%。年末员工2,290名；全年研发投入1.9亿元。")
    assert by_surface(doc, obs, "23%").period.label == "2027/2031"
    assert by_surface(doc, obs, "2,290名").period.label == "2031-12-31"
    assert by_surface(doc, obs, "1.9亿元").period.label == "2031"


def test_the_price_of_a_purchase_is_held_by_the_buyer():
    doc, obs = observations("2031-03-03\n\nRedfinch Interactive said it would buy 60 percent of Lisbon-based Corvo Studios for "
                            "€38.5 million in cash, plus up to €12 million in earn-out payments.")
    assert wrong_holders(doc, obs, "Redfinch Interactive", "€38.5 million", "up to €12 million") == {}


def test_a_funding_round_a_valuation_and_damages_have_no_period_of_their_own():
    doc, obs = observations("2031-05-14\n\n岩溪科技上半年营收增长四成。\n\n总部位于芜湖的岩溪科技昨日宣布完成1.86亿元B轮融资，投后估值约12.4亿元。")
    assert by_surface(doc, obs, "1.86亿元").period is None
    assert by_surface(doc, obs, "约12.4亿元").period is None
    doc, obs = observations("2031-05-14\n\nWUXI, May 13 - Brackenfield Labs has raised $27.5 million in a Series B round, valuing "
                            "the company at about $210 million. A court ordered Mossgate Trading to pay 9.2 million yuan in damages.")
    for surface in ("$27.5 million", "about $210 million", "9.2 million yuan"):
        assert by_surface(doc, obs, surface).period is None, surface


@pytest.mark.parametrize("text, surface, concept", [
    ("2031-05-14\n\n岩溪科技完成B轮融资，投后估值约12.4亿元。", "约12.4亿元", "valuation"),
    ("2031-05-14\n\nA new round values Brackenfield Labs at a valuation of $210 million.", "$210 million", "valuation"),
    ("2031-05-14\n\n法院判决被告赔偿原告经济损失1,460万元。", "1,460万元", "damages"),
    ("2031-05-14\n\n董事会建议派发末期股息每股0.18港元。", "0.18港元", "dividend"),
    ("2031-05-14\n\nShare buybacks totalled $21 million in 2030.", "$21 million", "buyback"),
    ("2031-05-14\n\n公司全年股份回购金额约1.64亿元。", "约1.64亿元", "buyback"),
    ("2031-05-14\n\n松石桌游新作的众筹金额约52.3万美元。", "约52.3万美元", "crowdfunding"),
    ("2031-05-14\n\n第十届岚江影展闭幕，展期内入场人次约4.7万。", "约4.7万", "admissions"),
    ("2031-05-14\n\n《霜桥》上线首月全球流水约3,100万美元。", "约3,100万美元", "billings"),
    ("2031-05-14\n\n本次可转债发行规模不超过6.8亿元。", "不超过6.8亿元", "convertible-bonds"),
    ("2031-05-14\n\n去年公司公益捐赠约1,420万元。", "约1,420万元", "donations"),
    ("2031-05-14\n\n第二季度机械键盘出货量约86万台。", "约86万台", "shipments"),
    ("2031-05-14\n\n韩国片商为该片支付的保底金约3.2亿韩元。", "约3.2亿韩元", "minimum-guarantee"),
    ("2031-05-14\n\n这部纪录片片长112分钟。", "112分钟", "running-time"),
    ("2031-05-14\n\n新作《潮鸣》全球预约人数已超过640万。", "超过640万", "pre-registrations"),
    ("2031-05-14\n\n每部作品的海外授权金平均约为2.4万美元。", "约为2.4万美元", "licensing-fees"),
    ("2031-05-14\n\n公司集装箱船队运力达到18.6万标箱。", "18.6万标箱", "capacity"),
    ("2031-05-14\n\n授权商品在欧洲的零售额约为1,900万欧元。", "约为1,900万欧元", "retail-sales"),
    ("2031-05-14\n\n該公司預估明年每股盈餘可達新台幣12.6元。", "新台幣12.6元", "earnings-per-share"),
    ("2031-05-14\n\n截至年末，公司应收账款余额约7.4亿元。", "约7.4亿元", "receivables"),
    ("2031-05-14\n\n管理人共收到申报债权约21.6亿元。", "约21.6亿元", "claims"),
    ("2031-05-14\n\n按重整计划，普通债权的综合清偿率约为31%。", "约为31%", "recovery-rate"),
    ("2031-05-14\n\n截至6月底，集团负债总额约58亿港元。", "约58亿港元", "liabilities"),
    ("2031-05-14\n\n收盘后，公司总市值约412亿元。", "约412亿元", "market-value"),
    ("2031-05-14\n\n期末货币资金约9.3亿元。", "约9.3亿元", "cash"),
    ("2031-05-14\n\n文化部為此計畫編列新台幣8.6億元。", "新台幣8.6億元", "budget"),
    ("2031-05-14\n\n董事會決議買回庫藏股上限為新台幣5億元。", "新台幣5億元", "buyback"),
    ("2031-05-14\n\n县政府已拨付纾困资金约2,800万元。", "约2,800万元", "relief-funds"),
    ("2031-05-14\n\n截至昨日，国庆连假的订房率约为六成一。", "约为六成一", "booking-rate"),
    ("2031-05-14\n\n演唱会延期后，退票率约为两成三。", "约为两成三", "cancellation-rate"),
    ("2031-05-14\n\n公司承诺未来三年的派息比率不低于四成。", "不低于四成", "payout-ratio"),
    ("2031-05-14\n\n该项补助去年的预算执行率约为88%。", "约为88%", "execution-rate"),
    ("2031-05-14\n\n省里安排的专项资金累计约3.6亿元。", "约3.6亿元", "special-funds"),
    ("2031-05-14\n\n新投资者的认购金额约为4.1亿港元。", "约为4.1亿港元", "share-subscription"),
    ("2031-05-14\n\n该股当日换手率约为18%。", "约为18%", "turnover-rate"),
])
def test_glossary_concepts_of_deals_and_returns(text, surface, concept):
    doc, obs = observations(text)
    assert concept in by_surface(doc, obs, surface).indicator.split("+")


def test_what_was_counted_since_a_day_is_of_the_days_to_its_end_and_a_multiple_of_a_figure_has_no_base():
    doc, obs = observations("2031-09-03\n\n桌游《潮汐商路》众筹收官\n\n《潮汐商路》在众筹平台上的众筹活动于8月30日收官。活动自7月28日开启，"
                            "共吸引12,380名支持者，筹得约66.8万美元，是4万美元目标金额的17倍以上。")
    assert by_surface(doc, obs, "约66.8万美元").period.label == "2031-07-28/2031-08-30"
    times = by_surface(doc, obs, "17倍以上")
    assert times.period.label == "2031-07-28/2031-08-30" and times.comparison_period is None
    doc, obs = observations("2031-09-03\n\nSince its launch the app has grown fast. 该应用自6月2日上线以来累计下载量达86万次。")
    assert by_surface(doc, obs, "86万次").period.label == "2031-06-02/2031-09-03"
    doc, obs = observations("2031-12-04\n\nBackers pledged $960,000 in 2031, nearly 24 times its $40,000 goal.")
    assert by_surface(doc, obs, "nearly 24 times").comparison_period is None


def test_a_target_price_an_offer_price_and_planned_proceeds_have_no_period_of_the_sentences_before():
    doc, obs = observations("2031-08-20\n\n芦溪网络二季度营收同比增长18%。\n\n券商将芦溪网络目标价由36.2元上调至44.8元。"
                            "公司拟募资约6.2亿港元，发售价区间为每股12港元至15港元。")
    for surface in ("36.2元", "44.8元", "约6.2亿港元", "12港元至15港元"):
        assert by_surface(doc, obs, surface).period is None, surface
    doc, obs = observations("2031-08-20\n\nKestrel Audio's second-quarter revenue rose 12 percent. Analysts raised their target "
                            "price to HK$61.20 from HK$52.80.")
    assert by_surface(doc, obs, "HK$61.20").period is None


def test_a_second_list_after_the_same_periods_pairs_with_them():
    doc, obs = observations("2031-10-20\n\n招股书显示，2028年、2029年及2030年，岚川互娱收益分别为1.36亿港元、1.87亿港元及2.58亿港元，"
                            "同期纯利分别为1,160万港元、1,980万港元及2,630万港元。")
    assert [by_surface(doc, obs, x).period.label for x in ("1,160万港元", "1,980万港元", "2,630万港元")] == ["2028", "2029", "2030"]


def test_markets_taking_a_share_of_a_total_named_by_its_measure_are_not_its_holder():
    doc, obs = observations("2031-01-20\n\n去年首三季澳门创意产品出口约116亿澳门元，按年增长7%。\n\n"
                            "其一，市场过度集中。内地与东南亚合共占出口近六成。")
    total = by_surface(doc, obs, "约116亿澳门元")
    assert total.subject is not None
    assert by_surface(doc, obs, "近六成").subject.text == total.subject.text


def test_a_headlines_bare_yuan_is_the_money_the_body_names_first():
    doc, obs = observations("2031-04-14\n\n文化部拟要求串流平台投资本土内容 估每年挹注逾24亿元\n本报记者 林岚\n\n"
                            "草案估计，平台每年将投入逾新台币24亿元制作本土影视内容。")
    assert by_surface(doc, obs, "逾24亿元").quantity.unit == "CCY_TWD"
    doc, obs = observations("2031-04-14\n\n动画出口估超24亿元\n本报记者 林岚\n\n据估计，我国动画出口额超24亿元，另有一家港企募资3亿港元。")
    assert by_surface(doc, obs, "超24亿元").quantity.unit == "CCY_CNY"


def test_a_monthly_report_after_last_years_results_is_of_this_year():
    doc, obs = observations("2031-02-24\n\n澄岚游戏公布去年财报，全年营收57.3亿元。\n\n公司同日公布1月营收4.31亿元，月增9%、年增21%。")
    assert by_surface(doc, obs, "4.31亿元").period.label == "2031-01"
    assert by_surface(doc, obs, "57.3亿元").period.label == "2030"


def test_a_monthly_report_after_last_years_results_in_the_same_sentence_is_of_this_year():
    """114年營收…，其中…；公司7月營收…，年增31%, written in August 115: this July's monthly report (its 年增 compares it
    with last July), not the July of the year the sentence began with; 其中 in an earlier clause does not hold it back."""
    doc, obs = observations("2027-08-26\n\n營運方面，嵐港數位115年營收為新台幣52.36億元，年增17%，其中日本市場約佔兩成一；"
                            "公司7月營收4.83億元，年增26%，前7月累計營收29.74億元。")
    assert by_surface(doc, obs, "新台幣52.36億元").period.label == "2026"
    assert by_surface(doc, obs, "4.83億元").period.label == "2027-07"
    assert by_surface(doc, obs, "26%").comparison_period == "2026-07"
    assert by_surface(doc, obs, "29.74億元").period.label == "2027-01/2027-07"


def test_the_year_a_deal_was_made_written_after_a_figure_does_not_date_it():
    """…减值准备1.86亿元，系公司2023年收购的日本工作室经营不及预期所致: the provision is of the year the notice is about;
    2023 is when the studio was bought, and stays what 当年 refers back to."""
    doc, obs = observations("2027-04-20\n\n岚港互娱公告，拟对2026年度计提各类资产减值准备合计3.2亿元。其中，商誉减值准备1.86亿元，"
                            "系公司2023年收购的日本工作室经营不及预期所致。\n\n公告显示，公司当年以8,420万美元收购该工作室全部股权。")
    assert by_surface(doc, obs, "1.86亿元").period.label == "2026"
    assert by_surface(doc, obs, "8,420万美元").period.label == "2023"


def test_the_year_something_was_bought_dates_no_figure_before_it():
    doc, obs = observations("2027-08-19\n\nCorvell Media Holdings will book an impairment charge of HK$512 million on "
                            "Quayside Pictures, the Lisbon studio it bought in 2022, the company said on Wednesday.")
    p = by_surface(doc, obs, "HK$512 million").period
    assert p is None or p.label != "2022"


def test_a_year_opening_a_later_clause_with_its_own_figure_is_that_figures():
    """…预计2027年度…。¶分类别看，公司预计采购不超过1.74亿元，2026年实际发生1.12亿元: the cap is of the year the
    notice forecasts, 2026 is the actual amount's; 较2026年实际发生额2.31亿元 dates that base amount."""
    doc, obs = observations("2027-01-20\n\n澜舟动漫公告，预计2027年度日常关联交易总额不超过3.62亿元，较2026年实际发生额2.31亿元"
                            "增长约57%。\n\n分类别看，公司预计采购云渲染服务不超过1.74亿元，2026年实际发生1.12亿元。")
    assert by_surface(doc, obs, "不超过3.62亿元").period.label == "2027"
    assert by_surface(doc, obs, "2.31亿元").period.label == "2026"
    assert by_surface(doc, obs, "不超过1.74亿元").period.label == "2027"
    assert by_surface(doc, obs, "1.12亿元").period.label == "2026"


def test_the_scope_of_a_record_dates_nothing_after_it():
    """"…312 games in October, the most in a single month this year": this year is where the record stands, not a
    period the next sentence's figures are of."""
    doc, obs = observations("2027-11-08\n\nThe regulator approved 312 domestic games in October, the most in a single month "
                            "this year and 27 more than in September. It also cleared 17 imported titles.")
    assert by_surface(doc, obs, "17").period.label == "2027-10"


def test_a_films_box_office_across_the_island_is_the_films():
    """全台票房: the film's box office across Taiwan, not Taiwan's, when the paragraph speaks of the film."""
    doc, obs = observations("2026-10-05\n\n《潮港少年》帶動花蓮觀光\n\n花蓮縣政府公佈電影《潮港少年》效益評估。據統計，"
                            "台灣今年上半年國片票房約新台幣8.4億元。\n\n電影今年4月上映，截至9月底全台票房約新台幣9,216萬元。")
    assert by_surface(doc, obs, "約新台幣8.4億元").subject.surface == "台灣"
    assert by_surface(doc, obs, "約新台幣9,216萬元").subject.surface == "潮港少年"


def test_earnings_per_share_are_a_firms_not_a_works():
    doc, obs = observations("2026-04-12\n\n澄恆娛樂3月營收創高\n\n澄恆娛樂3月營收5.14億元，月增12%。《霜港遺夢》3月在台灣App Store"
                            "營收排行榜名列第四。114年全年營收63.27億元，每股盈餘9.86元。")
    assert by_surface(doc, obs, "9.86元").subject.surface == "澄恆娛樂"


def test_group_revenue_is_the_firms_and_a_share_of_the_games_sales_the_games():
    doc, obs = observations("2026-08-20\n\nMarrowfen Interactive (HKEX: 2861) said its mobile game \"Lantern Tide\" made up about "
                            "41 percent of Marrowfen's revenue in the first half. Group revenue rose 14 percent to 5.27 billion "
                            "yuan in the half. Japan accounted for about 29 percent of the game's sales in the period.")
    for surface in ("14 percent", "5.27 billion yuan"):
        assert by_surface(doc, obs, surface).subject.surface.startswith("Marrowfen"), surface
    assert by_surface(doc, obs, "about 29 percent").subject.surface == "Lantern Tide"


def test_the_party_a_deal_is_with_named_by_its_role_holds_nothing():
    """与控股股东X…发生的关联交易, 向关联方Y采购: the listed firm's transactions, not the shareholder's or the supplier's."""
    doc, obs = observations("2027-01-20\n\n澜舟动漫（300917）1月19日晚间公告，预计2027年度与控股股东澜舟集团及其控制的企业发生的"
                            "日常关联交易总额不超过3.62亿元。公司预计向关联方岚云科技采购云渲染服务不超过1.74亿元。")
    assert by_surface(doc, obs, "不超过3.62亿元").subject.surface == "澜舟动漫"
    assert by_surface(doc, obs, "不超过1.74亿元").subject.surface not in ("岚云科技", "澜舟集团")


def test_a_place_before_a_superlative_is_the_scope_of_the_rank():
    doc, obs = observations("2026-03-20\n\nLantern Bay Animation had revenue of HK$512 million in 2025. It was Hong Kong's "
                            "third-largest animation studio by revenue last year.")
    assert by_surface(doc, obs, "third-largest").subject.surface == "Lantern Bay Animation"


def test_a_rank_moved_from_a_year_earlier_dates_nothing_after_it():
    doc, obs = observations("2031-09-20\n\nThe index covers the 12 months to June. Hebei's exports came to 28.1 billion "
                            "yuan in the period.\n\nHebei rose from sixth the year before. Its animation exports grew 27 percent.")
    assert by_surface(doc, obs, "27 percent").period.label == "2030-07/2031-06"


def test_a_bonds_maturity_dates_no_figure():
    doc, obs = observations("2031-06-24\n\nLarkmoor Media plans to issue HK$520 million in convertible notes due 2036.")
    assert by_surface(doc, obs, "HK$520 million").period is None
    doc, obs = observations("2031-06-24\n\n公司拟发行2036年到期的可转换债券，募资不超过9.6亿元。")
    assert by_surface(doc, obs, "不超过9.6亿元").period is None


def test_a_monthly_report_after_an_older_years_figure_is_of_this_year():
    doc, obs = observations("2032-08-06\n\n旗下日本工作室前年收入仅约6,140万元。\n\n岚汐互娱另披露7月营收2.46亿元，月增14%，年减3%。1至7月累计营收13.35亿元。")
    assert by_surface(doc, obs, "2.46亿元").period.label == "2032-07"
    assert by_surface(doc, obs, "14%").comparison_period == "2032-06"
    assert by_surface(doc, obs, "约6,140万元").period.label == "2030"


def test_a_record_for_the_period_dates_nothing_after_it():
    doc, obs = observations("2027-08-11\n\n瀚舟科技8月10日公告，7月合併營收達新台幣5.17億元，年增29%並創同期新高；第3季營收19.43億元，季增12%。")
    assert by_surface(doc, obs, "19.43億元").period.label == "2027-Q3"
    assert by_surface(doc, obs, "12%").comparison_period == "2027-Q2"


def test_a_monthly_report_falling_month_on_month_is_of_this_year():
    doc, obs = observations("2033-03-07\n\n朔岚游戏去年全年收入约28.15亿元。\n\n朔岚游戏另公告2月营收为1.93亿元，月减6%，年增18%。")
    assert by_surface(doc, obs, "1.93亿元").period.label == "2033-02"
    assert by_surface(doc, obs, "约28.15亿元").period.label == "2032"


def test_a_funding_round_is_named_after_its_amount_and_takes_no_later_period():
    doc, obs = observations("2027-10-13\n\n岚语科技拿下超3亿元C轮融资 今年上半年收入同比增逾八成\n江淮科技报讯（记者 车岚）\n\n"
                            "岚语科技宣布已完成3.16亿元C轮融资，青岑资本领投。公司今年上半年收入约1.87亿元，增长84%。")
    headline = by_surface(doc, obs, "超3亿元")
    assert headline.period is None and "funding" in headline.indicator
    assert "funding" in by_surface(doc, obs, "3.16亿元").indicator
    assert by_surface(doc, obs, "逾八成").period.label == "2027-H1"
    assert by_surface(doc, obs, "约1.87亿元").period.label == "2027-H1"


def test_a_store_where_a_named_game_is_played_holds_none_of_its_figures():
    doc, obs = observations("2027-11-06\n\n\"Lumen Tide\", a puzzle adventure made by Heronpeak Games, sold 1.38 million copies in its first seven days."
                            "\n\nThe number of concurrent players on Steam topped out at 216,000.")
    assert by_surface(doc, obs, "216,000").subject.surface == "Lumen Tide"
    doc, obs = observations("2027-11-06\n\n《雾灯渡口》由岚桥互动开发，10月14日起在全球发售，七天内下载约410万次。\n\n"
                            "发售首周Steam同时在线峰值约13万人。")
    assert by_surface(doc, obs, "约13万人").subject.surface == "雾灯渡口"


def test_during_the_event_refers_back_to_the_days_it_was_held():
    doc, obs = observations("2028-05-22\n\n第三届运河跨境直播节5月9日至18日在嘉兴举办。主办方称，直播节期间海外成交约2.76亿美元，同比增长38%。")
    level = by_surface(doc, obs, "约2.76亿美元")
    assert level.period.label == "2028-05-09/2028-05-18"
    assert level.subject.surface.endswith("运河跨境直播节")
    assert by_surface(doc, obs, "38%").comparison_period == "2027-05-09/2027-05-18"
    doc, obs = observations("2028-10-12\n\nThe Lakeshore Autumn Fair ran from Sept. 26 to Oct. 4. Sales during the fair came to $41.3 million.")
    assert by_surface(doc, obs, "$41.3 million").period.label == "2028-09-26/2028-10-04"


def test_an_offers_price_and_premium_are_deal_terms_and_a_trailing_window_is_no_figure():
    doc, obs = observations("2027-06-01\n\n岚音科技5月31日披露，创始人团队提出以每股6.88美元的现金收购价格将公司私有化。"
                            "公司股票5月28日收盘价为5.21美元，这一报价较其溢价约32%，较此前20个交易日均价溢价约39%。")
    assert by_surface(doc, obs, "6.88美元").period is None
    assert by_surface(doc, obs, "约32%").period is None
    assert by_surface(doc, obs, "5.21美元").period.label == "2027-05-28"
    assert not [o for o in obs if doc.source.text[o.start:o.end].startswith("20")]
    doc, obs = observations("2027-06-01\n\nThe offer is a 27 percent premium to the average closing price over the previous 45 "
                            "trading days. Sales rose 14 percent over the past 30 days.")
    assert {doc.source.text[o.start:o.end] for o in obs} == {"27 percent", "14 percent"}


def test_a_year_before_set_against_the_one_reported_on_dates_only_its_own_figure():
    doc, obs = observations("2027-04-01\n\n岚音科技2026年实现营收约21.3亿元，增长9%；净利约8,460万元，上年则为亏损约2,170万元。"
                            "境外收入约6.02亿元，在营收中的占比从2025年的19%升至28%。")
    assert by_surface(doc, obs, "约2,170万元").period.label == "2025"
    assert by_surface(doc, obs, "约6.02亿元").period.label == "2026"
    assert by_surface(doc, obs, "28%").period.label == "2026"


def test_a_days_price_move_is_against_the_trading_day_before_and_a_recent_day_is_of_this_year():
    doc, obs = observations("2027-06-02\n\n到2026年末，岚音科技的月活用户约为7,120万。\n\n消息公布后，岚音科技股价6月1日收涨18%，报6.35美元。")
    move = by_surface(doc, obs, "18%")
    assert (move.period.label, move.comparison_period) == ("2027-06-01", "2027-05-31")
    assert "share-price" in move.indicator
    assert by_surface(doc, obs, "6.35美元").period.label == "2027-06-01"
    doc, obs = observations("2027-06-02\n\nLanyin Technology's stock closed up 4.2 percent on Monday, May 31.")
    assert by_surface(doc, obs, "4.2 percent").comparison_period == "2027-05-28"  # the Friday before


def test_days_or_weeks_through_a_day_are_one_span_and_no_figure():
    doc, obs = observations("2027-11-06\n\nOver the three weeks through Nov. 4, daily active users reached a high of 2.41 million. "
                            "Billings came to about $31m for the eight days to Oct. 30.")
    assert by_surface(doc, obs, "2.41 million").period.label == "2027-10-15/2027-11-04"
    assert by_surface(doc, obs, "about $31m").period.label == "2027-10-23/2027-10-30"
    assert {doc.source.text[o.start:o.end] for o in obs} == {"2.41 million", "about $31m"}


def test_an_english_share_move_compares_with_the_trading_day_before():
    doc, obs = observations("2027-09-15\n\nFernwick Interactive's shares (stock code: 2931) jumped 12.4% on Tuesday.")
    move = by_surface(doc, obs, "12.4%")
    assert (move.period.label, move.comparison_period) == ("2027-09-14", "2027-09-13")


def test_an_english_buyouts_price_premium_and_value_are_deal_terms():
    doc, obs = observations("2027-12-03\n\nQuillmere Games will be taken private by its chairman in a $612m buyout. At $9.90 a share, the offer is "
                            "41 percent above Quillmere's closing price of $7.35 on Tuesday and a premium of about 48% to its 90-day "
                            "volume-weighted average. The deal values the company at about $612 million.")
    for surface in ("$612m", "41 percent", "about 48%", "about $612 million"):
        assert by_surface(doc, obs, surface).period is None, surface
    assert by_surface(doc, obs, "$7.35").period.label == "2027-11-30"
    assert "90-day" not in {doc.source.text[o.start:o.end] for o in obs}


def test_the_fiscal_year_before_set_against_the_one_reported_on_does_not_carry():
    doc, obs = observations("2027-10-08\n\n岚影控股公布截至2027年6月30日止年度业绩，收益约港币21.4亿元；盈利约2.93亿元，"
                            "上年度则为亏损约5,120万元。发行收入中来自海外的比重，从上年度的31%提高到38%。")
    assert by_surface(doc, obs, "约5,120万元").period.label == "2025-07/2026-06"
    assert by_surface(doc, obs, "31%").period.label == "2025-07/2026-06"
    assert by_surface(doc, obs, "38%").period.label == "2026-07/2027-06"


def test_a_bare_base_after_compared_with_is_the_levels_measure_and_money():
    doc, obs = observations("2027-03-02\n\n澜汐文化去年营收为7.35亿元，比前年的5.9亿增长24.6%。其海外会员数为1,480万，较上年的1,120万增加32%。")
    base = by_surface(doc, obs, "5.9亿")
    assert (base.quantity.unit, base.quantity.unit_implicit, base.period.label) == ("CCY_CNY", True, "2025")
    assert base.indicator == by_surface(doc, obs, "7.35亿元").indicator == by_surface(doc, obs, "24.6%").indicator
    members = by_surface(doc, obs, "1,120万")
    assert members.indicator == by_surface(doc, obs, "32%").indicator == by_surface(doc, obs, "1,480万").indicator
    assert "%" not in members.indicator


def test_a_stretch_named_with_its_dates_is_meant_when_named_again_and_the_week_before_an_event_is_its_base():
    doc, obs = observations("2027-08-20\n\n资料片上线首周（8月6日至12日），《星槎谣》日均付费用户约18.4万，比上线前一周增长41%。"
                            "首周人均充值约63元。明年暑期档（7月1日至8月31日）另有新作。")
    week = "2027-08-06/2027-08-12"
    rise = by_surface(doc, obs, "41%")
    assert (rise.period.label, rise.comparison_period) == (week, "2027-07-30/2027-08-05")
    assert by_surface(doc, obs, "约63元").period.label == week
    doc, obs = observations("2027-10-10\n\n中秋档（9月15日至17日）全国票房约9.6亿元。去年中秋档的票房约为8.1亿元。")
    assert by_surface(doc, obs, "约9.6亿元").period.label == "2027-09-15/2027-09-17"
    last_year = by_surface(doc, obs, "约为8.1亿元").period
    assert last_year is None or last_year.label != "2027-09-15/2027-09-17"  # another year's slot


def test_a_market_reports_day_dates_its_session_words_and_the_trading_day_before_is_a_base():
    doc, obs = observations("2027-09-09\n\n文娱板块大涨\n\n9月8日，港股文娱板块走高，指数收涨2.6%。\n\n"
                            "同期公布的数据显示，《潮汐谣》8月1日至31日海外流水约2.2亿元。\n\n"
                            "资金方面，板块全天净流入约9.3亿元；沐川影业收涨5.12%，报12.08港元。"
                            "两市当日成交额较前一交易日减少约870亿元。")
    day = "2027-09-08"
    assert by_surface(doc, obs, "约2.2亿元").period.label == "2027-08"  # (a whole month is that month)
    assert by_surface(doc, obs, "约9.3亿元").period.label == day
    move = by_surface(doc, obs, "5.12%")
    assert (move.period.label, move.comparison_period) == (day, "2027-09-07")
    assert "share-price" in move.indicator
    assert by_surface(doc, obs, "12.08港元").period.label == day
    turnover = by_surface(doc, obs, "约870亿元")
    assert (turnover.period.label, turnover.comparison_period) == (day, "2027-09-07")


def test_an_english_market_reports_day_dates_index_moves_that_name_no_day_and_base_verbs_fall():
    doc, obs = observations("2027-05-19\n\nShares of Quillmere Games (HKEX: 3178) climbed 11.6% on Tuesday. The company said on "
                            "Monday that its new title grossed about $18m in the six days through May 16. Elsewhere, the Hang Seng "
                            "Tech Index gained 1.4 percent. Quillmere expects its older titles to see billings slip 9% in 2027.")
    index = by_surface(doc, obs, "1.4 percent")
    assert (index.period.label, index.comparison_period) == ("2027-05-18", "2027-05-17")
    assert by_surface(doc, obs, "about $18m").period.label == "2027-05-11/2027-05-16"
    slip = by_surface(doc, obs, "9%")
    assert (slip.quantity.kind, float(slip.quantity.value)) == ("growth", -9.0)


def test_today_dates_a_days_trading_but_not_what_was_said_or_closed_on_it():
    doc, obs = observations("2027-12-08\n\n影視類股今（8）日走強，霽川影業終場收在新台幣73.4元，漲幅6.2%；同類股的嵐港娛樂逆勢下跌2%。")
    close, move, other = (by_surface(doc, obs, x) for x in ("新台幣73.4元", "6.2%", "2%"))
    assert close.period.label == move.period.label == other.period.label == "2027-12-08"
    assert move.comparison_period == other.comparison_period == "2027-12-07"
    doc, obs = observations("2027-12-08\n\n第五屆台中動漫展昨（7）日閉幕，總成交額約新台幣3.4億元，較上屆成長12%。"
                            "主辦單位昨日通報，展期參觀人次約21萬，較去年增加9%。")
    assert by_surface(doc, obs, "約新台幣3.4億元").period is None
    assert by_surface(doc, obs, "9%").comparison_period != "2026-12-07"


def test_a_city_opening_its_own_clause_after_the_work_referred_back_to_holds_that_clause():
    """该剧…播出后，…；腾冲市一季度共接待游客…: the city that opens the clause holds its figures, not the series the
    sentence began with; a city that says so (腾冲市表示，今年计划…) holds its plan. A place that only qualifies a noun
    (台湾团队承制约七成二的特效镜头) leaves the figure to the work."""
    doc, obs = observations("2026-05-10\n\n《云岭长歌》带动腾冲旅游\n\n该剧今年3月在网络平台播出后，取景地游客大增；"
                            "腾冲市一季度共接待游客约217万人次，同比增长三成六。腾冲市表示，今年计划再引进不少于6部影视作品。")
    for surface in ("约217万人次", "三成六", "不少于6部"):
        assert by_surface(doc, obs, surface).subject.surface == "腾冲市", surface
    doc, obs = observations("2026-05-10\n\n《云岭长歌》海外热播\n\n该剧共40集，台湾团队承制约七成二的特效镜头。")
    assert by_surface(doc, obs, "七成二").subject.surface == "云岭长歌"


def test_one_thing_described_by_its_country_is_not_the_countrys_figure():
    """ "A Chinese period drama shot in X generated…": one work described by its country, not China's industry (as
    "Chinese short-drama apps earned…" would be)."""
    doc, obs = observations("2026-10-12\n\nA Chinese period drama shot in Kyrgyzstan's Issyk-Kul region generated about "
                            "$41.3 million for the local economy in its first year, a study found. The production of "
                            "\"The Lantern Ferry\" spent $12.4 million directly in the region.")
    held = by_surface(doc, obs, "about $41.3 million").subject
    assert held is None or held.surface != "Chinese"
    assert by_surface(doc, obs, "$12.4 million").subject.surface == "The Lantern Ferry"


def test_the_scope_of_a_chart_does_not_make_a_paragraph_chinas():
    """位列国内iOS游戏畅销榜第七: 国内 is the scope of the chart; the firm's revenue in the next sentence is not China's."""
    doc, obs = observations("2027-03-02\n\n岚烛互娱终止合作\n文娱日报\n\n岚烛互娱（301288）3月1日晚间公告，公司决定终止与"
                            "星港文化的合作。\n\n《雾港行》是公司的主力产品，当月位列国内iOS游戏畅销榜第七。公司2026年营业收入为27.35亿元。")
    held = by_surface(doc, obs, "27.35亿元")
    assert held.subject is not None and held.subject.surface != "国内" and held.subject_default is None


def test_yesterday_dates_a_hong_kong_style_close():
    """股價昨日收升8%, 股价急挫: the words of a Hong Kong market report also make 昨日 a trading day."""
    doc, obs = observations("2027-04-21\n\n澄霖影業昨日公布三年計劃。市場反應正面，澄霖股價昨日收升7%，報港幣5.83元。")
    move, close = by_surface(doc, obs, "7%"), by_surface(doc, obs, "港幣5.83元")
    assert move.period.label == close.period.label == "2027-04-20"
    assert move.comparison_period == "2027-04-19"


def test_a_day_something_starts_from_dates_no_count_in_its_clause():
    doc, obs = observations("2027-10-20\n\n动画电影《山灯》10月3日起陆续在东欧、中东等17个国家和地区上映，海外票房约930万美元。")
    assert by_surface(doc, obs, "17个国家和地区").period is None


def test_an_institution_that_announces_holds_its_own_figures():
    doc, obs = observations("2027-04-02\n\n岚江师范大学公布，本学年在校国际学生人数较上学年增加18.4%。")
    assert by_surface(doc, obs, "18.4%").subject.text == "岚江师范大学"


def test_a_part_of_the_year_already_over_is_of_the_articles_year_after_a_sentence_about_next_year():
    doc, obs = observations("2027-11-06\n\n霁林影视昨日发布2028年片单，宣布明年将推出11部原创剧集，制作预算约6.2亿元。\n\n"
                            "经营方面，霁林影视前三季度海外发行收入约1.37亿元，同比增长28%。截至9月底，海外付费用户约41万。")
    assert by_surface(doc, obs, "约6.2亿元").period.label == "2028"
    assert by_surface(doc, obs, "约1.37亿元").period.label == "2027-Q1/2027-Q3"
    assert by_surface(doc, obs, "约41万").period.label == "2027-09-30"


def test_an_english_since_year_is_a_base_not_the_period_of_the_sentences_figures():
    doc, obs = observations("2027-03-02\n\nAnimation exports reached $2.3 billion in 2026. Series exports rose 9% to $610 million, "
                            "and comic licensing has tripled since 2021.")
    assert by_surface(doc, obs, "$610 million").period.label == "2026"
    tripled = by_surface(doc, obs, "tripled")
    assert tripled.comparison_period == "2021" and (tripled.period is None or tripled.period.label != "2021")


def test_a_shares_rebound_on_a_weekday_after_the_report_that_sank_them():
    doc, obs = observations("2027-10-14\n\nIts shares, which plunged 19% on Monday after the report, rebounded 8% on Tuesday to close at HK$6.42.")
    drop, rebound = by_surface(doc, obs, "19%"), by_surface(doc, obs, "8%")
    assert (drop.period.label, drop.comparison_period) == ("2027-10-11", "2027-10-08")
    assert (rebound.period.label, rebound.comparison_period) == ("2027-10-12", "2027-10-11")
    assert by_surface(doc, obs, "HK$6.42").period.label == "2027-10-12"


def test_business_days_counted_back_are_a_window_not_a_figure():
    doc, obs = observations("2027-05-06\n\n柜买中心指出，该股最近七个营业日累计涨幅达36.2%。")
    assert [doc.source.text[o.start:o.end] for o in obs] == ["36.2%"]


def test_a_fiscal_year_named_by_its_end_year_runs_the_months_the_article_stated():
    doc, obs = observations("2027-06-20\n\n澜屿传媒公布截至2030年3月31日止财政年度（2030财年）的目标：收益约港币26.4亿元，"
                            "海外收益占比由2027财年的约四成一提高至六成。")
    assert by_surface(doc, obs, "约港币26.4亿元").period.label == "2029-04/2030-03"
    assert by_surface(doc, obs, "约四成一").period.label == "2026-04/2027-03"


def test_a_base_stated_after_its_change_dates_only_its_own_clause():
    doc, obs = observations("2027-10-09\n\n10月1日至7日，全市接待游客约128.4万人次，同比增长23%，去年同期约为104.4万人次；"
                            "实现旅游收入约11.6亿元，同比增长19%。")
    assert by_surface(doc, obs, "约为104.4万人次").period.label == "2026-10-01/2026-10-07"
    assert by_surface(doc, obs, "约11.6亿元").period.label == "2027-10-01/2027-10-07"


def test_a_day_compared_with_last_years_end_is_of_this_year_and_last_years_figure_after_a_comma_is_not_carried():
    doc, obs = observations("2027-08-20\n\n澜沙影业去年营收约3.2亿元，同比下滑。截至6月底，公司共有员工214人，比去年底少约60人。")
    assert by_surface(doc, obs, "214人").period.label == "2027-06-30"
    doc, obs = observations("2027-08-20\n\n现在每集字幕费用约380元，去年约为1,150元。上半年，公司营收约2.6亿元。")
    assert by_surface(doc, obs, "约为1,150元").period.label == "2026"
    assert by_surface(doc, obs, "约2.6亿元").period.label == "2027-H1"


def test_a_share_prices_move_since_the_start_of_the_year_or_a_month_is_of_the_day_against_the_close_before():
    doc, obs = observations("2027-05-20\n\n霁川文化股价5月19日收于18.62元，今年以来累计下跌约18%。")
    move = by_surface(doc, obs, "约18%")
    assert (move.period.label, move.comparison_period) == ("2027-05-19", "2026-12-31")
    doc, obs = observations("2027-05-20\n\n嵐港娛樂股價自3月以來累計上漲約41%。")
    assert by_surface(doc, obs, "約41%").comparison_period == "2027-02-28"
    doc, obs = observations("2027-09-15\n\nThe stock has risen 64% since the start of the year.")
    assert by_surface(doc, obs, "64%").comparison_period == "2026-12-31"


def test_a_multiple_of_the_figure_for_a_period_takes_that_period_as_its_base():
    doc, obs = observations("2027-08-30\n\nIn the first half, music licensing brought in about 88 million yuan, "
                            "roughly three times the total for the same period a year earlier.")
    triple = by_surface(doc, obs, "roughly three times")
    assert (triple.period.label, triple.comparison_period) == ("2027-H1", "2026-H1")


def test_a_valuation_ratio_is_a_multiple_with_no_base_and_its_own_measure():
    doc, obs = observations("2027-05-12\n\n法人以明年獲利估算，該股本益比約17倍。按去年利润计算，该股市盈率约23倍。")
    for surface in ("約17倍", "约23倍"):
        pe = by_surface(doc, obs, surface)
        assert pe.comparison_period is None and "price-to-earnings" in pe.indicator, surface


def test_a_prices_move_over_a_run_of_days_is_of_the_last_against_the_close_before_the_first():
    doc, obs = observations("2027-06-10\n\n這檔股票最近五個營業日（6月3日至9日）股價累計上漲27.4%。")
    move = by_surface(doc, obs, "27.4%")
    assert (move.period.label, move.comparison_period) == ("2027-06-09", "2027-06-02")


def test_a_storms_days_are_meant_by_its_period_and_a_record_over_past_years_dates_nothing():
    doc, obs = observations("2027-09-25\n\n9月19日至21日，台风带来强降雨，海滨景区门票收入约1,260万元，创近三年来同期最低。"
                            "台风期间，景区共接待游客约3.1万人次，比去年少58%。")
    days = "2027-09-19/2027-09-21"
    assert by_surface(doc, obs, "约1,260万元").period.label == days
    assert by_surface(doc, obs, "约3.1万人次").period.label == days


def test_english_comparatives_after_a_figure_and_a_start_of_year_in_a_relative_clause():
    doc, obs = observations("2027-12-02\n\nThornquay's ADSs closed 17 percent higher at $8.40 on Wednesday. Studios advertised "
                            "22 percent more jobs for overseas markets last year, and plans to take on about a dozen more designers overseas.")
    closed = by_surface(doc, obs, "17 percent")
    assert (closed.quantity.kind, closed.period.label, closed.comparison_period) == ("growth", "2027-12-01", "2027-11-30")
    assert by_surface(doc, obs, "22 percent").quantity.kind == "growth"
    doc, obs = observations("2027-05-13\n\nHelmford's stock, up about 36 percent since the start of the year, "
                            "rose 4% on Tuesday.")
    ytd = by_surface(doc, obs, "about 36 percent")
    assert (ytd.period.label, ytd.comparison_period) == ("2027-05-11", "2026-12-31")
    assert by_surface(doc, obs, "4%").comparison_period != "2026-12-31"


def test_what_was_raised_since_a_day_runs_to_the_day_the_campaign_ended():
    doc, obs = observations("2027-09-05\n\n漫畫集《潮間帶》的群眾集資已於2日截止。專案自7月25日起共集得新台幣1,386萬元。")
    assert by_surface(doc, obs, "新台幣1,386萬元").period.label == "2027-07-25/2027-09-02"


def test_a_closing_price_named_as_a_base_is_of_its_day():
    doc, obs = observations("2027-03-10\n\n公司擬以每股新台幣215元增資，較昨日收盤價198元高出約8.6%。")
    assert by_surface(doc, obs, "198元").period.label == "2027-03-09"
    assert by_surface(doc, obs, "新台幣215元").period is None
    doc, obs = observations("2027-03-10\n\nHolders may swap each note for shares at HK$7.80, well above Tuesday's closing price of HK$5.95.")
    assert by_surface(doc, obs, "HK$5.95").period.label == "2027-03-09"
    assert by_surface(doc, obs, "HK$7.80").period is None


def test_trading_days_before_a_day_are_a_window_not_a_figure():
    doc, obs = observations("2027-03-02\n\n回购价格不高于董事会决议日前三十个交易日股票交易均价。")
    assert [doc.source.text[o.start:o.end] for o in obs] == []


def test_a_percentage_that_is_no_change_is_a_share_but_a_premium_stays_a_level():
    doc, obs = observations("2027-04-02\n\nThe fleet's availability was 94 percent in 2026. The offer is a premium of 31% to the last close.")
    assert by_surface(doc, obs, "94 percent").quantity.kind == "share"
    assert by_surface(doc, obs, "31%").quantity.kind == "level"


def test_a_multiple_said_year_on_year_compares_with_the_year_before_even_with_a_carried_period():
    doc, obs = observations("2027-07-20\n\n今年上半年，平台译者人数年增28%。其中泰语译者人数年增逾两倍。")
    assert by_surface(doc, obs, "逾两倍").comparison_period == "2026-H1"


def test_an_english_multiple_after_a_period_stated_before_is_against_the_same_period_a_year_earlier():
    doc, obs = observations("2027-08-20\n\nIn the first half, Vellmore's revenue rose 18% to 2.1 billion yuan. Its licensing income more than doubled.")
    assert by_surface(doc, obs, "more than doubled").comparison_period == "2026-H1"


def test_analysts_at_a_broker_are_a_source_not_the_holder():
    doc, obs = observations("2027-05-13\n\nAccording to analysts at Brindlewick Securities, the fee rise could bring in $12m-15m more this year.")
    holder = by_surface(doc, obs, "$12m-15m").subject
    assert holder is None or "Brindlewick" not in holder.text


def test_a_headline_that_describes_a_lender_by_its_city_is_about_the_lender_the_lead_names():
    doc, obs = observations("2027-07-02\n\nNingbo lender's loans to game studios climb\nBy Ada Ferrow\n\n"
                            "Yongjiang Rural Bank lent 2.4 billion yuan to game studios in Zhejiang province in the first half, up 38 "
                            "percent, the Ningbo-based lender said on Tuesday.\n\nThe money went to 208 studios, 37 more than a year "
                            "earlier.\n\nLoans backed by export credit insurance, arranged with the Zhejiang branch of China Export & "
                            "Credit Insurance Corp, reached 610 million yuan for 64 studios, up 41 percent.")
    assert by_surface(doc, obs, "610 million yuan").subject.text == "Yongjiang Rural Bank"


def test_a_second_rise_against_a_named_month_is_a_rise():
    doc, obs = observations("2027-07-10\n\nIn June alone, licensing income came to 96 million yuan, up 14 percent from May and 52 percent "
                            "from June last year.")
    second = by_surface(doc, obs, "52 percent")
    assert (second.quantity.kind, second.comparison_period) == ("growth", "2026-06")


def test_a_body_named_again_as_the_council_or_the_office_holds_its_figures():
    doc, obs = observations("2027-05-06\n\nLisbon's Consumer Council said on Tuesday it handled 41% more cases in 2026 than a year "
                            "earlier. The council settled 64% of them within a month. The Porto Tourism Office set aside €18 "
                            "million for the campaign. The office has spent about 47% of it.")
    assert by_surface(doc, obs, "64%").subject.text == "Consumer Council"
    assert by_surface(doc, obs, "about 47%").subject.text == "Porto Tourism Office"
    assert by_surface(doc, obs, "€18 million").indicator.split("+")[0] == "budget"


def test_a_headline_that_describes_a_watchdog_or_a_college_by_its_city_is_about_the_body_the_lead_names():
    doc, obs = observations("2027-03-09\n\nComplaints to Valencia watchdog about ticket resale rise 33%\nBy Ines Morrow\n\n"
                            "The Valencia Consumer Council said on Monday it received 33% more complaints about ticket resale in "
                            "2026 than a year earlier.\n\nComplaints overall rose 9%.")
    assert by_surface(doc, obs, "9%").subject.text == "Valencia Consumer Council"
    doc, obs = observations("2027-10-12\n\nKunming college's overseas intake up 22%\nBy Ada Ferrow\n\n"
                            "Dianchi Vocational Institute in Kunming enrolled 22 percent more overseas students in the 2027-28 "
                            "academic year than in 2026-27, the college said.")
    head = by_surface(doc, obs, "22%")
    assert head.subject.text == "Dianchi Vocational Institute"
    body = by_surface(doc, obs, "22 percent")
    assert (body.period.label, body.comparison_period) == ("2027-09/2028-08", "2026-09/2027-08")


def test_an_english_multiple_of_an_amount_without_a_figure_has_no_base():
    doc, obs = observations("2027-04-20\n\nIn the first quarter, holders redeemed coupons worth HK$31 million and spent "
                            "nearly six times the value of the coupons at local shops.")
    assert by_surface(doc, obs, "nearly six times").comparison_period is None


def test_an_english_firm_named_by_the_first_words_of_its_full_name_is_the_same_firm():
    doc, obs = observations("2027-12-01\n\nRater cuts Quellmoor Films to junk\nBy Ada Ferrow\n\n"
                            "Brantwell Ratings cut Quellmoor Films Group (HKEX: 9999) to BB on Tuesday. Revenue in the fiscal "
                            "year ended Sept. 30 fell 19 percent to HK$3.2 billion, the agency said.")
    mention = next(m for m in extract(doc).mentions if m.text == "Quellmoor Films")
    assert mention.canonical == "Quellmoor Films Group"
    holder = by_surface(doc, obs, "HK$3.2 billion").subject
    assert (holder.canonical or holder.text) == "Quellmoor Films Group"


def test_a_fund_referred_back_to_holds_its_figures_and_a_headline_describing_it_by_its_market_means_it():
    doc, obs = observations("2027-07-20\n\n青梧基金旗下青梧沪港影视传媒ETF（517321）今日公布二季报。截至二季度末，该基金资产净值约12.4亿元，"
                            "较一季度末增长三成一。")
    held = by_surface(doc, obs, "约12.4亿元")
    assert held.subject.text == "青梧沪港影视传媒ETF"
    assert "net-assets" in held.indicator.split("+")
    doc, obs = observations("2027-01-12\n\nKorea media ETF draws $96m\nBy Ada Ferrow\n\n"
                            "The Ashcombe Korea Media ETF drew net inflows of $96 million in the fourth quarter, its manager said. "
                            "The fund's net asset value per share rose 11% in the quarter.")
    assert by_surface(doc, obs, "$96m").subject.text == "Ashcombe Korea Media ETF"


def test_a_price_move_this_year_and_the_price_a_days_move_ended_at():
    doc, obs = observations("2027-06-03\n\nQuillby's shares dropped 9% on Wednesday to HK$3.42 and have lost about 44% this year. "
                            "Marrowind has gained 63% since the start of the year. The stock trades at 15 times this year's "
                            "forecast earnings.")
    assert by_surface(doc, obs, "HK$3.42").period.label == "2027-06-02"
    ytd = by_surface(doc, obs, "about 44%")
    assert (ytd.period.label, ytd.comparison_period) == ("2027-06-02", "2026-12-31")
    assert by_surface(doc, obs, "63%").comparison_period == "2026-12-31"
    assert by_surface(doc, obs, "15 times").comparison_period is None


def test_a_monthly_revenue_report_after_an_older_month_is_of_this_year():
    doc, obs = observations("2027-08-07\n\n該作最熱門的114年3月，月活躍玩家曾達約三十一萬人。\n\n"
                            "桐嶼數位7月營收新台幣1億2,350萬元，月增6%、年增18%。")
    report = by_surface(doc, obs, "新台幣1億2,350萬元")
    assert report.period.label == "2027-07"
    assert by_surface(doc, obs, "18%").comparison_period == "2026-07"


def test_an_ex_dividend_day_dates_its_prices_and_a_bracketed_day_names_the_day_before():
    doc, obs = observations("2027-08-12\n\n上櫃遊戲股桐嶼數位今（12）日除息，除息參考價為新台幣83.42元，早盤一度上漲至86.1元。"
                            "以除息前一日（11日）收盤價87.35元計算，現金殖利率約4.18%。")
    assert by_surface(doc, obs, "新台幣83.42元").period.label == "2027-08-12"
    assert by_surface(doc, obs, "86.1元").period.label == "2027-08-12"
    assert by_surface(doc, obs, "87.35元").period.label == "2027-08-11"


def test_a_fine_is_one_decisions_amount_held_by_the_one_fined():
    doc, obs = observations("2027-05-20\n\n蓝汐动漫2026年营业收入7.42亿元。\n\n浙江证监局决定对公司责令改正，并处以960万元罚款。"
                            "2026年，监管部门共对游戏企业开出罚款约2,130万元。")
    fine = by_surface(doc, obs, "960万元")
    assert fine.period is None and "fines" in fine.indicator.split("+")
    assert fine.subject is not None and fine.subject.text == "蓝汐动漫"
    assert by_surface(doc, obs, "约2,130万元").period.label == "2026"
    doc, obs = observations("2027-05-20\n\nRevenue at Pellmark Games rose 9% in 2026. Japan's Consumer Affairs Agency on "
                            "Tuesday fined Pellmark Japan, the Tokyo unit of Pellmark Games, 412 million yen.")
    fine = by_surface(doc, obs, "412 million yen")
    assert fine.period is None
    assert fine.subject.text == "Pellmark Japan"


def test_a_debt_to_earnings_ratio_is_no_change_against_an_earlier_period():
    doc, obs = observations("2027-04-10\n\n截至2026年末，公司全部债务与EBITDA之比由上年的5.84倍降至4.91倍。"
                            "Leverage, measured as net debt to EBITDA, fell to about 3.7 times from 4.6 times a year earlier.")
    assert by_surface(doc, obs, "4.91倍").comparison_period is None
    assert by_surface(doc, obs, "about 3.7 times").comparison_period is None


def test_a_funds_unit_value_return_over_a_quarter_runs_from_the_quarter_before_its_end():
    doc, obs = observations("2027-10-20\n\n第三季度，该基金份额净值增长率为9.34%，同期业绩比较基准上涨8.1%。")
    ret = by_surface(doc, obs, "9.34%")
    assert (ret.quantity.kind, ret.period.label, ret.comparison_period) == ("growth", "2027-09-30", "2027-06-30")


def test_a_park_named_after_its_city_in_a_headline_and_referred_back_to_holds_its_figures():
    doc, obs = observations("2027-03-16\n\n总投资约38亿元 宁波栖湾动漫产业园开工\n记者 方若\n\n"
                            "3月15日，栖湾动漫产业园在宁波开工。该产业园总投资约38亿元，其中一期约12亿元。\n\n"
                            "目前，园区已签约入驻企业27家。")
    for surface in ("总投资约38亿元", "约12亿元", "27家"):
        o = by_surface(doc, obs, surface) if surface != "总投资约38亿元" else by_surface(doc, obs, "约38亿元")
        assert o.subject is not None and o.subject.text == "栖湾动漫产业园", (surface, o.subject)


def test_the_group_after_a_subsidiary_is_the_parent_and_a_year_looked_back_to_does_not_date_what_follows():
    doc, obs = observations("2027-10-13\n\nTarrow to back loan for Paris studio\nBy Ada Ferrow\n\n"
                            "Tarrow Media Holdings (HKEX: 9988) said on Monday it would guarantee a €30 million loan to its Paris "
                            "subsidiary, Tarrow Studios France.\n\nTarrow Studios France had revenue of €41.2 million in the year "
                            "ended June 30, 2027, and a net loss of €3.9 million, against €5.6 million a year earlier. It had net "
                            "liabilities of €8.8 million at the end of June.\n\nFor the year, the group's overseas revenue rose 12 "
                            "percent to HK$3.1 billion.")
    assert by_surface(doc, obs, "€41.2 million").subject.text == "Tarrow Studios France"
    assert by_surface(doc, obs, "€8.8 million").period.label == "2027-06-30"
    held = by_surface(doc, obs, "HK$3.1 billion").subject
    assert (held.canonical or held.text) == "Tarrow Media Holdings"


def test_the_agency_is_the_body_whose_name_says_so_and_an_events_firm_is_a_firm():
    doc, obs = observations("2027-09-09\n\nThe Creative Economy Promotion Agency (CEPA) awarded a HK$9.6 million contract to "
                            "Larchmont Events. The agency had estimated the cost at HK$10.4 million. The agency has budgeted "
                            "HK$61 million in the 2027-28 financial year, 12 percent more than in 2026-27.")
    assert (by_surface(doc, obs, "HK$10.4 million").subject.canonical or "").endswith("Agency")
    budget = by_surface(doc, obs, "HK$61 million")
    assert budget.period.label == "2027-04/2028-03"
    assert by_surface(doc, obs, "12 percent").comparison_period == "2026-04/2027-03"
    assert "budget" in budget.indicator.split("+")


def test_a_winning_bid_is_the_winners_and_the_procurements_budget_the_buyers():
    doc, obs = observations("2027-06-11\n\n市文化和旅游局“海外推广服务项目”由汀岸国际传播有限公司（以下简称“汀岸传播”）中标，"
                            "中标金额1,287.6万元。本项目预算金额为1,430万元。")
    assert by_surface(doc, obs, "1,287.6万元").subject.text == "汀岸传播"
    assert by_surface(doc, obs, "1,430万元").subject.text.endswith("文化和旅游局")
    doc, obs = observations("2027-09-09\n\nThe Lantern Bay Tourism Board awarded a HK$7.9 million contract to run its overseas "
                            "roadshows to Cobblewick Events.")
    assert by_surface(doc, obs, "HK$7.9 million").subject.text == "Cobblewick Events"


def test_a_plans_or_a_deals_own_terms_take_no_period_from_elsewhere():
    doc, obs = observations("2027-05-20\n\n二季度重大项目集中开工活动5月19日举行。该产业园总投资约46亿元，其中一期投资约15亿元。"
                            "8月18日，某某文旅基金揭牌，总规模60亿元，首期规模20亿元。公司拟为子公司提供担保，子公司拟申请不超过4,200万美元"
                            "的综合授信。")
    for surface in ("约46亿元", "约15亿元", "60亿元", "20亿元", "不超过4,200万美元"):
        assert by_surface(doc, obs, surface).period is None, surface
    assert "credit-facility" in by_surface(doc, obs, "不超过4,200万美元").indicator.split("+")
    doc, obs = observations("2027-12-08\n\nOn Monday, Marlow Capital launched Tidewell, a HK$4 billion fund that will invest in "
                            "animation studios. It has completed a first close of HK$700 million.")
    size = by_surface(doc, obs, "HK$4 billion")
    assert size.period is None and size.subject.text == "Tidewell"
    assert by_surface(doc, obs, "HK$700 million").period is None


def test_china_named_as_where_something_is_not_does_not_hold_the_next_sentence():
    doc, obs = observations("2027-05-21\n\nTarrow Games broke ground on Friday on Greyfen, a $31.5 million studio campus in "
                            "Tbilisi that is its largest investment outside China. The first phase, costing about $12 million, "
                            "is due to open in 2028.")
    first = by_surface(doc, obs, "about $12 million").subject
    assert first is None or first.text != "China"
    assert by_surface(doc, obs, "$31.5 million").subject.text == "Greyfen"


def test_its_accounts_are_the_firm_just_named_and_the_company_after_a_subsidiary_is_the_filer():
    doc, obs = observations("2027-04-22\n\n汀屿文化为新加坡子公司借款作保\n记者 方若\n\n汀屿文化（证券代码：300999）周二晚间披露，旗下全资子公司汀屿国际（新加坡）有限公司"
                            "（以下简称“汀屿新加坡”）将向银行借款。\n\n汀屿新加坡主要承担东南亚的版权销售。2026年底，其总资产6.48亿元。"
                            "\n\n此次担保完成后，公司连同各子公司的担保额度合计9.73亿元。而公司去年出海势头强劲，2026年海外收入4.26亿元。")
    assert by_surface(doc, obs, "6.48亿元").subject.text == "汀屿新加坡"
    assert by_surface(doc, obs, "9.73亿元").subject.text == "汀屿文化"
    assert by_surface(doc, obs, "4.26亿元").subject.text == "汀屿文化"


def test_a_gain_this_year_brought_to_its_figure_runs_from_the_start_of_the_year():
    doc, obs = observations("2027-08-27\n\nTarrow's stock added 3% to HK$4.12 on Tuesday, lifting its gain so far this year to "
                            "about 41 percent. Quenby's stock lost 2% on Monday, widening its loss this year to about 17 percent, "
                            "after gaining 6% in July.")
    gain = by_surface(doc, obs, "about 41 percent")
    assert (gain.quantity.kind, gain.period.label, gain.comparison_period) == ("growth", "2027-08-24", "2026-12-31")
    loss = by_surface(doc, obs, "about 17 percent")
    assert loss.quantity.negative and loss.comparison_period == "2026-12-31"
    assert by_surface(doc, obs, "6%").quantity.kind == "growth"


def test_a_headline_multiple_is_dated_by_the_pair_of_levels_it_is_the_ratio_of():
    doc, obs = observations("2027-05-06\n\n汀屿动画总裁卸任 掌舵六年境外收入翻两番\n记者 方若\n\n汀屿动画周一宣布总裁卸任。"
                            "六年间，汀屿动画的境外收入从2020年的3.15亿元升至2026年的12.9亿元。")
    head = by_surface(doc, obs, "翻两番")
    assert (head.period.label, head.comparison_period) == ("2026", "2020")


def test_a_time_then_taking_charge_is_not_part_of_a_firms_name():
    doc, obs = observations("2027-05-06\n\n某某2019年初执掌汀屿互娱，公司营收由2019年的2.1亿元增至2026年的9.7亿元。")
    assert by_surface(doc, obs, "9.7亿元").subject.text == "汀屿互娱"


def test_glossary_terms_of_market_and_consumer_reports_name_their_measure():
    doc, obs = observations("2027-06-02\n\n截至5月29日，该股融资余额为3.26亿元。前五个月，全市消委会受理投诉同比增长11%。"
                            "The council's complaints rose 8% in 2026. 活动期间消费券核销约4,100万元。")
    assert "margin-financing" in by_surface(doc, obs, "3.26亿元").indicator.split("+")
    assert "complaints" in by_surface(doc, obs, "11%").indicator.split("+")
    assert "complaints" in by_surface(doc, obs, "8%").indicator.split("+")
    assert {"vouchers", "redemption"} <= set(by_surface(doc, obs, "约4,100万元").indicator.split("+"))


def test_glossary_terms_of_tenders_and_share_prices_name_their_measure():
    doc, obs = observations("2027-06-02\n\n该项目由汀岸传播中标，中标金额1,287.6万元，底价1,350万元。该股今日收盘报42.3元。")
    assert "winning-bid" in by_surface(doc, obs, "1,287.6万元").indicator.split("+")
    assert "reserve-price" in by_surface(doc, obs, "1,350万元").indicator.split("+")
    assert "closing-price" in by_surface(doc, obs, "42.3元").indicator.split("+")
