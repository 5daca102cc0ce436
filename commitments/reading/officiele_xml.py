"""Officielebekendmakingen XML (Handelingen, Kamerstukken, Aanhangsel) to text.

Parsing is locked down: no DTD loading, no entity expansion, no network, no huge trees, and a
document that declares its own entities is refused before it reaches the parser (billion
laughs, external entities). Handelingen are rendered by the corpus recipe (tests/corpus/
README.md, "Plenary debates"), so a debate item gives byte for byte the text it was labelled
on; other publications by a generic block walk.
"""

import datetime as dt
import re
from dataclasses import dataclass

from lxml import etree

from .cleaning import undo_double_utf8
from .errors import MALFORMED, UNDECODABLE, ReadError
from .limits import Deadline

_CHUNK = 64 * 1024
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_CLOSER = re.compile(r" ([.,;:!?)\]])")
_SPACE_AFTER_OPENER = re.compile(r"([(\[]) ")
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)

SKIPPED = frozenset({"metadata", "meta"})
# The recipe's blocks; vergaderdatum only occurs in a meeting's first item and carries its date.
HANDELINGEN_BLOCKS = frozenset({"item-titel", "spreker", "al", "vergaderdatum"})
HANDELINGEN_SKIPPED = SKIPPED | {"kop", "titel", "nr"}
# Elements whose whole text is one paragraph in Kamerstukken, Aanhangsel and other publications.
GENERIC_BLOCKS = frozenset(
    {
        "item-titel",
        "titel",
        "kop",
        "tussenkop",
        "al",
        "nr",
        "spreker",
        "kamervraagnummer",
        "kamervraagomschrijving",
        "tekstregel",
        "dossiernummer",
        "stuknr",
        "functie",
        "naam",
        "dagtekening",
        "vergaderdatum",
        "li",
        "row",
    }
)
# A private-use character: lxml accepts it in text, and publications do not use it.
_NOTE_MARK = "\ue000"
_SPACE_BEFORE_NOTE = re.compile(r"\s*" + _NOTE_MARK)


# Inline markup of the publication schema: it joins the words it stands between ("CO<inf>2</inf>").
INLINE = frozenset({"nadruk", "inf", "sup", "extref", "intref", "unl", "doorhaling", "kamervraagonderwerp"})


def flowing_text(element: etree._Element) -> str:
    """The text of a block of a publication: inline markup joins, other element boundaries separate.

    Used outside Handelingen, where no byte-exact recipe binds us to the space that joining
    text nodes leaves inside "CO 2".
    """
    pieces = []
    stack: list = [element]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            pieces.append(item)
            continue
        if not isinstance(item.tag, str):
            continue
        separator = "" if item.tag in INLINE else " "
        pieces.append(separator + (item.text or ""))
        if item is not element:
            stack.append(separator + (item.tail or ""))
        stack.extend(reversed(item))
    text = _SPACES.sub(" ", "".join(pieces)).strip()
    text = _SPACE_BEFORE_CLOSER.sub(r"\1", text)
    return _SPACE_AFTER_OPENER.sub(r"\1", text)


def block_text(element: etree._Element) -> str:
    """All text nodes joined by one space, whitespace collapsed, no space inside brackets or before punctuation."""
    text = _SPACES.sub(" ", " ".join(element.itertext())).strip()
    text = _SPACE_BEFORE_CLOSER.sub(r"\1", text)
    return _SPACE_AFTER_OPENER.sub(r"\1", text)


@dataclass(frozen=True)
class Publication:
    """What the XML says about itself beyond its text: the publication's identifier and its date.

    A debate item carries its meeting's date only in the meeting's first item (<vergaderdatum>)
    or in metadata; the identifier ("h-tk-20172018-70-9": chamber, session year, meeting, item)
    lets the other items of that meeting take the date once one of them has it.
    """

    identifier: str | None = None
    date: dt.date | None = None


def read_xml(data: bytes, deadline: Deadline) -> tuple[str, str | None, tuple[str, ...], Publication]:
    """Text, title, warnings and publication facts of an officielebekendmakingen XML file."""
    payload, encoding, warnings = _decode(data)
    root = parse_safely(payload, deadline, encoding)
    body = root if root.tag == "handelingen" else root.find("handelingen")
    if body is not None:
        blocks = _handelingen_blocks(body, deadline)
    else:
        blocks = _generic_blocks(root, deadline)
    text = "".join(block + "\n\n" for block in blocks)
    return text, _title(root), warnings, publication_of(root)


# ".../h-tk-20172018-70-9/metadata.xml", "kst-36600-XVI-12", "ah-tk-20232024-3"
_IDENTIFIER = re.compile(r"\b((?:h|ah|kst|kv|blg|stcrt|stb)-[A-Za-z0-9-]+?)(?:/|\.xml|$)")
_DUTCH_DATE = re.compile(
    r"(?P<day>\d{1,2})\s+(?P<month>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    r"november|december)\s+(?P<year>\d{4})",
    re.I,
)
_MONTHS = ("januari februari maart april mei juni juli augustus september oktober november december").split()
_IDENTIFIER_META = ("DC.identifier", "OVERHEIDop.externMetadataRecord", "OVERHEIDop.publicationName")
_DATE_META = ("OVERHEIDop.datumVergadering",)


