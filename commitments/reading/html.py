"""HTML pages (rijksoverheid.nl, tweedekamer.nl, officielebekendmakingen.nl) to the letter's text.

Navigation, headers, footers, cookie banners, scripts and styles are removed; the body is the
page's <main>, role="main", <article> or content block, else the block with the most paragraph
text. Paragraphs are separated by blank lines.
"""

import re

from lxml import etree
from lxml import html as lxml_html

from .cleaning import undo_double_utf8
from .errors import NO_BODY, ReadError
from .limits import Deadline

_CHUNK = 64 * 1024
MIN_BODY_CHARS = 120
_REMOVED_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "nav",
        "form",
        "iframe",
        "button",
        "select",
        "input",
        "textarea",
        "dialog",
        "object",
        "embed",
        "canvas",
        "aside",
        "head",
    }
)
# Page chrome that a site's main area may still hold; only removed outside main/article.
_CHROME_TAGS = frozenset({"header", "footer"})
_REMOVED_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog", "menu", "menubar"}
)
_BOILERPLATE = re.compile(
    r"cookie|consent|breadcrumb|skip-?link|skip-?to|\bshare|social|newsletter|nieuwsbrief|"
    r"\bmenu|navbar|sidebar|site-?header|site-?footer|\bfooter|feedback|related|gerelateerd",
    re.IGNORECASE,
)
_CONTENT = re.compile(
    r"\b(content|main-?content|page-?content|article|artikel|broodtekst|body-?text|bodytext|"
    r"document|stuk|letter|brief|kamerbrief|tekst)\b",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "tr",
        "table",
        "caption",
        "figcaption",
        "figure",
        "address",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "body",
        "hr",
    }
)
_BREAK, _CELL = "\x01", "\x02"
_WHITESPACE = re.compile(r"\s+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def read_html(data: bytes, content_type: str | None, deadline: Deadline) -> tuple[str, str | None, tuple[str, ...]]:
    """The letter body's text, the page title and warnings."""
    source = _decode(data, content_type)
    root = _parse(source, deadline)
    title = _title(root)
    body = root.find(".//body")
    if body is None:
        raise _no_body()
    _remove_boilerplate(body)
    main = _main_element(body)
    text = "\n\n".join(_blocks(main, deadline))
    if len("".join(text.split())) < MIN_BODY_CHARS:
        raise _no_body()
    return text, title, ()


def _no_body() -> ReadError:
    return ReadError(
        NO_BODY,
        "De webpagina bevat geen brieftekst (alleen navigatie, kop- en voetteksten of niets). "
        "Upload de brief zelf (PDF) of de pagina met de volledige tekst.",
    )


def _decode(data: bytes, content_type: str | None) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        text = data.decode(_declared_charset(data, content_type), errors="replace")
    repaired = undo_double_utf8(text)
    text = repaired if repaired is not None else text
    # lxml refuses text that still carries an XML encoding declaration.
    return re.sub(r"^\s*<\?xml[^>]*>", "", text)


def _declared_charset(data: bytes, content_type: str | None) -> str:
    candidates = []
    if content_type and "charset=" in content_type.lower():
        candidates.append(content_type.lower().split("charset=")[1].split(";")[0].strip(" \"'"))
    match = _CHARSET.search(data[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii").lower())
    for charset in candidates:
        # Pages that declare Latin-1 are in practice Windows-1252 (the HTML standard says so too).
        charset = "cp1252" if charset in ("iso-8859-1", "latin-1", "latin1", "us-ascii") else charset
        try:
            "".encode(charset)
            return charset
        except LookupError:
            continue
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def _parse(source: str, deadline: Deadline) -> etree._Element:
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    for start in range(0, len(source), _CHUNK):
        deadline.check()
        parser.feed(source[start : start + _CHUNK])
    try:
        root = parser.close()
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        raise _no_body()
    return root


def _title(root: etree._Element) -> str | None:
    for path in (".//h1", ".//title"):
        element = root.find(path)
        if element is not None:
            title = " ".join("".join(element.itertext()).split())
            if title:
                return title
    return None


def _remove_boilerplate(body: etree._Element) -> None:
    doomed = []
    for element in body.iter(etree.Element):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        marker = f"{element.get('id', '')} {element.get('class', '')}"
        if (
            tag in _REMOVED_TAGS
            or (tag in _CHROME_TAGS and not _inside_content(element))
            or element.get("role", "").lower() in _REMOVED_ROLES
            or element.get("aria-hidden") == "true"
            or element.get("hidden") is not None
            or (tag not in ("body", "main", "article") and _BOILERPLATE.search(marker))
        ):
            doomed.append(element)
    for element in doomed:
        _drop_keeping_tail(element)


def _inside_content(element: etree._Element) -> bool:
    return any(ancestor.tag in ("main", "article") for ancestor in element.iterancestors())


def _drop_keeping_tail(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _main_element(body: etree._Element) -> etree._Element:
    """The element that holds the letter: a marked main area, else the densest paragraph block."""
    lengths = _text_lengths(body)
    marked = body.xpath(".//main | .//*[@role='main'] | .//article")
    marked += [el for el in body.iter(etree.Element) if _CONTENT.search(f"{el.get('id', '')} {el.get('class', '')}")]
    marked = [el for el in marked if lengths[el] >= MIN_BODY_CHARS]
    if marked:
        # The smallest marked element that still holds most of the marked text: an <article>
        # inside <main> rather than <main> with its side blocks.
        largest = max(lengths[el] for el in marked)
        return min((el for el in marked if lengths[el] >= 0.6 * largest), key=lengths.get)
    scores: dict = {}
    for paragraph in body.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + lengths[paragraph]
    if scores:
        return max(scores, key=scores.get)
    return body


def _text_lengths(body: etree._Element) -> dict:
    """Visible characters under every element, in one pass (children come before parents in reverse)."""
    lengths: dict = {}
    for element in reversed(list(body.iter(etree.Element))):
        total = len((element.text or "").strip())
        for child in element:
            total += lengths.get(child, 0) + len((child.tail or "").strip())
        lengths[element] = total
    return lengths


def _blocks(root: etree._Element, deadline: Deadline):
    """Paragraph texts in document order; inline markup joins, block elements separate."""
    buffer: list[str] = []

    def flush():
        text = _WHITESPACE.sub(" ", "".join(buffer))
        buffer.clear()
        text = re.sub(f" ?([{_BREAK}{_CELL}]) ?", r"\1", text).strip(f" {_BREAK}{_CELL}")
        return text.replace(_BREAK, "\n").replace(_CELL, "\t")

    stack = [(root, False)]
    seen = 0
    while stack:
        element, closing = stack.pop()
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if closing:
            if tag in _BLOCK_TAGS and (text := flush()):
                yield text
            if element.tail and element is not root:
                buffer.append(element.tail)
            continue
        seen += 1
        if seen % 1000 == 0:
            deadline.check()
        if tag == "br":
            buffer.append(_BREAK + (element.tail or ""))
            continue
        if tag in _BLOCK_TAGS and (text := flush()):
            yield text
        if tag in ("td", "th") and buffer:
            buffer.append(_CELL)
        if element.text and tag:
            buffer.append(element.text)
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    if text := flush():
        yield text
