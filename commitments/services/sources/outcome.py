from dataclasses import dataclass


@dataclass(frozen=True)
class Outcome:
    """What recording one row did: nothing (already held), a change, or a failure to count."""

    changed: bool = False
    failure: str = ""
