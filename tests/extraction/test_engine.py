"""extract(): from a whole text to commitment mentions with their fields."""

from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from commitments.extraction import EXTRACTOR_VERSION, ExtractionConfig, ExtractionError, extract
from commitments.extraction.document.structure import Segment
from commitments.extraction.promises.fields import TAKEN_INTO, TALKS, infer_action, is_recurring, refers_to_earlier
from commitments.extraction.promises.parties import actor_for
from commitments.extraction.result import Signatory

LETTER = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
    "Den Haag, 12 maart 2025\n\n"
    "Met deze brief informeer ik uw Kamer over de stand van zaken van de pilot.\n"
    "De pilot loopt in vier gemeenten. Ik zal uw Kamer voor het zomerreces informeren over de resultaten.\n"
    "Bij brief van 3 februari jl. heb ik uw Kamer geïnformeerd over de opzet.\n"
    "Daarnaast zal de toezichthouder onderzoeken of de regels worden nageleefd.\n"
)


def test_it_finds_the_promise_and_not_the_look_alikes():
    result = extract(LETTER)
    assert [c.quote for c in result.commitments] == [
        "Ik zal uw Kamer voor het zomerreces informeren over de resultaten."
    ]


def test_offsets_cut_the_quote_from_the_original_text():
    result = extract(LETTER)
    item = result.commitments[0]
    assert LETTER[item.start : item.end] == item.quote


def test_each_item_names_its_rule_and_a_confidence_between_zero_and_one():
    item = extract(LETTER).commitments[0]
    assert item.rule == "inform.future"
    assert 0 < item.confidence < 1
    assert item.action == "inform"


def test_to_dict_gives_the_contract_fields():
    data = extract(LETTER).to_dict()
    assert set(data) == {"document", "commitments", "deliveries"}
    assert set(data["commitments"][0]) == {
        "quote",
        "start",
        "end",
        "actor",
        "action",
        "subject",
        "deadline_kind",
        "deadline_text",
        "due_date",
        "due_date_estimated",
        "condition",
        "legal_basis",
        "recurring",
        "refers_to_earlier",
        "same_as",
        "rule",
        "confidence",
    }


def test_a_members_question_in_a_debate_is_not_a_promise():
    text = (
        "Debat over de zorg\n\nMevrouw Jansen (SP):\n\nIk zal de minister vragen de Kamer te informeren. "
        "Zal de minister de Kamer voor de zomer informeren?\n\nMinister Bakker:\n\n"
        "Ik zal de Kamer voor de zomer informeren over de wachtlijsten.\n\n"
    )
    quotes = [c.quote for c in extract(text).commitments]
    assert quotes == ["Ik zal de Kamer voor de zomer informeren over de wachtlijsten."]


def test_a_repeated_promise_points_at_its_first_mention():
    text = (
        "Minister Bakker:\n\nIk zal de Kamer informeren over de wachtlijsten in de jeugdzorg.\n\n"
        "Mevrouw Jansen (SP):\n\nDank u.\n\nMinister Bakker:\n\n"
        "Zoals gezegd zal ik de Kamer informeren over de wachtlijsten in de jeugdzorg.\n\n"
    )
    items = extract(text).commitments
    assert [i.same_as for i in items] == [None, 0]


def test_promises_that_share_only_the_verbs_of_promising_are_not_one_commitment():
    text = (
        "Minister Bakker:\n\nWe gaan kijken wat we kunnen doen aan de wachtlijsten in de jeugdzorg.\n\n"
        "Mevrouw Jansen (SP):\n\nWilt u ook de kosten van het leerlingenvervoer uitzoeken?\n\nMinister Bakker:\n\n"
        "Ja, die toezegging kan ik doen.\n\n"
    )
    items = extract(text).commitments
    assert [i.same_as for i in items] == [None, None]


def test_a_promise_of_another_office_in_the_same_words_is_not_a_repeat():
    text = (
        "Minister Bakker:\n\nIk zal de Kamer informeren over de wachtlijsten in de jeugdzorg.\n\n"
        "Mevrouw Jansen (SP):\n\nDank u.\n\nStaatssecretaris De Vries:\n\n"
        "Ik zal de Kamer informeren over de wachtlijsten in de jeugdzorg.\n\n"
    )
    items = extract(text).commitments
    assert [i.same_as for i in items] == [None, None]


