"""Stage 3a: one node per real thing, across scripts and documents.

Entry function: :func:`resolve_entities`. Mentions are joined when they share a
matching key within the same kind of thing (work, organization, place, person,
policy/report, event/award):

- the name itself, folded: Traditional to Simplified (OpenCC t2s), width (NFKC),
  case, title marks, quotes, spaces and punctuation dropped (《黑神話:悟空》 =
  黑神话：悟空);
- the canonical name the extractor recorded: an alias written in the text
  (工业和信息化部（工信部）, 米哈游（miHoYo）), a short form of a colon title (悟空 after
  《黑神话：悟空》), an English surname after the full name (Li -> Li Jun), the data
  name of a place (四川 -> 四川省, Sichuan -> 四川省);
- for firms, the name without its legal form (网易公司 = 网易, NetEase, Inc. = NetEase);
- the curated knowledge file (kg/data/knowledge/entities.json): all names of one
  entry are one thing (商务部 = 中国商务部 = Ministry of Commerce = MOFCOM).

Each cluster gets a canonical name (the curated one, else the data name of a
place, else the most frequent full name, Chinese first), one type (the curated
one, else the best-supported type of its mentions) and the key
``<kind>/<slug(canonical)>`` that the RDF stage turns into an IRI; a media outlet
therefore gets the same IRI as the publisher node of the document stage.

Deterministic: every choice is made on sorted data; nothing depends on set or
dict iteration order or on the hash seed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable, Optional

from ..extract.entities import PLACES, WORKS, fold, kind_of, knowledge_entries
from ..model import ENTITY_TYPES, Entity, Mention, Relation, RelationMention
from ..normalize import HAN_CLASS, script_of, to_simplified
from ..rdf import slug

__all__ = ["resolve_entities", "clean_label"]

_LEGAL_FORM = re.compile(
    r"(?:股份有限公司|有限责任公司|集团有限公司|控股有限公司|有限公司|公司|"
    r",?\s+(?:Co\.,?\s+)?(?:Ltd|Inc|Corp|LLC|PLC|Limited|Corporation|Incorporated)\.?)$"
)
_HAN = re.compile(f"[{HAN_CLASS}]")
_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ?]{1,7}\)")

#: how much a rule's type is trusted when mentions of one thing disagree
_RULE_WEIGHT = {"knowledge": 4, "title-mark": 3, "org-suffix": 3, "gazetteer-region": 3, "gazetteer-region-en": 3,
                "person-title": 3, "person-caption": 3, "org-suffix-en": 3, "alias-paren": 1, "document-name": 1,
                "short-form": 1, "person-surname": 1}


#: The resolver meets the same names again and again (a mention's text, canonical name and surface;
#: a firm's name in every article): the pure string functions below keep their last 65,536 results.
_fold = lru_cache(maxsize=1 << 16)(fold)


@lru_cache(maxsize=1 << 16)
def clean_label(text: str) -> str:
    """A label made from a surface: pinyin glosses dropped, spaces inside Chinese closed, marks trimmed."""
    s = _GLOSS.sub("", text)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(rf"(?<=[{HAN_CLASS}（）()《》“”：:，,])\s+(?=[{HAN_CLASS}（）()《》“”：:，,])", "", s)
    s = re.sub(rf"(?<=[{HAN_CLASS}])\s+(?=\d)|(?<=\d)\s+(?=[{HAN_CLASS}])", "", s)
    s = s.strip(" \t\n")
    # marks that wrap the whole name go; quotation marks inside it stay (《“数字丝路”在泰国》, “十四五”规划)
    changed = True
    while changed and s:
        changed = False
        if len(s) >= 2 and s[0] in _PAIRS and s[-1] == _PAIRS[s[0]] and not (set(s[1:-1]) & {s[0], s[-1]}):
            s, changed = s[1:-1].strip(), True
        elif s[0] in _PAIRS and _PAIRS[s[0]] not in s[1:]:
            s, changed = s[1:].strip(), True
        elif s and s[-1] in _CLOSERS and _CLOSERS[s[-1]] not in s[:-1]:
            s, changed = s[:-1].strip(), True
    return s


_PAIRS = {"《": "》", "「": "」", "『": "』", "“": "”", "\"": "\"", "'": "'", "‘": "’"}
_CLOSERS = {b: a for a, b in _PAIRS.items()}


@lru_cache(maxsize=1 << 16)
def _simplified_label(text: str) -> str:
    return clean_label(to_simplified(text))


@lru_cache(maxsize=1 << 16)
def _firm_key(name: str) -> Optional[str]:
    base = _LEGAL_FORM.sub("", name.strip()).strip(" ,")
    if base and base != name.strip() and len(_fold(base)) >= 2:
        return _fold(base)
    return None


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[tuple, tuple] = {}

    def find(self, x: tuple) -> tuple:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: tuple, b: tuple) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra  # the smaller key is the root: independent of call order


def _mention_keys(m: Mention) -> list[tuple]:
    kind = kind_of(m.type)
    keys = [(kind, _fold(m.text))]
    if m.canonical:
        keys.append((kind, _fold(m.canonical)))
    if m.type == "Firm":
        fk = _firm_key(m.text)
        if fk:
            keys.append((kind, fk))
    return [k for k in keys if k[1]]


def _curated_index() -> tuple[dict[tuple, dict], list[dict]]:
    index: dict[tuple, dict] = {}
    entries = knowledge_entries()
    for e in entries:
        kind = kind_of(e["type"])
        for n in [e["canonical"]] + list(e["names"]) + list(e.get("abbr", [])):
            index.setdefault((kind, _fold(n)), e)
    return index, entries


def _choose_type(ms: list[Mention]) -> str:
    score: Counter = Counter()
    for m in ms:
        score[m.type] += _RULE_WEIGHT.get(m.rule, 2)
    order = {t: i for i, t in enumerate(ENTITY_TYPES)}
    return sorted(score, key=lambda t: (-score[t], order.get(t, 99)))[0]


def _choose_canonical(ms: list[Mention], curated: Optional[dict]) -> str:
    if curated is not None:
        return curated["canonical"]
    places = sorted({m.canonical for m in ms if m.canonical and m.rule.startswith("gazetteer")})
    if places:
        return places[0]
    # canonical names the text states (the fuller name an alias points to)
    stated = Counter(clean_label(m.canonical) for m in ms if m.canonical and not m.rule.startswith("gazetteer"))
    full = Counter(_simplified_label(m.text) for m in ms if not m.rule.startswith("alias")
                   and m.rule not in ("short-form", "person-surname"))
    pool = full + stated if (full or stated) else Counter(_simplified_label(m.text) for m in ms)

    def rank(name: str) -> tuple:
        han = bool(_HAN.search(name))
        return (not han, -pool[name], -len(name), name)

    return sorted(pool, key=rank)[0]


def resolve_entities(mentions: list[Mention], relation_mentions: list[RelationMention],
                     *, use_knowledge: bool = True) -> tuple[list[Entity], list[Relation]]:
    """Entities (one per real thing) and relations between them, both sorted by key."""
    ordered = sorted(set(mentions), key=lambda m: (m.doc_id, m.start, m.end, m.type, m.norm_start, m.rule))
    uf = _UnionFind()
    curated_index: dict[tuple, dict] = {}
    if use_knowledge:
        curated_index, entries = _curated_index()
        for e in entries:
            kind = kind_of(e["type"])
            names = [e["canonical"]] + list(e["names"]) + list(e.get("abbr", []))
            first = (kind, _fold(e["canonical"]))
            for n in names:
                if _fold(n):
                    uf.union(first, (kind, _fold(n)))
    mention_keys = [_mention_keys(m) for m in ordered]
    for keys in mention_keys:
        for k in keys[1:]:
            uf.union(keys[0], k)
        uf.find(keys[0])

    clusters: dict[tuple, list[Mention]] = defaultdict(list)
    for m, keys in zip(ordered, mention_keys):
        clusters[uf.find(keys[0])].append(m)

    # every key of a cluster, to find a curated entry that names it
    members: dict[tuple, set] = defaultdict(set)
    for node in list(uf.parent):
        members[uf.find(node)].add(node)

    entities: dict[str, Entity] = {}
    key_of: dict[Mention, str] = {}
    for root in sorted(clusters):
        ms = clusters[root]
        curated = None
        for k in sorted(members[root]):
            if k in curated_index:
                curated = curated_index[k]
                break
        typ = curated["type"] if curated is not None and kind_of(curated["type"]) == root[0] else _choose_type(ms)
        canonical = _choose_canonical(ms, curated)
        key = f"{kind_of(typ)}/{slug(canonical)}"
        if key in entities:  # two clusters with one canonical name: merge them
            old = entities[key]
            ms = sorted(set(old.mentions) | set(ms), key=lambda m: (m.doc_id, m.start, m.end, m.type))
            typ = old.type
        pref, alt = _labels(canonical, ms)
        entities[key] = Entity(key=key, type=typ, canonical=canonical, pref_labels=pref, alt_labels=alt,
                               mentions=tuple(ms), same_as=())
        for m in ms:
            key_of[m] = key

    relations = _relations(relation_mentions, key_of, entities)
    return [entities[k] for k in sorted(entities)], relations


def _labels(canonical: str, ms: list[Mention]) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    by_lang: dict[str, Counter] = defaultdict(Counter)
    for m in ms:
        label = clean_label(m.surface)
        if label:
            by_lang[m.lang if m.lang in ("zh-Hans", "zh-Hant", "en") else script_of(label)][label] += 1
    canon_lang = script_of(canonical)
    pref: list[tuple[str, str]] = []
    alt: list[tuple[str, str]] = []
    langs = sorted(set(by_lang) | {canon_lang})
    for lang in langs:
        counts = by_lang.get(lang, Counter())
        same = _fold(canonical)
        if lang == canon_lang and (canonical in counts or not counts):
            chosen = canonical
        elif counts:
            # the form of the canonical name in this script first (哪吒之魔童鬧海 before 哪吒2), then the most frequent
            chosen = sorted(counts, key=lambda x: (_fold(x) != same, -counts[x], -len(x), x))[0]
        else:
            continue
        pref.append((chosen, lang))
        for label in sorted(counts):
            if label != chosen:
                alt.append((label, lang))
    return tuple(sorted(pref, key=lambda x: (x[1], x[0]))), tuple(sorted(set(alt), key=lambda x: (x[1], x[0])))


_FITS = {
    "developer": (set(WORKS), None),
    "publisher": (set(WORKS), None),
    "producer": (set(WORKS), None),
    "publishedBy": ({"Report"}, None),
    "issuedBy": ({"Policy"}, None),
    "releaseDate": (set(WORKS) | {"Policy", "Report"}, None),
    "releaseMarket": (set(WORKS), set(PLACES)),
    "award": (None, {"Award"}),
    "locatedIn": (None, set(PLACES)),
    "withinRegion": (set(PLACES), set(PLACES)),
    "jurisdiction": ({"GovernmentBody", "Policy"}, set(PLACES)),
    "roleAt": ({"Person"}, None),
}


def _relations(rms: Iterable[RelationMention], key_of: dict[Mention, str],
               entities: dict[str, Entity]) -> list[Relation]:
    grouped: dict[tuple, list[RelationMention]] = defaultdict(list)
    for rm in rms:
        s = key_of.get(rm.subject)
        o = key_of.get(rm.object) if rm.object is not None else None
        if s is None or (rm.object is not None and o is None) or s == o:
            continue
        fit = _FITS.get(rm.predicate)
        if fit is not None:
            st, ot = fit
            if st is not None and entities[s].type not in st:
                continue
            if ot is not None and o is not None and entities[o].type not in ot:
                continue
        role = clean_label(rm.role) if rm.role else None
        grouped[(s, rm.predicate, o or "", rm.literal or "", role or "")].append(rm)
    out = []
    for (s, p, o, lit, role) in sorted(grouped):
        ev = tuple(sorted(set(grouped[(s, p, o, lit, role)]),
                          key=lambda r: (r.doc_id, r.start, r.end, r.subject.start, r.object.start if r.object else -1)))
        out.append(Relation(subject=s, predicate=p, object=o or None, literal=lit or None, evidence=ev, role=role or None))
    return out
