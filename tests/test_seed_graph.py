"""The seed build as a graph: it validates, and the README's standard-vocabulary queries answer."""

from __future__ import annotations

import re

import pytest
from rdflib import Dataset

from kg.validate import format_report, validate
from tests.conftest import ROOT, run_kg


@pytest.fixture(scope="module")
def seed_dataset(seed_build):
    _, out = seed_build
    ds = Dataset()
    ds.parse(out / "kg.trig", format="trig")
    return ds


def readme_queries() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sparql\n(.*?)```", text, re.S)


def test_seed_build_validates_clean(seed_build):
    _, out = seed_build
    report = validate(out / "kg.trig")
    assert report.conforms, format_report(report)


def test_kg_validate_command_on_the_committed_build():
    proc = run_kg("validate", "output/kg.trig")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "conforms" in proc.stdout


def test_kg_validate_reports_a_broken_graph(tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text(
        "@prefix kg: <https://w3id.org/cstkg/def#> .\n"
        "<https://w3id.org/cstkg/id/work/无名之作> a kg:VideoGame .\n", encoding="utf-8")
    proc = run_kg("validate", str(broken))
    assert proc.returncode == 1
    assert "DOES NOT CONFORM" in proc.stdout
    assert run_kg("validate", str(tmp_path / "missing.ttl")).returncode == 2


def test_readme_has_the_two_queries():
    assert len(readme_queries()) == 2


def test_every_video_game_with_all_its_labels(seed_dataset):
    games_query = readme_queries()[0]
    rows = list(seed_dataset.query(games_query))
    assert rows
    names = {str(r[1]) for r in rows}
    # one node carries the game's names in the scripts the documents used
    assert any("@zh-Hant" in n and "@en" in n and "@zh-Hans" in n for n in names), names


def test_every_figure_with_value_unit_period_and_sentence(seed_dataset):
    figures_query = readme_queries()[1]
    rows = list(seed_dataset.query(figures_query))
    assert len(rows) >= 50
    for value, unit, period, document, sentence in rows:
        assert "【" in sentence and "】" in sentence
        assert str(document).endswith(".txt")
        assert str(unit).startswith(("http://qudt.org/vocab/unit/", "https://w3id.org/cstkg/def#"))
