"""Where the package finds its data files (ontology, shapes, queries, curated knowledge).

The top-level ``ontology/`` folder of the repository is installed as the package
``kg_ontology`` (see ``[tool.setuptools.package-dir]`` in pyproject.toml), so the
same files are found from a source checkout, an editable install or a wheel.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def ontology_dir() -> Path:
    """The folder holding ``kg.ttl``, ``shapes.ttl`` and the ``checks/*.rq`` files.

    In a source checkout it is the checkout's own ``ontology/`` folder, beside this package, even when
    another checkout is the one installed (editable installs map ``kg_ontology`` to a fixed path).
    """
    beside = Path(__file__).resolve().parent.parent / "ontology"
    if (beside / "kg.ttl").is_file() and (beside / "shapes.ttl").is_file():
        return beside
    try:
        return Path(str(resources.files("kg_ontology")))
    except ModuleNotFoundError:  # running from a checkout without installing
        return Path(__file__).resolve().parent.parent / "ontology"


def package_data_dir() -> Path:
    """``kg/data``: curated knowledge files and the query library shipped with the code."""
    return Path(__file__).resolve().parent / "data"
