"""The same document written with other characters between and inside its words gives the same promises.

A Word export puts no-break spaces between words ("het lid\\xa0Dobbe", whole sentences of them), and a word processor's
optional hyphens survive as soft hyphens in the text ("toe\\xadzeggen", "infor\\xadmeren"). Every document of the seen
and dev halves is rewritten with a no-break space for every space of its running text (lines of 45 characters or more:
not its page furniture and headings), and with a soft hyphen inside each verb a promise is made with. The mentions
found must be the same ones (compared by the start of their quote, without white space and soft hyphens). These are
rewrites of real documents: they test that the rules read the words, not the characters between them.

The letters themselves come in other forms too. A PDF typeset with ligatures gives "ﬁ" and "ﬂ" as one character
("deﬁnitief", "reﬂecteren"), and text from macOS or some PDF tools gives a letter and its accent as two characters
("geïnformeerd" with a combining diaeresis, Unicode's decomposed form NFD). Quotes keep the document's characters;
they are compared by their letters as a keyboard gives them.
"""

import re
import unicodedata

import pytest

from tests.extraction.rewritten_documents import changed_promises, readable

RUNNING_LINE = 45
PROMISING_VERBS = re.compile(r"\b(informeren|toezeggen|sturen|zenden|terugkomen)\b")


def no_break_spaces(text: str) -> str:
    return "\n".join(line.replace(" ", "\xa0") if len(line) >= RUNNING_LINE else line for line in text.split("\n"))


def soft_hyphens(text: str) -> str:
    return PROMISING_VERBS.sub(lambda m: f"{m.group(1)[:3]}\xad{m.group(1)[3:]}", text)


def ligatures(text: str) -> str:
    return text.replace("fi", "\ufb01").replace("fl", "\ufb02")


def decomposed_letters(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize("rewrite", [no_break_spaces, soft_hyphens, ligatures, decomposed_letters])
def test_a_document_written_with_other_characters_gives_the_same_promises(rewrite):
    assert changed_promises(readable(), rewrite) == {}
