"""Fill empty Dutch translations in locale/nl/LC_MESSAGES/django.po from the glossary below.

Run after `manage.py makemessages -l nl`, then `manage.py compilemessages`. The glossary is
the product's Dutch vocabulary (the words of the Kamer's own registry where it has them);
strings missing from it are listed so they are translated here, in one place.
"""

import re
import sys
from pathlib import Path

PO = Path(__file__).parent / "nl" / "LC_MESSAGES" / "django.po"

GLOSSARY = {
    # The clerks' feedback screens (admin/clerk_feedback.py).
    'promise as written': 'toezegging zoals geschreven',
    'Select the sentence in the text above, or paste it here.': 'Selecteer de zin in de tekst hierboven, of plak hem hier.',
    'Missed commitment %(number)s recorded.': 'Gemiste toezegging %(number)s vastgelegd.',
    'Missed commitment': 'Gemiste toezegging',
    'Extraction report': 'Extractierapport',
    'Select the sentence that carries the promise in the text below. Highlighted passages were already found by the extractor.': 'Selecteer in de tekst hieronder de zin met de toezegging. Gemarkeerde passages heeft de extractor al gevonden.',
    'Record missed commitment': 'Gemiste toezegging vastleggen',
    'Per extraction rule: the mentions it found and what clerks decided about their commitments. Precision is confirmed among confirmed and rejected.': 'Per extractieregel: de vermeldingen die zij vond en wat griffiers over hun toezeggingen besloten. Precisie is het aandeel bevestigd onder bevestigd en afgewezen.',
    'found': 'gevonden',
    'pending': 'te beoordelen',
    'precision': 'precisie',
    'total': 'totaal',
    'No mentions yet.': 'Nog geen vermeldingen.',
    'Learning from clerks': 'Leren van griffiers',
    "Commitment tracker": "Toezeggingenregister",
    "Commitments to parliament": "Toezeggingen aan het parlement",
    "text": "tekst", "Commitments": "Toezeggingen", "chamber": "Kamer", "name": "naam",
    "first day": "eerste dag", "last day": "laatste dag",
    "empty when only the start is known": "leeg als alleen het begin bekend is",
    "source": "bron", "recess": "reces", "recesses": "recessen",
    "Tweede Kamer": "Tweede Kamer", "Eerste Kamer": "Eerste Kamer",
    "letter to parliament": "Kamerbrief", "answers to written questions": "antwoorden op Kamervragen",
    "proceedings (Handelingen)": "Handelingen", "other": "overig",
    "waiting for extraction": "wacht op extractie", "extracted": "geëxtraheerd", "failed": "mislukt",
    "running": "bezig", "ingested": "ingelezen", "unchanged (already stored)": "ongewijzigd (al opgeslagen)",
    "open": "openstaand", "partly fulfilled": "deels afgedaan", "fulfilled": "afgedaan", "lapsed": "vervallen",
    "proposed": "voorgesteld", "confirmed": "bevestigd", "rejected": "afgewezen",
    "inform": "informeren", "send": "toesturen", "report": "rapporteren", "investigate": "onderzoeken",
    "come back to it": "erop terugkomen", "date": "datum", "period": "periode", "relative": "relatief",
    "event": "gebeurtenis", "ongoing": "doorlopend", "vague": "vaag", "none": "geen",
    "repeats": "herhaalt", "modifies": "wijzigt", "supplements": "vult aan",
    "fulfils": "doet af", "partly fulfils": "doet deels af", "progress update": "voortgangsbericht",
    "summer recess": "zomerreces", "Christmas recess": "kerstreces", "spring (crocus) recess": "voorjaarsreces (krokusreces)",
    "May recess": "meireces", "autumn recess": "herfstreces", "Easter recess": "paasreces", "Whitsun recess": "pinksterreces",
    "other (e.g. election recess)": "overig (bijv. verkiezingsreces)",
    "due soon": "binnenkort verlopen", "due today": "verloopt vandaag", "overdue": "verlopen", "status request": "statusverzoek",
    "number": "nummer", "actor": "toezegger", "government member": "bewindspersoon", "ministry": "ministerie",
    "addressees": "geadresseerden", "e.g. uw Kamer, de commissie": "bijv. uw Kamer, de commissie",
    "action": "handeling", "subject": "onderwerp", "deadline kind": "soort termijn", "deadline as written": "termijn zoals geschreven",
    "due date": "uiterste datum", "due date estimated": "datum geschat",
    "the recess calendar had no row for that year": "de recesagenda had voor dat jaar geen datum",
    "deadline assumed": "termijn aangenomen",
    "no deadline was stated; the default policy set one": "er was geen termijn genoemd; het standaardbeleid heeft er een gezet",
    "condition": "voorwaarde", "the event the promise waits for (zodra ...)": "de gebeurtenis waarop de toezegging wacht (zodra ...)",
    "legal basis": "wettelijke grondslag", "recurring": "doorlopend", "status": "status", "review state": "beoordeling",
    "fulfilled on": "afgedaan op", "merged into": "samengevoegd met", "created": "aangemaakt", "updated": "bijgewerkt",
    "commitment": "toezegging", "commitments": "toezeggingen", "document": "document", "quote": "citaat",
    "start offset": "beginpositie", "end offset": "eindpositie", "rule": "regel", "confidence": "zekerheid",
    "refers to an earlier promise": "verwijst naar eerdere toezegging", "extractor version": "versie extractie",
    "mention": "vermelding", "mentions": "vermeldingen", "from": "van", "to": "naar", "kind": "soort",
    "document that establishes it": "document waaruit het blijkt", "note": "notitie",
    "relation between commitments": "relatie tussen toezeggingen", "relations between commitments": "relaties tussen toezeggingen",
    "SHA-256": "SHA-256", "title": "titel", "Kamerstuk dossier": "Kamerstukdossier", "Kamerstuk number": "Kamerstuknummer",
    "Zaak number": "zaaknummer", "reference (kenmerk)": "kenmerk", "all references": "alle kenmerken",
    "signatories": "ondertekenaars", "source URL": "bron-URL", "original file name": "oorspronkelijke bestandsnaam",
    "original file": "origineel bestand", "content type": "bestandstype", "size in bytes": "grootte in bytes",
    "ingest status": "inleesstatus", "failure code": "foutcode", "failure message": "foutmelding", "documents": "documenten",
    "file path, URL or upload name": "bestandspad, URL of naam van de upload", "new commitments": "nieuwe toezeggingen",
    "mentions found": "vermeldingen gevonden", "started": "gestart", "finished": "klaar", "duration (ms)": "duur (ms)",
    "started by": "gestart door", "ingest run": "inleesronde", "ingest runs": "inleesrondes", "extent": "mate",
    "state": "stand", "evidence": "onderbouwing", "why the system proposed it, e.g. a quote": "waarom het systeem dit voorstelt, bijv. een citaat",
    "decided by": "besloten door", "decided at": "besloten op", "fulfilment": "afdoening", "fulfilments": "afdoeningen",
    "e.g. Buitenlandse Zaken": "bijv. Buitenlandse Zaken", "abbreviation": "afkorting", "ministries": "ministeries",
    "office": "functie", "e.g. minister, staatssecretaris": "bijv. minister, staatssecretaris",
    "in office from": "in functie vanaf", "in office until": "in functie tot", "government members": "bewindspersonen",
    "field": "veld", "status, due_date, review_state, ...": "status, due_date, review_state, ...", "reason": "reden",
    "user": "gebruiker", "e.g. extractor, reminder, api": "bijv. extractor, reminder, api", "when": "wanneer",
    "history entry": "historieregel", "history": "historie", "claimed": "geclaimd", "sent": "verzonden",
    "recipient": "ontvanger", "due date or period": "uiterste datum of periode", "claimed at": "geclaimd op",
    "sent at": "verzonden op", "attempts": "pogingen", "error": "fout", "reminder sent": "verzonden herinnering",
    "reminder log": "herinneringslog", "email": "e-mail", "last overview period": "laatste overzichtsperiode",
    "ministry contact": "contactpersoon ministerie", "ministry contacts": "contactpersonen ministeries",
    "responsible person": "verantwoordelijke", "responsible people": "verantwoordelijken",
    "reminder subscription": "abonnement op herinneringen", "reminder subscriptions": "abonnementen op herinneringen",
    "paused until": "gepauzeerd tot", "unsubscribed": "afgemeld", "reminder opt-out": "afmelding herinneringen",
    "reminder opt-outs": "afmeldingen herinneringen", "Dutch": "Nederlands", "English": "Engels",
    "Invalid or revoked token.": "Ongeldig of ingetrokken token.",
    "The Authorization header must be 'Token <secret>'.": "De Authorization-header moet 'Token <geheim>' zijn.",
    "Date and time out of range.": "Datum en tijd buiten het bereik.",
    "%(value)s is not an id.": "%(value)s is geen id.",
    "Unknown query parameter.": "Onbekende queryparameter.",
    "due on or before": "uiterlijk op of voor",
    "open and past its due date": "openstaand en over de uiterste datum",
    "changed at or after (inclusive: upsert by id)": "gewijzigd op of na (inclusief: werk bij op id)",
    "mentioned in a Kamerstuk of this dossier": "vermeld in een Kamerstuk van dit dossier",
    "words in the text, subject, actor or number": "woorden in tekst, onderwerp, toezegger of nummer",
    "Invalid cursor.": "Ongeldige cursor.",
    "A whole number from 1 to %(max)d.": "Een geheel getal van 1 tot en met %(max)d.",
    "Choose one of: %(allowed)s.": "Kies uit: %(allowed)s.",
    "This cursor belongs to another ordering.": "Deze cursor hoort bij een andere sortering.",
    "'active', or 'merged' for a tombstone": "'active', of 'merged' voor een grafsteen",
    "the document itself (PDF, Word, HTML, XML, text)": "het document zelf (PDF, Word, HTML, XML, tekst)",
    "or where to fetch it": "of waar het op te halen is",
    "Send either a file or a url, not both and not neither.": "Stuur een bestand of een url, niet beide en niet geen van beide.",
    "required: why the deadline moves": "verplicht: waarom de termijn verschuift",
    "read only (integration)": "alleen lezen (koppeling)",
    "clerk (may write)": "griffier (mag schrijven)",
    "who uses it, e.g. the ministry's dashboard": "wie het gebruikt, bijv. het dashboard van het ministerie",
    "writes made with this token are recorded in the history as this user": "wijzigingen met dit token komen in de historie op naam van deze gebruiker",
    "scope": "bereik", "prefix": "voorvoegsel", "key hash": "sleutelhash", "revoked": "ingetrokken",
    "API token": "API-token", "API tokens": "API-tokens",
    "skipped (paused, unsubscribed or closed)": "overgeslagen (gepauzeerd, afgemeld of afgesloten)",
    "skipped": "overgeslagen", "Home": "Start", "Cancel": "Annuleren",
    "mentioned in this document": "vermeld in dit document",
    "words in the title or file name": "woorden in de titel of bestandsnaam",
    "This commitment was merged into %(id)d; change that one.": "Deze toezegging is samengevoegd met %(id)d; wijzig die.",
    "No such fulfilment on this commitment.": "Deze toezegging heeft geen zulke afdoening.",
    "Commitment deadlines": "Termijnen van toezeggingen", "last used": "laatst gebruikt",
    "ministry overview": "overzicht per ministerie", "waiting to be sent": "wacht op verzending",
    "being sent": "wordt verzonden", "next reminder on": "volgende herinnering op",
    "reminder plan": "herinneringsplanning", "reminder plans": "herinneringsplanningen",
    "reminder cursor": "herinneringscursor", "run date": "rundatum",
    "reminder email": "herinneringsmail", "reminder emails": "herinneringsmails",
}

ENTRY = re.compile(r'(?P<head>(?:#.*\n)*msgid "(?P<id>(?:[^"\\]|\\.)*)"\n)msgstr ""\n(?!")', re.M)


def main() -> int:
    text = PO.read_text(encoding="utf-8")
    missing = []

    def fill(match):
        msgid = match["id"]
        if not msgid:
            return match.group(0)
        if msgid in GLOSSARY:
            return f'{match["head"]}msgstr "{GLOSSARY[msgid]}"\n'
        missing.append(msgid)
        return match.group(0)

    PO.write_text(ENTRY.sub(fill, text).replace("#, fuzzy\n", "", 1), encoding="utf-8")
    # makemessages guesses translations from similar strings and marks them fuzzy; a guess
    # ("herinneringslog" for "reminder plan") is worse than none, so none survives here.
    for msgid in missing:
        print(f"untranslated: {msgid}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
