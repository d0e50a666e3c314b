"""Resolution of mentions to entities (kg.resolve.entities): one node per real thing.

Sentences are written for these tests; names are invented or public vocabulary, not taken from seeds/.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract.entities import extract_entities
from kg.model import SourceFile
from kg.rdf import slug
from kg.resolve.entities import clean_label, resolve_entities
from kg.structure import analyse

ROOT = Path(__file__).resolve().parent.parent


def doc(text: str, name: str = "t.txt"):
    data = text.encode("utf-8")
    return analyse(SourceFile(path=name, name=name, sha256=hashlib.sha256(data).hexdigest(), byte_size=len(data),
                              encoding="utf-8", media_type="text/plain", text=text))


def resolve(*texts: str, knowledge: bool = True):
    ms, rs = [], []
    for i, t in enumerate(texts):
        m, r = extract_entities(doc(t, f"d{i}.txt"), use_knowledge=knowledge)
        ms += m
        rs += r
    return resolve_entities(ms, rs, use_knowledge=knowledge)


def by_key(entities):
    return {e.key: e for e in entities}


def test_scripts_and_width_fold_to_one_node():
    es, _ = resolve("游戏《星落长河：归途》在泰国上线。", "手遊《星落長河:歸途》在香港上線。", knowledge=False)
    works = [e for e in es if e.type == "VideoGame"]
    assert len(works) == 1
    w = works[0]
    assert w.key == "work/" + slug("星落长河：归途")
    assert ("星落長河:歸途", "zh-Hant") in w.pref_labels
    assert {m.doc_id for m in w.mentions} == {m.doc_id for m in w.mentions} and len(w.mentions) == 2


def test_alias_written_in_the_text_joins_languages():
    es, _ = resolve("星澜互娱（Starlane Games）发行的《海雾》在日本上线。",
                    "Starlane Games said the game would reach Korea next year.", knowledge=False)
    firm = by_key(es)["orgn/" + slug("星澜互娱")]
    assert firm.type == "Firm"
    assert ("Starlane Games", "en") in firm.pref_labels
    assert len({m.doc_id for m in firm.mentions}) == 2


def test_short_form_of_a_colon_title_joins_it():
    es, _ = resolve("游戏《天穹:回声》上线后大受欢迎，玩家称回声的画面出色。", knowledge=False)
    works = [e for e in es if e.type == "VideoGame"]
    assert len(works) == 1 and len(works[0].mentions) == 2


def test_abbreviation_defined_in_text():
    es, _ = resolve("海川市数字经济研究院（以下简称“海数院”）发布报告。海数院表示将继续跟踪。", knowledge=False)
    org = by_key(es)["orgn/" + slug("海川市数字经济研究院")]
    assert len(org.mentions) == 3
    assert ("海数院", "zh-Hans") in org.alt_labels


def test_legal_form_joins_firm_names():
    es, _ = resolve("云帆互动科技有限公司研发的手游《星落长河》上线。", "云帆互动科技研发的手游《海潮》上线。", knowledge=False)
    firms = [e for e in es if e.type == "Firm"]
    assert len(firms) == 1, [f.key for f in firms]


def test_curated_aliases_across_languages():
    es, _ = resolve("商务部发布数据。", "中國商務部表示，服務貿易增長。", "MOFCOM said services trade grew.",
                    "China's Ministry of Commerce released figures.")
    mofcom = by_key(es)["orgn/商务部"]
    assert mofcom.type == "GovernmentBody"
    assert len({m.doc_id for m in mofcom.mentions}) == 4
    langs = [lang for _, lang in mofcom.pref_labels]
    assert len(langs) == len(set(langs))  # at most one preferred label per language


def test_places_resolve_to_their_data_name_across_languages():
    es, _ = resolve("四川游戏出口增长。", "四川省商务厅发布数据。", "Exports from Sichuan rose.", knowledge=False)
    sichuan = by_key(es)["place/" + slug("四川省")]
    assert sichuan.type == "Province"
    assert {lang for _, lang in sichuan.pref_labels} == {"zh-Hans", "en"}


def test_different_kinds_never_merge():
    es, _ = resolve("《海川》是一部电影。", "海川市商务局发布数据。", knowledge=False)
    kinds = {e.key.split("/")[0] for e in es}
    assert {"work", "orgn"} <= kinds


def test_media_outlet_key_matches_the_publisher_node_of_the_document_stage():
    es, _ = resolve("据《海川日报》报道，出口增长。", knowledge=False)
    outlet = [e for e in es if e.type == "MediaOutlet"][0]
    assert outlet.key == "orgn/" + slug("海川日报")  # the document stage mints ORGN[slug(name)] too


def test_english_person_named_again_by_surname():
    es, _ = resolve("Zhao Yuting, a researcher at the Lanting Institute, spoke first. Later Zhao said demand held.",
                    knowledge=False)
    person = by_key(es)["person/" + slug("Zhao Yuting")]
    assert len(person.mentions) == 2
    assert ("Zhao Yuting", "en") in person.pref_labels and ("Zhao", "en") in person.alt_labels


def test_relations_are_grouped_with_evidence():
    es, rels = resolve("由云帆互动科技有限公司研发的手游《星落长河》在泰国上线。",
                       "手遊《星落長河》由雲帆互動科技有限公司研發，已在泰國上線。", knowledge=False)
    dev = [r for r in rels if r.predicate == "developer"]
    assert len(dev) == 1 and len(dev[0].evidence) == 2
    assert dev[0].subject == "work/" + slug("星落长河")


def test_roles_keep_the_title():
    _, rels = resolve("海川市商务局服务贸易处处长林可欣表示，出口增长。", knowledge=False)
    roles = [r for r in rels if r.predicate == "roleAt"]
    assert [(r.subject, r.object, r.role) for r in roles] == [
        ("person/林可欣", "orgn/" + slug("海川市商务局"), "服务贸易处处长")]


def test_labels_drop_pinyin_glosses():
    assert clean_label("上海臨數(shù)文化科技有限公司") == "上海臨數文化科技有限公司"
    assert clean_label("《促进服务\n\n外包行动计划》") == "促进服务外包行动计划"


TEXTS = [
    "由云帆互动科技有限公司研发的手游《星落长河》于2025年6月18日在泰国和越南同步上线。",
    "海川市商务局服务贸易处处长林可欣表示，云帆互动科技有限公司（Yunfan Interactive）的海外收入增长迅速。",
    "《星落長河》的繁體版已在香港上線。",
    "Yunfan Interactive said the game would reach Japan next year.",
]


def _summary(entities, relations):
    return (
        [(e.key, e.type, e.canonical, e.pref_labels, e.alt_labels, len(e.mentions)) for e in entities],
        [(r.subject, r.predicate, r.object, r.literal, r.role, len(r.evidence)) for r in relations],
    )


def test_order_of_input_does_not_matter():
    ms, rs = [], []
    for i, t in enumerate(TEXTS):
        m, r = extract_entities(doc(t, f"d{i}.txt"))
        ms += m
        rs += r
    base = _summary(*resolve_entities(ms, rs))
    rnd = random.Random(7)
    for _ in range(3):
        ms2, rs2 = ms[:], rs[:]
        rnd.shuffle(ms2)
        rnd.shuffle(rs2)
        assert _summary(*resolve_entities(ms2, rs2)) == base


def test_independent_of_the_hash_seed():
    code = (
        "import json,sys,hashlib;sys.path.insert(0,%r);"
        "from tests.test_resolve_entities import TEXTS, doc, _summary;"
        "from kg.extract.entities import extract_entities;"
        "from kg.resolve.entities import resolve_entities;"
        "ms=[];rs=[]\n"
        "for i,t in enumerate(TEXTS):\n"
        "    m,r=extract_entities(doc(t,'d%%d.txt'%%i)); ms+=m; rs+=r\n"
        "print(json.dumps(_summary(*resolve_entities(ms,rs)),ensure_ascii=False))"
    ) % str(ROOT)
    outs = []
    for seed in ("1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
        assert p.returncode == 0, p.stderr
        outs.append(json.loads(p.stdout))
    assert outs[0] == outs[1]


@pytest.mark.parametrize("surface, label", [
    ("《星槎旧梦》", "星槎旧梦"),
    ("“云上丝路”在越南", "“云上丝路”在越南"),  # quotation marks inside a title stay
    ("《“云上丝路”在越南》", "“云上丝路”在越南"),
    ("\"Moonlit Harbor\"", "Moonlit Harbor"),
    ("“十五五”规划", "“十五五”规划"),
])
def test_labels_lose_wrapping_marks_but_keep_inner_quotes(surface, label):
    from kg.resolve.entities import clean_label

    assert clean_label(surface) == label
