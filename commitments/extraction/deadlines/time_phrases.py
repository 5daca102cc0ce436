"""The grammar of Dutch time phrases: word tables and one combined, compiled pattern.

Every rule is one alternative of ``TIME_PATTERN`` wrapped in a named group (the rule's
name), so a single ``finditer`` over a sentence finds every time phrase, leftmost first.
Where two rules could start at the same word the earlier rule in ``RULES`` wins, so the
longer forms come first ("een weekje of drie" before "over een week"). Inside a rule the
groups are written ``(?P<_key>...)``; they are renamed ``<rule>_key`` when compiled, and
``field(match, key)`` reads them back for the rule that matched.

All patterns are case-insensitive, let any whitespace (including line breaks) separate
words, and use only bounded repetition without nested quantifiers, so matching is linear
in the sentence length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..promises.literal_gates import GateTable, fold, passes, required_word_conjuncts

MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6}
NUMBER_WORDS = {
    "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "negentig": 90,
}  # fmt: skip
# Indefinite amounts, read as the README's table does: "een paar maanden" is three months,
# "een aantal weken" four. The results are flagged as estimated.
VAGUE_COUNTS = {"paar": 3, "enkele": 3, "handvol": 3, "aantal": 4, "meerdere": 4}
ORDINALS = {"eerste": 1, "1e": 1, "1ste": 1, "tweede": 2, "2e": 2, "2de": 2, "derde": 3, "3e": 3, "3de": 3,
            "vierde": 4, "4e": 4, "4de": 4, "laatste": 4}  # fmt: skip
# the ordinals that count weekdays in a month ("laatste" is the fourth quarter, but not always the fourth Tuesday)
NTH = {word: n for word, n in ORDINALS.items() if word != "laatste"}


def _words(words) -> str:
    return "(?:" + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) + ")"


YEAR = r"(?:19|20)\d\d(?!\d)"
MONTH = _words(list(MONTHS)[:12]) + r"\b"
MONTH_ANY = r"(?:" + MONTH + "|" + _words(list(MONTHS)[12:]) + r"\b\.?)"
WEEKDAY = _words(WEEKDAYS) + r"(?:ochtend|middag|avond)?\b"
NUMBER = r"(?:\d{1,3}(?:,5)?|" + _words(NUMBER_WORDS) + r")\b"
VOOR = r"(?:(?:ruim\s+|kort\s+|vlak\s+|ruimschoots\s+|uiterlijk\s+)?v[oó][oó]r)"
# the kinds of meeting a promise is due by, on their own day ("voor het debat van 2 juli")
MEETING = (
    r"(?:debat|overleg|vergadering|raad|top|bijeenkomst|conferentie|behandeling|hoorzitting|rondetafelgesprek"
    r"|stemmingen|bespreking)"
)
UNIT = r"(?:werkdag(?:en)?|dag(?:en)?|weekjes?|we(?:ek|ken)|maandjes?|maand(?:en)?|jaartjes?|ja(?:ar|ren)|kwarta(?:al|len))\b"
APPROX = r"(?:(?:ongeveer|circa|ca\.|zo'n|pakweg|maximaal|hooguit|ruim|krap|uiterlijk)\s+)?"


def year_spec(optional: bool = True) -> str:
    """A year named or pointed at: "2026", "van 2026", "dit jaar", "van volgend jaar"."""
    spec = (
        rf"(?:(?:van\s+)?(?:het\s+jaar\s+)?(?P<_y>{YEAR})"
        r"|(?:van\s+)?(?P<_yrel>dit|deze|het\s+huidige|volgend|komend|aankomend|het\s+volgende|het\s+komende|het)"
        r"\s+(?:kalender)?jaar\b)"
    )
    return rf"(?:\s+{spec})?" if optional else spec


# The year after a season, named or pointed at: "in het voorjaar van 2026", "voor de zomer van volgend jaar".
_SEASON_YEAR = (
    rf"(?:\s+(?:van\s+)?(?P<_y>{YEAR})"
    r"|\s+van\s+(?P<_yrel>dit|volgend|komend|aankomend|het\s+volgende|het\s+komende)\s+jaar\b)?"
)


# (rule name, pattern). Order matters only between rules that can start at the same word.
RULES: list[tuple[str, str]] = [
    (
        "vague",
        r"\b(?:zo\s+(?:spoedig|snel|gauw|vlot|kort)\s+(?:als\s+)?(?:het\s+)?mogelijk|z\.s\.m\.?|zsm\b|op\s+(?:zo\s+)?korte?\s+termijn"
        r"|op\s+zo\s+kort\s+mogelijke\s+termijn|binnen\s+afzienbare\s+tijd|op\s+afzienbare\s+termijn|binnenkort|spoedig\b(?!\s+na\s+(?:de|het)\s+(?:zomer|\w{0,12}reces))|eerdaags"
        r"|op\s+een\s+later(?:e)?\s+(?:moment|tijdstip)|in\s+een\s+later\s+stadium|te\s+zijner\s+tijd|t\.z\.t\.?|op\s+termijn\b"
        r"|(?:in\s+)?de\s+komende\s+(?:tijd|periode)\b|straks\b|per\s+omgaande|onverwijld|onmiddellijk)",
    ),
    (
        "ongoing",
        r"\b(?:in\s+de\s+tussentijd|tussentijds|ondertussen|periodiek|(?:half|drie|twee)?jaarlijks|maandelijks|wekelijks"
        r"|per\s+kwartaal|(?:elk|ieder)e?\s+(?:jaar|kwartaal|maand|half\s+jaar|halfjaar|week)\b|voortaan|van\s+nu\s+af\s+aan"
        r"|doorlopend|regelmatig|telkens|steeds\s+(?:als|wanneer)|op\s+gezette\s+tijden"
        r"|(?:blijft?|blijven)\b(?:\s+\S+){0,5}?\s+(?:informeren|rapporteren|berichten|op\s+de\s+hoogte\s+(?:houden|stellen)))\b",
    ),
    (
        "date",
        rf"\b(?:(?P<_week>(?:in\s+)?de\s+week\s+van)\s+)?(?:(?P<_prep>uiterlijk(?:\s+op)?|{VOOR}|rond|omstreeks|tegen|per|op|tot(?:\s+en\s+met)?|t/m)\s+)?"
        rf"(?:{WEEKDAY}\s+)?(?P<_d>[0-3]?\d)(?:e|ste|de)?\s+(?P<_m>{MONTH_ANY})(?:\s+(?P<_y>{YEAR}))?"
        r"(?P<_as>\s+(?:a\.s\.?|aanstaande))?",
    ),
    (
        "numdate",
        rf"\b(?:(?P<_prep>uiterlijk(?:\s+op)?|{VOOR}|rond|omstreeks|tegen|per|op|tot(?:\s+en\s+met)?|t/m)\s+)?"
        # with dashes or slashes ("1-7-2027", "1/7/2027")
        rf"(?P<_d>[0-3]?\d)[-/](?P<_m>[01]?\d)[-/](?P<_y>{YEAR})",
    ),
    # "voor het commissiedebat (Wonen) van 2 juli": a meeting that carries its own date is due on that day; any
    # occasion may carry its date in brackets: "ruim voor het sluiten van de openstellingsperiode (1 december 2023)"
    (
        "event_date",
        rf"\b(?P<_prep>{VOOR}|tegen|voorafgaand\s+aan|in\s+aanloop\s+naar|ter\s+voorbereiding\s+op)\s+(?:het|de)\s+"
        r"(?:(?:[\w-]+\s+){0,2}?[\w-]{0,24}?" + MEETING + r"\b(?:\s+[\w-]+){0,8}?\s+(?:van|op)\s+"
        r"|(?:[\w-]+\s+){0,8}?[\w-]+\s*(?P<_bracket>\()\s*)"
        rf"(?:{WEEKDAY}\s+)?(?P<_d>[0-3]?\d)(?:e|ste|de)?\s+(?P<_m>{MONTH_ANY})(?:\s+(?P<_y>{YEAR}))?(?:\s*\))?",
    ),
    (
        "clock",
        r"\b(?:(?P<_prep>rond|om|v[oó][oó]r|uiterlijk|tegen|na|vanaf)\s+(?P<_h>[01]?\d|2[0-3])[:.](?P<_mi>[0-5]\d)(?:\s*uur\b)?"
        r"|(?:(?P<_prep2>rond|om|v[oó][oó]r|uiterlijk|tegen|na|vanaf)\s+)?(?P<_h2>[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*uur\b)"
        r"(?![\d.,:]?\d)(?!\s*(?:euro|procent|%|miljoen|miljard|mln|mld)\b)",
    ),
    # the nth weekday of a month: "de derde dinsdag van september" (Prinsjesdag), "op de eerste maandag van oktober"
    (
        "nth_weekday",
        rf"\b(?:(?P<_prep>uiterlijk(?:\s+op)?|{VOOR}|op|tegen|rond)\s+)?(?:de\s+)?(?P<_o>{_words(NTH)})\s+"
        rf"(?P<_wd>{WEEKDAY})\s+van\s+(?P<_m>{MONTH})" + year_spec(),
    ),
    (
        "weekday",
        rf"\b(?:(?P<_prep>uiterlijk(?:\s+op)?|{VOOR}|op|tegen|aanstaande|komende|(?P<_next>volgende\s+week))\s+)?(?P<_wd>{WEEKDAY})",
    ),
    ("weekend", rf"\b(?:{VOOR}|tegen)\s+het\s+weekend\b"),
    # a week by its number, as planning letters name it: "in week 12", "uiterlijk in week 45 van 2025"
    (
        "week_number",
        rf"\b(?:(?P<_prep>uiterlijk(?:\s+in)?|in|{VOOR}|rond|tegen)\s+)?week\s+(?P<_wn>[1-4]\d|5[0-3]|0?[1-9])\b"
        + year_spec(),
    ),
    # "van de week" is spoken for "deze week"; not "de dag van de week" nor "de week van 12 mei"
    (
        "this_week",
        r"\bvan\s+de\s+week\b(?!\s+(?:van|na|voor|daarna|daarvoor|erna|ervoor|daarop|erop|waarin|dat|die)\b)",
    ),
    (
        "week",
        rf"\b(?:(?:uiterlijk|in|{VOOR}|tegen)\s+)?(?:(?:aan|tegen|voor|in|op)\s+het\s+)?"
        r"(?:(?P<_pos>eind(?:e)?|begin|halverwege|midden|later|in\s+de\s+loop\s+van)(?:\s+van)?\s+)?(?:de\s+)?"
        r"(?P<_which>deze|volgende|komende|aanstaande|aankomende)\s+week\b",
    ),
    (
        "sameday",
        r"\b(?:(?:nog|later)\s+)?(?P<_w>vandaag|vanavond|vanmiddag|vanochtend|vanmorgen|vannacht|overmorgen|morgen(?:ochtend|middag|avond)?)\b",
    ),
    ("idiom", rf"\b(?:(?:binnen|over|in|na)\s+)?{APPROX}een\s+(?P<_u>{UNIT})\s+of\s+(?P<_n>{NUMBER})"),
    ("coming", r"\b(?:(?:in|binnen)\s+)?de\s+komende\s+(?P<_u>dagen|weken|maanden)\b"),
    (
        "relative",
        rf"\b(?P<_prep>binnen(?:\s+nu\s+en)?|over|in|na|uiterlijk\s+(?:over|binnen)|(?:in\s+|binnen\s+)?de\s+komende|komende)\s+{APPROX}"
        r"(?:een\s+)?(?:(?P<_vague>paar|aantal|enkele|meerdere|handvol)"
        rf"|(?P<_half>half|anderhalve?|anderhalf)|(?P<_n1>{NUMBER})(?:\s*(?:à|a|-|–|tot|of)\s*(?P<_n2>{NUMBER}))?)\s*(?P<_u>{UNIT})",
    ),
    ("month_both", r"\b(?:in\s+)?deze\s+of\s+(?:de\s+)?(?:volgende|komende)\s+maand\b"),
    (
        "month_rel",
        rf"\b(?:(?P<_prep>in|{VOOR}|uiterlijk|binnen|ergens)\s+)?(?:(?:aan|tegen|voor|in|op)\s+het\s+)?"
        r"(?:(?P<_pos>eind(?:e)?|begin|medio|half|halverwege|midden)(?:\s+van)?\s+)?(?:(?:in\s+)?de\s+)?"
        r"(?P<_which>deze|volgende|komende|aankomende|de)\s+maand\b",
    ),
    (
        "month_pos",
        rf"\b(?:(?P<_prep>uiterlijk|{VOOR}|rond|omstreeks|tegen|tot)\s+)?(?:(?:aan|tegen|voor|in|op|tot)\s+het\s+)?"
        r"(?P<_pos>eind(?:e)?|ultimo|begin|primo|medio|half|halverwege|midden|in\s+de\s+loop\s+van"
        r"|(?:in\s+)?de\s+(?:eerste|tweede|derde|vierde|laatste)\s+week\s+van"
        r"|(?:in\s+)?de\s+(?:eerste|tweede|laatste)\s+helft\s+van)(?:\s+van)?\s+(?:de\s+maand\s+)?"
        rf"(?P<_m>{MONTH})(?:\s+(?:van\s+)?(?P<_y>{YEAR}))?",
    ),
    (
        "month",
        rf"\b(?:(?P<_prep>uiterlijk(?:\s+in)?|in|{VOOR}|rond|omstreeks|tot(?:\s+en\s+met)?|t/m|per|ergens\s+in)\s+)?"
        rf"(?:de\s+maand\s+)?(?P<_m>{MONTH})(?:\s+(?:van\s+)?(?P<_y>{YEAR}))?",
    ),
    # "(voor) het einde van het eerste kwartaal" is the quarter's last day, whatever the preposition
    (
        "quarter",
        rf"\b(?:(?P<_prep>uiterlijk|{VOOR}|rond|tegen|aan)\s+)?(?:(?:het\s+)?(?P<_end>eind(?:e)?|ultimo)\s+van\s+)?"
        # a period of four months too: "voor het derde trimester van 2015 gepland" (September to December)
        rf"(?:in\s+)?(?:het\s+)?(?P<_o>{_words(ORDINALS)})\s+(?P<_unit>kwartaal|trimester)\b" + year_spec(),
    ),
    # the quarter we are in or the next one: "dit kwartaal", "komend kwartaal", "in het volgende kwartaal"
    (
        "quarter_rel",
        rf"\b(?:(?P<_prep>uiterlijk|{VOOR}|in|binnen)\s+)?(?:het\s+)?(?P<_rel>dit|deze|(?:aan)?komende?|volgende?)\s+kwartaal\b",
    ),
    (
        "quarter_short",
        rf"\b(?:(?P<_prep>uiterlijk(?:\s+in)?|{VOOR}|in)\s+)?Q(?P<_q>[1-4])(?:\s*[-'’]?\s*(?P<_y>{YEAR}|\d\d(?!\d)))?\b",
    ),
    (
        "half",
        rf"\b(?:(?P<_prep>uiterlijk|{VOOR})\s+)?(?:in\s+)?(?:de|het)\s+(?P<_o>eerste|tweede|1e|2e|laatste)\s+"
        r"(?:helft|halfjaar|jaarhelft)\b(?:\s+van)?" + year_spec(),
    ),
    # before the year rules: "volgend jaar voorjaar" is a season, not the year
    (
        "season",
        rf"\b(?P<_prep>(?:uiterlijk\s+|ergens\s+|later\s+)?in\s+(?:het|de)|dit|deze|(?:het\s+)?(?:aan)?komende?|volgende?|het|{VOOR}\s+(?:het|de)"
        # the year first: "volgend jaar voorjaar", "komend jaar in het najaar"
        r"|(?:aan)?(?:komend|volgend)\s+jaar(?:\s+in\s+het)?"
        r"|in\s+de\s+loop\s+van\s+(?:het|de)"
        # "in het vroege voorjaar", "in het late najaar": the adjective leaves the season's end as it is
        r"|begin|eind|later\s+dit|tegen\s+het|rond\s+het)\s+(?:(?:vroege|late)\s+)?(?P<_s>voorjaar|lente|najaar|herfst|winter)\b"
        + _SEASON_YEAR,
    ),
    # a season and its year without a preposition, as a speaker puts it first: "Najaar 2024 gaat de evaluatie naar de Kamer"
    ("season_year", rf"\b(?P<_prep>)(?P<_s>voorjaar|lente|najaar|herfst|winter)\s+(?P<_y>{YEAR})\b"),
    (
        "year_pos",
        rf"\b(?:(?P<_prep>uiterlijk|{VOOR}|tegen|rond)\s+)?(?:(?:aan|tegen|voor|in|op|tot)\s+het\s+)?"
        r"(?P<_pos>eind(?:e)?|ultimo|begin|primo|medio|half|midden|halverwege|in\s+de\s+loop\s+van|later"
        r"|(?:in\s+)?de\s+eerste\s+maanden)"
        r"(?:\s+van|\s+in)?\s+" + year_spec(optional=False),
    ),
    (
        "year_rel",
        rf"\b(?:(?P<_prep>in|uiterlijk|{VOOR}|ergens|gedurende)\s+)?(?:(?:in\s+)?het\s+)?"
        r"(?P<_which>dit|volgend|komend|aankomend|het\s+volgende|het\s+komende)\s+(?:kalender)?jaar\b",
    ),
    (
        "year_plain",
        rf"\b(?P<_prep>in|uiterlijk(?:\s+in)?|v[oó]ór|vóor|in\s+de\s+loop\s+van|ergens\s+in|gedurende|per|in\s+het\s+jaar)\s+(?P<_y>{YEAR})",
    ),
    ("turn_of_year", rf"\b(?:{VOOR}|rond|tegen)\s+de\s+jaarwisseling\b"),
    (
        "recess",
        rf"\b(?P<_prep>(?:{VOOR}|tegen|uiterlijk(?:\s+aan)?|aan)\s+het\s+eind(?:e)?\s+van|aan\s+het\s+begin\s+van"
        rf"|{VOOR}|rond|omstreeks|tegen|tot|na\s+afloop\s+van|(?:direct|kort|meteen|vlak|spoedig)\s+na|na|in|tijdens|gedurende)"
        r"\s+(?:het\s+|de\s+)?"
        r"(?P<_n>zomer|kerst|voorjaars|krokus|mei|herfst|paas|pinkster|verkiezings)?[-\s]?(?:reces|vakantie)\b"
        rf"(?:\s+(?:van\s+)?(?P<_y>{YEAR}))?",
    ),
    (
        "christmas",
        rf"\b(?P<_prep>{VOOR}|rond|omstreeks|tegen|na)\s+(?:de\s+)?(?:kerst(?:mis|dagen)?|feestdagen)\b(?:\s+(?:van\s+)?(?P<_y>{YEAR}))?",
    ),
    (
        "summer",
        rf"\b(?P<_prep>{VOOR}|rond|omstreeks|tegen|na\s+afloop\s+van|(?:direct|kort|meteen|vlak|spoedig)\s+na|na|in|tijdens|gedurende|begin|eind"
        r"|deze|komende|aankomende|ergens\s+in)\s+(?:de\s+)?(?P<_s>zomer(?:periode|maanden)?)\b" + _SEASON_YEAR,
    ),
    (
        "prinsjesdag",
        rf"\b(?:(?P<_prep>op|{VOOR}|rond|met|bij|tegen|uiterlijk(?:\s+op|\s+met|\s+bij)?|tegelijk\s+met|ten\s+tijde\s+van"
        r"|voorafgaand\s+aan|in\s+aanloop\s+naar)\s+)?"
        rf"prinsjesdag\b(?:\s+(?:van\s+)?(?P<_y>{YEAR}))?",
    ),
    (
        "budget",
        rf"\b(?P<_prep>bij|met|in|{VOOR}|rond|tegelijk\s+met|uiterlijk\s+(?:bij|met)|via|samen\s+met|voorafgaand\s+aan"
        r"|ten\s+tijde\s+van|in\s+aanloop\s+naar)\s+(?:de\s+)?"
        r"(?P<_doc>ontwerpbegroting|miljoenennota|rijksbegroting|begroting|voorjaarsnota|najaarsnota"
        r"|(?:eerste|1e|tweede|2e)\s+suppletoire\s+begroting(?:en)?|suppletoire\s+begroting(?:en)?)\b"
        rf"(?:\s+(?:voor|van)\s+(?:het\s+jaar\s+)?(?P<_y>{YEAR})|\s+(?P<_y2>{YEAR}))?",
    ),
    (
        "budget_debate",
        rf"\b(?P<_prep>{VOOR}|bij|rond|tijdens|tegen|uiterlijk\s+bij|in\s+aanloop\s+naar)\s+(?:de\s+)?"
        r"(?:(?:komende|volgende|eerstvolgende)\s+)?(?:begrotingsbehandeling(?:en)?"
        r"|(?:plenaire\s+)?behandeling\s+van\s+de\s+[\w-]{0,30}begroting(?:en)?)"
        rf"\b(?:\s+(?:van\s+|voor\s+)?(?P<_y>{YEAR}))?",
    ),
    (
        "verantwoordingsdag",
        rf"\b(?:(?P<_prep>op|{VOOR}|rond|bij|tegen|uiterlijk(?:\s+op)?)\s+)?verantwoordingsdag\b(?:\s+(?P<_y>{YEAR}))?",
    ),
    # The Tweede Kamer votes on Tuesdays: "voor de stemmingen (van dinsdag)" is before the next one.
    (
        "votes",
        rf"\b(?P<_prep>{VOOR}|tegen|uiterlijk\s+voor)\s+de\s+stemming(?:en)?\b"
        r"(?:\s+van\s+(?:aanstaande\s+|komende\s+)?(?P<_tue>dinsdag))?",
    ),
    # The annual reports over year N reach the Kamer on Verantwoordingsdag of N+1.
    (
        "annual_report",
        rf"\b(?P<_prep>bij|met|in|via|{VOOR}|tegelijk\s+met|samen\s+met|uiterlijk\s+(?:bij|met))\s+(?:het|de)\s+"
        r"(?:(?:departementale|financiële)\s+)?(?:jaarverslag(?:en)?|slotwet(?:ten)?)\b"
        rf"(?:\s+(?:over|van|voor)\s+(?:het\s+jaar\s+)?(?P<_y>{YEAR})|\s+(?P<_y2>{YEAR}))?",
    ),
]


_BEFORE = "voor vóór voór vóor ruim kort vlak ruimschoots uiterlijk"
_MONTH_WORDS = " ".join(MONTHS)
_WEEKDAY_WORDS = " ".join(f"{d} {d}ochtend {d}middag {d}avond" for d in WEEKDAYS)
# The words each rule can start with ("#" = any number). Only these words are tried, which
# keeps the scan at a few pattern calls per sentence; a property test checks that the result
# equals a plain search with the full pattern.
FIRST_WORDS: dict[str, str] = {
    "vague": "zo z zsm op binnen binnenkort spoedig eerdaags in te t de straks per onverwijld onmiddellijk",
    "ongoing": "in tussentijds ondertussen periodiek jaarlijks halfjaarlijks driejaarlijks tweejaarlijks maandelijks"
               " wekelijks per elk elke ieder iedere voortaan van doorlopend regelmatig telkens steeds op blijf blijft blijven",
    "date": f"{_BEFORE} in de rond omstreeks tegen per op tot t {_WEEKDAY_WORDS} #",
    "numdate": f"{_BEFORE} rond omstreeks tegen per op tot t #",
    "event_date": f"{_BEFORE} tegen voorafgaand in ter",
    "clock": f"{_BEFORE} rond om tegen na vanaf #",
    "nth_weekday": f"{_BEFORE} op tegen rond de {' '.join(o for o in NTH if not o[0].isdigit())} #",
    "weekday": f"{_BEFORE} op tegen aanstaande komende volgende {_WEEKDAY_WORDS}",
    "weekend": f"{_BEFORE} tegen",
    "week_number": f"{_BEFORE} in rond tegen week",
    "this_week": "van",
    "week": f"{_BEFORE} in tegen aan op eind einde begin halverwege midden later de deze volgende komende aanstaande aankomende",
    "sameday": "nog later vandaag vanavond vanmiddag vanochtend vanmorgen vannacht overmorgen morgen morgenochtend morgenmiddag morgenavond",
    "idiom": "binnen over in na ongeveer circa ca zo pakweg maximaal hooguit ruim krap uiterlijk een",
    "coming": "in binnen de",
    "relative": "binnen over in na uiterlijk de komende",
    "month_both": "in deze",
    "month_rel": f"{_BEFORE} in binnen ergens aan tegen op eind einde begin medio half halverwege midden de deze volgende komende aankomende",
    "month_pos": f"{_BEFORE} rond omstreeks tegen tot aan in op de eind einde ultimo begin primo medio half halverwege midden",
    "month": f"{_BEFORE} in rond omstreeks tot t per ergens de {_MONTH_WORDS}",
    "quarter": f"{_BEFORE} rond tegen aan in het eind einde ultimo {' '.join(o for o in ORDINALS if not o[0].isdigit())} #",
    "quarter_short": f"{_BEFORE} in q1 q2 q3 q4",
    "quarter_rel": f"{_BEFORE} in binnen het dit deze komend komende aankomend aankomende volgend volgende",
    "half": f"{_BEFORE} in de het",
    "year_pos": f"{_BEFORE} tegen rond aan in op tot de eind einde ultimo begin primo medio half midden halverwege later",
    "year_rel": f"{_BEFORE} in ergens gedurende het dit volgend komend aankomend",
    "year_plain": f"{_BEFORE} in ergens gedurende per",
    "turn_of_year": f"{_BEFORE} rond tegen",
    "recess": f"{_BEFORE} rond omstreeks tegen tot na direct kort meteen vlak spoedig in tijdens gedurende aan",
    "christmas": f"{_BEFORE} rond omstreeks tegen na",
    "summer": f"{_BEFORE} rond omstreeks tegen na direct kort meteen vlak spoedig in tijdens gedurende begin eind deze komende aankomende ergens",
    "season": f"{_BEFORE} uiterlijk ergens later in dit deze komend komende aankomend aankomende volgend volgende het begin eind tegen rond",
    "season_year": "voorjaar lente najaar herfst winter",
    "prinsjesdag": f"{_BEFORE} op rond met bij tegen tegelijk ten voorafgaand in prinsjesdag",
    "budget": f"{_BEFORE} bij met in rond tegelijk via samen voorafgaand ten",
    "budget_debate": f"{_BEFORE} bij rond tijdens tegen in",
    "verantwoordingsdag": f"{_BEFORE} op rond bij tegen verantwoordingsdag",
    "votes": f"{_BEFORE} tegen",
    "annual_report": f"{_BEFORE} bij met in via tegelijk samen",
}  # fmt: skip


def _compile(rules: list[tuple[str, str]]) -> re.Pattern[str]:
    alternatives = [f"(?P<{name}>{pattern.replace('(?P<_', f'(?P<{name}_')})" for name, pattern in rules]
    return re.compile("|".join(alternatives), re.IGNORECASE)


TIME_PATTERN = _compile(RULES)


def _index_by_first_word() -> dict[str, tuple[str, ...]]:
    """The rules each first word can start, in the order of RULES."""
    rules_by_word: dict[str, list[str]] = {}
    for name, _ in RULES:
        for word in dict.fromkeys(FIRST_WORDS[name].split()):
            rules_by_word.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in rules_by_word.items()}


def _trie(words: set[str]) -> str:
    """A prefix-factored alternation: the regex engine then rejects a word after a character or two."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # an empty alternative rather than "?", which matches the same (the body first, then nothing): the regex
        # engine runs an optional group through its general repeat, with a repeat context set up at every try
        return f"(?:{body}|)" if "" in node else body

    return build(tree)


