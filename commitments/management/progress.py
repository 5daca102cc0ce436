"""A progress line for long commands: n/N, percentage and an ETA from the rate so far."""

import time


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class ProgressLine:
    """On a terminal the line redraws in place; elsewhere (a log, a test) it prints every
    twentieth of the way, so the output stays short and still shows the rate."""

    WIDTH = 30

    def __init__(self, stream, label: str, *, clock=time.monotonic, interactive: bool | None = None):
        self.stream, self.label, self.clock = stream, label, clock
        self.started = clock()
        self.interactive = stream.isatty() if interactive is None else interactive
        self.last_shown = -1

    def __call__(self, done: int, total: int | None) -> None:
        if not self.interactive and total and done not in (1, total) and done - self.last_shown < max(1, total // 20):
            return
        self.last_shown = done
        self.stream.write(
            ("\r" if self.interactive else "") + self.render(done, total) + ("" if self.interactive else "\n")
        )
        self.stream.flush()

    def render(self, done: int, total: int | None) -> str:
        elapsed = self.clock() - self.started
        if not total:
            return f"{self.label}: {done}/? ({_clock(elapsed)} so far)"
        filled = int(self.WIDTH * min(done, total) / total)
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = _clock((total - done) / rate) if rate > 0 else "?"
        bar = "#" * filled + "." * (self.WIDTH - filled)
        return f"{self.label} [{bar}] {done}/{total} ({100 * done // total}%) ETA {eta}"

    def close(self) -> None:
        if self.interactive:
            self.stream.write("\n")
