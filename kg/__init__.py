"""kg: knowledge graphs from news articles in English and Korean.

>>> import kg
>>> sorted(n for n in ("build", "extract", "query", "validate") if hasattr(kg, n))
['build', 'extract', 'query', 'validate']
"""

from kg.pipeline import build, extract, query, validate

__all__ = ["build", "extract", "query", "validate"]
__version__ = "0.1.0"
