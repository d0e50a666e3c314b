"""Fuzzing (hypothesis) of the normalizer, the number parser and the period parser.

Properties, on generated input that mixes scripts, markup, digits, Chinese
numerals, scales and punctuation:

- nothing raises;
- every offset stays inside the original text, the offset map is monotone, and
  characters no rule touches map to themselves;
- round trips: a number or a period rendered in words is read back as itself;
- every parsed value is a finite decimal.

The unit tests of each module (test_normalize, test_quantities, test_periods)
fuzz plain text; this file adds markup, whole documents through the text layer,
and the round trips. Runs are derandomized (the same examples every run).
"""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract.periods import find_periods, period_spans
from kg.extract.quantities import find_quantities, parse_number
from kg.normalize import normalize

FUZZ = settings(max_examples=150, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# ---------------------------------------------------------------- generated text

HAN = list("中国游戏出海服务贸易增长亿万元年月日企业市场数据发展们这国務貿億萬業態現實發展數據遊戲")
ASCII = list("abcXYZ0123456789 ,.%$-/()")
NOISE = ["**", "(xiàn)", "１２", "，", "。", "　", "3,000", "\r\n", "\n\n", "\n", "??梢詼p", "&amp;", "&#20013;",
         "<b>", "</b>", "<p>", "</div>", "<script>x<1</script>", "<!--c-->", "# ", "- ", "[a](b)", "`x`", "_y_",
         "\u00a0", "\ufeff", "\u200b", "\U0001F600", "\x00", "\ud7ff", "ｱ", "Ⅻ", "½"]
FIGURES = ["3.2万亿元", "同比增长14.4%", "百分之十八", "三十二亿", "1,000万", "2.5倍", "下降两成", "近10%", "$1.05 trillion",
           "more than 1 billion", "一千两百", "数十家", "40%-60%", "US$228.8 billion", "7500亿美元", "十四五"]
PERIODS = ["2024年", "2024年上半年", "前三季度", "2025年1-10月", "去年同期", "Q3 2024", "in the first half of 2025",
           "截至2024年底", "2024财年", "第二季度", "2021年至2023年", "last year", "12月31日", "FY2023"]

documents = st.lists(st.one_of(st.sampled_from(HAN), st.sampled_from(ASCII), st.sampled_from(NOISE),
                               st.sampled_from(FIGURES), st.sampled_from(PERIODS)), max_size=120).map("".join)
any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=200)
media_types = st.sampled_from(["text/plain", "text/markdown", "text/html"])


# ---------------------------------------------------------------- the normalizer


def _check_offsets(original: str, view) -> None:
    n = len(view.text)
    assert len(view.starts) == len(view.ends) == n
    for i in range(n):
        s, e = view.starts[i], view.ends[i]
        assert 0 <= s <= e <= len(original), (i, s, e)
        if i:  # monotone: the analysis text never goes back in the original
            assert s >= view.starts[i - 1] and e >= view.ends[i - 1], (i, view.text[i - 1:i + 1])
        if e - s == 1 and original[s].isascii() and original[s].isalnum():
            assert view.text[i] == original[s]  # no rule changes an ASCII letter or digit in place


@FUZZ
@given(st.one_of(documents, any_text), media_types)
def test_normalize_never_raises_and_every_offset_maps_inside_the_original(text, media_type):
    view = normalize(text, media_type)
    assert view.original == text
    _check_offsets(text, view)


