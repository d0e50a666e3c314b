"""Observation assembly (kg.extract.metrics and kg.resolve.observations) on sentences written
for the test: indicator, period, growth, parallel lists, subject. Names and numbers are made up."""

from __future__ import annotations

import hashlib

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
    o = by_surface(doc, obs, "$4 Billion")
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
    assert not any("则" in t for t in labels(by_surface(doc, obs, "1部")))
