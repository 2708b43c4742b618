"""Work on many files at once in worker processes, results in the order given.

The city's import reads and verifies thousands of signed packages (JSON parsing, JSON
Schema, hashes, the signature): CPU work, of which one Python process uses one core.
``ordered`` hands the files out in chunks to worker processes, one per core (at most
``MAX_WORKERS``), and yields each result in the files' order, so that what the caller
does with them (and what it shows, file by file) is the same as when it reads them one
by one, only sooner.

- Workers are started with ``spawn`` (the only way on Windows, and safe beside the
  window's threads); a frozen program must call ``multiprocessing.freeze_support()``
  first thing (``packaging/entry.py``).
- Starting them costs about a fifth of a second, so below ``MIN_ITEMS`` files, where
  fewer than two cores are free for them, or with ``KHCDS_WORKERS=0``, everything runs
  here. The import's second pass keeps a core for its writer (``reserve=1``): on a
  two-core machine only the preview has workers.
  ``KHCDS_WORKERS=N`` sets the number of workers whatever the count of files (a shared
  machine where the import must leave cores free; the tests).
- Only ``IN_FLIGHT`` chunks per worker are handed out ahead of the caller, so results
  waiting to be taken never pile up: memory stays flat over any number of files.
- The work function must return a result for every item, never raise for one item (a
  hostile file is a result like any other). When a worker dies all the same, or the
  workers cannot be started, the files not yet done are done here, one by one.
- Stopping early (the window's cancel: the caller leaves its loop, the generator is
  closed) cancels what was handed out and waits for the workers to end. A worker whose
  program ended without it (killed, crashed) ends too: nothing is left running, holding
  memory or the program's output.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections import deque
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

#: below this many items, starting workers costs more than it saves
MIN_ITEMS = 200
MAX_WORKERS = 4
#: items per task sent to a worker (one round trip per chunk, not per file)
CHUNK = 8
#: chunks per worker handed out ahead of the caller
IN_FLIGHT = 2
ENV_WORKERS = "KHCDS_WORKERS"
#: how a pool fails (as opposed to the work, which returns a result for every item): a worker
#: that died, a process that cannot be started, a pool that cannot be made on this system
_STOPPED = (BrokenProcessPool, OSError, RuntimeError, ValueError, NotImplementedError, ImportError)


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # Windows, macOS
        return os.cpu_count() or 1


def worker_count(items: int, reserve: int = 0) -> int:
    """How many worker processes ``items`` files are worth (0: do them here), ``reserve`` cores
    being left to this process (the import's writer: on two cores, its own reading is faster
    than waiting for one worker's; measured in benchmarks/bench_city.py)."""
    env = os.environ.get(ENV_WORKERS, "").strip()
    if env:
        try:
            return max(0, min(int(env), 32)) if items > 1 else 0
        except ValueError:
            log.warning("%s=%r is not a number; ignored", ENV_WORKERS, env)
    if items < MIN_ITEMS:
        return 0
    n = min(cores() - reserve, MAX_WORKERS)
    return n if n >= 2 else 0


def _watch_parent() -> None:
    """In a worker: end this process as soon as the program that started it is gone."""
    parent = multiprocessing.parent_process()
    sentinel = getattr(parent, "sentinel", None)
    if sentinel is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(0)  # nobody is left to take the results

    threading.Thread(target=watch, name="khcds-parent-watch", daemon=True).start()


def _start_worker(initializer: Callable[..., Any] | None, initargs: tuple[Any, ...]) -> None:
    _watch_parent()
    if initializer is not None:
        initializer(*initargs)


def ordered(
    work: Callable[[list[T]], list[R]],
    items: Sequence[T],
    *,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple[Any, ...] = (),
    reserve: int = 0,
) -> Generator[R, None, None]:
    """``work(chunk)`` over ``items`` in chunks, yielding one result per item in their order.

    ``work`` must be a module-level function (it is sent to the workers by name) returning
    one result per item of its chunk; ``initializer(*initargs)`` runs in each worker first
    (and, when the work is done here, not at all: this process is set up already);
    ``reserve``: cores left to this process (``worker_count``).
    """
    items = list(items)
    n = worker_count(len(items), reserve)
    done = 0  # items whose results were yielded: the rest is done here if the workers stop
    if n:
        chunks = [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
        pending: deque[Future[list[R]]] = deque()
        nxt = 0
        pool: ProcessPoolExecutor | None = None
        try:
            pool = ProcessPoolExecutor(
                n,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(initializer, initargs),
            )
            while done < len(items):
                # hand out chunks ahead of the caller, take the oldest, and hand out the next
                # before the caller works on its results
                while nxt < len(chunks) and len(pending) < n * IN_FLIGHT:
                    pending.append(pool.submit(work, chunks[nxt]))
                    nxt += 1
                results = pending.popleft().result()
                if nxt < len(chunks):
                    pending.append(pool.submit(work, chunks[nxt]))
                    nxt += 1
                done += len(results)
                yield from results
            return
        except _STOPPED as e:
            # a worker died (killed, out of memory) or none could start: what was not yielded
            # yet (whole chunks) is done here, in order, nothing twice
            said = "cannot start" if pool is None or nxt == 0 else "stopped"
            log.warning("worker processes %s (%s: %s); working in this process", said, type(e).__name__, e)
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
    for item in items[done:]:
        yield from work([item])
