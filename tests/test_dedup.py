"""Repeated passages within and across documents (kg.dedup)."""

from __future__ import annotations

from kg.dedup import mark_duplicates
from kg.structure import analyse
from tests.test_structure import source

BODY_A = ("近年来，国产独立游戏在海外发行平台上的表现越来越好，多款作品进入了区域销量榜单前列，开发团队普遍认为本地化质量是关键因素。\n\n"
          "与此同时，出海企业也面临版权保护、支付渠道和内容审核等方面的挑战，需要政府与行业协会提供更多公共服务。\n\n")
BODY_B = "另一篇文章讨论的是跨境电商物流的新模式，与游戏行业没有关系，只是为了验证不同的段落不会被误判为重复内容。\n\n"


def newsletter(*bodies: str) -> str:
    parts = []
    for i, body in enumerate(bodies, 1):
        parts.append(f"● 第{i}篇的标题\n\n{body}（文章来源：测试日报）\n\n")
    return "".join(parts)


def test_article_repeating_another_under_a_new_headline_is_marked():
    # the copy changes one word and drops a particle: still a copy
    copy = BODY_A.replace("越来越好", "愈来愈好").replace("也面临", "面临")
    doc = analyse(source(newsletter(BODY_A, BODY_B, copy)))
    docs, dups = mark_duplicates([doc])
    arts = docs[0].articles
    assert arts[2].duplicate_of == (doc.doc_id, 1)
    assert arts[2].duplicate_ratio >= 0.6
    assert arts[0].duplicate_of is None and arts[1].duplicate_of is None
    assert len(dups) == 2 and all(d.copy_doc == d.original_doc == doc.doc_id for d in dups)
    copied = [s for s in docs[0].sentences if s.duplicate_of]
    assert copied and all(s.article == 3 for s in copied)
    originals = {docs[0].sentences[i].article for _, i in (s.duplicate_of for s in copied)}
    assert originals == {1}


def test_passage_repeated_in_a_later_document():
    first = analyse(source("报道一\n\n" + BODY_A, "a.txt"))
    second = analyse(source("转载\n\n" + BODY_B + BODY_A, "b.txt"))
    docs, dups = mark_duplicates([first, second])
    assert {(d.original_doc, d.copy_doc) for d in dups} == {(first.doc_id, second.doc_id)}
    for d in dups:
        a, b = d.original
        c, e = d.copy
        assert first.source.text[a:b] == second.source.text[c:e]
    assert not any(s.duplicate_of for s in docs[0].sentences)
    assert any(s.duplicate_of and s.duplicate_of[0] == first.doc_id for s in docs[1].sentences)


def test_distinct_documents_share_nothing():
    docs, dups = mark_duplicates([analyse(source(BODY_A, "a.txt")), analyse(source(BODY_B, "b.txt"))])
    assert dups == []
