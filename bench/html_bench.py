"""How long the graph page takes: layout in Python, first draw in headless Chromium.

Run from the repository root (needs Debian's chromium, see `sh .ci/ensure-browser`)::

    python bench/html_bench.py                     # seeds (output/kg.trig), generated 300, 1,000, 5,000
    python bench/html_bench.py --sizes 300 20000   # other generated sizes
    python bench/html_bench.py --runs 5            # page loads per graph (the median is printed)

For each graph it prints: nodes and edges; the seconds to read the RDF into networkx (seeds
only), to lay it out (:func:`kg.visualize.layout`, wall and CPU) and to render the page; the
page size; and in Chromium (flags as in the tests, a fresh profile) the milliseconds from
navigation to vis-network's first ``afterDrawing`` event (the first view: every node, or the
overview of the best-connected nodes above the threshold), and for overview pages the time
from "show all" to the drawing of every node. Generated graphs come from
:func:`kg.visualize.synthetic_graph` (documents on topics mentioning entities, relations,
indicators). Figures, never assertions; the load average is printed because other work on
the machine slows every figure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg import visualize as V  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def prepare(name: str, size: int | None, out: Path) -> dict:
    row: dict = {"graph": name}
    if size is None:
        started = time.perf_counter()
        graph = V.to_networkx(V.load_dataset(Path("output") / "kg.trig"))
        row["rdf→nx s"] = time.perf_counter() - started
    else:
        graph = V.synthetic_graph(size, seed=1)
    row["nodes"] = graph.number_of_nodes()
    row["edges"] = graph.number_of_edges()
    wall, cpu = time.perf_counter(), time.process_time()
    V.layout(graph)
    row["layout s"] = time.perf_counter() - wall
    row["layout cpu s"] = time.process_time() - cpu
    started = time.perf_counter()
    page = V.render_html(graph)
    row["render s"] = time.perf_counter() - started
    path = out / f"{name}.html"
    path.write_text(page, encoding="utf-8")
    row["page KiB"] = path.stat().st_size // 1024
    row["path"] = path
    return row


def measure(context, path: Path, runs: int) -> tuple[float, float | None, int]:
    firsts, alls, drawn = [], [], 0
    for _ in range(runs):
        page = context.new_page()
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.kgFirstDraw !== undefined && window.kgFirstDraw !== null", timeout=120_000)
        firsts.append(page.evaluate("window.kgFirstDraw"))
        drawn = page.evaluate("kg.drawnIds().length")
        if page.evaluate("kg.data.meta.total > kg.drawnIds().length"):
            alls.append(page.evaluate("""new Promise(done => {
                const start = performance.now();
                kg.network.once("afterDrawing", () => done(performance.now() - start));
                kg.showAll();
            })"""))
        page.close()
    return statistics.median(firsts), (statistics.median(alls) if alls else None), drawn


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[300, 1000, 5000], help="generated graph sizes")
    ap.add_argument("--runs", type=int, default=3, help="page loads per graph (median printed)")
    ap.add_argument("--no-seeds", action="store_true", help="skip the seed build (output/kg.trig)")
    args = ap.parse_args()
    chromium = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).is_file():
        print("chromium not found: sh .ci/ensure-browser (or apt-get install chromium fonts-wqy-microhei)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    out = Path(tempfile.mkdtemp(prefix="kg-html-bench-"))
    graphs = ([] if args.no_seeds else [("seeds", None)]) + [(f"generated-{n}", n) for n in args.sizes]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; overview above {V.OVERVIEW_THRESHOLD:,} "
          f"nodes shows {V.OVERVIEW_SIZE:,}; {args.runs} loads per graph, medians\n")
    header = (f"{'graph':<16}{'nodes':>7}{'edges':>8}{'rdf→nx s':>10}{'layout s':>10}{'(cpu)':>8}{'render s':>10}"
              f"{'page KiB':>10}{'drawn':>7}{'first draw ms':>15}{'show all ms':>13}")
    print(header)
    print("-" * len(header))
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(tempfile.mkdtemp(prefix="kg-chromium-"), executable_path=chromium,
                                                       headless=True, args=FLAGS, viewport={"width": 1400, "height": 900})
        try:
            for name, size in graphs:
                row = prepare(name, size, out)
                first, show_all, drawn = measure(context, row["path"], args.runs)
                nx_s = f"{row['rdf→nx s']:.2f}" if "rdf→nx s" in row else "-"
                all_ms = f"{show_all:.0f}" if show_all is not None else "-"
                print(f"{name:<16}{row['nodes']:>7,}{row['edges']:>8,}{nx_s:>10}{row['layout s']:>10.2f}"
                      f"{row['layout cpu s']:>8.2f}{row['render s']:>10.2f}{row['page KiB']:>10,}{drawn:>7,}"
                      f"{first:>15.0f}{all_ms:>13}", flush=True)
        finally:
            context.close()
    shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
