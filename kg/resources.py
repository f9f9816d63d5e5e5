"""Where the ontology files (``kg.ttl``, shapes, named queries) live.

In a source checkout they are the repo-level ``ontology/`` directory next
to the package, so edits take effect without reinstalling. An installed
wheel has no repo around it, so the same files ship as package data in
``kg/_ontology/``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from kg.errors import KGError

# The file that marks a directory as ours: a stray top-level "ontology"
# directory in site-packages must not be mistaken for the repo's.
_MARKER = "kg.ttl"


def ontology_dir() -> Path:
    """Return the directory holding ``kg.ttl``, the shapes and ``queries/``.

    Returns:
        The repo-level ``ontology/`` when it sits next to the ``kg``
        package (a source checkout or editable install), else the
        packaged copy ``kg/_ontology``.

    Raises:
        KGError: neither location holds ``kg.ttl``.

    >>> (ontology_dir() / "kg.ttl").is_file()
    True
    """
    package_dir = Path(__file__).resolve().parent
    candidates = [package_dir.parent / "ontology", package_dir / "_ontology"]
    for candidate in candidates:
        if (candidate / _MARKER).is_file():
            return candidate
    # An installer may have put the package somewhere __file__ does not
    # show (a zip, a custom loader); importlib.resources still finds it.
    try:
        packaged = Path(str(resources.files("kg") / "_ontology"))
    except (ModuleNotFoundError, TypeError, OSError):
        packaged = None
    if packaged is not None and (packaged / _MARKER).is_file():
        return packaged
    tried = ", ".join(str(c) for c in candidates)
    raise KGError(f"Ontology files not found: no {_MARKER} in any of {tried}. Reinstall kg or run from a source checkout.")