def test_promises_about_papers_of_different_numbers_are_not_one_commitment():
    text = (
        "Minister Bakker:\n\nDe motie op stuk nr. 191 over de wachtlijsten in de jeugdzorg zal ik overnemen.\n\n"
        "Dan de motie op stuk nr. 194 over de wachtlijsten in de jeugdzorg. Die motie kan ik overnemen.\n\n"
    )
    items = extract(text).commitments
    assert len(items) == 2 and [i.same_as for i in items] == [None, None]


def test_legal_basis_and_restatement_are_read_from_the_sentence():
    text = "Zoals toegezegd zal uw Kamer conform artikel 100 van de Grondwet worden geïnformeerd over de inzet."
    item = extract(text).commitments[0]
    assert item.legal_basis == "artikel 100 van de Grondwet"
    assert item.refers_to_earlier


@pytest.mark.parametrize(
    "sentence",
    [
        "Er is toegezegd aan de Kamer om de positie van slachtoffers daarin mee te nemen.",
        "Zo is aan de Kamer toegezegd dat zij voor de zomer een uitvoeringstoets ontvangt.",
        "Daarbij zal ik tevens betrekken de door mij toegezegde rapportage over de uitspraak.",
        "Ik kom hierover eind september met een brief. Dat is reeds toegezegd.",
        "Er is wel een toezegging van de minister om in de brief terug te komen op de visa.",
        "Zoals ik in het antwoord op vraag 7 aangeef, zoekt mijn ministerie uit wat de rapporten inhouden.",
        "Gisteren heb ik aan de Kamer toegezegd dat ik daar aandacht voor vraag.",
        "Daarvan hebben we gezegd dat we erop terugkomen.",
        "Ik geef wederom aan dat ik de Kamer nader zal informeren.",
        "Zijn overige vragen worden betrokken bij het vandaag aangekondigde voortgangsbericht.",
    ],
    ids=[
        "er-is-toegezegd",
        "passive-told",
        "toegezegde",
        "reeds-toegezegd",
        "toezegging-van",
        "zoals-long",
        "heb-ik-aan-de-kamer-toegezegd",
        "hebben-we-gezegd",
        "wederom",
        "aangekondigde",
    ],
)
def test_a_promise_told_as_made_before_refers_to_earlier(sentence):
    assert refers_to_earlier(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die toezegging kan ik doen.",
        "Ik kan uw Kamer de toezegging doen dat ik een brief stuur.",
        "Dus de toezegging is dat ik dit onder de aandacht zal brengen.",
    ],
    ids=["kan-ik-doen", "de-toezegging-doen", "de-toezegging-is-dat"],
)
def test_a_promise_made_here_and_now_does_not_refer_to_earlier(sentence):
    assert not refers_to_earlier(sentence)


@pytest.mark.parametrize(
    "sentence, recurring",
    [
        ("Het kabinet houdt uw Kamer op de hoogte van de vorderingen.", True),
        ("Ik zal u over de voortgang twee keer per jaar informeren.", True),
        ("Ik zal u iedere drie maanden over de cijfers informeren.", True),
        ("De rapportage blijft u zoals gebruikelijk ontvangen in het voorjaar.", True),
        ("We zullen daar op regelmatige basis over rapporteren.", True),
        ("Ik zal ervoor zorgen dat de evaluaties structureel worden opgenomen in de agenda.", True),
        ("Uw Kamer zal hierover, net als over de voorafgaande rapporten, worden geïnformeerd.", True),
        ("Ik kom daarop terug in de volgende voortgangsrapportage.", False),
        ("In de eerstvolgende voortgangsrapportage geef ik een nadere toelichting.", False),
    ],
    ids=[
        "houdt-op-de-hoogte",
        "keer-per-jaar",
        "iedere-drie-maanden",
        "blijft-ontvangen",
        "regelmatige-basis",
        "structureel",
        "net-als-de-voorafgaande",
        "next-progress-report",
        "first-next-progress-report",
    ],
)
def test_a_rhythm_makes_a_promise_recurring_and_one_report_does_not(sentence, recurring):
    assert is_recurring(sentence) is recurring


