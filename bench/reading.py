"""Benchmark: PDF text extraction with pypdfium2 (the product's reader) against pypdf.

Usage: .venv/bin/python bench/reading.py [--rounds 5]

On the 21 corpus PDFs (tests/corpus/sources/NNN.pdf), for each library:
- speed: pages per CPU second of one core (time.process_time, one process, one thread), over
  --rounds passes through all files; "extract" times the library call alone, "reader" the
  whole path to clean text (for pdfium: commitments.reading.read_document);
- similarity to pdftotext's text (tests/corpus/NNN.txt): difflib's ratio over the word
  sequences, after the same clean-up (line ends, NFC, line-end hyphens joined) for both.
Both libraries are BSD/Apache licensed; PyMuPDF (AGPL) is deliberately not measured.
"""

import argparse
import difflib
import io
import logging
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pypdf  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

from commitments.reading import read_document  # noqa: E402
from commitments.reading.cleaning import clean_text, join_hyphenated_lines  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
PDFS = sorted((CORPUS / "sources").glob("*.pdf"))


def pdfium_pages(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def pypdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def pypdf_text(data: bytes) -> str:
    """pypdf's text given the product's clean-up, for a fair comparison of the words."""
    return join_hyphenated_lines(clean_text("".join(page + "\n\f" for page in pypdf_pages(data))))


def pdfium_text(data: bytes) -> str:
    return read_document(data).text


def pages_per_cpu_second(function, files: list[bytes], rounds: int) -> float:
    pages = sum(len(pdfium.PdfDocument(data)) for data in files)
    samples = []
    for _ in range(rounds):
        started = time.process_time()
        for data in files:
            function(data)
        samples.append(pages / (time.process_time() - started))
    return statistics.median(samples)


def word_similarity(ours: str, reference: str) -> float:
    return difflib.SequenceMatcher(None, ours.split(), reference.split(), autojunk=False).ratio()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    # pypdf warns about every CFF font it cannot fully parse without fontTools.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    files = [path.read_bytes() for path in PDFS]
    total_pages = sum(len(pdfium.PdfDocument(data)) for data in files)
    print(f"{len(files)} PDFs, {total_pages} pages, {args.rounds} rounds, one core\n")

    print(f"{'library':10} {'extract p/s':>12} {'reader p/s':>11}")
    speeds = {}
    for name, raw, full in (("pypdfium2", pdfium_pages, pdfium_text), ("pypdf", pypdf_pages, pypdf_text)):
        speeds[name] = (pages_per_cpu_second(raw, files, args.rounds), pages_per_cpu_second(full, files, args.rounds))
        print(f"{name:10} {speeds[name][0]:12.0f} {speeds[name][1]:11.0f}")
    print(
        f"ratio pypdfium2 / pypdf: extract {speeds['pypdfium2'][0] / speeds['pypdf'][0]:.1f}x, "
        f"reader {speeds['pypdfium2'][1] / speeds['pypdf'][1]:.1f}x\n"
    )

    print(f"{'file':6} {'pages':>5} {'pypdfium2':>10} {'pypdf':>8}   word similarity to pdftotext")
    scores = {"pypdfium2": [], "pypdf": []}
    for path, data in zip(PDFS, files):
        reference = (CORPUS / f"{path.stem}.txt").read_text(encoding="utf-8")
        ours, theirs = word_similarity(pdfium_text(data), reference), word_similarity(pypdf_text(data), reference)
        scores["pypdfium2"].append(ours)
        scores["pypdf"].append(theirs)
        print(f"{path.stem:6} {len(pdfium.PdfDocument(data)):5} {ours:10.4f} {theirs:8.4f}")
    for name, values in scores.items():
        print(
            f"{name:10} mean {statistics.mean(values):.4f}  median {statistics.median(values):.4f}  "
            f"min {min(values):.4f}"
        )


if __name__ == "__main__":
    main()
