"""The graph page in a real browser: Debian's headless Chromium driven by Playwright
(``executable_path``; Playwright never downloads a browser here).

Checks: the seed build's graph.html loads with no console error and no network request and
draws every node; searching in Traditional Chinese focuses the right node; a type filter hides
that class; a document filter keeps that document's nodes; the tooltip shows a quoted sentence
with its span marked; the script switch relabels; a generated 5,000-node graph draws (its
first-draw time is printed, never asserted).

Screenshots are kept in test-artifacts/browser/ (git-ignored). Without Chromium these tests
FAIL and say how to install it (`sh .ci/ensure-browser` does); set KG_SKIP_BROWSER=1 to skip
them on purpose.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

ARTIFACTS = ROOT / "test-artifacts" / "browser"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
GAME = "work:黑神话悟空"


def _chromium() -> str:
    for candidate in (os.environ.get("KG_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return ""


def _unavailable(reason: str) -> None:
    if os.environ.get("KG_SKIP_BROWSER") == "1":
        pytest.skip(f"browser tests skipped (KG_SKIP_BROWSER=1): {reason}")
    pytest.fail(f"{reason}. Install Debian's Chromium and a CJK font (`sh .ci/ensure-browser`, or "
                "`apt-get install --no-install-recommends chromium fonts-wqy-microhei`), or set "
                "KG_SKIP_BROWSER=1 to skip the browser tests on purpose.", pytrace=False)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    executable = _chromium()
    if not executable:
        _unavailable("Chromium is not installed (looked for $KG_CHROMIUM, `chromium` on PATH, /usr/bin/chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed (pip install -e '.[test]')")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=executable, headless=True,
            args=FLAGS, viewport={"width": 1400, "height": 900})
        yield context
        context.close()


class Page:
    """A page of the graph, with what it logged and requested."""

    def __init__(self, context, path: Path):
        self.url = path.resolve().as_uri()
        self.page = context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        started = time.perf_counter()
        self.page.goto(self.url)
        self.page.wait_for_function("window.kgFirstDraw !== undefined && window.kgFirstDraw !== null", timeout=60_000)
        self.wall = time.perf_counter() - started
        self.first_draw_ms = self.page.evaluate("window.kgFirstDraw")

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def drawn(self) -> set[str]:
        return set(self.js("kg.drawnIds()"))

    def shot(self, name: str) -> Path:
        path = ARTIFACTS / name
        self.page.screenshot(path=str(path))
        return path

    def close(self) -> None:
        self.page.close()


@pytest.fixture(scope="module")
def seed_page_path(seed_build):
    _result, out = seed_build
    return out / "graph.html"


@pytest.fixture()
def seed(browser, seed_page_path):
    page = Page(browser, seed_page_path)
    yield page
    page.close()


@pytest.fixture(scope="module")
def seed_graph(seed_build):
    from kg.visualize import to_networkx

    result, _out = seed_build
    return to_networkx(result.dataset)


def test_seed_page_loads_offline_without_errors_and_draws_every_node(seed, seed_graph):
    print(f"\nseed graph: {seed_graph.number_of_nodes()} nodes, first draw {seed.first_draw_ms:.0f} ms after "
          f"navigation ({seed.wall:.2f} s wall)")
    assert seed.errors == []
    assert seed.requests == [seed.url], "the page fetched something besides itself"
    assert seed.drawn() == set(seed_graph.nodes)
    assert seed.js("kg.network.body.edgeIndices.length") == seed_graph.number_of_edges()
    assert seed.js("document.getElementById('kg-note').textContent") == ""  # nothing hidden
    seed.shot("seed.png")


def test_search_in_traditional_chinese_focuses_the_node(seed, seed_graph):
    assert seed.js("kg.search('黑神話')[0]") == GAME
    assert seed.js("kg.search('黑神话')[0]") == GAME
    assert seed.js("kg.search('Wukong')[0]") == GAME
    seed.page.fill("#kg-search", "黑神話")
    seed.page.wait_for_selector("#kg-results li[data-node]")
    seed.page.press("#kg-search", "Enter")
    assert seed.js("kg.network.getSelectedNodes()") == [GAME]
    neighbours = set(seed_graph.predecessors(GAME)) | set(seed_graph.successors(GAME))
    assert seed.drawn() == neighbours | {GAME}
    assert seed.page.is_visible("#kg-panel")
    assert "黑神话：悟空" in seed.page.inner_text("#kg-panel h3")
    assert "邻居" in seed.page.inner_text("#kg-note")  # the page opens in Simplified Chinese
    seed.shot("seed-search.png")
    seed.page.click("#kg-note button[data-act=unfocus]")
    assert seed.drawn() == set(seed_graph.nodes)


def test_type_filter_hides_that_class(seed, seed_graph):
    games = {n for n, d in seed_graph.nodes(data=True) if d["kind"] == "VideoGame"}
    assert games
    seed.page.uncheck("#kg-legend input[data-kind=VideoGame]")
    drawn = seed.drawn()
    assert not drawn & games
    assert drawn == set(seed_graph.nodes) - games
    assert seed.js("kg.data.terms['kind:VideoGame'][0]") in seed.page.inner_text("#kg-note")
    seed.page.check("#kg-legend input[data-kind=VideoGame]")
    assert seed.drawn() == set(seed_graph.nodes)


def test_document_filter_keeps_that_documents_nodes(seed, seed_graph):
    docs = sorted(n for n, d in seed_graph.nodes(data=True) if d["kind"] == "SourceDocument")
    doc = docs[0]
    seed.page.select_option("#kg-doc", doc)
    expected = {n for n, d in seed_graph.nodes(data=True) if doc in d["docs"]}
    assert seed.drawn() == expected and doc in expected and len(expected) < seed_graph.number_of_nodes()


def test_tooltip_shows_a_quoted_sentence_with_the_span_marked(seed, seed_graph):
    seed.js(f"kg.focus({GAME!r})")  # a quiet neighbourhood, the node in view
    box = seed.page.locator("#mynetwork").bounding_box()
    at = seed.js(f"kg.domPosition({GAME!r})")
    seed.page.mouse.move(box["x"] + at["x"] + 40, box["y"] + at["y"] + 40)
    seed.page.mouse.move(box["x"] + at["x"], box["y"] + at["y"], steps=4)
    seed.page.wait_for_selector("#kg-tooltip:not([hidden])", timeout=5_000)
    marked = seed.page.inner_text("#kg-tooltip blockquote mark")
    quote = seed.page.inner_text("#kg-tooltip blockquote")
    evidence = seed_graph.nodes[GAME]["evidence"][0]
    assert marked == evidence["exact"]
    assert len(quote) > len(marked) and marked in quote  # the sentence around the span
    assert seed.page.inner_text("#kg-tooltip .kg-type") == "电子游戏"  # its type, in the page's script
    seed.shot("seed-tooltip.png")


def test_script_switch_relabels_nodes(seed):
    seed.page.click("#kg-scripts button[data-script=zh-Hant]")
    assert seed.js(f"kg.network.body.data.nodes.get({GAME!r}).label") == "黑神話:悟空"
    seed.page.click("#kg-scripts button[data-script=en]")
    assert seed.js(f"kg.network.body.data.nodes.get({GAME!r}).label") == "Black Myth: Wukong"
    assert seed.js("document.documentElement.lang") == "en"


def test_a_5000_node_graph_draws(browser, tmp_path):
    from kg.visualize import OVERVIEW_SIZE, layout, render_html, synthetic_graph

    graph = synthetic_graph(5000, seed=1)
    started = time.perf_counter()
    layout(graph)
    laid_out = time.perf_counter() - started
    path = tmp_path / "big.html"
    path.write_text(render_html(graph), encoding="utf-8")
    page = Page(browser, path)
    try:
        assert page.errors == [] and page.requests == [page.url]
        assert len(page.drawn()) == OVERVIEW_SIZE
        page.page.click("#kg-scripts button[data-script=en]")
        note = page.page.inner_text("#kg-note")
        assert f"showing the {OVERVIEW_SIZE} most connected" in note and f"{5000 - OVERVIEW_SIZE} are hidden" in note
        page.shot("generated-5000-overview.png")
        show_all = page.js("""new Promise(done => {
            const start = performance.now();
            kg.network.once("afterDrawing", () => done((performance.now() - start) / 1000));
            document.querySelector("#kg-note button[data-act=all]").click();
        })""")
        assert len(page.drawn()) == 5000
        page.shot("generated-5000-all.png")
        print(f"\n5,000 nodes: layout {laid_out:.1f} s; overview drawn {page.first_draw_ms:.0f} ms after navigation; "
              f"all nodes drawn {show_all:.2f} s after 'show all'")
    finally:
        page.close()


def test_ci_runs_the_readme_test_command_which_first_ensures_the_browser():
    import re
    import subprocess

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"# 2\. set up and run the tests\n(.+)\n", readme).group(1)
    assert command.startswith("sh .ci/ensure-browser && ")
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    # where it cannot install (no chromium on PATH, no apt-get, no sudo), it says how and lets the tests report
    proc = subprocess.run(["/bin/sh", str(ROOT / ".ci" / "ensure-browser")], env={"PATH": "/nonexistent"},
                          capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0
    assert "apt-get install --no-install-recommends chromium" in proc.stderr
    skipped = subprocess.run(["/bin/sh", str(ROOT / ".ci" / "ensure-browser")], env={"PATH": "/nonexistent", "KG_SKIP_BROWSER": "1"},
                             capture_output=True, text=True, timeout=30)
    assert skipped.returncode == 0 and skipped.stderr == ""
