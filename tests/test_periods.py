"""Periods in one sentence (kg.extract.periods).

The sentences were written for these tests (made-up firms and places: 青禾网络,
云州市, Kestrel Studio …); none comes from seeds/ or from the metric corpus.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.periods import canonical_label, comparison_period, find_periods, period_spans, shift_label
from kg.model import PeriodRef
from kg.normalize import normalize


def periods(text: str, doc_date: str | None = None):
    analysis = normalize(text).text
    return analysis, find_periods(analysis, 0, doc_date=doc_date)


def labels(text: str, doc_date: str | None = None) -> list[str]:
    return [p.label for p in periods(text, doc_date)[1]]


def one(text: str, doc_date: str | None = None) -> PeriodRef:
    found = periods(text, doc_date)[1]
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- stated periods

@pytest.mark.parametrize("text, label, start, end", [
    ("2024年，青禾网络营收增长。", "2024", "2024", "2024"),
    ("In 2024, Kestrel Studio grew.", "2024", "2024", "2024"),
    ("FY2024 revenue rose.", "2024", "2024", "2024"),
    ("青禾网络2024财年营收增长。", "2024", "2024", "2024"),
    ("Fiscal 2023 sales fell.", "2023", "2023", "2023"),
    ("2025年1月，云州市出口增长。", "2025-01", "2025-01", "2025-01"),
    ("2025年1月份出口增长。", "2025-01", "2025-01", "2025-01"),
    ("In January 2025, exports grew.", "2025-01", "2025-01", "2025-01"),
    ("2025年12月30日发布。", "2025-12-30", "2025-12-30", "2025-12-30"),
    ("The report was filed on 2025-06-20.", "2025-06-20", "2025-06-20", "2025-06-20"),
    ("It was filed on December 30, 2025.", "2025-12-30", "2025-12-30", "2025-12-30"),
    ("It was filed on 30 December 2025.", "2025-12-30", "2025-12-30", "2025-12-30"),
    ("2025年1月份至10月份，出口增长。", "2025-01/2025-10", "2025-01", "2025-10"),
    ("2025年1-10月，出口增长。", "2025-01/2025-10", "2025-01", "2025-10"),
    ("2025年1至10月，出口增长。", "2025-01/2025-10", "2025-01", "2025-10"),
    ("2024年11月至2025年2月，出口增长。", "2024-11/2025-02", "2024-11", "2025-02"),
    ("2023-2024年间，出口增长。", "2023/2024", "2023", "2024"),
    ("从2022到2024年，出口增长。", "2022/2024", "2022", "2024"),
    ("2021年至2023年，出口增长。", "2021/2023", "2021", "2023"),
    ("From January to October 2025, exports grew.", "2025-01/2025-10", "2025-01", "2025-10"),
    ("In January-September 2024, exports grew.", "2024-Q1/2024-Q3", "2024-01", "2024-09"),
    ("Between 2021 and 2023, exports grew.", "2021/2023", "2021", "2023"),
    ("Over 2019-2024, exports grew.", "2019/2024", "2019", "2024"),
    ("2024年上半年，出口增长。", "2024-H1", "2024-01", "2024-06"),
    ("2024年下半年，出口增长。", "2024-H2", "2024-07", "2024-12"),
    ("2024年前三季度，出口增长。", "2024-Q1/2024-Q3", "2024-01", "2024-09"),
    ("2024年第一季度，出口增长。", "2024-Q1", "2024-01", "2024-03"),
    ("2024年一季度，出口增长。", "2024-Q1", "2024-01", "2024-03"),
    ("2024年第三季，出口增长。", "2024-Q3", "2024-07", "2024-09"),
    ("2024年前两个月，出口增长。", "2024-01/2024-02", "2024-01", "2024-02"),
    ("In Q3 2024, exports grew.", "2024-Q3", "2024-07", "2024-09"),
    ("In H1 2025, exports grew.", "2025-H1", "2025-01", "2025-06"),
    ("In the first half of 2025, exports grew.", "2025-H1", "2025-01", "2025-06"),
    ("In the second quarter of 2024, exports grew.", "2024-Q2", "2024-04", "2024-06"),
    ("In the first three quarters of 2024, exports grew.", "2024-Q1/2024-Q3", "2024-01", "2024-09"),
    ("In the first ten months of 2024, exports grew.", "2024-01/2024-10", "2024-01", "2024-10"),
    ("截至2024年底，青禾网络有员工800人。", "2024-12-31", "2024-12-31", "2024-12-31"),
    ("截至2025年6月，青禾网络有员工800人。", "2025-06", "2025-06", "2025-06"),
    ("截至2025年6月底，青禾网络有员工800人。", "2025-06-30", "2025-06-30", "2025-06-30"),
    ("At the end of 2024, Kestrel employed 800 people.", "2024-12-31", "2024-12-31", "2024-12-31"),
    ("At end-2024, Kestrel employed 800 people.", "2024-12-31", "2024-12-31", "2024-12-31"),
    ("As of June 30, 2025, Kestrel employed 800 people.", "2025-06-30", "2025-06-30", "2025-06-30"),
    ("青禾网络2024财年（截至2024年3月31日）营收增长。", "2023-04/2024-03", "2023-04", "2024-03"),
    ("Sales rose in the fiscal year ended March 31, 2025.", "2024-04/2025-03", "2024-04", "2025-03"),
    ("Fees rose in the financial year that ended on June 30, 2025.", "2024-07/2025-06", "2024-07", "2025-06"),
    ("A charge will be booked in the current financial year ending March 31, 2028.", "2027-04/2028-03", "2027-04", "2028-03"),
    ("The deal covers the years of assessment from 2018/19 to 2021/22.", "2018-04/2022-03", "2018-04", "2022-03"),
    ("It was reassessed for the year of assessment 2022/23.", "2022-04/2023-03", "2022-04", "2023-03"),
    ("“十四五”期间，出口持续增长。", "2021/2025", "2021", "2025"),
    ("二〇二四年出口增长。", "2024", "2024", "2024"),
])
def test_stated_periods(text, label, start, end):
    p = one(text)
    assert (p.label, p.start, p.end, p.relative) == (label, start, end, False)


def test_the_year_comes_from_the_sentence():
    assert labels("2023年，1月至10月出口增长，第四季度进口下降。") == ["2023", "2023-01/2023-10", "2023-Q4"]
    assert labels("2024年，第一季度收入12亿元，第二季度为15亿元，上半年合计27亿元。") == [
        "2024", "2024-Q1", "2024-Q2", "2024-H1"]
    assert labels("In H1 2025, sales rose 9%, and in Q2 alone they rose 12%.") == ["2025-H1", "2025-Q2"]
    assert labels("2024年上半年出口增长，下半年进口增长。") == ["2024-H1", "2024-H2"]


def test_span_covers_the_whole_expression():
    analysis, found = periods("截至2024年6月底，云州市有企业800家。")
    assert [analysis[p.norm_start:p.norm_end] for p in found] == ["截至2024年6月底"]
    analysis, found = periods("In the first half of 2025, exports grew.")
    assert [analysis[p.norm_start:p.norm_end] for p in found] == ["the first half of 2025"]


def test_offset_is_added():
    analysis, found = periods("2024年出口增长。")
    shifted = find_periods(analysis, 500)
    assert [(p.norm_start, p.norm_end) for p in shifted] == [(p.norm_start + 500, p.norm_end + 500) for p in found]


# ---------------------------------------------------------------- relative periods

@pytest.mark.parametrize("text, doc_date, label", [
    ("今年出口增长。", "2025-06-20", "2025"),
    ("去年出口增长。", "2025-06-20", "2024"),
    ("前年出口增长。", "2025-06-20", "2023"),
    ("明年出口将增长。", "2025-06-20", "2026"),
    ("今年上半年出口增长。", "2025-08-01", "2025-H1"),
    ("上半年出口增长。", "2025-08-01", "2025-H1"),
    ("今年前三季度出口增长。", "2025-10-30", "2025-Q1/2025-Q3"),
    ("今年1至5月出口增长。", "2025-06-20", "2025-01/2025-05"),
    ("今年前10个月出口增长。", "2025-11-05", "2025-01/2025-10"),
    ("上月出口增长。", "2025-06-20", "2025-05"),
    ("上月出口增长。", "2025-01-20", "2024-12"),
    ("截至今年3月，云州市有企业800家。", "2025-04-08", "2025-03"),
    ("截至6月底，云州市有企业800家。", "2025-07-08", "2025-06-30"),
    ("This year exports grew.", "2025-06-20", "2025"),
    ("Last year exports grew.", "2025-06-20", "2024"),
    ("Next year exports will grow.", "2025-06-20", "2026"),
    ("Last month exports grew.", "2025-06-20", "2025-05"),
    ("This year's first half was strong.", "2025-08-01", "2025-H1"),
    ("近五年，出口持续增长。", "2025-06-20", "2021/2025"),
    ("过去五年，出口持续增长。", "2025-06-20", "2021/2025"),
    ("Over the past five years, exports grew.", "2025-06-20", "2021/2025"),
    ("The crew filmed from April to August last year.", "2025-06-20", "2024-04/2024-08"),
    ("Sales rose between November and January this year.", "2025-06-20", "2024-11/2025-01"),
])
def test_relative_periods(text, doc_date, label):
    p = one(text, doc_date)
    assert (p.label, p.relative) == (label, True)


def test_relative_periods_without_a_document_date_are_left_out():
    assert labels("今年出口增长，去年进口下降。") == []
    assert labels("Last year exports grew.") == []
    analysis = normalize("今年出口增长。").text
    assert period_spans(analysis) == [(0, 2)]  # still a period span: its digits are no figure


def test_comparison_words_follow_the_period_before_them():
    assert labels("2024年出口增长，比上年增长3.8%。") == ["2024", "2023"]
    assert labels("2023年前三季度营收增长，较上年同期增长8%。") == ["2023-Q1/2023-Q3", "2022-Q1/2022-Q3"]
    assert labels("2025年1-4月，出口较2024年同期增长。") == ["2025-01/2025-04", "2024-01/2024-04"]
    assert labels("At the end of 2024 it had 900 staff, up from 700 a year earlier.") == ["2024-12-31", "2023-12-31"]
    assert labels("Revenue rose in 2022 and again the following year.") == ["2022", "2023"]
    assert labels("In the first half of 2025 sales fell from the same period last year.") == ["2025-H1", "2024-H1"]
    assert labels("From January to May 2024, sales beat the same period of 2023.") == [
        "2024-01/2024-05", "2023-01/2023-05"]


def test_periods_resolved_from_a_relative_one_are_relative():
    found = periods("今年一季度出口下降；4月当月降幅收窄。", "2025-05-10")[1]
    assert [(p.label, p.relative) for p in found] == [("2025-Q1", True), ("2025-04", True)]


# ---------------------------------------------------------------- not periods

@pytest.mark.parametrize("text", [
    "《2024年鉴》正式出版。",
    "The report covers 1,998 investors.",
    "Kestrel has 2015 employees.",
    "It sold 2,012 licences.",
    "《星河传》第二季也同步开播。",
    "统一月度报表。",
    "Prices may rise.",
])
def test_not_periods(text):
    assert labels(text, "2025-06-20") == []


# ---------------------------------------------------------------- comparison_period

@pytest.mark.parametrize("label, expected", [
    ("2024", "2023"), ("2024-03", "2023-03"), ("2024-03-08", "2023-03-08"), ("2024-02-29", "2023-02-28"),
    ("2024-H1", "2023-H1"), ("2024-Q1", "2023-Q1"), ("2024-Q1/2024-Q3", "2023-Q1/2023-Q3"),
    ("2024-01/2024-10", "2023-01/2023-10"), ("2021/2023", "2020/2022"), ("2023-04/2024-03", "2022-04/2023-03"),
])
def test_comparison_period(label, expected):
    assert comparison_period(label) == expected
    p = PeriodRef(norm_start=0, norm_end=4, start="x", end="x", label=label)
    assert comparison_period(p) == expected


_LABEL = re.compile(r"\d{4}(?:-(?:\d{2}(?:-\d{2})?|H[12]|Q[1-4]))?(?:/\d{4}(?:-(?:\d{2}|H[12]|Q[1-4]))?)?")


@given(st.integers(min_value=1901, max_value=2098), st.sampled_from(["", "-03", "-12-31", "-H2", "-Q4"]))
def test_shift_label_round_trips(year, part):
    label = f"{year}{part}"
    assert shift_label(shift_label(label, -1), 1) == label


_ALPHABET = st.sampled_from(list(
    "0123456789-~/. ，,。至到年月日季度上下半前第一二三四五六七八九十底末初截止今去明本同期近过"
    "《》「」'\"QH"
) + ["January ", "May ", "December ", "the first half of ", "Q3 ", "FY", "fiscal year ended ", " to ", "between ",
     " and ", "last year", "a year earlier", "the same period", "end-", "十四五", "财年", "the past five years"])


@settings(max_examples=400)
@given(st.lists(_ALPHABET, max_size=40).map("".join),
       st.one_of(st.none(), st.sampled_from(["2025-06-20", "2025", "2025-13-40", "garbage", "2025-01"])),
       st.integers(min_value=0, max_value=10**6))
def test_never_raises_and_labels_are_well_formed(text, doc_date, offset):
    for p in find_periods(text, offset, doc_date=doc_date):
        assert offset <= p.norm_start < p.norm_end <= offset + len(text)
        assert _LABEL.fullmatch(p.label), p.label
        assert p.start <= p.end
    for a, b in period_spans(text):
        assert 0 <= a < b <= len(text)


@settings(max_examples=200)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text):
    find_periods(text, doc_date="2025-06-20")


def test_a_long_line_finishes():
    """A 200 KB single line goes through; no timing asserted."""
    unit = ("2024年1-8月，云州市出口增长；2021-2022-2023-January February March 2025年12月30日 "
            "In the first half of 2025 and Q3 2024, last year, 今年前三季度。")
    line = (unit * (200_000 // len(unit) + 1))[:200_000]
    found = find_periods(line, doc_date="2025-06-20")
    assert found and all(0 <= p.norm_start < p.norm_end <= len(line) for p in found)


@pytest.mark.parametrize("label, before", [
    ("2023-12", "2023-11"), ("2026-01", "2025-12"), ("2023-Q3", "2023-Q2"), ("2026-Q1", "2025-Q4"),
    ("2023-H2", "2023-H1"), ("2026-H1", "2025-H2"), ("2023", "2022"), ("2023-06-30", None),
    ("2023-01/2023-09", None),
])
def test_previous_period_is_the_one_right_before(label, before):
    from kg.extract.periods import previous_period

    assert previous_period(label) == before


def test_a_month_span_with_an_em_dash():
    assert [p.label for p in find_periods("2023年1—7月，出口额增长5%")] == ["2023-01/2023-07"]


def test_a_part_of_a_year_without_its_year_takes_the_year_stated_before():
    assert [p.label for p in find_periods("第四季营收则为3.2亿元", context_year=2022)] == ["2022-Q4"]
    assert [p.label for p in find_periods("8月单月营收为0.4亿元", context_year=2022)] == ["2022-08"]
    assert [p.label for p in find_periods("2021年第四季营收", context_year=2022)] == ["2021-Q4"]  # its own year wins


@pytest.mark.parametrize("text, label", [
    ("雲岫科技2023年首三季營收年增6.3%", "2023-Q1/2023-Q3"),  # 首三季 / 头三季度: the first three quarters
    ("2022年头三季度动漫出口增长", "2022-Q1/2022-Q3"),
    ("根据其2024年半年度报告", "2024-H1"),  # a half-year report is of the first half
    ("公司2023年半年报显示", "2023-H1"),
])
def test_first_three_quarters_and_half_year_reports(text, label):
    assert [p.label for p in find_periods(normalize(text).text, doc_date="2025-03-01")] == [label]


def test_words_relative_to_the_sentence_resolve_against_the_period_stated_before_it():
    before = PeriodRef(norm_start=0, norm_end=4, start="2025-01", end="2025-06", label="2025-H1")
    text = "compared with 18.1 percent a year earlier"
    assert [p.label for p in find_periods(text, doc_date="2025-08-28", context=before)] == ["2024-H1"]
    assert [p.label for p in find_periods("In the second quarter alone", doc_date="2026-01-05", context=before)] == ["2025-Q2"]


@pytest.mark.parametrize("text, label", [
    ("between November and February", "2025-11/2026-02"),  # across a year end: it ends in the year spoken of
    ("between November and February 2026", "2025-11/2026-02"),
    ("11至2月，冰雪旅游人次增长", "2025-11/2026-02"),
    ("between January and June", "2026-H1"),  # exactly a half: named as one
    ("between January and May", "2026-01/2026-05"),
])
def test_a_span_of_months_across_a_year_end(text, label):
    assert [p.label for p in find_periods(text, doc_date="2026-03-10")] == [label]


def test_a_year_before_a_clause_is_a_year_not_a_count():
    assert [p.label for p in find_periods("revenue fell 23 percent in 2024 as older titles faded")] == ["2024"]
    assert [p.label for p in find_periods("the studio had 2024 new titles")] == []  # a count of titles


def test_the_start_of_a_change_does_not_date_the_period_it_goes_to():
    # 由去年同期的A提升至第三季的B: the third quarter is this year's, and 去年同期 is that quarter a year before
    assert labels("海外營收佔比由去年同期的28.5%提升至第三季的44.1%。", "2025-11-10") == ["2024-Q3", "2025-Q3"]
    assert labels("海外收入占比已由去年的约两成，提升至第一季的38.7%。", "2025-05-06") == ["2024", "2025-Q1"]


def test_a_change_from_a_stated_year_still_gives_that_year():
    assert labels("出口额由2022年的41亿元增至2024年的57亿元。", "2025-03-01") == ["2022", "2024"]


@pytest.mark.parametrize("text, doc_date, label", [
    ("星河互动公布截至6月30日止六個月的中期業績", "2024-08-27", "2024-H1"),
    ("revenue for the six months ended June 30, 2023 rose", "2023-08-27", "2023-H1"),
    ("截至9月30日止九个月，收入", "2025-11-01", "2025-Q1/2025-Q3"),
    ("截至2025年3月31日止年度，收入", "2025-06-01", "2024-04/2025-03"),
    ("for the year ended March 31, 2025, revenue", "2025-06-01", "2024-04/2025-03"),
    ("In the January-March quarter alone, revenue was", "2025-05-16", "2025-Q1"),
    ("revenue in the July-September quarter", "2025-12-09", "2025-Q3"),
])
def test_months_named_as_a_span_ending_with_a_date_or_as_a_quarter(text, doc_date, label):
    assert labels(text, doc_date) == [label]


def test_an_as_of_date_alone_stays_a_day():
    assert labels("截至6月30日，累计签约企业", "2025-08-01") == ["2025-06-30"]


def test_the_full_year_is_the_year_spoken_of():
    assert labels("Revenue rose in the first half of 2023. It expects revenue to top 2 billion for the full year.",
                  "2023-08-29") == ["2023-H1", "2023"]


def test_an_english_quarter_written_as_an_adjective_is_a_period():
    found = find_periods("It ranked second by first-quarter downloads.", 0, doc_date="2031-05-10")
    assert [p.label for p in found] == ["2031-Q1"]


def test_the_end_of_a_year_named_relative_to_the_article_is_its_last_day():
    found = find_periods("It had 43 clients at the end of June, up from 35 at the end of last year.", 0, doc_date="2031-08-20")
    assert [p.label for p in found] == ["2031-06-30", "2030-12-31"]
    assert [p.label for p in find_periods("by the end of next year", 0, doc_date="2031-08-20")] == ["2032-12-31"]


def test_an_english_month_with_no_year_is_the_latest_one_up_to_the_articles_date_unless_the_sentence_looks_ahead():
    last_year = PeriodRef(norm_start=0, norm_end=1, start="2030", end="2030", label="2030", relative=True)
    stated_2030 = PeriodRef(norm_start=0, norm_end=1, start="2030", end="2030", label="2030", relative=False)
    text = "Lumen said its paid subscribers reached 2.7 million at the end of May."
    # after a sentence about "last year": May of the article's year; after one that states 2030: May 2030
    assert [p.label for p in find_periods(text, 0, doc_date="2031-06-10", context=last_year)] == ["2031-05-31"]
    assert [p.label for p in find_periods(text, 0, doc_date="2031-06-10", context=stated_2030)] == ["2030-05-31"]
    assert labels("Lumen said on Monday that subscribers passed 3.1 million at the end of December.", "2032-01-13") \
        == ["2031-12-31"]
    assert labels("Lumen expects subscribers to pass 4 million at the end of December.", "2032-01-13") == ["2032-12-31"]
    assert labels("Revenue rose last year, and in the fourth quarter it grew 5%.", "2031-06-10") == ["2030", "2030-Q4"]


@pytest.mark.parametrize("text, expected", [
    ("Lhunze received 96,300 trips in the first half of this year, up 41.2% year on year.", ["2031-H1"]),
    ("Revenue rose 7.4% in the third quarter of last year.", ["2030-Q3"]),
    ("Exports reached $3.6 billion in the first nine months of this year.", ["2031-Q1/2031-Q3"]),
    ("The studio expects growth in the first three quarters of next year.", ["2032-Q1/2032-Q3"]),
])
def test_an_english_part_of_a_year_named_relative_to_the_article_is_one_period(text, expected):
    assert labels(text, "2031-08-06") == expected


def test_a_forecast_half_or_quarter_with_no_year_is_of_the_articles_year_not_a_past_one_spoken_of_before():
    last_year = PeriodRef(norm_start=0, norm_end=2, start="2030-01", end="2030-12", label="2030")
    forecast = normalize("澄岳集团预计，下半年海外收入将同比增长6%至9%。").text
    assert [p.label for p in find_periods(forecast, doc_date="2031-08-20", context=last_year)][:1] == ["2031-H2"]
    forecast = normalize("法人預估澄峰第四季營收季增一成。").text
    assert [p.label for p in find_periods(forecast, doc_date="2031-11-06", context=last_year)][:1] == ["2031-Q4"]
    # a sentence that does not look ahead goes on with the year spoken of before (去年…。下半年…)
    told = normalize("下半年海外收入增长一成。").text
    assert [p.label for p in find_periods(told, doc_date="2031-08-20", context=last_year)][:1] == ["2030-H2"]
    # and so does a fiscal year spoken of before
    fiscal = PeriodRef(norm_start=0, norm_end=2, start="2030-04", end="2031-03", label="2030-04/2031-03")
    text = normalize("集團預計本年度收益將增長兩成。").text
    assert [p.label for p in find_periods(text, doc_date="2031-09-20", context=fiscal)][:1] == ["2031-04/2032-03"]


@pytest.mark.parametrize("text,expected", [
    ("Tidewell, which was listed in Singapore in 2027 and runs 40 kitchens, expects second-half sales to rise 5-7% "
     "from a year earlier.", ["2027", "2031-H2", "2030-H2"]),
    ("2028年在香港上市的澄岳集团预计下半年海外收入增长一成。", ["2028", "2031-H2"]),
    # with nothing ahead between them, a half goes on with the year stated before it
    ("In 2029, sales rose 4%, and second-half sales rose 6%.", ["2029", "2029-H2"]),
])
def test_a_forecast_after_a_past_year_in_the_same_sentence_is_of_the_articles_year(text, expected):
    assert labels(text, "2031-08-20") == expected


@pytest.mark.parametrize("text,expected", [
    ("2031赛季西甲联赛海外转播覆盖41个国家和地区。", ["2031"]),
    ("本赛季联赛海外观看量同比增长三成。", ["2031"]),
])
def test_a_leagues_season_is_named_by_its_year(text, expected):
    assert labels(text, "2031-11-20")[:1] == expected


@pytest.mark.parametrize("text,label", [
    ("2031年1-6月", "2031-H1"), ("2031年7月至12月", "2031-H2"), ("2031年1至3月", "2031-Q1"), ("2031年4-6月", "2031-Q2"),
    ("2031年1-12月", "2031"), ("in January-June 2031", "2031-H1"),
    ("2031年1-9月", "2031-Q1/2031-Q3"), ("2031年4-9月", "2031-Q2/2031-Q3"),  # whole quarters: named by them
    ("2031年2-4月", "2031-02/2031-04"), ("2031年1-10月", "2031-01/2031-10"),  # no half, quarter or year: a span
    ("前三季度", "2031-Q1/2031-Q3"), ("the nine months through September", "2031-Q1/2031-Q3"),
])
def test_a_span_of_months_that_is_exactly_a_half_quarter_or_year_is_named_as_one(text, label):
    # (one interval has one name whatever words stated it, so the same figure in two documents meets)
    assert labels(text, "2031-11-20")[:1] == [label]
    assert canonical_label("2031-01/2031-09") == "2031-Q1/2031-Q3" and canonical_label("2030-04/2031-03") == "2030-04/2031-03"


@pytest.mark.parametrize("text,doc_date,expected", [
    ("2030/31學年，本港大學非本地生學費收入增長兩成。", None, ["2030-09/2031-08"]),
    # when it ended is no period of its own
    ("in the 2030/31 school year, which ended in August", "2031-10-08", ["2030-09/2031-08"]),
    ("the 2030-2031 academic year", None, ["2030-09/2031-08"]),
    ("上學年非本地生學費收入約21億港元。", "2031-10-01", ["2030-09/2031-08"]),  # in October: the year just ended
    ("上學年非本地生學費收入約21億港元。", "2031-05-01", ["2029-09/2030-08"]),  # in May: the one before this one
    ("2030/32学年", None, []),  # not two years that follow each other
])
def test_a_school_year_runs_from_september_to_august(text, doc_date, expected):
    assert labels(text, doc_date) == expected


def test_a_school_year_compared_with_the_one_before_it():
    stated = normalize("2030/31學年非本地生佔全日制本科生的27.1%，較上學年上升2.2個百分點。").text
    assert [p.label for p in find_periods(stated, doc_date="2031-10-01")] == ["2030-09/2031-08", "2029-09/2030-08"]


@pytest.mark.parametrize("text,expected", [
    ("In the 2030/31 school year pupils from abroad made up 21.5% of students, up from 17.4% the previous year.",
     ["2030-09/2031-08", "2029-09/2030-08"]),
    ("2030/31學年境外學生佔兩成一，上年為一成七。", ["2030-09/2031-08", "2029-09/2030-08"]),
])
def test_the_previous_year_of_a_school_year_is_the_school_year_before(text, expected):
    assert labels(text, "2031-10-02") == expected


@pytest.mark.parametrize("text,doc_date,expected", [
    ("Fees rose 7% in the fiscal year ended June 30, 2031, and are expected to grow again in the current fiscal year.",
     "2031-09-10", ["2030-07/2031-06", "2031-07/2032-06"]),
    ("Utilisation rose 2 points in the fiscal year ended June 30, 2031, from the previous fiscal year.",
     "2031-09-10", ["2030-07/2031-06", "2029-07/2030-06"]),
    ("Sales rose 4% in the year ended March 31, 2032; this fiscal year they should rise 6%.",
     "2032-06-18", ["2031-04/2032-03", "2032-04/2033-03"]),  # in June: the fiscal year that began in April
    ("The chain expects sales to rise in the current fiscal year.", "2031-09-10", ["2031"]),  # no fiscal year stated
    ("Cadet income rose 88% in 2031's first half.", "2031-09-09", ["2031-H1"]),
    ("Revenue rose 12% in 2030's fourth quarter.", "2031-02-09", ["2030-Q4"]),
    ("Revenue rose 16% in the quarter ended September 30.", "2031-11-12", ["2031-Q3"]),
    ("Revenue rose 16% in the half ended June 30, 2031.", "2031-09-12", ["2031-H1"]),
])
def test_english_fiscal_years_halves_and_quarters_in_wire_copy(text, doc_date, expected):
    assert labels(text, doc_date) == expected


def test_a_month_spoken_of_in_a_fiscal_year_is_of_that_fiscal_year():
    fiscal = PeriodRef(norm_start=0, norm_end=2, start="2030-07", end="2031-06", label="2030-07/2031-06")
    text = normalize("The fleet reached 2.9 million TEU at the end of June.").text
    assert [p.label for p in find_periods(text, doc_date="2031-09-25", context=fiscal)] == ["2031-06-30"]
    # a month after the fiscal year ended is the latest one up to the article's date
    text = normalize("The channel had 1.4 million followers at the end of August.").text
    assert [p.label for p in find_periods(text, doc_date="2031-09-25", context=fiscal)] == ["2031-08-31"]


def test_a_base_after_from_does_not_date_what_follows_it_in_the_sentence():
    fiscal = PeriodRef(norm_start=0, norm_end=2, start="2030-07", end="2031-06", label="2030-07/2031-06")
    text = normalize("Utilisation was 97%, up 2 points from the previous fiscal year, and the fleet reached 2.9 million "
                     "TEU at the end of June.").text
    assert [p.label for p in find_periods(text, doc_date="2031-09-25", context=fiscal)] == ["2029-07/2030-06", "2031-06-30"]


@pytest.mark.parametrize("text,expected", [
    # a past state at the end of a month: the last such month up to the article's date
    ("Its host had 2.1 million followers by the end of December, against 1.2 million a year earlier.",
     ["2031-12-31", "2030-12-31"]),
    ("Lumen had about 2,900 engineers at the end of December, a third of them on overseas projects.", ["2031-12-31"]),
    # what is still to come
    ("The studio aims to open 12 stores by the end of December.", ["2032-12-31"]),
])
def test_by_the_end_of_looks_ahead_only_when_the_sentence_does_not_say_what_was(text, expected):
    assert labels(text, "2032-02-04") == expected


def test_the_scan_both_parsers_share_is_the_same_whatever_was_asked_before():
    text = normalize("2031年上半年，出口增长8%，较去年同期提高2个百分点；下半年预计增长一成。").text
    first = [p.label for p in find_periods(text, doc_date="2031-08-20")]
    spans = period_spans(text)
    again = [p.label for p in find_periods(text, doc_date="2031-08-20")]
    other_day = [p.label for p in find_periods(text, doc_date="2032-08-20")]
    assert first == again and first[0] == "2031-H1" and len(first) == 3
    assert other_day[0] == "2031-H1"  # a stated year does not depend on the day asked with
    assert spans == [(p.norm_start, p.norm_end) for p in find_periods(text, doc_date="2031-08-20")]


@pytest.mark.parametrize("text,expected", [
    ("Revenue rose 22% in the July-September quarter, and 5.1% from the previous quarter.", ["2031-Q3", "2031-Q2"]),
    ("Revenue rose 9% in the first quarter of 2032, and 2% from the previous quarter.", ["2032-Q1", "2031-Q4"]),
    ("Users rose 4% in March from the previous month.", ["2032-03", "2032-02"]),
    ("Sales fell 3% in the second half from the previous half.", ["2031-H2", "2031-H1"]),
    ("Sales rose in the previous quarter.", []),  # nothing spoken of before it: no quarter to count back from
])
def test_the_previous_quarter_month_or_half_counts_back_from_the_one_spoken_of(text, expected):
    assert labels(text, "2032-05-20") == expected


def test_the_current_and_next_fiscal_year_in_chinese():
    text = "恒舟船务公布截至2027年3月31日止年度业绩，期内收益增长6.1%。公司预期本财年收益增长4%至7%，下一财年增长更快。"
    got = labels(text, "2027-06-15")
    assert got[0] == "2026-04/2027-03"
    assert "2027-04/2028-03" in got and "2028-04/2029-03" in got  # 本财年 and 下一财年, from the article's date
    assert labels("恒舟船务预期本财年收益增长4%至7%。", "2027-06-15") == ["2027"]  # no fiscal year spoken of


@pytest.mark.parametrize("text,doc_date,expected", [
    # after a quarter that is not a calendar quarter: the months of the fiscal year up to its end
    ("Bookings rose 11% in the quarter ended Aug. 31. Over the first six months of its fiscal year, they rose 9%.",
     "2031-10-08", ["2031-06/2031-08", "2031-03/2031-08"]),
    # after a fiscal year that is not the calendar year: from its first month, of the current one when it says so
    ("Fees rose 5% in the fiscal year ended June 30, 2031. In the first three months of the current fiscal year they "
     "rose 2%.", "2031-11-20", ["2030-07/2031-06", "2031-Q3"]),  # July to September: a calendar quarter
    ("Membership grew in the first nine months of its fiscal year.", "2031-11-20", []),  # nothing to count from
])
def test_the_first_months_of_a_fiscal_year(text, doc_date, expected):
    assert labels(text, doc_date) == expected


def test_the_current_fiscal_year_is_of_the_fiscal_year_stated_even_after_another_period():
    year_ended = find_periods(normalize("Sales rose 8% in the year ended September 30, 2031.").text,
                              doc_date="2031-12-02")[0]
    text = normalize("The group expects sales to rise 10% in the current fiscal year.").text
    assert [p.label for p in find_periods(text, doc_date="2031-12-02", fiscal=year_ended)] == ["2031-10/2032-09"]
    zh = normalize("恒舟船务预期本财年收益增长4%至7%。").text
    assert [p.label for p in find_periods(zh, doc_date="2031-12-02", fiscal=year_ended)] == ["2031-10/2032-09"]
    # what counts back from the period just spoken of still does
    calendar = PeriodRef(norm_start=0, norm_end=4, start="2030", end="2030", label="2030")
    prev = normalize("Sales rose 3% from the previous fiscal year.").text
    assert [p.label for p in find_periods(prev, doc_date="2031-12-02", context=calendar, fiscal=year_ended)] == ["2029"]


def test_a_count_of_shows_growing_by_the_year_is_not_the_next_year():
    assert labels("晨舞剧团今年海外演出场次年增17.3%，航班架次年增8%。", "2031-12-10") == ["2031"]
    assert labels("该团2029年首演，次年赴欧洲巡演。", "2031-12-10") == ["2029", "2030"]


def test_a_record_over_recent_years_is_not_a_period():
    assert labels("今届票房收入约1,360万元，创近十年新高；入场人次为近五年来最高。", "2031-04-20") == []
    assert labels("近五年票房累计约5,300万元。", "2031-04-20") == ["2027/2031"]


# ---------------------------------------------------------------- runs of days

@pytest.mark.parametrize("text, doc_date, label", [
    ("中秋假期（9月13日至17日），全县接待境外游客约1.1万人次。", "2026-09-19", "2026-09-13/2026-09-17"),
    ("元旦档（12月29日至1月2日）该片票房约310万美元。", "2027-01-05", "2026-12-29/2027-01-02"),
    ("上映第二週（3月9日至15日）觀看時數約218萬小時。", "2027-03-20", "2027-03-09/2027-03-15"),
    ("跨年檔（2026年12月24日至2027年1月3日）共帶來約5,100萬港元。", "2027-02-01", "2026-12-24/2027-01-03"),
    ("6月5-9日，展会吸引约3.4万名采购商。", "2026-06-12", "2026-06-05/2026-06-09"),
    ("暑期档（7月1日至8月31日）是全年最长的档期。", "2026-09-03", "2026-07/2026-08"),
    ("Over the Easter weekend, April 3-5, the museum drew 14,200 visitors.", "2026-04-08", "2026-04-03/2026-04-05"),
    ("during the Golden Week, from October 1 to 7, spending rose", "2026-10-09", "2026-10-01/2026-10-07"),
    ("from December 30 to January 3, the resort sold 8,100 passes", "2027-01-06", "2026-12-30/2027-01-03"),
    ("Between 12 and 16 March 2026 the fair signed 214 deals.", None, "2026-03-12/2026-03-16"),
])
def test_a_run_of_days_is_one_period(text, doc_date, label):
    assert labels(text, doc_date)[0] == label


def test_a_run_of_days_after_a_sentence_about_last_year_is_the_latest_one():
    # the holiday before the article's date, not one of the year the sentence before spoke of
    analysis = normalize("端午档（6月19日至21日）是第二战。").text
    last_year = PeriodRef(norm_start=0, norm_end=2, start="2025", end="2025", label="2025", relative=True)
    found = find_periods(analysis, 0, doc_date="2026-07-01", context=last_year)
    assert [p.label for p in found] == ["2026-06-19/2026-06-21"]


@pytest.mark.parametrize("text", [
    "Ticket sales rose from May 2 to 3 million.",   # a figure after the second number: no run of days
    "Sales grew 5 to 8 percent.",                    # no month at all
])
def test_numbers_that_are_no_run_of_days(text):
    assert not any("/" in label for label in labels(text, "2026-06-01"))


def test_a_weekend_is_not_the_end_of_a_month():
    assert labels("Over the weekend of Nov. 6-8 the film earned $1.2 million.", "2026-11-12") == ["2026-11-06/2026-11-08"]


def test_the_days_before_a_run_of_days():
    from kg.extract.periods import previous_period
    assert previous_period("2026-03-09/2026-03-15") == "2026-03-02/2026-03-08"   # a week: the week before
    assert previous_period("2026-11-06/2026-11-08") == "2026-10-30/2026-11-01"   # a weekend: the weekend before
    assert previous_period("2026-10-01/2026-10-10") == "2026-09-21/2026-09-30"   # ten days: the ten days before
    assert comparison_period("2026-09-13/2026-09-17") == "2025-09-13/2025-09-17"


def test_a_full_year_forecast_in_english():
    assert labels("Shipments rose in the first half of 2026. The firm expects full-year shipments to top 90,000.",
                  "2026-08-01")[-1] == "2026"


def test_the_same_day_refers_back_to_a_day():
    assert labels("截至8月17日累計票房達1,204萬港元。截至同日，該片在澳門取得約210萬澳門元票房。", "2026-08-19") == \
        ["2026-08-17", "2026-08-17"]
    assert labels("2026年3月，展会开幕；同日签约金额约2.1亿元。", "2026-04-01") == ["2026-03"]  # after a month: no day


def test_this_season_and_the_last_after_a_season_across_a_year_end():
    analysis = normalize("霜角電競公佈2025/26賽季（2025年10月至2026年5月）成果。本賽季聯賽海外收入約新台幣1.8億元，較上賽季成長21%。").text
    assert [p.label for p in find_periods(analysis, 0, doc_date="2026-06-10")] == \
        ["2025-10/2026-05", "2025-10/2026-05", "2024-10/2025-05"]


def test_a_brokers_estimate_year_and_a_weekday_before_the_articles_date():
    assert labels("Its EPS estimates are HK$3.17 (2033E) and HK$3.52 (2034F).", "2032-09-06") == ["2033", "2034"]
    assert labels("研报以2033E每股收益1.87元为基础。", "2032-09-06") == ["2033"]
    assert labels("The model XR2033E sold well.", "2032-09-06") == []
    # 2032-09-06 is a Monday: "on Friday" is the Friday before it
    assert labels("The stock ended at HK$38.05 on Friday.", "2032-09-06") == ["2032-09-03"]
    # …but not the day something was said, or an event ended
    assert labels("Sales rose 9 percent, the company said on Wednesday.", "2032-09-06") == []
    assert labels("The trade fair closed on Sunday with 41,000 visitors.", "2032-09-06") == []


def test_today_and_yesterday_as_a_daily_writes_them():
    # an article of Thursday 2032-09-02
    assert labels("類股今（2）日全面走高。", "2032-09-02") == ["2032-09-02"]
    assert labels("公司昨（1）日公告。", "2032-09-02") == ["2032-09-01"]
    assert labels("港股昨日收市。", "2032-09-02") == ["2032-09-01"]
    assert labels("今天上午开盘后股价走高。", "2032-09-02") == ["2032-09-02"]
    # on the 1st, 今（31）日 cannot be; 昨（31）日 is the last day of the month before
    assert labels("公司昨（31）日公告。", "2032-09-01") == ["2032-08-31"]
    assert labels("今日头条发布报告。", "2032-09-02") == []


def test_years_of_the_republic_as_taiwan_writes_them():
    assert labels("文化部113年度補助影視案41件。", "2026-03-02") == ["2024"]
    assert labels("民國112年的動漫產值達新台幣310億元。", "2026-03-02") == ["2023"]
    assert labels("116年第二季出口年增9%。", "2027-09-02") == ["2027-Q2"]
    assert labels("113年7月1日至114年6月30日的會計年度。", "2026-03-02") == ["2024-07/2025-06"]
    assert labels("111年至113年的出口額分別成長8%、11%及6%。", "2026-03-02") == ["2022/2024"]
    # a count of years is not a year
    assert labels("這家書店已有108年歷史。", "2026-03-02") == []
    assert labels("公司成立102年來首度赴海外設點。", "2026-03-02") == []


def test_a_day_of_the_month_without_its_month_is_this_months_or_the_last():
    assert labels("特展於21日閉幕。", "2032-09-23") == ["2032-09-21"]
    assert labels("展会已于28日闭幕。", "2032-10-02") == ["2032-09-28"]
    assert labels("员工须在30日内完成培训。", "2032-10-02") == []


def test_a_quarters_end_is_its_last_day():
    labels = [p.label for p in find_periods("截至三季度末，较二季度末增长；第四季度收入", 0, doc_date="2027-11-02")]
    assert labels == ["2027-09-30", "2027-06-30", "2027-Q4"]


def test_a_fiscal_year_written_across_two_years_runs_april_to_march_unless_the_text_says_otherwise():
    labels = [p.label for p in find_periods("in the 2027-28 financial year, FY2026/27 and fiscal 2025-26; 2027-28财年", 0,
                                            doc_date="2027-09-01")]
    assert labels == ["2027-04/2028-03", "2026-04/2027-03", "2025-04/2026-03", "2027-04/2028-03"]


# ---------------------------------------------------------------- the scanners' first-character guard

_GUARD_SENTENCES = [
    "截至2026年9月30日，蓝汀文化累计签约作者1,204名。", "截止到今年底，园区企业达到86家。",
    "2023-2025年间出口额翻番", "从2022年至2024年，营收年均增长9%。", "民国113年度营收创高", "113年至115年間",
    "〇二五年", "二〇二六年一月", "十二月份销量回升", "近三年累计投入", "过去两年", "最近五年来", "十四五时期",
    "本财年", "下一财政年度", "年底前", "上个月", "下月", "本月", "同日公布", "当天收盘", "今（12）日", "昨日", "今天",
    "于18日闭幕", "前一日（7日）", "去年同期", "明年", "后年", "本赛季", "次年", "翌年", "全年", "上半年", "下半年",
    "半年报", "中期业绩", "前三季度", "首季", "头两个月", "第二季度末", "第4季", "Q3营收", "1至3季度", "5-8月",
    "月底", "年末", "年初", "2026/27财年", "2025财年（截至2025年6月）", "2025.3.31",
    "as of June 30, 2026", "in fiscal 2025", "FY2026/27", "the 2026-27 financial year", "between 2021 and 2023",
    "from March to May", "May 2 to 5", "3-5 June", "the end of 2025", "the start of last year",
    "the final quarter of this year", "the first three quarters", "the first eight months of the fiscal year",
    "H1 2026", "1H26", "the second half", "Q4 2025", "4Q25", "the same period a year earlier", "last year's third quarter",
    "the previous quarter", "the current financial year", "the year before", "for the full year", "two years ago",
    "three months earlier", "this quarter", "next month", "the past decade", "March 2026", "2024's", "2026E",
    "on Tuesday", "Friday's close",
]


@pytest.mark.parametrize("name, first", [("_ZH", "ZH_FIRST"), ("_EN", "EN_FIRST")])
def test_the_first_character_guard_changes_nothing(name, first):
    """Each period scanner opens with a lookahead on the characters a period can start with (it only lets the scan
    skip other places fast): the same pattern without it finds the same periods, in written sentences of every kind
    and in the seeds."""
    from pathlib import Path

    from kg.extract import periods as P

    guarded = getattr(P, name)
    guard = "(?=" + getattr(P, first) + ")"
    assert guard in guarded.pattern
    unguarded = re.compile(guarded.pattern.replace(guard, "", 1), guarded.flags)
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    texts = _GUARD_SENTENCES + [f.read_text(encoding="utf-8") for f in sorted(seeds.glob("*.txt"))]
    starts = 0
    for text in texts:
        want = [(m.span(), m.groupdict()) for m in unguarded.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in guarded.finditer(text)] == want, text[:40]
        starts += len(want)
    assert starts >= 40  # the sentences and seeds do hold periods for both scanners


def test_a_share_of_the_same_period_is_of_that_period():
    """约占同期税前净利的三成八: the same period as the one just stated (a share of its whole), not a year before as in
    比同期 or 创同期新高; the quarter named after it stays in the article's year."""
    assert labels("公司第2季认列汇兑损失约1.2亿元，约占同期税前净利的三成八；第1季则有汇兑利益约1,940万元。",
                  "2027-07-20") == ["2027-Q2", "2027-Q2", "2027-Q1"]
    assert labels("公司第2季营收创同期新高。", "2027-07-20") == ["2027-Q2", "2026-Q2"]


@pytest.mark.parametrize("text, label", [
    ("澄曜數位今年前3季營收41.06億元。", "2027-Q1/2027-Q3"),
    ("澄曜數位114年前3季營收41.06億元。", "2025-Q1/2025-Q3"),
    ("澄曜數位114年前2季營收27.18億元。", "2025-Q1/2025-Q2"),
    ("澄曜數位114年前7月營收31.52億元。", "2025-01/2025-07"),
])
def test_the_first_quarters_written_with_a_digit(text, label):
    """前3季 (Taiwan writes the count with a digit) is the first three quarters, also after an ROC year (114年前3季 is no
    "114 years ago")."""
    assert labels(text, "2027-11-14") == [label]

