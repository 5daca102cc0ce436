"""python -m commitments.extraction FILE... [--date YYYY-MM-DD]: one JSON object per file (DESIGN.md)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from . import ExtractionConfig, ExtractionError, extract


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ExtractionError("missing_file", f"{path}: no such file") from None
    except IsADirectoryError:
        raise ExtractionError("not_a_file", f"{path}: is a directory") from None
    except PermissionError:
        raise ExtractionError("unreadable", f"{path}: permission denied") from None
    except UnicodeDecodeError as exc:
        raise ExtractionError("not_utf8", f"{path}: not UTF-8 text (byte {exc.start})") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m commitments.extraction", description="Extract toezeggingen from plain-text documents."
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument(
        "--date", type=_parse_date, default=None, help="document date (YYYY-MM-DD) when the text gives none"
    )
    args = parser.parse_args(argv)
    config = ExtractionConfig(reference_date=args.date)
    results = []
    try:
        for path in args.files:
            results.append(extract(_read(path), config).to_dict())
    except ExtractionError as exc:
        print(f"error [{exc.code}]: {exc}", file=sys.stderr)
        return 2
    out = results[0] if len(results) == 1 else results
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