@pytest.mark.parametrize(
    "sentence, action",
    [
        ("Maar deze afweging neem ik daar nog in mee.", "report"),
        ("Ik zal zorgen dat we in het halfjaarbericht een alinea opnemen.", "report"),
        ("Ik zal daarbij stilstaan bij de voortgang van het financieel beheer.", "report"),
        ("Ik verwacht het rapport na de zomer met uw Kamer te kunnen delen.", "send"),
        ("Ik zal trachten het standpunt voor eind oktober aan uw Kamer kenbaar te maken.", "send"),
        ("Ik ben bereid om die nader op schrift te stellen.", "send"),
        ("Het streven is om deze op korte termijn naar de Eerste en Tweede Kamer te sturen.", "send"),
        ("De evaluatie wordt u voor de zomer toegezonden.", "send"),
        ("Het kabinet zegt toe dat het de conceptversie van de richtlijn aan de Eerste Kamer opstuurt.", "send"),
        ("De minister zegt toe een evaluatie uit te voeren en deze met de Kamers te delen.", "send"),
        ("Ik wil uw Kamer voor de zomer inlichten over de uitkomsten.", "inform"),
        ("Wij gaan u na de zomer rapporteren over de voortgang.", "inform"),
    ],
    ids=[
        "neem-mee",
        "opnemen",
        "stilstaan",
        "delen-met-de-kamer",
        "kenbaar-maken",
        "op-schrift-stellen",
        "te-sturen",
        "toegezonden",
        "opstuurt",
        "met-de-kamers-delen",
        "inlichten",
        "rapporteren",
    ],
)
def test_an_open_rule_takes_its_action_from_the_verb(sentence, action):
    assert infer_action(sentence, "infer") == action


@pytest.mark.parametrize(
    "sentence, action",
    [
        ("Dat nemen wij op in de brief.", "report"),
        ("Ik betrek dit bij de toekomstverkenning.", "report"),
        ("Wij nemen dit dus mee in ons onderzoek.", "investigate"),
        ("Ik neem het mee in de gesprekken met de terreinbeherende organisaties.", "other"),
        ("Uiteraard nemen we daar ook het subsidiebeheer in mee.", "report"),
    ],
    ids=["a-letter", "a-policy-document", "an-inquiry", "talks", "what-was-just-promised"],
)
def test_a_point_taken_into_something_is_promised_as_what_that_thing_does(sentence, action):
    assert infer_action(sentence, TAKEN_INTO) == action


@pytest.mark.parametrize(
    "sentence, action",
    [
        ("Ik ga het gesprek aan met Limburg.", "other"),
        ("Zodra die er zijn, zullen we die ook met de Kamer bespreken.", "inform"),
        ("De minister gaat in gesprek met de regio en informeert de Kamer hierover.", "inform"),
        ("Ik zal navragen wie dat heeft gezegd.", "investigate"),
    ],
    ids=["with-a-party", "with-the-kamer", "then-word-to-the-kamer", "asking-around"],
)
def test_talks_with_the_kamer_inform_it_and_asking_around_finds_out(sentence, action):
    assert infer_action(sentence, TALKS) == action


def test_a_standing_promise_is_recurring():
    item = extract("Het kabinet zal uw Kamer blijven informeren over de onderhandelingen.").commitments[0]
    assert item.recurring
    assert item.actor == "kabinet"


def test_the_reference_date_from_the_config_is_used_when_the_text_has_none():
    text = "Ik zal uw Kamer binnen zes weken informeren over de uitkomst."
    item = extract(text, ExtractionConfig(reference_date=date(2025, 3, 1))).commitments[0]
    assert item.due_date is None or item.due_date > date(2025, 3, 1)


def test_text_beyond_the_size_limit_is_refused_with_a_code():
    with pytest.raises(ExtractionError) as err:
        extract("x" * 101, ExtractionConfig(max_chars=100))
    assert err.value.code == "too_large"


def test_something_other_than_text_is_refused_with_a_code():
    with pytest.raises(ExtractionError) as err:
        extract(b"bytes")  # type: ignore[arg-type]
    assert err.value.code == "not_text"


@pytest.mark.parametrize(
    "text",
    ["", "\n\n\f", "???", "zal zal zal " * 1000, "Ik zal" + " informeren" * 2000],
    ids=["empty", "blank", "punctuation", "repeated-modal", "long-sentence"],
)
def test_odd_input_never_crashes(text):
    extract(text)


def test_the_version_is_a_dated_string():
    assert EXTRACTOR_VERSION.count(".") == 2


DEBATE_DATE = ExtractionConfig(reference_date=date(2025, 3, 6))


