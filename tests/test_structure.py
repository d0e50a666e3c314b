"""Sentences, articles and document metadata (kg.structure), on documents written for the test."""

from __future__ import annotations

import hashlib

from kg.model import SourceFile
from kg.structure import analyse, parse_date


def source(text: str, name: str = "t.txt", media_type: str = "text/plain") -> SourceFile:
    data = text.encode("utf-8")
    return SourceFile(path=name, name=name, sha256=hashlib.sha256(data).hexdigest(), byte_size=len(data),
                      encoding="utf-8", media_type=media_type, text=text)


NEWSLETTER = """文旅出海周刊

2024 年第 7 期

华东数字文化促进会编

2024 年 9 月 12 日

【要闻】

● 动画电影《云海奇航》登陆东南亚院线

暑期档国产动画电影《云海奇航》在新加坡、马来西亚等六个国家同步上映，首周票房超过三千万元人民币。业内人士认为，动画电影正在成为文化出海的新名片，其制作水准已经得到海外观众的广泛认可，发行方也计划在年底前进入中东市场。

（文章来源：南方文旅报）

● 网络文学平台海外用户突破一亿

据星文科技有限公司发布的数据，其海外平台注册用户已经突破一亿，覆盖两百多个国家和地区。公司表示，将继续扩大多语种翻译规模，预计全年上线的翻译作品将超过五千部，并与更多海外出版机构开展版权合作。

（文章来源：晨光经济报）
"""


def test_newsletter_is_split_into_articles_with_titles_and_sources():
    doc = analyse(source(NEWSLETTER))
    assert doc.title == "文旅出海周刊"
    assert doc.publisher == "华东数字文化促进会"
    assert doc.date == "2024-09-12"
    assert [a.title for a in doc.articles] == ["动画电影《云海奇航》登陆东南亚院线", "网络文学平台海外用户突破一亿"]
    assert [a.source for a in doc.articles] == ["南方文旅报", "晨光经济报"]
    for art in doc.articles:
        assert NEWSLETTER[art.start:art.end].startswith("●")
        assert NEWSLETTER[art.start:art.end].endswith("）")
        assert NEWSLETTER[art.title_span[0]:art.title_span[1]] == art.title
        assert NEWSLETTER[art.source_span[0]:art.source_span[1]] == art.source
    # sentences know their article; the masthead belongs to none
    assert {s.article for s in doc.sentences} == {0, 1, 2}
    assert doc.publisher_span and NEWSLETTER[doc.publisher_span[0]:doc.publisher_span[1]] == doc.publisher


def test_single_article_with_web_chrome_and_byline():
    text = ("Menu\nSearch\n海外游戏市场的新变化\nHuaxia Daily · 2023-11-05 09:30\n"
            "今年以来，国产手游在中东市场增长迅速。多家企业加大了本地化投入。\n")
    doc = analyse(source(text))
    assert doc.title == "海外游戏市场的新变化"
    assert doc.publisher == "Huaxia Daily"
    assert doc.date == "2023-11-05T09:30:00"
    assert len(doc.articles) == 1 and doc.articles[0].title == doc.title


def test_a_byline_bullet_is_not_an_article():
    text = "国产游戏海外收入稳步增长，主要市场集中在北美和日本。\n●张文\n简介：作者为行业观察者。\n"
    doc = analyse(source(text))
    assert len(doc.articles) == 1


def test_english_title_and_trailing_source():
    text = ("Animated Films Find New Audiences Abroad\n\n"
            "Chinese animated films earned more overseas in 2023 than in any year before. Mr. Zhao of the "
            "studio said the U.S. market remained hard to enter. Sales rose 8.5 percent.\n\n"
            "Source: Eastern Business Review\n")
    doc = analyse(source(text))
    assert doc.title == "Animated Films Find New Audiences Abroad"
    assert doc.publisher == "Eastern Business Review"
    texts = [s.text for s in doc.sentences]
    assert "Mr. Zhao of the studio said the U.S. market remained hard to enter." in texts
    assert "Sales rose 8.5 percent." in texts
    assert doc.primary_script == "en"


def test_a_first_line_that_is_only_a_date_is_the_dateline_and_the_headline_follows():
    text = ("2031-02-17\n\n青岚动画去年海外授权收入增长四成\n本报记者 林溪\n\n"
            "青岚动画今天公布，去年公司海外授权收入为3.21亿元。\n")
    doc = analyse(source(text))
    assert doc.date == "2031-02-17"
    assert doc.title == "青岚动画去年海外授权收入增长四成"
    assert doc.articles[0].title == doc.title
    labelled = analyse(source("Date: 17 February 2031\nLantern Reef Studio doubles its licensing income\n\n"
                              "Lantern Reef Studio said on Monday that its licensing income doubled last year.\n"))
    assert labelled.date == "2031-02-17"
    assert labelled.title == "Lantern Reef Studio doubles its licensing income"
    alone = analyse(source("2031-02-17\n\n今年上半年，全市数字贸易额同比增长百分之十二。\n"))
    assert alone.title is None  # the line after the date is a sentence, not a headline


def test_first_line_that_is_a_sentence_is_not_a_title():
    doc = analyse(source("今年上半年，全市数字贸易额同比增长百分之十二。\n下半年预计继续增长。"))
    assert doc.title is None


def test_mixed_script_document_sentence_by_sentence():
    text = ("2023年，該省動漫產品出口額達到十二億元。\n"
            "In 2023 the province exported 1.2 billion yuan of animation products.\n"
            "目前，市場仍在擴大。\n")
    doc = analyse(source(text))
    assert [s.script for s in doc.sentences] == ["zh-Hant", "en", "zh-Hant"]
    assert set(doc.scripts) == {"zh-Hant", "en"}
    # sentence spans point at the original characters
    s = doc.sentences[0]
    assert text[s.start:s.end] == "2023年，該省動漫產品出口額達到十二億元。"
    assert s.text == "2023年,该省动漫产品出口额达到十二亿元。"


def test_chinese_sentence_segmentation_keeps_quotes_and_decimals():
    doc = analyse(source("他说：“市场很大！”随后补充道，增速为3.5%。真的吗？是的。"))
    assert [s.text for s in doc.sentences] == ["他说:“市场很大!”", "随后补充道,增速为3.5%。", "真的吗?", "是的。"]


def test_parse_date_formats():
    assert parse_date("2025 年 3 月 8 日") == "2025-03-08"
    assert parse_date("发布时间：2024/12/01") == "2024-12-01"
    assert parse_date("Published March 4, 2022") == "2022-03-04"
    assert parse_date("4 March 2022") == "2022-03-04"
    assert parse_date("2024-13-45") is None
    assert parse_date("第3期") is None


def test_html_document_title_and_text():
    html = "<html><head><title>Game exports</title></head><body><p>Exports rose.</p><p>Imports fell.</p></body></html>"
    doc = analyse(source(html, "p.html", "text/html"))
    assert doc.title == "Game exports"
    assert [s.text for s in doc.sentences] == ["Game exports", "Exports rose.", "Imports fell."]
    s = doc.sentences[1]
    assert html[s.start:s.end] == "Exports rose."
