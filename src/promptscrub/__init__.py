"""promptscrub: redact secrets, personal data and company internals before text goes to an AI model.

A one-line ``redact`` must start about as fast as a bare Typer app (issue #8), so the modules on its path
import nothing they do not run: heavy libraries load on first use, and ``typing`` (~3 ms of a cold start)
is imported for type checkers only, behind ``TYPE_CHECKING = False`` / ``if TYPE_CHECKING:``; named tuples
there are ``collections.namedtuple``. ``tests/test_entry.py`` checks the path stays that lean.
"""

__version__ = "0.1.0"