@FUZZ
@given(st.one_of(documents, any_text), media_types, st.data())
def test_any_analysis_span_maps_to_an_original_span(text, media_type, data):
    view = normalize(text, media_type)
    n = len(view.text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    oa, ob = view.to_original(a, b)
    assert 0 <= oa <= ob <= len(text)
    if a < b:
        assert oa < ob  # a non-empty analysis span never comes from nothing
        assert view.original_text(a, b) == text[oa:ob]


@FUZZ
@given(st.lists(st.sampled_from(list("abcXYZ0123456789中国服务贸易增长们这。%") + ["\n"]), max_size=100).map("".join))
def test_text_that_needs_no_normalizing_maps_one_to_one(text):
    text = re.sub(r"\n+", "\n", text)  # a blank line may join paragraphs; a single line break never does
    view = normalize(text)
    assert view.text == text
    assert list(view.starts) == list(range(len(text))) and list(view.ends) == list(range(1, len(text) + 1))


@settings(FUZZ, max_examples=60)
@given(st.lists(st.tuples(st.sampled_from(["div", "p", "span", "li", "td", "b", "script", "style", "title"]),
                          st.sampled_from(HAN + FIGURES + PERIODS + ["&lt;", "&#x4e2d;", "&nbsp;", " "])),
                max_size=30),
       st.integers(0, 60))
def test_html_of_any_shape_and_depth_normalizes_inside_the_original(elements, depth):
    body = "".join(f"<{tag} class=\"k\">{text}</{tag}>" for tag, text in elements)
    page = "<html><head><title>t</title></head><body>" + "<div>" * depth + body + "</div>" * depth + "</body></html>"
    view = normalize(page, "text/html")
    _check_offsets(page, view)
    assert "class=" not in view.text and "<div" not in view.text and "</" not in view.text  # markup is gone


# ---------------------------------------------------------------- the number parser


def _finite(value: str) -> Decimal:
    d = Decimal(value)
    assert d.is_finite(), value
    return d


@FUZZ
@given(st.one_of(any_text, st.lists(st.sampled_from(list("0123456789.,+-万亿兆千百十零〇一二两三四五六七八九点余多壹贰叁")
                                                      + ["million", "billion", "bn", " ", "k", "half a ", "twenty-",
                                                         "five", "hundred", "１", "２"]), max_size=12).map("".join)))
def test_parse_number_never_raises_and_is_finite(s):
    value = parse_number(s)
    assert value is None or (isinstance(value, Decimal) and value.is_finite())


@FUZZ
@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(["", "万", "亿", "万亿"]))
def test_arabic_numbers_with_separators_and_full_width_digits_round_trip(n, scale):
    factor = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12}[scale]
    for written in (str(n), f"{n:,}", str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))):
        assert parse_number(written + scale) == n * factor, written + scale


