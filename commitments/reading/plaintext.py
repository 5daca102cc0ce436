"""Bytes of a plain-text file to text: BOMs, UTF-8, a cp1252 fallback, double encoding undone."""

import codecs
import re

from .cleaning import undo_double_utf8
from .errors import UNDECODABLE, ReadError

# Share of characters that no text file holds (controls, replacement characters) above which
# the bytes are taken for binary data rather than text with a few stray bytes.
MAX_JUNK_SHARE = 0.01
_JUNK = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_text(data: bytes) -> tuple[str, tuple[str, ...]]:
    """The text of the bytes and warnings about how it was decoded."""
    warnings = []
    text = _decode_with_bom(data)
    if text is None:
        text = _decode_utf16_without_bom(data)
    if text is None:
        text, fell_back = _decode_utf8_or_cp1252(data)
        if fell_back:
            warnings.append("De tekst is gelezen als Windows-1252 (geen geldige UTF-8).")
    repaired = undo_double_utf8(text)
    if repaired is not None:
        text = repaired
        warnings.append("De tekst was dubbel als UTF-8 gecodeerd; dat is hersteld.")
    nuls = text.count("\x00")
    junk = len(_JUNK.findall(text)) - nuls
    if junk > 8 and junk > MAX_JUNK_SHARE * len(text) or nuls > 0.1 * len(text):
        raise ReadError(
            UNDECODABLE,
            "Het bestand lijkt geen tekst te bevatten (binaire gegevens of een onbekende tekencodering).",
        )
    if nuls:
        text = text.replace("\x00", "")
        warnings.append(f"{nuls} NUL-tekens verwijderd.")
    return text, tuple(warnings)


def _decode_with_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise ReadError(
                    UNDECODABLE,
                    f"Het bestand begint als {encoding.upper()}-tekst maar bevat ongeldige tekens.",
                ) from None
    return None


def _decode_utf16_without_bom(data: bytes) -> str | None:
    # UTF-16 text of a Latin script has a NUL in (nearly) every other byte.
    sample = data[:4096]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    encoding = "utf-16-le" if odd > 0.4 * half and even < 0.05 * half else None
    if even > 0.4 * half and odd < 0.05 * half:
        encoding = "utf-16-be"
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_utf8_or_cp1252(data: bytes) -> tuple[str, bool]:
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        pass
    # Line by line, so one pasted cp1252 line does not turn the UTF-8 around it into mojibake.
    lines = []
    for line in data.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(_decode_cp1252(line))
    return "\n".join(lines), True


def _decode_cp1252(line: bytes) -> str:
    # Bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) fall back to Latin-1.
    return "".join(
        chunk.decode("cp1252", errors="strict") if _cp1252_ok(chunk) else chunk.decode("latin-1")
        for chunk in re.split(rb"([\x81\x8d\x8f\x90\x9d])", line)
    )


def _cp1252_ok(chunk: bytes) -> bool:
    return not (len(chunk) == 1 and chunk[0] in (0x81, 0x8D, 0x8F, 0x90, 0x9D))
