"""The exception tree: one root, a few kinds, each with its CLI exit code.

Exit codes follow the CLI convention: 1 for a data problem, 2 for a usage
problem (the pattern of click's ``ClickException.exit_code``).
"""


class KGError(Exception):
    """Root of every error ``kg`` raises on purpose."""

    exit_code = 1


class IngestError(KGError):
    """An input could not be read as an article (names the file and why)."""

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class ExtractError(KGError):
    """Extraction could not run (e.g. no extractor for a language)."""


class ValidationError(KGError):
    """A graph does not conform to the SHACL shapes."""


class QueryError(KGError):
    """A SPARQL query is malformed or names an unknown query."""


class UsageError(KGError):
    """The command line asked for something that cannot be done."""

    exit_code = 2
