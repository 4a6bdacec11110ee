"""Progress of a run: a bar on a terminal, a few plain lines otherwise, nothing in tests."""

import sys
import time
from typing import Never, Protocol, TextIO

from tqdm import tqdm


class Progress(Protocol):
    """Told about every finished snippet; shows it however suits the output."""

    def start(self, total: int) -> None:
        """A run of ``total`` snippets begins."""

    def advance(self, label: str, *, cached: bool, failed: bool) -> None:
        """One snippet finished (or came from the cache)."""

    def close(self) -> None:
        """The run is over."""


class SilentProgress:
    """Shows nothing."""

    def start(self, total: int) -> None:
        """Nothing to show."""

    def advance(self, label: str, *, cached: bool, failed: bool) -> None:
        """Nothing to show."""

    def close(self) -> None:
        """Nothing to show."""


class _Counts:
    def __init__(self) -> None:
        self.begin(0)

    def begin(self, total: int) -> None:
        """Count from zero: one display serves every run of a live preview."""
        self.done = self.cached = self.failed = 0
        self.total = total

    def count(self, *, cached: bool, failed: bool) -> None:
        self.done += 1
        self.cached += cached
        self.failed += failed

    def summary(self) -> str:
        return f"{self.done}/{self.total} snippets, {self.cached} cached, {self.failed} failed"


class BarProgress(_Counts):
    """A tqdm bar with cache hits and failures in its postfix."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream
        self.bar: tqdm[Never] | None = None

    def start(self, total: int) -> None:
        """Open the bar."""
        self.begin(total)
        self.bar = tqdm(total=total, file=self.stream, unit="snippet", dynamic_ncols=True, leave=False)

    def advance(self, label: str, *, cached: bool, failed: bool) -> None:
        """Move the bar and show the latest snippet."""
        self.count(cached=cached, failed=failed)
        if self.bar is not None:
            self.bar.set_postfix_str(f"cached {self.cached}, failed {self.failed}, {label}", refresh=False)
            self.bar.update()

    def close(self) -> None:
        """Replace the bar by one summary line."""
        if self.bar is not None:
            self.bar.close()
        print(self.summary(), file=self.stream)


class LineProgress(_Counts):
    """Plain lines for logs: one every few seconds and one at the end."""

    def __init__(self, stream: TextIO, every: float = 5.0) -> None:
        super().__init__()
        self.stream = stream
        self.every = every
        self.last = 0.0

    def start(self, total: int) -> None:
        """Note the start."""
        self.begin(total)
        self.last = time.monotonic()
        print(f"running {total} snippets", file=self.stream, flush=True)

    def advance(self, label: str, *, cached: bool, failed: bool) -> None:
        """Count, and print a line when a few seconds have passed."""
        self.count(cached=cached, failed=failed)
        if time.monotonic() - self.last >= self.every:
            self.last = time.monotonic()
            print(f"  {self.summary()} (last: {label})", file=self.stream, flush=True)

    def close(self) -> None:
        """Print the final count."""
        print(self.summary(), file=self.stream, flush=True)


def progress_for(stream: TextIO = sys.stderr, *, quiet: bool = False) -> Progress:
    """The right progress display for ``stream``."""
    if quiet:
        return SilentProgress()
    return BarProgress(stream) if stream.isatty() else LineProgress(stream)
