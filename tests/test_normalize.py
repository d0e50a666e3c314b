"""The analysis view (kg.normalize): each rule on sentences written for the test, and
the round trip from analysis spans back to the original text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.normalize import normalize, script_of


def back(view, fragment: str) -> str:
    """The original text behind the first occurrence of ``fragment`` in the analysis text."""
    i = view.text.index(fragment)
    return view.original_text(i, i + len(fragment))


def test_pinyin_gloss_is_dropped_and_covered_by_the_span():
    original = "雲端遊戲營收表現(xiàn)亮眼，數(shù)字出版業(yè)態(tài)穩定。"
    view = normalize(original)
    assert "(" not in view.text and "xiàn" not in view.text
    assert "表现亮眼" in view.text and "数字出版业态稳定" in view.text
    assert back(view, "表现亮眼") == "表現(xiàn)亮眼"
    assert back(view, "业态") == "業(yè)態"
    assert any("pinyin" in n for n in view.notes)


def test_real_parentheses_are_kept():
    view = normalize("深圳(福田)的星辰互动(Starlight)发布新作。")
    assert "深圳(福田)" in view.text and "(Starlight)" in view.text


def test_gbk_byte_shift_garble_is_re_decoded():
    # "。可以減少" written as GBK and read one byte late shows up as "??梢詼p少"
    shifted = "。可以減少".encode("gbk")[1:].decode("gbk")  # "？梢詼p少"
    original = "新系統??" + shifted[1:] + "等待時間。"
    view = normalize(original)
    assert "?" not in view.text
    assert "以减少等待时间" in view.text
    assert any("garble" in n for n in view.notes)


def test_markdown_bold_inside_sentences():
    original = "自 **2016** 年以来，出口额从 **12.5** 亿美元增至 **2023** 年 **96.4** 亿美元。"
    view = normalize(original)
    assert "2016年" in view.text and "12.5亿美元" in view.text and "2023年96.4亿美元" in view.text
    assert back(view, "12.5亿美元") == "12.5** 亿美元"
    assert back(view, "12.5") == "12.5"


def test_full_width_and_thousands_separators():
    view = normalize("营收１２．５亿元，用户3,400萬，出口2,045.6億美元，合作伙伴超过1,000家，ＡＩ助手")
    assert "12.5亿元" in view.text
    assert "3400万" in view.text and "2045.6亿美元" in view.text and "1000家" in view.text
    assert "AI助手" in view.text
    assert back(view, "3400万") == "3,400萬"
    assert back(view, "12.5") == "１２．５"


def test_list_of_numbers_is_not_a_thousands_number():
    view = normalize("分别为12,34和56。In 2021,2022 and 2023 sales grew.")
    assert "12,34" in view.text and "2021,2022" in view.text


def test_sentence_broken_by_a_page_break_is_joined():
    original = (
        "据行业协会统计，今年前十个月全省共有四百余家数字内容企业参与了国际市场拓展活动，其中动画与游戏研\n"
        "\n"
        "发类企业占比超过四成。\n"
        "\n"
        "短标题不连接\n"
        "\n"
        "新的段落开始了。"
    )
    view = normalize(original)
    assert "游戏研发类企业" in view.text
    assert back(view, "研发") == "研\n\n发"
    assert "短标题不连接\n" in view.text  # a heading stays its own line


def test_english_page_break_joined_with_a_space():
    original = ("The provincial commerce department said that exports of digital services grew steadily across\n\n"
                "the first three quarters of the year.")
    view = normalize(original)
    assert "steadily across the first three quarters" in view.text


def test_spaces_around_cjk():
    view = normalize("2024 年 6 月，AI 漫剧 在 海外 上线，合作方为 Nova Studio 公司")
    assert "2024年6月" in view.text
    assert "AI 漫剧在海外上线" in view.text
    assert "Nova Studio 公司" in view.text


def test_traditional_is_converted_for_analysis_only():
    original = "國產遊戲《山海長歌》上線首月營收達三億元。"
    view = normalize(original)
    assert view.text == "国产游戏《山海长歌》上线首月营收达三亿元。"
    assert back(view, "山海长歌") == "山海長歌"
    assert view.original == original


def test_crlf_and_html():
    html = ("<html><head><title>出海周报</title><script>var x='不可见';</script></head>"
            "<body><h1>出海&amp;合作</h1><p>今年一季度，动漫&#x51FA;口增长<b>12%</b>。</p></body></html>")
    view = normalize(html, "text/html")
    assert "不可见" not in view.text and "<" not in view.text
    assert "出海&合作" in view.text and "动漫出口增长12%" in view.text
    assert back(view, "12%") == "12%"
    assert back(view, "出口") == "&#x51FA;口"
    assert normalize("第一行\r\n第二行", "text/plain").text == "第一行\n第二行"


def test_markdown_syntax_is_dropped_for_md_files():
    md = "## 行业动态\n\n- 据[商务部](https://example.org)数据，*服务外包*执行额增长`8%`。\n> 引用一段话。"
    view = normalize(md, "text/markdown")
    assert "#" not in view.text and "](" not in view.text and "`" not in view.text
    assert "据商务部数据,服务外包执行额增长8%。" in view.text
    assert back(view, "商务部") == "商务部"


def test_script_detection():
    assert script_of("國產遊戲出口增長迅速") == "zh-Hant"
    assert script_of("国产游戏出口增长迅速") == "zh-Hans"
    assert script_of("Exports of domestic games grew fast") == "en"
    assert script_of("目前", neutral="zh-Hant") == "zh-Hant"  # same in both scripts
    # a Simplified sentence inside a Traditional document is still Simplified
    assert script_of("这些企业们发展很快", neutral="zh-Hant") == "zh-Hans"


# ---------------------------------------------------------------- round trip (hypothesis)

PLAIN = list("中国游戏出海服务外包贸易增长亿万元年月日企业市场数据业态现实表为发展") + list("abcXYZ0123456789 ,.%")
TRAD = list("國遊戲務貿億萬業態現實發展數據")
ARTIFACTS = ["**", "(xiàn)", "(yè)", "１", "２", "，", "　", "3,000", "\r\n", "\n\n"]


@st.composite
def documents(draw):
    parts = draw(st.lists(st.one_of(st.sampled_from(PLAIN), st.sampled_from(TRAD), st.sampled_from(ARTIFACTS)),
                          min_size=1, max_size=80))
    text = ""
    for p in parts:
        if p.startswith("(") and (not text or not re.match(r"[\u4e00-\u9fff]", text[-1])):
            p = "國" + p  # a gloss follows a Han character
        text += p
    return text


@settings(max_examples=300, deadline=None)
@given(documents(), st.data())
def test_every_span_maps_back_and_renormalizes_to_itself(text, data):
    view = normalize(text)
    n = len(view.text)
    assert len(view.starts) == len(view.ends) == n
    for i in range(n):
        assert 0 <= view.starts[i] < view.ends[i] <= len(text)
        if i:
            assert view.starts[i] >= view.starts[i - 1]
    # Extractors cut spans at token edges (whole numbers, whole words), never
    # inside a run of ASCII letters or digits: draw spans the same way.
    edges = [i for i in range(n + 1)
             if i in (0, n) or not (view.text[i - 1].isascii() and view.text[i - 1].isalnum()
                                    and view.text[i].isascii() and view.text[i].isalnum())]
    if n == 0 or len(edges) < 2:
        return
    a = data.draw(st.sampled_from(edges[:-1]))
    b = data.draw(st.sampled_from([e for e in edges if e > a]))
    oa, ob = view.to_original(a, b)
    assert 0 <= oa < ob <= len(text)
    piece = view.text[a:b]
    renormalized = normalize(text[oa:ob]).text
    # Rules that look at context outside the span (a space dropped next to a CJK
    # character, a page-break join) can only differ at the edges of the span,
    # and only in white space.
    assert renormalized.strip() == piece.strip() or re.sub(r"\s", "", renormalized) == re.sub(r"\s", "", piece)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_normalizes_without_error_and_offsets_stay_inside(text):
    view = normalize(text)
    assert len(view.starts) == len(view.text)
    for s, e in zip(view.starts, view.ends):
        assert 0 <= s <= e <= len(text)
