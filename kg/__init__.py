"""kg: a knowledge-graph builder for news and reports on China's services trade and cultural exports.

Pipeline (one module per stage, each with one entry function):

- :func:`kg.read.read_source` — find and decode documents;
- :func:`kg.structure.analyse` — normalize (:mod:`kg.normalize`), segment, read metadata;
- :func:`kg.dedup.mark_duplicates` — repeated passages within and across documents;
- :func:`kg.rdf.build_dataset` — the RDF dataset, one named graph per document;
- :func:`kg.export.write_outputs` — atomic writes of every output file.

:func:`kg.build` runs them all; the ``kg`` command is a thin layer over it.
"""

__version__ = "0.1.0"

from .pipeline import BuildResult, build  # noqa: E402

__all__ = ["__version__", "build", "BuildResult"]