def publication_of(root: etree._Element) -> Publication:
    metas = {meta.get("name"): meta.get("content") or "" for meta in root.iter("meta")}
    identifier = None
    for name in _IDENTIFIER_META:
        match = _IDENTIFIER.search(metas.get(name, ""))
        if match:
            identifier = match.group(1)
            break
    day = None
    for name in _DATE_META:
        try:
            day = dt.date.fromisoformat(metas.get(name, "")[:10])
            break
        except ValueError:
            continue
    if day is None:
        heading = root.find(".//vergaderdatum")
        day = _dutch_date(block_text(heading)) if heading is not None else None
    return Publication(identifier=identifier, date=day)


def _dutch_date(text: str) -> dt.date | None:
    match = _DUTCH_DATE.search(text)
    if not match:
        return None
    try:
        return dt.date(int(match["year"]), _MONTHS.index(match["month"].lower()) + 1, int(match["day"]))
    except ValueError:  # "31 april": a typo, not a date
        return None


def _decode(data: bytes) -> tuple[bytes, str | None, tuple[str, ...]]:
    """Bytes for the parser, the encoding to force (None: the declaration's), warnings.

    Text that decodes as UTF-8 is re-encoded as clean UTF-8 with any double encoding undone
    and the leading BOM and whitespace dropped; other bytes go to the parser as they are.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return data.lstrip(), None, ()
    warnings: tuple[str, ...] = ()
    repaired = undo_double_utf8(text)
    if repaired is not None:
        text = repaired
        warnings = ("De tekst was dubbel als UTF-8 gecodeerd; dat is hersteld.",)
    return text.lstrip("\ufeff \t\r\n").encode("utf-8"), "utf-8", warnings


def safe_parser(encoding: str | None = None) -> etree.XMLParser:
    """An lxml parser that loads no DTD, expands no entity, opens no URL and keeps size limits."""
    return etree.XMLParser(
        encoding=encoding,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_safely(payload: bytes, deadline: Deadline, encoding: str | None = None) -> etree._Element:
    """Parse XML in chunks, checking the deadline between them; never loads or expands entities."""
    if _ENTITY_DECLARATION.search(payload):
        raise ReadError(
            MALFORMED,
            "Het XML-bestand declareert eigen entiteiten (DTD); zulke bestanden worden om "
            "veiligheidsredenen niet gelezen.",
        )
    parser = safe_parser(encoding)
    try:
        for start in range(0, len(payload), _CHUNK):
            deadline.check()
            parser.feed(payload[start : start + _CHUNK])
        return parser.close()
    except etree.XMLSyntaxError as error:
        raise ReadError(MALFORMED, f"Het XML-bestand is niet goed gevormd ({error.msg}).") from None
    except (UnicodeDecodeError, LookupError):
        raise ReadError(UNDECODABLE, "De tekens in het XML-bestand kunnen niet worden gelezen.") from None


def _handelingen_blocks(body: etree._Element, deadline: Deadline):
    """Blocks of a debate item in document order, by the corpus recipe."""
    for element in _walk(body, HANDELINGEN_BLOCKS, HANDELINGEN_SKIPPED, deadline):
        if element.tag == "spreker" and _is_chair_in_motion(element):
            continue
        yield block_text(element)


def _is_chair_in_motion(spreker: etree._Element) -> bool:
    # The chair's "Deze motie is voorgesteld door ..." header inside a motion is not a turn.
    parent = spreker.getparent()
    return parent is not None and parent.tag == "motie-info" and "voorzitter" in block_text(spreker).lower()


def _generic_blocks(root: etree._Element, deadline: Deadline):
    """Blocks of any other publication: known block elements, and unknown elements that hold text.

    A footnote (<noot>) sits inside its paragraph in the XML; printing it there would cut the
    sentence, so its number stays glued to the word as in print ("motie Kops1") and its text
    follows the paragraph as a block of its own.
    """
    for element in _walk(root, GENERIC_BLOCKS, SKIPPED, deadline, text_holders_are_blocks=True):
        notes = list(element.iter("noot"))
        for note in notes:
            _replace_with_mark(note)
        text = _SPACE_BEFORE_NOTE.sub("", _generic_text(element))
        if text:
            yield text
        for note in notes:
            if text := flowing_text(note):
                yield text


def _generic_text(element: etree._Element) -> str:
    if element.tag == "row":
        return "\t".join(flowing_text(cell) for cell in element if isinstance(cell.tag, str))
    return flowing_text(element)


def _replace_with_mark(note: etree._Element) -> None:
    """Detach a footnote from its paragraph, leaving its number as a marker glued to the text before it."""
    number = note.find("noot.nr")
    mark = _NOTE_MARK + (block_text(number) if number is not None else "")
    previous, parent = note.getprevious(), note.getparent()
    if previous is not None:
        previous.tail = (previous.tail or "") + mark + (note.tail or "")
    else:
        parent.text = (parent.text or "") + mark + (note.tail or "")
    note.tail = None
    parent.remove(note)


def _walk(root, blocks, skipped, deadline, text_holders_are_blocks=False):
    """Elements that form blocks, in document order, without descending into a block."""
    stack = [root]
    while stack:
        deadline.check()
        element = stack.pop()
        if not isinstance(element.tag, str) or element.tag in skipped:
            continue
        if element.tag in blocks or (text_holders_are_blocks and _holds_text(element)):
            yield element
            continue
        stack.extend(reversed(element))


def _holds_text(element: etree._Element) -> bool:
    if element.text and element.text.strip():
        return True
    return any(child.tail and child.tail.strip() for child in element)


def _title(root: etree._Element) -> str | None:
    for path in (".//item-titel", ".//stuk/titel", ".//kamervraagomschrijving", ".//titel"):
        element = root.find(path)
        if element is not None:
            title = block_text(element)
            if title:
                return title
    return None
