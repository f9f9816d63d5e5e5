"""Small file helpers shared by every writer.

Outputs are written atomically: the data goes to a temporary file in the
same directory, which is then renamed over the target, so a failed build
never leaves a half-written file where a good one was.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(path: str | os.PathLike, data: str | bytes, encoding: str = "utf-8", *, durable: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically and return the path.

    With ``durable`` the data is flushed to disk (``fsync``) before the
    rename; a caller writing many files may skip that and flush them all at
    once (see :func:`flush_to_disk`).

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> _ = atomic_write(p, "hello")
    >>> p.read_text()
    'hello'
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode(encoding) if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        # mkstemp creates 0600 files; outputs are ordinary files, so give
        # them the permissions a plain open() would (0666 minus the umask).
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return target


def flush_to_disk(paths) -> None:
    """Make files written with ``atomic_write(..., durable=False)`` durable, in one flush where the OS allows.

    ``os.sync`` commits every pending write at once, which costs about what
    one ``fsync`` does; without it (Windows) each file is flushed in turn.
    """
    paths = list(paths)
    if not paths:
        return
    if hasattr(os, "sync"):
        os.sync()
        return
    for path in paths:  # pragma: no cover - platforms without os.sync
        with open(path, "rb+") as fh:
            os.fsync(fh.fileno())
