"""Observations and indicators as RDF (Data Cube / SDMX / schema.org), with evidence.

Entry function: :func:`add_observations`.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from rdflib import URIRef

from ..model import Document, Indicator, Observation
from ..namespaces import (KG, KGR, RDF, RDFS, SCHEMA, SDMX_ATTRIBUTE, SDMX_DIMENSION, SDMX_MEASURE, SKOS, TIME, UNIT,
                          XSD)
from .evidence import add_evidence
from .terms import decimal, iso_literal, literal
from .iris import indicator_iri, observation_iri, period_iri
from .quads import TripleSet

INDICATOR_SCHEME = KGR["indicators"]

UNITS = {
    "PERCENT_POINT": KG.PercentagePoint,
    "TIMES": KG.Times,
    "TEU": KG.TEU,
    "RANK": KG.Rank,
}
QUALIFIERS = {
    "more_than": KG.MoreThan, "at_least": KG.AtLeast, "nearly": KG.Nearly,
    "about": KG.About, "at_most": KG.AtMost, "less_than": KG.LessThan,
}


def unit_iri(unit: str) -> URIRef:
    return UNITS.get(unit) or UNIT[unit]


def period_node(g: TripleSet, label: str, start: Optional[str] = None, end: Optional[str] = None):
    """A period as a typed literal (year, month, day) or an OWL-Time interval added to ``g``."""
    if re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", label):
        return iso_literal(label)
    if start is None or end is None:
        start, end = interval_bounds(label)
    node = period_iri(label)
    g.add((node, RDF.type, TIME.Interval))
    g.add((node, RDFS.label, literal(label)))
    for prop, iso in ((TIME.hasBeginning, start), (TIME.hasEnd, end)):
        instant = period_iri(iso)
        g.add((node, prop, instant))
        g.add((instant, RDF.type, TIME.Instant))
        if re.fullmatch(r"\d{4}", iso):
            g.add((instant, TIME.inXSDgYear, literal(iso, datatype=XSD.gYear)))
        elif re.fullmatch(r"\d{4}-\d{2}", iso):
            g.add((instant, TIME.inXSDgYearMonth, literal(iso, datatype=XSD.gYearMonth)))
        else:
            g.add((instant, TIME.inXSDDate, literal(iso, datatype=XSD.date)))
    return node


def interval_bounds(label: str) -> tuple[str, str]:
    """First and last month (or year) of a period label such as ``2024-H1`` or ``2023-Q1/2023-Q3``."""
    def first_last(part: str) -> tuple[str, str]:
        m = re.fullmatch(r"(\d{4})-H([12])", part)
        if m:
            y, h = m.group(1), int(m.group(2))
            return f"{y}-{6 * h - 5:02d}", f"{y}-{6 * h:02d}"
        m = re.fullmatch(r"(\d{4})-Q([1-4])", part)
        if m:
            y, q = m.group(1), int(m.group(2))
            return f"{y}-{3 * q - 2:02d}", f"{y}-{3 * q:02d}"
        return part, part
    a, _, b = label.partition("/")
    return first_last(a)[0], first_last(b or a)[1]


def add_indicator(g: TripleSet, ind: Indicator) -> URIRef:
    node = indicator_iri(ind.key)
    g.add((node, RDF.type, KG.Indicator))
    g.add((node, SKOS.inScheme, INDICATOR_SCHEME))
    for text, lang in ind.pref_labels:
        g.add((node, SKOS.prefLabel, literal(text, lang=lang)))
        g.add((node, RDFS.label, literal(text, lang=lang)))
    for text, lang in ind.alt_labels:
        g.add((node, SKOS.altLabel, literal(text, lang=lang)))
    if ind.growth_of:
        g.add((node, KG.growthOfIndicator, indicator_iri(ind.growth_of)))
    return node


def add_observations(graphs: dict[str, TripleSet], default: TripleSet, indicators: list[Indicator],
                     observations: list[Observation], documents: dict[str, Document],
                     entity_iri: Callable[[str], URIRef]) -> None:
    """Write every observation into its document's graph, with one annotation per statement."""
    by_key = {i.key: i for i in indicators}
    default.add((INDICATOR_SCHEME, RDF.type, SKOS.ConceptScheme))
    default.add((INDICATOR_SCHEME, RDFS.label, literal("indicators", lang="en")))
    default.add((INDICATOR_SCHEME, RDFS.label, literal("指标", lang="zh-Hans")))
    for obs in observations:
        g = graphs[obs.doc_id]
        ind = by_key[obs.indicator]
        add_indicator(g, ind)
        if ind.growth_of and ind.growth_of in by_key:
            add_indicator(g, by_key[ind.growth_of])
        node = observation_iri(obs.key)
        q = obs.quantity
        g.add((node, RDF.type, KG.Observation))
        # a rate of change, or a change stated as a multiple (增长10倍, tripled), is a growth observation
        growth = q.kind in ("growth", "multiple") and q.unit in ("PERCENT", "PERCENT_POINT", "TIMES")
        if growth:
            g.add((node, RDF.type, KG.GrowthObservation))
        g.add((node, KG.measures, indicator_iri(obs.indicator)))
        if q.value is not None:
            g.add((node, SDMX_MEASURE.obsValue, decimal(q.value)))
        else:
            g.add((node, KG.rangeLow, decimal(q.low)))
            g.add((node, KG.rangeHigh, decimal(q.high)))
        g.add((node, SDMX_ATTRIBUTE.unitMeasure, unit_iri(q.unit)))
        if q.qualifier in QUALIFIERS:
            g.add((node, KG.qualifier, QUALIFIERS[q.qualifier]))
        if q.unit_implicit:
            g.add((node, KG.unitImplicit, literal(True)))
        if q.count_of and q.unit == "NUM":
            g.add((node, KG.countOf, literal(q.count_of)))
        if obs.period is not None:
            g.add((node, SDMX_DIMENSION.refPeriod, period_node(g, obs.period.label, obs.period.start, obs.period.end)))
            if growth and obs.comparison_period:
                g.add((node, KG.comparisonPeriod, period_node(g, obs.comparison_period)))
        if obs.about:
            g.add((node, SCHEMA.observationAbout, entity_iri(obs.about)))
        if obs.counterpart:  # the market or partner the figure is with (承接美国…, exports to ASEAN)
            g.add((node, KG.counterpart, entity_iri(obs.counterpart)))
        if obs.growth_of and growth:
            g.add((node, KG.growthOf, observation_iri(obs.growth_of)))
        for m in obs.mentions:
            add_evidence(g, node, documents[m.doc_id], m.start, m.end)