_RULES_BY_FIRST_WORD = _index_by_first_word()
# Each rule compiled on its own, with the strings it cannot match without (promises/literal_gates.py). A word
# such as "de" or "in" starts a dozen rules, and their alternation was tried in full at each of them; now the
# rules whose strings the sentence lacks are not tried at all, and the others one by one in the order of RULES,
# which finds what their alternation finds (it takes the first alternative that matches).
_RULE_PATTERN = {name: _compile([(name, pattern)]) for name, pattern in RULES}
_GATES = GateTable()
_RULE_GATE = {name: _GATES.masks(required_word_conjuncts(pattern)) for name, pattern in _RULE_PATTERN.items()}
_GROUPS = TIME_PATTERN.groupindex  # every rule's groups, as field() reads them
_FIRST_WORD = re.compile(r"(?<!\w)(?:" + _trie(set(_RULES_BY_FIRST_WORD) - {"#"}) + r"(?!\w)|\d)", re.IGNORECASE)
# The same words in lower case, found without IGNORECASE in a lower-cased ASCII sentence (lower() keeps every
# ASCII offset, and the words are lower case): a third less work than the case-blind scan.
_FIRST_WORD_LOWER = re.compile(_FIRST_WORD.pattern)


def find_time_phrases(sentence: str) -> Iterator[re.Match[str]]:
    """Every time phrase in ``sentence``, leftmost first and not overlapping (as ``TIME_PATTERN.finditer``)."""
    resume = 0
    present: int | None = None  # the gate strings in the sentence, looked up at the first word that needs them
    allowed: dict[str, list[re.Pattern[str]]] = {}  # per first word: the patterns of its rules the strings allow
    words = _FIRST_WORD_LOWER.finditer(sentence.lower()) if sentence.isascii() else _FIRST_WORD.finditer(sentence)
    for word in words:
        start = word.start()
        if start < resume:
            continue
        token = word.group()
        # folded as the case-blind scan read it: "İn" lower-cases to "i" and a combining dot, which starts no rule
        key = "#" if token.isdigit() else fold(token)
        patterns = allowed.get(key)
        if patterns is None:
            if present is None:
                present = _GATES.present(fold(sentence))
            names = _RULES_BY_FIRST_WORD[key]
            patterns = allowed[key] = [_RULE_PATTERN[name] for name in names if passes(_RULE_GATE[name], present)]
        for pattern in patterns:
            match = pattern.match(sentence, start)
            if match is not None:
                resume = match.end()
                yield match
                break


def field(match: re.Match[str], key: str) -> str | None:
    """The text of group ``key`` of the rule that produced ``match`` (None when it did not take part)."""
    name = f"{match.lastgroup}_{key}"
    if name not in match.re.groupindex and name in _GROUPS:
        return None  # another rule's group ("month" + "_pos" names the rule month_pos): as in TIME_PATTERN
    return match.group(name)


def text(match: re.Match[str], key: str) -> str:
    """field() of a group the rule always fills. A rule that left it out is a LookupError, which
    resolve_deadline catches like every phrase it cannot read (before, int(None) or None.lower() crashed)."""
    value = field(match, key)
    if value is None:
        raise LookupError(f"{match.lastgroup}: group {key} did not take part")
    return value


def optional_int(value: str | None) -> int | None:
    return int(value) if value else None


def number_value(word: str) -> float | None:
    word = word.lower()
    if word[:1].isdigit():
        return float(word.replace(",", "."))
    return NUMBER_WORDS.get(word)


def month_value(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]