def test_the_period_asked_for_by_the_chair_is_the_deadline():
    text = (
        "Debat\n\nMinister Bakker:\n\nIk kom daar schriftelijk op terug.\n\n"
        "De voorzitter:\n\nWanneer ongeveer?\n\nMinister Bakker:\n\nVoor de zomer.\n\n"
    )
    item = extract(text, DEBATE_DATE).commitments[0]
    assert item.deadline_kind != "none" and item.due_date is not None


def test_a_promise_about_that_bill_takes_the_period_of_the_promise_naming_it():
    text = (
        "Debat\n\nMinister Bakker:\n\nIk zeg toe dat ik eind 2025 terugkom op het wetsvoorstel over de huren. "
        "Dat was al langer de bedoeling. Ik kom terug op dat wetsvoorstel en noem dan ook de gemeenten.\n\n"
    )
    first, second = extract(text, DEBATE_DATE).commitments
    assert first.due_date == date(2025, 12, 31)
    assert second.due_date == first.due_date


def test_coming_back_to_it_later_in_this_debate_is_no_promise():
    text = "Debat\n\nMinister Bakker:\n\nDaar kom ik op terug. Dat doe ik in de tweede termijn.\n\n"
    assert extract(text, DEBATE_DATE).commitments == []


def test_coming_back_to_it_in_a_part_of_this_debate_just_announced_is_no_promise():
    text = (
        "Debat\n\nMinister Bakker:\n\nEen ander blokje gaat over de jeugdzorg. Ik zal daar bij de wachtlijsten op "
        "terugkomen.\n\n"
    )
    assert extract(text).commitments == []


def test_coming_back_to_it_at_a_time_after_naming_a_part_of_this_debate_is_a_promise():
    text = (
        "Debat\n\nMinister Bakker:\n\nIn het blokje jeugdzorg sprak ik over de wachtlijsten. Ik kom daar voor de "
        "zomer op terug.\n\n"
    )
    assert [c.rule for c in extract(text).commitments] == ["come_back"]


def test_an_act_reported_back_later_in_this_debate_is_still_a_promise():
    text = "Debat\n\nMinister Bakker:\n\nDat zal ik nagaan. Dan kom ik in mijn tweede termijn daarop terug.\n\n"
    assert [c.rule for c in extract(text, DEBATE_DATE).commitments] == ["investigate.future"]


def test_a_promise_in_a_footnote_of_a_letter_is_found_and_quoted_as_printed():
    text = (Path(__file__).resolve().parents[1] / "corpus" / "462.txt").read_text(encoding="utf-8")
    note = "Deze sectoragenda zal naar verwachting rond de zomer aan\nuw Kamer worden aangeboden."
    found = [c for c in extract(text).commitments if c.quote == note]
    assert [(c.rule, c.start) for c in found] == [("send.letter", text.index(note))]


def test_naming_the_promise_before_as_a_toezegging_adds_no_second_one():
    text = (
        "Debat\n\nMinister Bakker:\n\nDe Kamer ontvangt in het najaar een brief over de bekostiging. "
        "Dat is een toezegging aan de heer Stoffer.\n\n"
    )
    assert [c.rule for c in extract(text, DEBATE_DATE).commitments] == ["send.present"]


def test_a_promise_without_a_period_stays_without_one():
    text = "Debat\n\nMinister Bakker:\n\nIk zal de Kamer informeren over de uitkomst van het overleg.\n\n"
    assert extract(text, DEBATE_DATE).commitments[0].due_date is None


ANSWERER = Signatory("Bakker", "minister", "Sociale Zaken en Werkgelegenheid")
CO_SIGNER = Signatory("Jansen", "minister", "Volksgezondheid, Welzijn en Sport")
TURN = Segment(0, 100, "turn", speaker="Staatssecretaris Van Dam", government=True)


