"""A sentence that tells what a just-promised document will hold is a promise of its own.

"De Kamer ontvangt voor de zomer de voortgangsbrief. In deze brief is ook een passage over het actieplan
opgenomen." The second sentence is in the present tense and names "deze brief", which on its own reads as the
letter at hand; after a promise of a letter it is the promised one, and what it will cover is promised with it
(the corpus labels such content sentences `report`). It qualifies when it opens by pointing back at that
document ("Daarin", "In die notitie", "Met die beleidsagenda", "Deze onderbouwing"), the document it names is
one the promise names ("een kabinetsnotitie" ... "deze notitie"), and it says what the document covers
("ingaan op", "meegenomen", "geven invulling aan"), not how it comes about ("dient eerst geagendeerd te worden").
"""

from __future__ import annotations

import re

from .templates import Rule

CONTENT_OF_PROMISED = Rule(
    "report.content_of_promised",
    (),
    action="report",
    confidence=0.6,
    notes="What a document promised in the sentence before will cover: 'Ik stuur u in maart een kabinetsnotitie."
    " In deze notitie wordt ingegaan op de voorlichting van de Raad van State.'",
)

# the heads of the nouns that name a document: "voortgangsbrief", "kabinetsnotitie", "beleidsagenda"
_DOCUMENT_HEAD = (
    "brief",
    "brieven",
    "notitie",
    "nota",
    "rapportage",
    "rapport",
    "agenda",
    "onderbouwing",
    "reactie",
    "evaluatie",
    "onderzoek",
    "plan",
    "visie",
    "verslag",
    "overzicht",
    "analyse",
    "voorstel",
    "strategie",
    "uitwerking",
    "monitor",
    "handreiking",
    "routekaart",
    "verkenning",
    "doorlichting",
    "studie",
)
# The names of a study, each of which may point back at another: "evaluatie" ... "dit onderzoek".
_STUDIES = ("evaluatie", "onderzoek", "analyse", "verkenning", "doorlichting", "studie")
_POINTS_BACK = re.compile(
    r"(?:(?:in|met|via|bij|op) )?(?:deze|die|dit|dat) (?P<noun>\w+)\b|(?:daarin|hierin|daarmee)\b"
    # a part of it, which says by itself that the document covers it: "Onderdeel daarvan is ook de vervanging van"
    r"|(?P<part>(?:een )?(?:onderdeel|deel) (?:daarvan|hiervan) (?:is|zijn|vormt|vormen))\b",
    re.IGNORECASE,
)
_COVERS = re.compile(
    r"\b(?:ingaan|ingaat|gaat|gaan|ingegaan|opgenomen|meegenomen|beschreven|geschetst|schetsen|schets|aandacht"
    r"|gegeven|geven|geeft|invulling|bevat|bevatten|aan bod|betrokken|behandeld|toegelicht|uiteengezet|belicht"
    # a point given its place in it: "In dit onderzoek zal ... de veiligheid een belangrijke plek innemen"
    r"|(?:plek|plaats) (?:innemen|krijgen))\b",
    re.IGNORECASE,
)
# told as what was: "Dit werd eerder in de planningsbrief opgenomen"
_PRETERITE = re.compile(r"\b(?:werd|werden|was|waren|had|hadden)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def tells_content_of(promise: str, sentence: str) -> bool:
    """Whether sentence, right after the promise sentence, says what the document promised there will hold."""
    back = _POINTS_BACK.match(sentence)
    if back is None or sentence.rstrip().endswith("?") or _PRETERITE.search(sentence):
        return False
    if back.group("part") is None and _COVERS.search(sentence, back.end()) is None:
        return False
    promised = [word.lower() for word in _WORD.findall(promise)]
    noun = back.group("noun")
    if noun is None:  # "Daarin", "Hierin": the promise must name a document
        return any(word.endswith(_DOCUMENT_HEAD) for word in promised)
    noun = noun.lower()
    if not noun.endswith(_DOCUMENT_HEAD):
        return False
    # a study promised is pointed back at by any name of a study: "De evaluatie zal ... worden gezonden. In dit
    # onderzoek zal ..."
    names = _STUDIES if noun.endswith(_STUDIES) else (noun,)
    return any(word.endswith(names) for word in promised)
