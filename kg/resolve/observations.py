"""Observations and indicators across mentions, scripts and documents.

Entry function: :func:`resolve_observations`.

- Within one document, the same figure stated twice (a Traditional Chinese
  sentence and its English rendering, or a passage repeated by the document
  itself) is one observation with several pieces of evidence; a figure in a
  passage copied from an earlier document is evidence for the earlier
  document's observation. Figures of different documents are never merged:
  each document's statement is kept, with its source, and compared instead
  (:func:`cross_check`).
- Indicators are keyed by their concepts (:mod:`kg.extract.indicators`), so the
  same measure in two documents or scripts is one node; a bilingual pair of
  statements teaches the indicator its English or Chinese label.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from typing import Iterable, Optional

from ..model import Document, Indicator, Observation, ObservationMention
from ..normalize import to_traditional
from ..rdf.evidence import stable_hash

_KIND_SUFFIX = {"growth": "growth", "growth_difference": "growth-difference", "share": "share", "multiple": "multiple", "rank": "rank"}
_KIND_LABEL = {
    "growth": ("增速", "growth rate"),
    "growth_difference": ("增速差", "growth-rate difference"),
    "share": ("占比", "share"),
    "multiple": ("倍数", "multiple"),
    "rank": ("排名", "rank"),
}


#: a measure that is itself a ratio (毛利率, 占比, occupancy rate, gross margin): its share figures need no "share" label
_NAMES_A_RATIO = re.compile(r"(?:率|比例|比重|占比|份额)$|(?i:\b(?:rate|ratio|margin|share|proportion))$")


def iri_key(raw: str) -> str:
    """An indicator key safe inside an IRI and a Turtle prefixed name."""
    key = re.sub(r"[^\w\-.]+", "", raw.replace("+", ".")).strip(".")
    return key or "unspecified"


def _value_key(obs: ObservationMention) -> tuple:
    q = obs.quantity
    return (q.value, q.low, q.high, q.unit, obs.period.label if obs.period else None, q.kind)


def resolve_observations(documents: list[Document], mentions: dict[str, list[ObservationMention]],
                         subject_keys: dict[tuple[str, int, int], str]) -> tuple[list[Indicator], list[Observation]]:
    """Merge observation mentions into observations; derive the indicators they measure.

    ``subject_keys`` maps a subject mention (doc id, original start, end) to its entity key.
    """
    docs = {d.doc_id: d for d in documents}
    order = {d.doc_id: i for i, d in enumerate(documents)}
    groups: dict[tuple, list[ObservationMention]] = defaultdict(list)
    group_doc: dict[tuple, str] = {}

    def counterpart_of(om: ObservationMention) -> Optional[str]:
        c = om.counterpart
        return subject_keys.get((om.doc_id, c.start, c.end)) if c is not None else None

    for doc in documents:
        for om in mentions.get(doc.doc_id, []):
            sentence = doc.sentences[om.sentence]
            home = doc.doc_id
            if sentence.duplicate_of is not None:
                home = sentence.duplicate_of[0]
            # the same value with two markets (exports to A, exports to B) is two figures
            value = _value_key(om) + (counterpart_of(om),)
            key = (home,) + value
            if key not in groups and home != doc.doc_id:
                key = (doc.doc_id,) + value  # the original did not state it: keep it here
            groups[key].append(om)
            group_doc[key] = key[0]

    # indicator of each group: the mention whose phrase says most, Chinese first. A bilingual
    # pair teaches the indicator the other language's words only when both phrases name the same
    # concepts (same key); a looser phrase never renames an indicator.
    labels: dict[str, Counter] = defaultdict(Counter)
    group_indicator: dict[tuple, str] = {}
    for key, oms in groups.items():
        best = max(oms, key=lambda o: (o.indicator != "unspecified",
                                       any(lang != "en" for _, lang in o.indicator_labels),
                                       len(o.indicator.split("+")), -o.sentence))
        ind = best.indicator
        group_indicator[key] = ind
        for o in oms:
            if o.indicator == ind:
                stated_in_english = bool(o.indicator_labels) and o.indicator_labels[0][1] == "en"
                for text, lang in o.indicator_labels:
                    # words a document wrote outrank an English label composed from the vocabulary
                    labels[ind][(text, lang)] += 2 if (lang != "en" or stated_in_english) else 1

    indicators: dict[str, Indicator] = {}
    observations: list[Observation] = []
    obs_key_of: dict[tuple[str, int], str] = {}  # (doc, index in its mention list) -> observation key
    index_of: dict[int, tuple[str, int]] = {}
    for doc_id, oms in mentions.items():
        for i, om in enumerate(oms):
            index_of[id(om)] = (doc_id, i)

    for key in sorted(groups, key=lambda k: (order.get(group_doc[k], 0), _first_pos(groups[k]))):
        oms = sorted(groups[key], key=lambda o: (order[o.doc_id], o.start))
        first = oms[0]
        base = group_indicator[key]
        kind = first.quantity.kind
        ind_key = _ensure_indicator(indicators, base, kind, labels)
        about = None
        for o in oms:
            if o.subject is not None:
                about = subject_keys.get((o.doc_id, o.subject.start, o.subject.end))
            if about:
                break
        okey = stable_hash(group_doc[key], ind_key, *(_value_key(first)), first.start)
        for o in oms:
            obs_key_of[index_of[id(o)]] = okey
        counterpart = next((c for c in map(counterpart_of, oms) if c), None)
        observations.append(Observation(
            key=okey, doc_id=group_doc[key], indicator=ind_key, quantity=first.quantity, period=first.period,
            comparison_period=first.comparison_period if kind in ("growth", "multiple") else None, about=about,
            growth_of=None, mentions=tuple(oms), counterpart=counterpart,
        ))

    # growth rates point at the level they qualify (same document)
    by_key: dict[str, Observation] = {}  # observation key -> the first observation with it
    for obs in observations:
        by_key.setdefault(obs.key, obs)
    resolved = []
    for obs in observations:
        target = None
        for o in obs.mentions:
            if o.growth_of is not None:
                target = obs_key_of.get((o.doc_id, o.growth_of))
                if target:
                    break
        if target == obs.key:
            target = None
        about = obs.about
        if target is not None:
            level = by_key[target]
            about = level.about  # a rate and the level it qualifies are about the same thing
        resolved.append(Observation(**{**obs.__dict__, "growth_of": target, "about": about}))
    return sorted(indicators.values(), key=lambda i: i.key), resolved


def _first_pos(oms: list[ObservationMention]) -> int:
    return min(o.start for o in oms)


def _is_translation(a: ObservationMention, b: ObservationMention) -> bool:
    langs_a = {lang for _, lang in a.indicator_labels}
    langs_b = {lang for _, lang in b.indicator_labels}
    return ("en" in langs_a) != ("en" in langs_b) or langs_a != langs_b


UNSPECIFIED_LABELS = (("unspecified measure", "en"), ("未指明的指标", "zh-Hans"), ("未指明的指標", "zh-Hant"))


def _ensure_indicator(indicators: dict[str, Indicator], base: str, kind: str, labels: dict[str, Counter]) -> str:
    base_key = iri_key(base)
    if base_key not in indicators:
        pref = _pref_labels(labels.get(base, Counter())) or UNSPECIFIED_LABELS
        indicators[base_key] = Indicator(key=base_key, pref_labels=pref,
                                         alt_labels=_alt_labels(labels.get(base, Counter())), kind="level")
    if kind not in _KIND_SUFFIX:
        return base_key
    key = f"{base_key}.{_KIND_SUFFIX[kind]}"
    if key not in indicators:
        zh_suffix, en_suffix = _KIND_LABEL[kind]
        pref = []
        for text, lang in indicators[base_key].pref_labels:
            if kind == "share" and _NAMES_A_RATIO.search(text):
                pref.append((text, lang))  # 净利率, gross margin: the ratio itself, not a share of it
            else:
                pref.append((f"{text}{zh_suffix}" if lang.startswith("zh") else f"{text}, {en_suffix}", lang))
        indicators[key] = Indicator(key=key, pref_labels=tuple(pref),
                                    growth_of=base_key if kind in ("growth", "multiple") else None, kind=kind)
    return key


def _pref_labels(counter: Counter) -> tuple[tuple[str, str], ...]:
    by_lang: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for (text, lang), n in counter.items():
        by_lang[lang].append((n, text))
    out = []
    zh = None
    if by_lang.get("zh-Hans"):
        zh = sorted(by_lang["zh-Hans"], key=lambda t: (-t[0], len(t[1]), t[1]))[0][1]
        out.append((zh, "zh-Hans"))
        out.append((to_traditional(zh), "zh-Hant"))
    if by_lang.get("en"):
        en = sorted(by_lang["en"], key=lambda t: (-t[0], len(t[1]), t[1]))[0][1]
        out.append((en, "en"))
    return tuple(sorted(out, key=lambda t: t[1]))


def _alt_labels(counter: Counter) -> tuple[tuple[str, str], ...]:
    pref = set(_pref_labels(counter))
    return tuple(sorted({(t, l) for (t, l) in counter if (t, l) not in pref}, key=lambda t: (t[1], t[0])))


# ---------------------------------------------------------------- cross-document checks


def _dec(v: Optional[str]) -> Optional[Decimal]:
    try:
        return Decimal(v) if v is not None else None
    except InvalidOperation:
        return None


_INF = Decimal("Infinity")


def _interval(o: Observation) -> tuple[Decimal, Decimal]:
    """The values a statement allows, given its qualifier ("more than 1 trillion" allows 1.05 trillion)."""
    v = _dec(o.quantity.value)
    q = o.quantity.qualifier
    lo, hi = sorted((v * Decimal("0.995"), v * Decimal("1.005")))
    if q in ("more_than", "at_least"):
        return v, _INF
    if q in ("less_than", "at_most"):
        return -_INF, v
    if q == "about":
        return tuple(sorted((v * Decimal("0.95"), v * Decimal("1.05"))))
    if q == "nearly":
        return tuple(sorted((v * Decimal("0.9"), v)))
    return lo, hi


def _unspecified(indicator: str) -> bool:
    """An indicator whose phrase named no known measure (``unspecified``, ``unspecified.growth``)."""
    return indicator == "unspecified" or indicator.startswith("unspecified.")


def cross_check(observations: Iterable[Observation]) -> list[dict]:
    """Agreements and conflicts between documents stating the same indicator, subject and period.

    Figures of an unspecified indicator (the text named no measure the vocabulary knows) are
    not compared: two of them are not known to measure the same thing.
    Statements agree when the values their qualifiers allow overlap (exact: ±0.5%; about: ±5%;
    nearly: up to 10% below; more than / at least: anything above...). Also: a level with its
    growth rate implies the previous level; another document stating that previous level
    agrees or conflicts with it.
    """
    obs = list(observations)
    by_slot: dict[tuple, list[Observation]] = defaultdict(list)
    for o in obs:
        if o.quantity.value is None or o.period is None or _unspecified(o.indicator):
            continue  # two figures whose measure is unknown are not known to be the same figure
        # a figure with a market (exports to ASEAN) is compared only with figures with the same market
        by_slot[(o.indicator, o.period.label, o.quantity.unit, o.counterpart)].append(o)
    results = []
    for (ind, period, unit, counterpart), group in sorted(by_slot.items(), key=lambda kv: tuple(str(x) for x in kv[0])):
        # same subject, or one side does not name it (a figure stated without its subject)
        subjects = sorted({o.about for o in group if o.about})
        # the group's positions by subject, and each figure's interval computed once: a subject's
        # members are its own figures and those without a subject, in the group's order (the same
        # lists as filtering the whole group for every subject, which grew with subjects x figures)
        at: dict[Optional[str], list[int]] = defaultdict(list)
        for i, o in enumerate(group):
            at[o.about].append(i)
        intervals: dict[int, tuple[Decimal, Decimal]] = {}
        for about in subjects or [None]:
            positions = at.get(about, []) if about is None else sorted(at.get(about, []) + at.get(None, []))
            members = [group[i] for i in positions]
            docs = sorted({o.doc_id for o in members})
            if len(docs) < 2:
                continue
            for i in positions:
                if i not in intervals:
                    intervals[i] = _interval(group[i])
            lows, highs = zip(*(intervals[i] for i in positions))
            status = "agree" if max(lows) <= min(highs) else "conflict"
            results.append({
                "check": "same-figure", "status": status, "indicator": ind, "about": about, "period": period,
                "unit": unit, **({"counterpart": counterpart} if counterpart else {}),
                "statements": [{"doc": o.doc_id, "observation": o.key, "value": o.quantity.value, "about": o.about}
                               for o in sorted(members, key=lambda o: (o.doc_id, o.key))],
                "arithmetic": " vs ".join(sorted({o.quantity.value for o in members})),
            })
    # level + growth implies the previous level
    levels = {(o.indicator, o.about, o.period.label, o.quantity.unit, o.counterpart): o for o in obs
              if o.quantity.value is not None and o.period is not None and o.quantity.kind == "level"}
    by_key = {o.key: o for o in obs}
    for g in obs:
        if g.quantity.kind != "growth" or not g.growth_of or g.quantity.value is None or not g.comparison_period:
            continue
        level = by_key.get(g.growth_of)
        if level is None or level.quantity.value is None:
            continue
        implied = _dec(level.quantity.value) / (1 + _dec(g.quantity.value) / 100)
        stated = None
        if not _unspecified(level.indicator):
            stated = levels.get((level.indicator, level.about, g.comparison_period, level.quantity.unit, level.counterpart))
        entry = {
            "check": "implied-previous-level", "indicator": level.indicator, "about": level.about,
            "period": g.comparison_period, "unit": level.quantity.unit,
            **({"counterpart": level.counterpart} if level.counterpart else {}),
            "arithmetic": f"{level.quantity.value} / (1 + {g.quantity.value}%) = {implied:.2f}",
            "implied": f"{implied:.2f}", "from": [level.key, g.key],
        }
        if stated is not None:
            diff = abs(_dec(stated.quantity.value) - implied) / implied if implied else Decimal(0)
            entry.update(status="agree" if diff <= Decimal("0.01") else "conflict",
                         stated={"doc": stated.doc_id, "observation": stated.key, "value": stated.quantity.value})
        else:
            entry["status"] = "not-stated"
        results.append(entry)
    return results


#: rough conversion to US dollars, only to judge orders of magnitude (not for data)
USD_PER_UNIT = {"CCY_USD": 1, "CCY_CNY": 0.14, "CCY_HKD": 0.13, "CCY_TWD": 0.031, "CCY_EUR": 1.08,
                "CCY_JPY": 0.0067, "CCY_GBP": 1.27, "CCY_KRW": 0.00073, "CCY_MOP": 0.12, "CCY_AUD": 0.66,
                "CCY_SGD": 0.74, "CCY_CAD": 0.73, "CCY_RUB": 0.011, "CCY_THB": 0.028, "CCY_INR": 0.012,
                "CCY_MYR": 0.21, "CCY_VND": 0.00004, "CCY_IDR": 0.000063, "CCY_BRL": 0.18, "CCY_CHF": 1.12}
#: a single indicator above this many US dollars is implausible in this genre (China's services
#: trade is about 1 trillion USD a year; GDP about 18 trillion)
IMPLAUSIBLE_USD = 5e12


def plausibility(observations: Iterable[Observation]) -> list[dict]:
    """Figures whose magnitude is implausible for what they measure: flagged, never changed."""
    flags = []
    for o in observations:
        rate = USD_PER_UNIT.get(o.quantity.unit)
        v = _dec(o.quantity.value or o.quantity.high)
        if rate is None or v is None:
            continue
        usd = float(v) * rate
        if usd > IMPLAUSIBLE_USD:
            flags.append({"check": "implausible-magnitude", "status": "flag", "observation": o.key, "doc": o.doc_id,
                          "indicator": o.indicator, "value": o.quantity.value, "unit": o.quantity.unit,
                          "arithmetic": f"≈ {usd:.3g} USD > {IMPLAUSIBLE_USD:.0e} USD"})
    return flags