@pytest.mark.parametrize(
    "sentence, rule, segment, signatories, actor",
    [
        (
            "Ik zal uw Kamer informeren.",
            "inform.future",
            None,
            (ANSWERER, CO_SIGNER),
            "minister van Sociale Zaken en Werkgelegenheid",
        ),
        (
            "Wij zullen uw Kamer informeren.",
            "inform.future",
            None,
            (ANSWERER, CO_SIGNER),
            "minister van Sociale Zaken en Werkgelegenheid en minister van Volksgezondheid, Welzijn en Sport",
        ),
        ("Het kabinet zal uw Kamer informeren.", "inform.future", None, (ANSWERER,), "kabinet"),
        ("Uw Kamer wordt voor de zomer geïnformeerd.", "inform.passive", None, (ANSWERER, CO_SIGNER), "kabinet"),
        (
            "Uw Kamer wordt voor de zomer geïnformeerd.",
            "inform.passive",
            None,
            (ANSWERER,),
            "minister van Sociale Zaken en Werkgelegenheid",
        ),
        ("Ik kom daarop terug.", "come_back", TURN, (), "staatssecretaris (Van Dam)"),
        ("De minister van LNV zal hier zeker op terugkomen.", "come_back", TURN, (), "minister van LNV"),
        (
            "De Minister van Binnenlandse Zaken en Koninkrijksrelaties zegt de Kamer toe de evaluatie te sturen.",
            "toezegging.registry",
            None,
            (),
            "minister van Binnenlandse Zaken en Koninkrijksrelaties",
        ),
        (
            "Ik zal de motie uiteraard in het kabinet bespreken.",
            "talks",
            None,
            (ANSWERER,),
            "minister van Sociale Zaken en Werkgelegenheid",
        ),
        ("Het kabinet zal uw Kamer informeren, zoals ik heb gezegd.", "inform.future", None, (ANSWERER,), "kabinet"),
        ("De Kamer wordt in het najaar geïnformeerd.", "inform.passive", TURN, (), "staatssecretaris (Van Dam)"),
    ],
    ids=[
        "ik-is-the-answerer",
        "wij-are-all-signatories",
        "het-kabinet",
        "passive-two-signatories",
        "passive-one-signatory",
        "debate-speaker",
        "a-colleague-named",
        "a-register-capitalises-the-office",
        "the-cabinet-named-beside-ik",
        "the-cabinet-acts-beside-ik",
        "a-passive-in-a-debate",
    ],
)
def test_the_actor_is_who_promises(sentence, rule, segment, signatories, actor):
    assert actor_for(sentence, rule, segment, signatories) == actor


def test_a_short_pointing_sentence_is_quoted_with_the_sentence_it_leans_on():
    text = "Debat\n\nMinister Bakker:\n\nDie toezegging geldt nog steeds. Natuurlijk ga ik daarnaar kijken.\n\n"
    item = extract(text, DEBATE_DATE).commitments[0]
    assert item.quote == "Die toezegging geldt nog steeds. Natuurlijk ga ik daarnaar kijken."
    assert item.refers_to_earlier


def test_a_short_pointing_promise_takes_the_condition_of_the_sentence_it_leans_on():
    text = (
        "Debat\n\nMinister Bakker:\n\nIk probeer de Kamer nog een overzicht te geven, "
        "nadat ik de gemeenten heb kunnen raadplegen. "
        "Dat doe ik zo snel mogelijk.\n\n"
    )
    item = extract(text, DEBATE_DATE).commitments[0]
    assert item.quote.startswith("Ik probeer de Kamer nog een overzicht te geven")
    assert (item.condition, item.deadline_text) == ("nadat ik de gemeenten heb kunnen raadplegen", "zo snel mogelijk")


DUTCH_BITS = st.sampled_from(
    [
        "Ik zal ",
        "uw Kamer ",
        "informeren",
        " voor de zomer",
        ". ",
        "?",
        "\n\n",
        "Minister Bakker:",
        "Vraag 1\n",
        "Antwoord 1\n",
        "zoals toegezegd ",
        "daar kom ik op terug",
        "\f",
        "«",
        "»",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(DUTCH_BITS, st.text(max_size=20)), max_size=40).map("".join))
@example("Ik zal \n\n0\x0cdaar kom ik op terug")  # a page number and a form feed inside the quote (found by CI)
def test_any_text_gives_items_whose_quote_is_cut_from_it(text):
    for item in extract(text).commitments:
        # the slice itself, or its lines in order with the furniture of a page break left out ("0\f" between
        # two lines of one sentence: test_page_breaks.py)
        piece, position = text[item.start : item.end], 0
        for line in item.quote.split("\n"):
            position = piece.find(line, position)
            assert position >= 0, (item.quote, piece)
            position += len(line)
        assert item.quote == piece or "\f" in piece or "\n" in piece
        assert 0 <= item.confidence <= 1
        assert item.same_as is None or 0 <= item.same_as