_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def english(n: int) -> str:
    """1 <= n < 1,000,000 in English words."""
    def below_thousand(k: int) -> str:
        h, r = divmod(k, 100)
        words = [f"{_ONES[h]} hundred"] if h else []
        if r >= 20:
            words.append(_TENS[r // 10] + (f"-{_ONES[r % 10]}" if r % 10 else ""))
        elif r:
            words.append(_ONES[r])
        return " ".join(words)
    th, r = divmod(n, 1000)
    return " ".join(w for w in ([f"{below_thousand(th)} thousand"] if th else []) + [below_thousand(r)] if w)


@FUZZ
@given(st.integers(min_value=1, max_value=999_999))
def test_english_number_words_round_trip(n):
    assert parse_number(english(n)) == n, english(n)


@FUZZ
@given(documents, st.integers(min_value=0, max_value=10**6))
def test_find_quantities_spans_inside_values_finite(text, offset):
    last = offset
    for q in find_quantities(text, offset):
        assert last <= q.norm_start < q.norm_end <= offset + len(text)
        last = q.norm_end
        for v in (q.value, q.low, q.high):
            if v is not None:
                _finite(v)


# ---------------------------------------------------------------- the period parser

_CN_NUM = "〇一二三四五六七八九十"


def _cn_month(m: int) -> str:
    return _CN_NUM[m] if m <= 10 else "十" + _CN_NUM[m - 10]


_MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


@st.composite
def stated_periods(draw):
    """(sentence, label): a period stated in one of many ways, in a Chinese or an English sentence."""
    y = draw(st.integers(1990, 2098))  # years are 19xx and 20xx
    m = draw(st.integers(1, 12))
    m2 = draw(st.integers(m, 12))
    q = draw(st.integers(1, 4))
    h = draw(st.integers(1, 2))
    cn_year = "".join("〇一二三四五六七八九"[int(c)] for c in str(y))
    months = f"{y}-{m:02d}" if m == m2 else f"{y}-{m:02d}/{y}-{m2:02d}"
    if (m, m2) == (1, 12):  # a span that is exactly a year, a half or a quarter is named as one
        months = f"{y}"
    elif (m, m2) in ((1, 6), (7, 12)):
        months = f"{y}-H{m2 // 6}"
    elif m % 3 == 1 and m2 == m + 2:
        months = f"{y}-Q{m2 // 3}"
    zh = [
        (f"{y}年", f"{y}"), (f"{y} 年", f"{y}"), (f"{cn_year}年", f"{y}"),
        (f"{y}年{m}月", f"{y}-{m:02d}"), (f"{y}年{_cn_month(m)}月", f"{y}-{m:02d}"),
        (f"{y}年{'上下'[h - 1]}半年", f"{y}-H{h}"), (f"{y}年第{'一二三四'[q - 1]}季度", f"{y}-Q{q}"),
        (f"{y}年第{q}季度", f"{y}-Q{q}"), (f"{y}年前三季度", f"{y}-Q1/{y}-Q3"),
        (f"{y}年{m}-{m2}月", months), (f"{y}年{m}至{m2}月", months), (f"{y}年至{y + 1}年", f"{y}/{y + 1}"),
    ]
    en = [
        (f"in {y}", f"{y}"), (f"in {_MONTHS[m]} {y}", f"{y}-{m:02d}"), (f"in H{h} {y}", f"{y}-H{h}"),
        (f"in the {['first', 'second'][h - 1]} half of {y}", f"{y}-H{h}"), (f"in Q{q} {y}", f"{y}-Q{q}"),
        (f"in the {['first', 'second', 'third', 'fourth'][q - 1]} quarter of {y}", f"{y}-Q{q}"),
        (f"in the first three quarters of {y}", f"{y}-Q1/{y}-Q3"),
    ]
    if draw(st.booleans()):
        frame = draw(st.sampled_from(["{}", "{}，服务出口增长5%。", "据统计，{}全市游戏出口达3亿元。", "数据显示{}出口下降"]))
        stated, label = draw(st.sampled_from(zh))
    else:
        frame = draw(st.sampled_from(["{}", "Exports rose 5% {}.", "Revenue {} was $3 billion, the firm said."]))
        stated, label = draw(st.sampled_from(en))
    return frame.format(stated), stated, label


@FUZZ
@given(stated_periods())
def test_a_stated_period_reads_back_as_its_label(case):
    sentence, stated, label = case
    found = find_periods(sentence)
    assert [p.label for p in found] == [label], (sentence, found)
    p = found[0]
    assert sentence[p.norm_start:p.norm_end] in stated  # the span is the period itself (without "in")
    assert p.start <= p.end


@FUZZ
@given(documents, st.one_of(st.none(), st.sampled_from(["2025-06-20", "2024", "2025-02-30", "garbage"])),
       st.integers(min_value=0, max_value=10**6))
def test_find_periods_never_raises_and_spans_stay_inside(text, doc_date, offset):
    for p in find_periods(text, offset, doc_date=doc_date):
        assert offset <= p.norm_start < p.norm_end <= offset + len(text)
        assert 1000 <= int(p.start[:4]) <= int(p.end[:4]) <= 9999
        assert p.start <= p.end
    for a, b in period_spans(text):
        assert 0 <= a < b <= len(text)


# ---------------------------------------------------------------- the whole text layer


@FUZZ
@given(documents, media_types)
def test_figures_and_periods_of_a_document_map_back_inside_the_original(text, media_type):
    """analyse (normalize, sentences) -> figures and periods -> original offsets, as the build does."""
    import hashlib

    from kg.model import SourceFile
    from kg.structure import analyse

    if not text.strip():
        return
    doc = analyse(SourceFile(path="fuzz", name="fuzz", sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
                             byte_size=len(text), encoding="utf-8", media_type=media_type, text=text, warnings=()))
    for sent in doc.sentences:
        assert 0 <= sent.start <= sent.end <= len(text)
        assert doc.analysis_text[sent.norm_start:sent.norm_end] == sent.text
        spans = [(q.norm_start, q.norm_end) for q in find_quantities(sent.text, sent.norm_start)]
        spans += [(p.norm_start, p.norm_end) for p in find_periods(sent.text, sent.norm_start, doc_date="2025-06-20")]
        for a, b in spans:
            assert sent.norm_start <= a < b <= sent.norm_end
            oa, ob = doc.to_original(a, b)
            assert sent.start <= oa < ob <= sent.end
