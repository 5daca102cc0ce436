"""Run the extraction engine in a child process, under a time limit and a memory limit.

Why a child process: the engine is pure Python and regex-heavy, so nothing inside one process
can stop it. A signal handler (Celery's soft time limit) runs only between bytecodes, never in
the middle of one long `re` call; Celery's hard time limit needs the prefork pool (not solo, not
eager) and kills the whole pool process; `worker_max_memory_per_child` looks only after a task.
A forked child can be killed at its deadline whatever it is doing, and its own RLIMIT_AS turns
a runaway allocation into a MemoryError in the child instead of the kernel's OOM killer taking
the worker (or a neighbour); the worker also reads the child's private memory (what it wrote since
the fork) while it waits, which RLIMIT_AS cannot see when the child reuses heap the worker had
freed. The parent stays small and free to record the failure.

Why os.fork rather than multiprocessing: a Celery prefork worker runs tasks in a daemonic
process, and multiprocessing refuses to start children from one. The child only runs the
engine (already imported, no Django, no database) on its copy of the text, writes the pickled
outcome to a pipe and leaves with os._exit, so it never touches the parent's connections,
files or atexit handlers. Where fork does not exist the engine runs in process, unbounded.
"""

import os
import pickle
import resource
import select
import signal
import time
from dataclasses import dataclass

from ..extraction import Extraction, ExtractionConfig, extract

CHUNK = 1 << 20
# How often the worker looks at the child's memory while it waits.
POLL_SECONDS = 0.05


@dataclass(frozen=True)
class Limits:
    seconds: float
    # Address space the extraction may add to the process it is forked from (which already holds
    # Django, the engine and the text): the worker's own size is not the extraction's doing.
    memory_bytes: int


class LimitExceeded(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


class EngineFailed(Exception):
    """The engine raised in the child; the message names the exception."""


def run_engine(text: str, config: ExtractionConfig, limits: Limits) -> Extraction:
    if not hasattr(os, "fork"):
        return extract(text, config)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(text, config, limits, write_end)
    os.close(write_end)
    try:
        payload = _read_until(read_end, time.monotonic() + limits.seconds, pid, limits)
    finally:
        os.close(read_end)
    _, status = os.waitpid(pid, 0)
    if not payload:
        raise LimitExceeded(
            "extraction_aborted",
            f"De extractie is onverwacht gestopt ({_describe(status)}) zonder resultaat. Mogelijk is het "
            f"geheugen van de machine op; probeer het later opnieuw of verlaag EXTRACTION_MEMORY_LIMIT_MB.",
        )
    kind, value = pickle.loads(payload)
    if kind == "memory":
        raise _memory_exceeded(limits)
    if kind == "error":
        raise EngineFailed(value)
    return value


def _memory_exceeded(limits: Limits) -> LimitExceeded:
    megabytes = limits.memory_bytes // (1024 * 1024)
    return LimitExceeded(
        "extraction_memory",
        f"De extractie is afgebroken: ze had meer dan {megabytes} MB geheugen nodig "
        f"(EXTRACTION_MEMORY_LIMIT_MB). Het document is te groot of bevat te veel toezeggingen om in "
        f"één keer te lezen; splits het of verhoog de grens.",
    )


def _read_until(fd: int, deadline: float, pid: int, limits: Limits) -> bytes:
    chunks: list[bytes] = []
    while True:
        remaining = deadline - time.monotonic()
        ready = select.select([fd], [], [], min(remaining, POLL_SECONDS))[0] if remaining > 0 else []
        if not ready and remaining > 0:
            # RLIMIT_AS alone misses memory the child takes from heap the worker had freed but kept
            # mapped (a busy worker keeps much): what the child wrote since the fork is its own.
            if _private_bytes(pid) > limits.memory_bytes:
                _kill(pid)
                raise _memory_exceeded(limits)
            continue
        if not ready:
            _kill(pid)
            raise LimitExceeded(
                "extraction_timeout",
                f"De extractie is afgebroken: ze duurde langer dan {limits.seconds:g} seconden "
                f"(EXTRACTION_TIME_LIMIT_SECONDS). Het document is te groot of bevat te veel toezeggingen "
                f"om in die tijd te lezen; splits het of verhoog de grens.",
            )
        chunk = os.read(fd, CHUNK)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _kill(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def _private_bytes(pid: int) -> int:
    """Memory the child has written since the fork (Linux's smaps_rollup; 0 where there is none)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            fields = dict(line.split(":", 1) for line in rollup if line.startswith("Private_Dirty"))
    except (OSError, ValueError):
        return 0
    return int(fields.get("Private_Dirty", "0 kB").split()[0]) * 1024


def _child(text: str, config: ExtractionConfig, limits: Limits, write_end: int) -> None:
    code = 0
    try:
        # Default signal handling: the worker's handlers (Celery's warm shutdown) are not ours.
        for number in (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT):
            signal.signal(number, signal.SIG_DFL)
        ceiling = _address_space() + limits.memory_bytes
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
        outcome: tuple[str, object]
        try:
            outcome = ("ok", extract(text, config))
        except MemoryError:
            outcome = ("memory", None)
        except Exception as error:  # the parent records it as the engine's failure
            outcome = ("error", f"{type(error).__name__}: {error}")
        try:
            payload = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            del outcome  # the result that did not fit, so the small answer does
            payload = pickle.dumps(("memory", None))
        view = memoryview(payload)
        while view:
            view = view[os.write(write_end, view[:CHUNK]) :]
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _address_space() -> int:
    """This process's virtual size in bytes (Linux's /proc; 0 where there is none, making the limit absolute)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"signaal {os.WTERMSIG(status)}"
    return f"afsluitcode {os.waitstatus_to_exitcode(status)}"
