"""kg: knowledge graphs from news articles in English and Korean.

The pipeline's entry points are plain functions::

    import kg
    result = kg.build(["articles/"], out="out/")
    mentions = kg.extract(["article.txt"])
    answer = kg.query("out/graph.ttl", "places-visited")
    report = kg.validate("out/graph.ttl")

>>> import kg
>>> callable(kg.extract) and callable(kg.query)
True
"""

# The extractors live in the package ``kg.extract``; importing it here first
# keeps the function ``kg.extract`` below from being replaced by the
# package when it is imported later.
import kg.extract as _extractors  # noqa: F401
from kg.pipeline import build, extract, query, validate
from kg.show import show

__all__ = ["build", "extract", "query", "show", "validate"]
__version__ = "0.1.0"
