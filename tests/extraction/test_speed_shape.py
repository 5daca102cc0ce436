"""The shape of the engine's work: each document's layout and segments are computed once.

No timings here (they depend on the machine); these tests count the expensive steps, so that
a change that quietly computes the page layout again for every range shows up as a failure.
"""

from pathlib import Path

import pytest

from commitments.extraction import extract
from commitments.extraction.document import layout as pagelayout
from commitments.extraction.document import structure
from commitments.extraction.document.sentences import split_sentences

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# a letter, an Aanhangsel answer, a debate, and an answer with no-break spaces (a Word export)
DOCUMENTS = ["seed-003", "001", "012", "seed-000"]


def fresh_text(name: str) -> str:
    # read anew: a different string object, so nothing is remembered from an earlier test
    return (CORPUS / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_page_layout_is_computed_once_per_document(name, monkeypatch):
    calls = []
    original = pagelayout._label_lines

    def counting(text, start, end):
        calls.append((start, end))
        return original(text, start, end)

    monkeypatch.setattr(pagelayout, "_label_lines", counting)
    extract(fresh_text(name))
    assert len(calls) == 1


@pytest.mark.parametrize("name", DOCUMENTS)
def test_segments_are_computed_once_per_document_and_kind(name, monkeypatch):
    kinds = []
    original = structure._segments

    def counting(text, kind):
        kinds.append(kind)
        return original(text, kind)

    monkeypatch.setattr(structure, "_segments", counting)
    extract(fresh_text(name))
    assert kinds and len(kinds) == len(set(kinds))


def test_a_list_handed_out_can_be_changed_without_changing_the_next_one():
    text = fresh_text("001")
    first = split_sentences(text)
    first.clear()
    assert split_sentences(text) != []
    segments = structure.segment_document(text, "antwoorden")
    segments.pop()
    assert structure.segment_document(text, "antwoorden")[-1].end == len(text)


class _CountingDict(dict):
    def __init__(self, *args):
        super().__init__(*args)
        self.lookups = 0

    def get(self, key, default=None):
        self.lookups += 1
        return super().get(key, default)

    def __getitem__(self, key):
        self.lookups += 1
        return super().__getitem__(key)


@pytest.mark.parametrize("repeats", [100, 1000])
def test_a_word_is_read_for_the_gates_in_steps_linear_in_its_length(repeats):
    # a word made of a gate string over and over: from every position its prefixes lead as far as they go
    from commitments.extraction.promises.literal_gates import GateTable

    table = GateTable()
    table.masks((frozenset({"toezeggen", "toe"}),))
    counted = _CountingDict()

    def counting(node):
        # every node of the trie of the table's strings, its look-ups counted together
        copy = _CountingDict({char: (counting(child), bits) for char, (child, bits) in node.items()})
        copy.__dict__ = counted.__dict__
        return copy

    table._trie = counting(table._trie)
    word = "toezeggen" * repeats
    assert table.present(word)
    # from each position, a look-up per character of the longest string that the word holds there, and one more
    assert 0 < counted.lookups <= len(word) * (len("toezeggen") + 1)
