"""The same document written with other characters between and inside its words gives the same promises.

A Word export puts no-break spaces between words ("het lid\\xa0Dobbe", whole sentences of them), and a word processor's
optional hyphens survive as soft hyphens in the text ("toe\\xadzeggen", "infor\\xadmeren"). Every document of the seen
and dev halves is rewritten with a no-break space for every space of its running text (lines of 45 characters or more:
not its page furniture and headings), and with a soft hyphen inside each verb a promise is made with. The mentions
found must be the same ones (compared by the start of their quote, without white space and soft hyphens). These are
rewrites of real documents: they test that the rules read the words, not the characters between them.

The letters and line ends come in other forms too. A PDF typeset with ligatures gives "ﬁ" and "ﬂ" as one character
("deﬁnitief", "reﬂecteren"); text from macOS or some PDF tools gives a letter and its accent as two characters
("geïnformeerd" with a combining diaeresis, Unicode's decomposed form NFD); a web page marks where a long word may
break with a character of no width (U+200B, what an HTML <wbr> becomes in copied text); an old Mac file ends its lines
with a lone carriage return. Quotes keep the document's characters, cut at the mention's offsets in the document as
it came; they are compared by their letters as a keyboard gives them.
"""

import re
import unicodedata

import pytest

from commitments.extraction import extract
from tests.extraction.rewritten_documents import changed_promises, readable, text_of

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


LONG_WORD = re.compile(r"\b([a-zà-ÿ]{5})([a-zà-ÿ]{4,})")


def break_marks(text: str) -> str:
    return LONG_WORD.sub(lambda m: f"{m.group(1)}\u200b{m.group(2)}", text)


def mac_line_ends(text: str) -> str:
    return text.replace("\n", "\r")


REWRITES = [no_break_spaces, soft_hyphens, ligatures, decomposed_letters, break_marks, mac_line_ends]


@pytest.mark.parametrize("rewrite", REWRITES)
def test_a_document_written_with_other_characters_gives_the_same_promises(rewrite):
    assert changed_promises(readable(), rewrite) == {}


@pytest.mark.parametrize("rewrite", [ligatures, decomposed_letters, break_marks, mac_line_ends])
def test_quotes_are_cut_from_the_document_as_it_came(rewrite):
    misplaced = []
    for name in readable():
        text = rewrite(text_of(name))
        for mention in extract(text).commitments:
            cut = text[mention.start : mention.end]
            # a quote over a page break leaves the page's furniture out: each of its lines is the document's own
            if not (
                cut.startswith(mention.quote.split("\n")[0]) and all(line in cut for line in mention.quote.split("\n"))
            ):
                misplaced.append((name, mention.quote[:60]))
    assert misplaced == []