# The only cue word of the letter ("bereid") reads whole only once the sentence is cleaned.
@pytest.mark.parametrize(
    "body",
    [
        "Ik ben graag be-\nreid om de regeling volgend jaar te herzien.\n",
        "Ik ben graag bereid2 om de regeling volgend jaar te herzien.\n",
    ],
    ids=["hyphenated_across_lines", "glued_to_a_footnote_number"],
)
def test_a_cue_word_broken_by_the_layout_is_still_found(body):
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 12 maart 2025\n\n"
        "De regeling loopt sinds 2020 in vier gemeenten. " + body
    )
    assert [(c.quote, c.rule) for c in extract(text).commitments] == [(body.strip(), "willing")]


def test_a_promise_is_quoted_with_the_sentence_that_goes_on_about_it():
    text = (
        "Debat\n\nMinister Bakker:\n\nDat kan ik bij dezen toezeggen. Dat zal dan in de zomer gebeuren.\n\n"
        "De voorzitter:\n\nDank u wel.\n\n"
    )
    [item] = extract(text, DEBATE_DATE).commitments
    assert item.quote == "Dat kan ik bij dezen toezeggen. Dat zal dan in de zomer gebeuren."
    assert item.deadline_text == "in de zomer"


def test_a_spoken_promise_is_quoted_without_the_next_paragraph():
    # a blank line starts a new point, even when its first words look like they point back ("Dan het ...")
    text = (
        "Debat\n\nMinister Bakker:\n\nIn het overleg gaan we nog in gesprek met de regio over cofinanciering.\n\n"
        "Dan de planning van dit project.\n\nDe voorzitter:\n\nDank u wel.\n\n"
    )
    [item] = extract(text, DEBATE_DATE).commitments
    assert item.quote == "In het overleg gaan we nog in gesprek met de regio over cofinanciering."


def test_a_letters_promise_is_quoted_without_the_sentence_after_it():
    # the same promise in the answers and in the letter is linked by its own words (test_linking_seeds.py)
    text = (
        "Geachte voorzitter,\n\nHet kabinet zal uw Kamer ook in de tussentijd blijven informeren. "
        "Daarbij zal het de vertrouwelijkheid in acht nemen.\n\nHoogachtend,\n\nde minister van Defensie\n"
    )
    [item] = extract(text, DEBATE_DATE).commitments
    assert item.quote == "Het kabinet zal uw Kamer ook in de tussentijd blijven informeren."


@pytest.mark.parametrize("label", ["Minister Jansen:", "**Minister Jansen:**"], ids=["plain", "markdown"])
def test_a_promise_on_the_line_of_its_speakers_label_is_quoted_without_the_label(label):
    text = f"De voorzitter: Het woord is aan de minister.\n\n{label} Ik stuur de Kamer voor de zomer een brief.\n"
    found = extract(text).commitments
    assert [c.quote for c in found] == ["Ik stuur de Kamer voor de zomer een brief."]


def test_a_meeting_named_without_its_date_takes_the_date_the_letter_gave_it_before():
    text = (
        "Den Haag, 5 februari 2024\n\nGeachte voorzitter,\n\nVoorafgaand aan het wetgevingsoverleg Sport en Bewegen op"
        " 12 februari informeer ik uw Kamer in deze brief over de stand van zaken.\n\nDe gevraagde voortgangsbrief"
        " wordt momenteel voorbereid en ontvangt u voorafgaand aan het wetgevingsoverleg.\n"
    )
    (item,) = extract(text).commitments
    assert (item.deadline_text, item.due_date) == ("voorafgaand aan het wetgevingsoverleg", date(2024, 2, 11))


def test_a_meeting_dated_in_a_four_letter_month_is_read_too():
    text = (
        "Den Haag, 5 mei 2024\n\nGeachte voorzitter,\n\nHet commissiedebat Jeugd staat gepland op 12 juni."
        "\n\nDe gevraagde voortgangsbrief ontvangt u voorafgaand aan het commissiedebat.\n"
    )
    (item,) = extract(text).commitments
    assert item.due_date == date(2024, 6, 11)


def test_a_meeting_the_letter_never_dates_stays_a_condition():
    text = (
        "Den Haag, 5 februari 2024\n\nGeachte voorzitter,\n\nDe gevraagde voortgangsbrief ontvangt u voorafgaand aan"
        " het commissiedebat.\n"
    )
    (item,) = extract(text).commitments
    assert (item.due_date, item.condition) == (None, "voorafgaand aan het commissiedebat")
