"""Golden graphs: a small hand-written document of each kind, built end to end, must give exactly
the graph in its folder (compared by isomorphism, with a readable diff on failure).

- newsletter/: a Simplified-Chinese newsletter with two articles, sources, a game and a film;
- bilingual/: Traditional Chinese and English stating the same facts (one observation each, two
  pieces of evidence; one city across scripts);
- english/: an English article with a byline, figures, growth from the previous year, a body.

After a deliberate change of the output, rewrite them with ``KG_UPDATE_GOLDEN=1 pytest
tests/test_golden.py`` and read the diff before committing.
"""

from __future__ import annotations

import os

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg import build
from kg.export import union_graph
from kg.namespaces import bind
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "data" / "golden"
CASES = ["newsletter", "bilingual", "english"]


@pytest.mark.parametrize("case", CASES)
def test_golden_graph(case):
    folder = GOLDEN / case
    result = build([folder / "input.txt"], None)
    built = union_graph(result.dataset)
    expected_path = folder / "expected.ttl"
    if os.environ.get("KG_UPDATE_GOLDEN"):
        expected_path.write_bytes(built.serialize(format="turtle").encode("utf-8"))
    expected = Graph().parse(expected_path, format="turtle")
    if not isomorphic(built, expected):
        _, only_built, only_expected = graph_diff(to_isomorphic(built), to_isomorphic(expected))
        pytest.fail("graph differs from expected.ttl\n--- only in the build:\n"
                    + bind(only_built).serialize(format="turtle")[:4000]
                    + "\n--- only in expected.ttl:\n" + bind(only_expected).serialize(format="turtle")[:4000])
