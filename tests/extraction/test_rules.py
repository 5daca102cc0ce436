"""The rule table on single sentences of our own (not from the corpus): each rule should carry over
to letters of other ministries, and each veto should stop the look-alikes."""

import re

import pytest

from commitments.extraction.promises.matching import clause_around, is_candidate, judge, vetoes_in
from commitments.extraction.promises.rules import COMMITMENT_RULES
from commitments.extraction.promises.templates import expand_template
from commitments.extraction.promises.vetoes import REJECTION_RULES
from tests.extraction.test_deadlines import PHRASES as DEADLINE_PHRASES

PROMISES = [
    # (rule, sentence)
    ("toezegging.ik_zeg_toe", "Ik zeg de Kamer toe dat ik voor het kerstreces een evaluatie stuur."),
    ("toezegging.ik_zeg_toe", "Dat zeg ik mevrouw Van der Plas graag toe."),
    ("toezegging.ik_zeg_toe", "Die toezegging doe ik graag."),
    ("toezegging.ik_zeg_toe", "Ik wil de heer Bontenbal toezeggen dat ik de netbeheerders hierover bevraag."),
    (
        "toezegging.ik_zeg_toe",
        "Ik blijf bij mijn oordeel, hoewel ik haar wel zou willen toezeggen de cijfers na te gaan.",
    ),
    ("toezegging.motion_taken_over", "De motie op stuk nr. 191 zal ik na de zomer overnemen."),
    ("toezegging.registry", "De minister zegt toe de Kamer voor 1 juli te informeren over de pilot."),
    ("toezegging.registry", "De staatssecretaris van Financiën zegt de Kamer toe de uitvoeringstoets te delen."),
    ("toezegging.restated", "Ik heb eerder toegezegd de Kamer te informeren over de wachtlijsten."),
    ("inform.passive", "Uw Kamer wordt voor de begrotingsbehandeling geïnformeerd over de uitkomsten."),
    ("inform.passive", "De Kamer zal na de Raad horen welke stappen ik zet."),
    # every participle of the Kamer informed, and of what is told to it
    ("inform.passive", "Over de uitkomsten wordt uw Kamer in het najaar in kennis gesteld."),
    ("inform.passive", "Over de uitkomsten zullen beide Kamers voor de zomer worden bericht."),
    ("inform.passive", "Aan uw Kamer wordt in het voorjaar over de voortgang teruggekoppeld."),
    ("inform.passive", "Over de voortgang zal voor de zomer aan de Kamer verslag worden gedaan."),
    ("inform.passive", "De Kamer zal na afloop van de pilot over de resultaten worden geïnformeerd."),
    ("inform.passive", "Voor het einde van het jaar wordt uw Kamer per brief over de stand van zaken geïnformeerd."),
    ("inform.future", "Ik zal uw Kamer in het voorjaar informeren over de voortgang van de wet."),
    ("inform.future", "Over de uitkomst van het overleg zal ik de Kamer voor de zomer berichten."),
    # "gaan" in the third person singular, as "het kabinet gaat" was read
    ("inform.future", "De minister gaat de Kamer voor de zomer informeren over de uitkomsten."),
    # what or how as what the Kamer will be told, not the manner of the promise
    ("inform.future", "Hoe ik dat ga doen, zal ik uw Kamer voor de zomer laten weten."),
    ("inform.future", "Ik zal uw Kamer voor de zomer laten weten hoe ik dat ga doen."),
    ("send.letter", "Daarom gaat de staatssecretaris uw Kamer in het najaar een brief sturen."),
    ("deliver.intended", "Ik verwacht uw Kamer in september te informeren over de evaluatie."),
    ("deliver.intended", "Ik hoop daar rond de zomer mee naar de Kamer te komen."),
    ("deliver.intended", "Onze planning is nu om uw Kamer in maart het wetsvoorstel te sturen."),
    ("deliver.intended", "Ik streef ernaar uw Kamer voor het kerstreces te informeren over de uitkomsten."),
    ("deliver.intended", "Het streven is om uw Kamer in het voorjaar de evaluatie te sturen."),
    ("inform.present_with_time", "Na de zomer informeer ik de Kamer over de voortgang van het programma."),
    ("inform.present_with_time", "In week 12 informeer ik de Kamer over de voortgang van het programma."),
    ("inform.present_with_time", "Zodra de resultaten bekend zijn, stel ik uw Kamer daarvan in kennis."),
    ("send.letter", "Het rapport wordt u in het najaar aangeboden."),
    ("send.letter", "De brief wordt u vóór de behandeling van de begroting toegezonden."),
    # every participle of sending in every passive
    ("send.letter", "Het rapport zal aan uw Kamer worden verstuurd, naar verwachting voor de zomer."),
    ("send.letter", "De resultaten zullen in het najaar aan beide Kamers worden aangereikt."),
    ("send.letter", "De ontbrekende gegevens worden u voor 1 juli nagestuurd."),
    ("inform.future", "Mijn ambtsgenoot van Justitie en Veiligheid zal uw Kamer hierover nader informeren."),
    ("inform.present_with_time", "Primo 2026 informeer ik de Kamer over de voortgang van het programma."),
    (
        "inform.present_with_time",
        "Ik verzoek de indiener de motie aan te houden, omdat ik uw Kamer volgende week informeer over het onderzoek.",
    ),
    ("inform.ongoing", "Het kabinet zal de Kamer blijven informeren over de ontwikkelingen in de regio."),
    ("inform.ongoing", "Ik houd uw Kamer op de hoogte van de gesprekken met de provincies."),
    ("inform.ongoing", "Ik blijf uw Kamer via de voortgangsrapportages informeren over de stand van zaken."),
    ("inform.ongoing", "Daarom blijft het kabinet de Kamer over de onderhandelingen informeren."),
    ("send.see_to_it", "Ik zorg ervoor dat die brief er voor 1 juli ligt."),
    ("send.see_to_it", "We zorgen dat u de cijfers per regio voor het debat over de begroting heeft."),
    ("send.see_to_it", "Dan zorgen wij dat voor het debat inzichtelijk wordt gemaakt wat de varianten kosten."),
    ("inform.you_will_hear", "U hoort daarover nog voor de begrotingsbehandeling."),
    ("inform.you_will_hear", "U hoort voor de begrotingsbehandeling van ons."),
    ("inform.modal_with_time", "Ik wil uw Kamer na de zomer toelichten hoe de regeling uitpakt."),
    ("inform.modal_with_time", "Na de zomer gaan wij u de cijfers per regio verstrekken."),
    ("inform.present_rhythm", "Over de wachttijden informeer ik uw Kamer elk kwartaal."),
    (
        "deliver.intended",
        "Ik verwacht het wetsvoorstel en de memorie van toelichting met de bijbehorende lagere regelgeving uiterlijk"
        " 1 juni naar uw Kamer te zenden.",
    ),
    (
        "deliver.effort_to_the_kamer",
        "Het kabinet zet zich in om de uitvoeringstoets voor het zomerreces aan uw Kamer aan te bieden.",
    ),
    ("send.delivery_takes_place", "De beantwoording van de vragen zal plaatsvinden na afloop van de Europese Raad."),
    ("send.letter", "De cijfers per regio zullen u dan na de zomer worden toegestuurd."),
    ("send.letter", "Uw Kamer wordt de evaluatie van de regeling voor de zomer aangeboden."),
    ("report.coming_document", "Dat komt in de volgende voortgangsrapportage, in het najaar."),
    ("inform.present_rhythm", "Het kabinet stuurt de Kamer twee keer per jaar een voortgangsrapportage."),
    ("inform.future", "De minister van Asiel en Migratie zal uw Kamer dit najaar informeren over de instroom."),
    ("inform.future", "De regering zal beide Kamers over de uitkomsten van de evaluatie informeren."),
    ("inform.present_with_time", "Bij de Najaarsnota informeer ik uw Kamer over de uitputting van het budget."),
    ("send.share_present", "De cijfers per provincie deel ik na de zomer met de commissie."),
    ("talks.partner_first", "Ik ga er voor de zomer met de waterschappen over in overleg."),
    ("inform.present_with_time", "Ik informeer de Kamer voor de stemming over de uitkomst."),
    # the time to come written in figures or abbreviated, as the deadlines read it
    ("inform.present_with_time", "Ik informeer uw Kamer in het 3e kwartaal van 2027 over de uitkomsten."),
    ("inform.present_with_time", "Ik informeer uw Kamer in de 2e helft van 2027 over de uitkomsten."),
    ("inform.present_with_time", "Ik informeer uw Kamer vóór 1-7-2027 over de uitkomsten."),
    ("inform.present_with_time", "Ik informeer uw Kamer z.s.m. over de uitkomsten van het onderzoek."),
    # a clause of when after the main clause, as "zodra" ("als" = "as" promises nothing: "als eerste")
    ("inform.present_with_time", "Ik informeer uw Kamer over de uitkomsten als het onderzoek is afgerond."),
    # a negation in a clause of its own negates that clause
    ("inform.present_with_time", "Ik informeer uw Kamer voor de zomer over de zaken die niet zijn afgerond."),
    ("inform.present_with_time", "Het kabinet informeert de Kamer voor het einde van het jaar over de voortgang."),
    ("inform.present_with_time", "Ik informeer de Kamer uiterlijk 1 oktober over de besluitvorming over de heffing."),
    (
        "inform.present_with_time",
        "Voorafgaand aan het commissiedebat over de NAVO-top informeer ik uw Kamer over de inzet.",
    ),
    ("send.present_with_time", "De minister stuurt de Kamer voor het zomerreces een brief over de voortgang."),
    ("inform.present_with_time", "Na ontvangst van het advies informeer ik uw Kamer over mijn standpunt."),
    ("send.present_with_time", "De minister van Infrastructuur en Waterstaat stuurt de Kamer begin 2027 de evaluatie."),
    ("come_back", "Op de vraag over de kosten kom ik voor het zomerreces schriftelijk terug."),
    ("come_back", "Daar kom ik in de voortgangsbrief op terug."),
    ("come_back", "Ik wil daar graag bij de Kamer op terugkomen."),
    ("send.present", "Voor de zomer stuur ik uw Kamer de beleidsreactie op het rapport."),
    ("send.present", "Ik stuur u uiterlijk vrijdag de antwoorden op de vragen."),
    ("send.letter", "Ik zal de Kamer de resultaten van het onderzoek doen toekomen."),
    ("send.present", "In het najaar ontvangt uw Kamer het actieplan."),
    ("send.present", "Beide Kamers ontvangen de evaluatie in het najaar."),
    ("send.present", "Naar verwachting ontvangt uw Kamer de evaluatie voor de zomer."),
    ("send.present", "Ik zorg ervoor dat uw Kamer de evaluatie voor de zomer krijgt."),
    ("send.present", "Die cijfers leveren we voor de stemmingen na."),
    # the papers of a bill to come, and what they will make clear
    ("report.coming_document", "De regering zal in de memorie van antwoord nader ingaan op deze vraag."),
    ("report.coming_document", "In de nota van wijziging zal de regering dit punt verduidelijken."),
    ("report.coming_document", "Bij de evaluatie zal specifiek aandacht worden besteed aan de gevolgen voor het mkb."),
    ("send.present", "Ik zorg ervoor dat u die brief over de uitkomsten voor de zomer krijgt."),
    # an expectation about the writer's own delivery, in every order
    ("inform.present_with_time", "Naar verwachting informeer ik uw Kamer voor de zomer over de uitkomsten."),
    ("inform.passive", "Naar verwachting wordt uw Kamer voor de zomer geïnformeerd over de uitkomsten."),
    ("send.present", "Uw Kamer ontvangt de uitvoeringstoets uiterlijk in maart."),
    ("send.letter", "U kunt de beleidsreactie na de zomer tegemoet zien."),
    ("send.letter", "Het rapport zal na vaststelling aan uw Kamer worden aangeboden."),
    ("send.letter", "De uiteindelijke evaluatie zal aan de beide Kamers worden gezonden."),
    ("send.present", "Voor het kerstreces ontvangt u de artikel 100-brief over de verlenging van de missie."),
    ("deliver.intended", "Ik verwacht het wetsvoorstel begin volgend jaar bij uw Kamer in te dienen."),
    ("send.letter", "De staatssecretaris van Defensie zal de Kamer in het najaar de evaluatie toesturen."),
    ("send.letter", "De resultaten van het onderzoek zal ik met uw Kamer delen."),
    ("send.coming_document", "Er komt voor de begroting nog een brief over de tarieven."),
    ("send.coming_document", "Voor de zomer kom ik met voorstellen voor een nieuwe regeling."),
    ("send.coming_document", "Binnenkort, in maart, komt er een brief samen met Binnenlandse Zaken."),
    ("send.coming_document", "Ik kom in juni met een brief over de toekomst van de regeling."),
    ("send.kamer_receives", "Daar krijgt u voor de zomer een brief over."),
    ("send.coming_document", "De kabinetsreactie op het advies volgt voor het einde van het jaar."),
    ("send.coming_document", "In het najaar kom ik met een voorstel voor de herziening van de subsidieregeling."),
    ("send.coming_document", "In het eerste kwartaal van volgend jaar komt het kabinet met een uitgewerkt plan."),
    ("send.coming_document", "De minister van Asiel en Migratie komt voor de zomer met een brief over de spreiding."),
    (
        "report.coming_document",
        "In de volgende voortgangsrapportage, die uw Kamer in het najaar ontvangt, ga ik in op de wachttijden.",
    ),
    ("deliver.intended", "Ik verwacht de commissie medio 2027 de eindrapportage te kunnen toesturen."),
    ("deliver.intended", "Ik ben voornemens uw Kamer in het najaar een wetsvoorstel voor te leggen."),
    ("come_back", "De minister van Onderwijs, Cultuur en Wetenschap komt in de voortgangsbrief terug op de werkdruk."),
    ("report.coming_document", "In die brief zal ik ook ingaan op de gevolgen voor gemeenten."),
    ("report.coming_document", "Daarbij zal ook worden ingegaan op de financiering van de maatregelen."),
    ("report.coming_document", "Het kabinet zal in een aparte brief op de uitvoeringstoets ingaan."),
    ("report.coming_document", "Daarbij zal ik ook ingaan op de gevolgen voor de uitvoering."),
    (
        "report.coming_document",
        "In de eerstvolgende begroting, die op Prinsjesdag aan uw Kamer wordt aangeboden, zal ik"
        " ingaan op de financiering.",
    ),
    ("investigate.future", "Ik ga onderzoeken of de regeling kan worden verruimd."),
    ("investigate.future", "Natuurlijk ga ik daarnaar kijken."),
    ("investigate.future", "Laat ik dat punt als huiswerk meenemen."),
    ("investigate.future", "Mijn ministerie zal samen met de sector bezien welke knelpunten er zijn."),
    ("willing", "Ik ben bereid om met de gemeenten te verkennen of een pilot mogelijk is."),
    ("willing", "De regering is bereid om de Eerste Kamer jaarlijks over de ervaringen met de wet te informeren."),
    ("talks", "Ik zal dit punt aan de orde stellen in de eerstvolgende Raad."),
    ("respond.in_writing", "Ik zal dat na de zomer schriftelijk doen."),
    ("respond.in_writing", "Ik kan mijn collega vragen om dat voor de stemmingen schriftelijk te doen."),
    ("talks", "Dat gesprek ga ik graag aan."),
    ("talks", "Ik ga het gesprek met de provincies hierover graag aan."),
    ("talks", "Ik zal de dialoog met de sociale partners hierover aangaan."),
    ("talks", "Ik ga in overleg met de zorgverzekeraars over de contractering."),
    ("talks.partner_first", "Ik ga hierover in het voorjaar met de collega's van OCW, SZW en VWS in overleg."),
    ("do_that", "Dat zullen we doen."),
    ("do_that", "Dat hoop ik binnen enkele weken te kunnen doen."),
    ("future.first_person", "Ik zal de subsidievoorwaarden daarop aanpassen."),
    ("future.first_person_subordinate", "Dat betekent dat ik de besluiten voor 1 juli bekend zal maken."),
    ("investigate.future", "Ik ga monitoren welk effect de nieuwe regels hebben op de wachttijden."),
    ("inform.ongoing", "Het kabinet houdt uw Kamer op de hoogte van de vorderingen."),
    ("send.kamer_will_receive", "U zult de rapportage tegelijk met de jaarcijfers ontvangen."),
    ("send.kamer_receives", "De Tweede Kamer krijgt de uitkomsten van de audit in het voorjaar."),
    ("send.letter", "De evaluaties zullen worden aangeboden aan beide Kamers der Staten-Generaal."),
    ("send.letter", "De Kamer kan de notitie voor Prinsjesdag tegemoet zien."),
    ("inform.passive", "Mocht de agenda wijzigen, dan wordt u hierover nader geïnformeerd."),
    ("inform.present_with_time", "Als de evaluatie daartoe aanleiding geeft, stel ik uw Kamer op de hoogte."),
    ("deliver.intended", "Ik meld u dat ik voornemens ben de cijfers in september aan uw Kamer te doen toekomen."),
    ("talks", "Ik treed hierover in overleg met de veiligheidsregio's."),
    ("act.take_into", "Ik betrek dit advies bij de herziening van de subsidieregeling."),
    ("act.take_into", "Dat neem ik mee in de evaluatie van de wet."),
    ("report.taken_into", "Zijn overige vragen worden betrokken bij het eerder aangekondigde voortgangsbericht."),
    ("investigate.passive", "Daarbij zal ook worden gekeken naar de gevolgen voor de zorgverzekeraars."),
    ("investigate.present", "Ik onderzoek na de zomer hoe de regeling kan worden verruimd."),
    ("act.legislation", "De planning is om het wetsvoorstel dit najaar in consultatie te brengen."),
    ("toezegging.agreement", "Laten we afspreken dat ik de gemeenten hierover voor de zomer raadpleeg."),
    ("respond.future", "Het kabinet zal voor de zomer op het advies van de Raad van State reageren."),
    ("toezegging.restated", "Aan uw Kamer is toegezegd dat de monitor jaarlijks verschijnt."),
    ("talks.present", "Die vraag leg ik na de zomer door aan de minister van Onderwijs."),
    ("talks", "Ik zal dit punt onder de aandacht van de provincies brengen."),
    ("decide.future", "Het kabinet zal na de zomer besluiten over de verlenging van de regeling."),
    ("decide.future", "Na ontvangst van het advies zal ik daarover een standpunt innemen."),
    ("deliver.intended", "De eindrapportage verwacht ik in het voorjaar aan uw Kamer te zenden."),
    ("deliver.intended", "Het is mijn voornemen om het wetsvoorstel voor 1 juli in te dienen."),
    ("deliver.intended", "Ik streef ernaar de vragen binnen drie weken te beantwoorden."),
    ("future.government", "Het kabinet zal de aanbevelingen overnemen en voor de zomer uitwerken."),
    ("inform.passive", "U wordt voor het kerstreces over de uitkomst geïnformeerd."),
    ("inform.passive", "Ik verwacht niet dat de planning verschuift en dat de Kamer in mei wordt geïnformeerd."),
    ("come_back", "Als de cijfers tegenvallen, komt het kabinet eerder terug bij het parlement."),
    ("send.present", "De doorrekening komt voor het einde van de maand naar uw Kamer."),
    ("send.letter", "U kunt de brief over de uitvoering voor het kerstreces verwachten."),
    ("respond.future", "De resterende vragen zullen binnen drie weken worden beantwoord."),
    ("inform.present_with_time", "Ik laat uw Kamer voor de zomer weten hoe de uitvoering verloopt."),
    ("act.take_into", "De uitkomsten van de peiling betrek ik bij deze verkenning."),
    ("investigate.future", "Ik zal de conclusies van het rapport nader bestuderen."),
    ("toezegging.ik_zeg_toe", "Ja, ik zeg toe dat we daar blijven naar kijken."),
    ("future.government", "De minister zal voor de zomer een overzicht geven van de kosten."),
    ("report.taken_into_present", "Ontwikkelingen in andere landen worden na de zomer hierbij betrokken."),
    ("do_that", "Zullen we doen."),
    ("do_that", "Dat pakken we na de zomer op met de provincies."),
    ("send.coming_document", "De minister komt nog voor de zomer met het R&D-actieplan."),
    ("send.present", "Ook volgt later dit jaar een rapportage over de uitvoering."),
    ("send.present", "Met België is een verdrag gesloten, dat na de zomer naar uw Kamer toe zal komen."),
    ("send.letter", "De uitkomsten zullen later dit jaar met de Tweede Kamer worden gedeeld."),
    ("send.letter", "Deze Kamerbrief wordt kort na de zomer verstuurd."),
    ("send.letter", "Het protocol zal na de zomer aan het parlement worden voorgelegd."),
    ("act.take_into", "Wij nemen dit punt mee in ons onderzoek naar de regeling."),
    ("deliver.intended", "Mijn voorstel is om uw Kamer een brief te sturen over de dilemma's."),
    ("deliver.intended", "Het kabinet is voornemens om dit jaar met oplossingsrichtingen te komen."),
    ("report.coming_document", "Dat zal ook een plek krijgen in de volgende voortgangsbrief."),
    ("inform.present_with_time", "Na afloop van de onderhandelingen informeert de staatssecretaris de Kamer."),
    # session 5: forms of the studied debates and letters, each in a sentence of our own
    ("come_back", "Mijn collega, de staatssecretaris van Financiën, zal op deze vraag terugkomen."),
    ("come_back", "Over de uitkomst van de gesprekken zal mijn collega bij u terugkomen."),
    ("inform.passive", "Maar u wordt daar na de zomer nog over geïnformeerd."),
    ("act.take_into", "Dat nemen wij op in de voortgangsbrief."),
    ("report.coming_document", "Wij zullen daarin ook ingaan op de uitvoering van de regeling."),
    (
        "report.taken_into_present",
        "Volgend jaar worden de resultaten van de pilot in de jaarlijkse monitor meegenomen.",
    ),
    ("investigate.future", "Om die reden laat ik aanvullend onderzoek doen naar de wachttijden."),
    ("deliver.intended", "Ik hoop het plan in het najaar aan de Kamer te kunnen sturen."),
    ("talks", "Daar komen we met uw Kamer over te praten, nog dit najaar."),
    ("talks", "Ik wil dit punt graag opbrengen in het overleg met de provincies."),
    ("toezegging.restated", "De minister heeft toegezegd de evaluatie voor de zomer aan de Kamer te sturen."),
    ("act.legislation", "Het wetsvoorstel gaat op korte termijn, nog voor de zomer, in consultatie."),
    ("send.letter", "Deze Kamerbrief wordt naar verwachting in september verstuurd."),
    ("inform.future", "Dan zullen we in de voortgangsbrief berichten over hoe we dat zouden willen aanpakken."),
    (
        "send.coming_document",
        "Ik kom voor de zomer — de vraag was of dat lukt — dus over twee weken, met een plan, een actieplan.",
    ),
    ("toezegging.ik_zeg_toe", "Die toezegging kan ik wel doen."),
    ("toezegging.ik_zeg_toe", "Dat kan ik bij dezen toezeggen."),
    ("send.coming_document", "Het restant van de beantwoording volgt naar verwachting op 23 mei."),
    ("send.coming_document", "Die brief komt eraan."),
    ("send.coming_document", "Laat ik zeggen dat ik voor de stemming met een kort briefje kom."),
    ("investigate.present", "Dan vraag ik volgende week in huis uit of dit haalbaar is."),
    ("act.take_into", "In de brief die voor de stemmingen komt, neem ik deze suggestie mee."),
    ("send.letter", "Dit rapport zal naar verwachting voor het zomerreces uw Kamer bereiken."),
    (
        "act.kamer_opportunity",
        "Voordat er een besluit valt, zal de Tweede Kamer de gelegenheid worden gegeven zich uit te spreken.",
    ),
    ("report.coming_document", "Hiervoor zal aandacht zijn in de later dit jaar te verschijnen jaarlijkse rapportage."),
    ("report.coming_document", "Ik meld u dat de uitkomsten onderdeel zullen uitmaken van het rapport over de zorg."),
    ("report.coming_document", "In de beleidsagenda, die u binnenkort ontvangt, zal hier nader op worden ingegaan."),
    ("act.take_into", "Laat ik zorgen dat ik dat voor de stemming in dat korte briefje meeneem."),
    ("report.taken_into_present", "Dan zorg ik dat dat voor de zomer ook opgenomen wordt in die brief."),
    (
        "investigate.present",
        "Het ministerie van IenW laat in de eerste helft van 2023 door het NLR berekenen welke concentraties optreden.",
    ),
    (
        "inform.passive",
        "De Kamer wordt over de resultaten hiervan naar verwachting in het voorjaar van 2023 via de periodieke"
        " voortgangsbrief over het programma voor de omgeving van de luchthaven geïnformeerd.",
    ),
    ("respond.future", "Ik zal de vragen van uw Kamer zo spoedig mogelijk beantwoorden."),
    ("toezegging.ik_zeg_toe", "Ik doe graag de toezegging dat ik de cijfers in de voortgangsbrief opneem."),
    ("toezegging.ik_zeg_toe", "Wat ik toezeg, is dat ik de provincies om een overzicht vraag."),
    ("toezegging.ik_zeg_toe", "Dat kunnen we toezeggen, voor het eind van de maand."),
    ("deliver.intended", "De uitkomsten verwacht ik in het voorjaar met u te kunnen delen."),
    ("send.kamer_receives", "Dan krijgt u die cijfers voor de zomer."),
    ("send.present", "Voor het einde van het jaar komen we daarmee."),
    ("send.letter", "Het ontwerpbesluit wordt na de zomer voorgehangen bij beide Kamers."),
    ("send.coming_document", "Ik kom na de zomer met een antwoord op de vraag hoe dat kan."),
    ("do_that", "Dat is iets wat ik zeker zal doen."),
    ("report.coming_document", "Dat zal onderdeel zijn van de rapportage die in het najaar verschijnt."),
    ("report.coming_document", "Ik zal nadere toelichting geven in de volgende voortgangsbrief."),
    ("inform.passive", "Daarbij zal ook verslag worden gedaan van de gesprekken met de sector."),
    ("inform.present_with_time", "Ik bericht u na de zomer nader in de eerstvolgende brief daarover."),
    ("talks", "De staatssecretaris gaat in gesprek met de vervoerders over de veiligheid."),
    ("send.document_comes", "Anders komt de brief na de zomer."),
    ("do_that", "Dat doe ik zo snel mogelijk."),
    (
        "toezegging.restated",
        "Ik heb toegezegd met een rapportage te komen en kortheidshalve zou ik daarnaar willen verwijzen.",
    ),
    ("inform.future", "Ik ga u in de voortgangsrapportage meer vertellen over de planning."),
    ("inform.future", "Dan ga ik dat in het najaar aan u vertellen."),
    # 965, 969 (real letters): a document in the plural, a point a coming letter will cover, holding a result out
    ("send.letter", "Uw Kamer mag uiterlijk begin 2011 reacties verwachten op een vijftal verzoeken van de commissie."),
    ("report.coming_document", "Ook het personeelsbeleid zal in de brief ruimschoots aan de orde komen."),
    (
        "toezegging.ik_zeg_toe",
        "Het volledige beeld kunnen wij de Kamer voor september aanstaande in het vooruitzicht stellen.",
    ),
    ("inform.future", "Tot slot zal ik uw Kamer voor de zomer informeren over de voortgang."),
    ("toezegging.restated", "De staatssecretaris heeft toegezegd de Kamer voor de zomer te informeren."),
    ("send.document_comes", "Daarom komt de brief later dan gepland, namelijk in september."),
    # 860 (a real debate; two labellers agree, tests/corpus/agreement): pleading in the European Council is an act
    ("future.first_person", "Ik zal er een pleidooi voor houden, maar het gaat niet lukken; dat verzeker ik de Kamer."),
    # 967 (a real letter): the aim of one's efforts is a delivery to the Kamer
    (
        "deliver.intended",
        "Onze inspanningen zijn erop gericht het wetsvoorstel kort na het reces bij uw Kamer in te dienen.",
    ),
    ("inform.ongoing", "Ik ga ervoor zorgen dat uw Kamer goed op de hoogte is van de pilots."),
    ("talks", "Ik ga uiteraard het verzoek overbrengen aan de commissie."),
    ("talks", "In de regiegroep ga ik zeker aandacht vragen voor deze maatregelen."),
    ("come_back", "Daar zitten juridische haken aan, maar mijn collega komt daar graag bij u op terug."),
    ("do_that", "Dat doe ik graag."),
    (
        "toezegging.registry",
        "Minister Jansen zegt toe bij de herziening van de wet te bekijken of de termijn volstaat.",
    ),
    (
        "toezegging.registry",
        "Toezegging naar aanleiding van vragen van het lid De Vries, om een overzicht naar de Kamer te sturen.",
    ),
    ("send.letter", "Als er een voornemen is om de regeling te wijzigen, dan wordt dat gedeeld met beide Kamers."),
    ("propose.own_act", "Ik stel voor dat ik in het jaarverslag uitgebreid stilsta bij de resultaten."),
    ("toezegging.ik_zeg_toe", "Dit kunt u lezen als een toezegging dat ik ermee aan de slag ga."),
    ("do_that", "Wat ik ook zal doen, is voor de zomer komen met het wetsvoorstel."),
    ("act.take_into", "Daarom neem ik de suggestie over om de opbrengsten nadrukkelijker te beschrijven."),
    ("act.take_into", "Uiteraard nemen we daar ook het subsidiebeheer in mee."),
    ("respond.future", "Beantwoording kan na de zomer plaatsvinden."),
    ("send.kamer_will_receive", "De jaarrapportage blijft u ontvangen in het voorjaar."),
    ("send.letter", "De uitvoeringsaspecten zullen u spoedig nagezonden worden."),
    (
        "send.letter",
        "Ik kan niet aan uw verzoek tegemoetkomen, maar zal uw Kamer mijn visie voor het debat doen toekomen.",
    ),
    ("inform.passive", "Ik zeg u dat u in de voortgangsbrief van dit najaar wordt geïnformeerd over de planning."),
    ("inform.passive", "U wordt op de hoogte gebracht van de resultaten van het onderzoek."),
    ("inform.present_with_time", "Over de uitkomsten bericht ik u nog."),
    ("inform.present_with_time", "In de eerstvolgende voortgangsbrief informeer ik uw Kamer over de stand van zaken."),
    ("send.letter", "Het wetsvoorstel zal naar verwachting begin 2026 bij uw Kamer worden ingediend."),
    ("future.plural", "Conform de motie De Groot zullen we de gebiedsprogramma's op deze keuzes beoordelen."),
    ("report.coming_document", "Het kabinet gaat in zijn reactie op het IBO-rapport nader in op de acties."),
    ("send.letter", "De toezending aan uw Kamer van de doorlichting is voor het derde trimester van 2015 gepland."),
    ("deliver.intended", "Dat sluit aan bij het voornemen om jaarlijks naar de Tweede Kamer te rapporteren."),
    ("send.kamer_receives", "U krijgt op korte termijn separaat het rapport van het Centraal Fonds."),
    ("send.kamer_will_receive", "Uw Kamer zal naar verwachting begin december de kabinetsappreciatie ontvangen."),
    ("send.letter", "Het is naar verwachting het enige wetsvoorstel dat ik dit jaar aan uw Kamer zal aanbieden."),
    ("inform.passive", "Het kabinet werkt aan een agenda, waarover uw Kamer nog geïnformeerd zal worden."),
    (
        "deliver.intended",
        "Ik ben voornemens te reageren op de motie, vóór de Voorjaarsnota, zoals in de motie wordt gevraagd.",
    ),
    ("deliver.intended", "Ik kondig aan dat ik verwacht in mei met een aanvullende notitie te zullen komen."),
    ("send.letter", "Het rapport zal na afronding aan uw Kamer toegezonden worden."),
    ("talks", "Over de suggesties ga ik graag met de betrokken partijen het gesprek aan."),
    ("willing", "Nederland is bereid om daar in Brussel op aan te dringen."),
    ("come_back", "Ik zeg allereerst dat ik aan het einde van deze week terugkom op de aanpak."),
    # not the order of the answers: coming back to the Kamer
    ("come_back", "Dan kom ik bij u terug met een brief over de uitkomsten."),
]

NOT_PROMISES = [
    # a colleague's plan to look into something, told by the speaker (a labelled look-alike of dev 358)
    (None, "De staatssecretaris gaat kijken of dit goed is en voldoende is, en ook of de inrichting goed is."),
    # a promise on condition that a motion passes is a hedged offer (tests/corpus/README.md)
    ("reject.if_the_motion_passes", "Mocht de motie worden aangenomen, dan zal ik uw Kamer voor de zomer informeren."),
    ("reject.if_the_motion_passes", "Als het amendement wordt aangenomen, stuur ik de Kamer voor 1 juli een brief."),
    (None, "In het jaarverslag wordt geen aandacht besteed aan duidelijke communicatie."),
    # the members of a verslag wishing, proposing and asking with their verb first
    ("reject.members_ask", "Deze leden zouden graag zien dat de regering de Kamer voor de zomer informeert."),
    ("reject.members_ask", "De commissie stelt voor dat de regering de Kamer voor de zomer een brief stuurt."),
    ("reject.members_ask", "Voorts willen de leden weten of de regering de Kamer zal informeren over de uitkomsten."),
    ("reject.members_ask", "De leden kijken uit naar de brief die de regering voor de zomer zal sturen."),
    # a question whose mark was lost
    ("reject.unmarked_question", "12. Wanneer wordt de Kamer geïnformeerd over de uitkomsten van de evaluatie"),
    ("reject.unmarked_question", "Kan de regering de Kamer voor 1 juli informeren over de stand van zaken"),
    # a motion not taken over, or asked about, or reported as taken over
    (None, "Ik kan de motie op stuk nr. 12 voor de zomer niet overnemen."),
    (None, "De motie op stuk nr. 12 is overgenomen."),
    # a part of this letter named
    ("reject.this_document", "In paragraaf 3 van deze brief kom ik terug op de kosten."),
    ("reject.this_document", "Op de kosten kom ik in paragraaf 3 terug."),
    # the intention negated
    ("reject.negated", "Ik ben niet van plan om voor de zomer op het advies te reageren."),
    ("reject.negated", "Ik streef er niet naar uw Kamer voor de zomer de evaluatie toe te zenden."),
    ("reject.negated", "Ik verwacht niet uw Kamer voor de zomer de evaluatie toe te kunnen zenden."),
    # someone else sharing with the Kamer, or advising to
    (None, "De NZa zal de resultaten voor de zomer met de Kamer delen."),
    (None, "De Raad van State adviseert om de resultaten voor de zomer met uw Kamer te delen."),
    # this letter informing, in every participle of informing
    ("reject.this_document", "Hierbij wordt uw Kamer in kennis gesteld van het besluit van de ministerraad."),
    ("reject.this_document", "Aan uw Kamer wordt hierbij teruggekoppeld hoe het met de uitvoering staat."),
    ("reject.past", "Het rapport is vorige week aan uw Kamer verstrekt."),
    ("reject.present_passive", "De gegevens worden jaarlijks aan uw Kamer verstrekt."),
    # what was answered in writing, and the noun
    ("reject.past", "Die vragen heb ik vorige week schriftelijk beantwoord."),
    (None, "Dat hebben we in het schriftelijk overleg van 3 juni al gewisseld."),
    # seeing to it, with no time ahead or with no one but the Kamer served: policy, not a delivery
    (None, "Wij zorgen ervoor dat de zorg in 2025 betaalbaar blijft."),
    (None, "Ik zorg ervoor dat u de cijfers krijgt."),
    (None, "Wij zorgen ervoor dat de gemeenten voor 1 juli duidelijkheid krijgen."),
    (None, "Ik informeer uw Kamer als eerste over de uitkomsten."),
    # the participle that is also a present tense ("bericht"), after the auxiliary of the perfect
    ("reject.past", "Ik heb uw Kamer in mei bericht over de uitkomsten."),
    # a member asking the government, in the first person singular
    ("reject.members_ask", "Ik vraag de minister de Kamer voor de zomer te informeren."),
    # what the Kamer gets in another clause than the one "dat u" opens
    (None, "Ik hoorde dat u aangaf dat de boeren onderweg geen steun krijgen."),
    (None, "Ik begreep dat u aangaf dat ze die subsidie volgend jaar krijgen."),
    # (veto that should stop it, sentence); None = no rule fires at all
    # 424 (a real news page of the Eerste Kamer): a past promise told as a story
    (
        "reject.narrated_promise",
        "Minister Wiebes kwam de Kamer op één punt tegemoet door toe te zeggen dat de regeling zal worden voorgelegd.",
    ),
    ("reject.narrated_promise", "De staatssecretaris zegde toe enkele criteria mee te nemen bij een volgende monitor."),
    # 129 (a real letter): an aim with nothing delivered is effort
    (None, "Daarom is mijn inzet erop gericht om de regie op de volkshuisvesting te hernemen."),
    # 405 (a real letter): a delay told against what was expected
    ("reject.later_than_expected", "Daarom komt de brief dit jaar later dan u van mijn ministerie gewend bent."),
    # 950 (a real letter): the order of this letter
    ("reject.document_order", "Allereerst zal ik u informeren rondom het niet-gebruik van toeslagen."),
    ("reject.document_order", "Daarna zal ik u meenemen in de stand van zaken van de invorderingsstrategie."),
    ("reject.quoted_speech", "De burgemeester was helder, want zij heeft gezegd: ik zal dat voor de zomer regelen."),
    ("reject.in_debate", "Ik zal nu een aantal van de vragen langslopen."),
    ("reject.in_debate", "Zo zal ik daar met u doorheen gaan."),
    ("reject.vague_condition", "Als daar aanleiding voor is, dan informeren we de Kamer daarover."),
    ("reject.this_document", "Deze brief wordt toegezonden met het oog op het commissiedebat van volgende week."),
    ("reject.expectation", "Ik ga ervan uit dat de minister dit in de brief zal meenemen."),
    ("reject.expectation", "Het is aan de minister van Financiën om daarop terug te komen."),
    ("reject.reported_request", "Ik kreeg gisteren de vraag of ik voor de zomer met een plan wil komen."),
    (
        "reject.reported_request",
        "Uw Kamer heeft de motie aangenomen waarin u de regering verzoekt de Kamer voor 1 juni te informeren.",
    ),
    ("reject.in_debate", "Ik kom er zo op terug."),
    ("reject.in_debate", "Ik kom daar bij het volgende blokje op terug."),
    ("reject.in_debate", "Ik zal proberen het kort te houden."),
    ("reject.in_debate", "Wij zullen de motie van mevrouw Jansen steunen."),
    ("reject.in_debate", "Ik zal afronden."),
    ("reject.in_debate", "Ik zal de heer Jansen zo antwoorden."),
    ("reject.in_debate", "Ik ga even kijken of ik nog iets gemist heb."),
    ("reject.in_debate", "Ik ga even in mijn papieren kijken."),
    ("reject.in_debate", "Ik zal u een voorbeeld geven."),
    ("reject.in_debate", "Ik zal het even voorlezen."),
    ("reject.in_debate", "Ik kom daar na de lunchpauze op terug."),
    ("reject.in_debate", "Daar kom ik aan het eind van mijn betoog op terug."),
    ("reject.in_debate", "Daar kom ik bij de beantwoording van de vragen van de heer Jansen op terug."),
    ("reject.in_debate", "Ik kom straks nog even terug op de casus van de boer."),
    ("reject.in_debate", "Daar komen we straks ook weer op terug."),
    ("reject.in_debate", "In het blokje visserij kom ik nog terug op de quota."),
    ("reject.in_debate", "Ik zal dat tijdens de schorsing nog even checken en ambtelijk bespreken."),
    ("reject.in_debate", "Ik zal het nog één keer herhalen."),
    ("reject.in_debate", "Als u het concreter wilt weten, probeer ik er straks nog op terug te komen."),
    ("reject.in_debate", "Daar zullen wij elkaar na het reces weer over spreken."),
    ("reject.in_debate", "We zullen daar in de Europese Raad nader over spreken."),
    ("reject.negated", "Ik ben bang dat ik het niet red om deze week met die brief te komen."),
    # the finite verb before the negation, and the passive's participle after it
    ("reject.negated", "Ik informeer uw Kamer voor de zomer niet over de uitkomsten."),
    ("reject.negated", "Ik stuur uw Kamer dit jaar geen brief over de uitkomsten."),
    ("reject.negated", "Uw Kamer wordt voor de zomer niet geïnformeerd over de uitkomsten."),
    ("reject.habitual", "Dat loopt via de geannoteerde agenda's, waarover wij de Kamer informeren."),
    ("reject.other_receiver", "Ik zal het advies daarom aanbieden aan de informateur."),
    ("reject.signpost", "Op de aanbevelingen zal ik dan een uitgebreide reactie geven (hoofdstuk 2)."),
    ("reject.this_document", "Ik zal deze brief beginnen met een korte samenvatting van het rapport."),
    ("reject.question", 'Ik citeer: "Kan de minister de Kamer voor de zomer informeren?"'),
    ("reject.members_ask", "Zo spoedig mogelijk laat ik me daarover informeren."),
    ("reject.in_debate", "Ik zal aan het eind van dit blok de amendementen appreciëren."),
    ("reject.in_debate", "We zullen daar donderdag over spreken, bij het debat over het rapport."),
    ("reject.in_debate", "Ik zal dan toch maar beginnen."),
    ("reject.general_effort", "Wij zullen het verzoek welwillend in overweging nemen."),
    ("reject.general_effort", "Ik ben natuurlijk altijd bereid om de burgemeesters bij te staan."),
    ("reject.general_effort", "Over de uitvoering is contact en dat contact zal ik blijven houden."),
    (
        "reject.reported_request",
        "De vaste commissie heeft mij verzocht uw Kamer te informeren over de wetsvoorstellen die naar verwachting in"
        " 2025 aan uw Kamer zullen worden aangeboden.",
    ),
    (
        "reject.reported_request",
        "Daarin verzocht de vaste commissie het kwartaaloverzicht voor het debat van volgende week te sturen.",
    ),
    ("reject.answer_order", "Ik zal starten met de gevangenissen, vervolgens ga ik naar de jeugdzorg."),
    ("reject.in_debate", "Maar daar zal ik straks uiteraard ook woorden aan geven."),
    ("reject.in_debate", "Ik zal mij nu echt beperken tot de hoofdlijn."),
    ("reject.in_debate", "Ik zal nog een paar vragen beantwoorden en dan de moties appreciëren."),
    ("reject.in_debate", "U kunt in het rapport — ik zal het er even bij pakken — lezen dat het goed gaat."),
    ("reject.how_not_whether", "In dat debat heb ik ook al gezegd hoe ik de Kamer daarover informeer."),
    ("reject.general_effort", "Daar zullen we ons de komende dagen op beraden."),
    (
        "reject.habitual",
        "De inzet van het kabinet in Brussel wordt steeds vooraf en achteraf met uw Kamer gedeeld en verantwoord.",
    ),
    ("reject.past", "Moet de NVWA de beelden kunnen krijgen? Daar heb ik het een en ander over toegezegd."),
    ("reject.other_receiver", "Ik zal er in de gesprekken wel voor zorgen dat wij op de hoogte worden gehouden."),
    ("reject.vague_condition", "Ik zal dat doen op het moment dat ik daar wel de meerwaarde van zie."),
    ("reject.negated", "Maar om nu toe te zeggen dat ik dat dan ga doen …"),
    ("reject.in_debate", "Ik stel voor dat we hierover in het volgende debat over de NVWA nader komen te spreken."),
    ("reject.in_debate", "Daar kom ik later nog wat uitgebreider op terug."),
    ("reject.general_effort", "Ik zal volgende week als ik daar ben ook weer een actieve invulling aan de rol geven."),
    (
        "reject.courtesy",
        "De complimenten die u gaf aan de organisatie en over het verloop ervan zal ik met alle liefde doorgeven aan"
        " de mensen die ermee bezig zijn geweest.",
    ),
    (
        "reject.other_receiver",
        "De minister zal met de Kiesraad nagaan welke data in aanmerking komen en een voorstel doen aan het kabinet.",
    ),
    ("reject.answer_order", "Dan ga ik door naar de motie die vraagt om voor de zomer met een plan te komen."),
    ("reject.general_effort", "Wij zullen met de provincies in contact blijven over de voortgang."),
    ("reject.policy_intention", "We willen ook bekijken hoe we de kleine bedrijven kunnen behouden."),
    ("reject.policy_rule", "Zodra er alternatieven beschikbaar zijn, zullen we daar ook gebruik van maken."),
    ("reject.work_under_way", "Ik onderzoek momenteel of er op korte termijn duidelijkheid kan komen."),
    (
        "reject.quoted_speech",
        "Zij vroeg: waarom krijg ik nooit een bericht van mijn pensioenfonds, terwijl ik dat wil?",
    ),
    ("reject.how_not_whether", "Dat wil ik wel graag doen in overleg met mijn collega van Financiën."),
    ("reject.how_not_whether", "We hadden het net over wat we in Europa gaan doen."),
    ("reject.how_not_whether", "Ik wil dit wel op een zorgvuldige manier doen."),
    ("reject.answers_here", "Dit ligt bij mijn collega, maar ik zal toch een antwoord geven."),
    ("reject.past", "Dat hebben wij vorige week in het commissiedebat toegezegd."),
    ("reject.steering", "Met deze monitor wil het kabinet effectiever kunnen sturen op de voortgang."),
    ("reject.in_debate", "Vervolgens zal ik iets zeggen over groene gassen en waterstof."),
    ("reject.in_debate", "Ik zal het nog een keer proberen duidelijk te maken."),
    ("reject.in_debate", "Dan ga ik dat nu doen."),
    ("reject.negated", "Om die reden ben ik dus niet bereid om biomassa uit te sluiten."),
    ("reject.negated", "Laat ik zeggen dat ik nu geen mogelijkheid heb om die cijfers na te gaan."),
    ("reject.offer", "Sommige gegevens daarover kunnen met de Kamer gedeeld worden."),
    ("reject.this_document", "De brief volgt de volgende opbouw:"),
    ("reject.this_document", "Het jaarverslag wordt hierbij aan uw Kamer aangeboden."),
    ("reject.this_document", "Uw Kamer wordt hierbij het rapport van de commissie toegestuurd."),
    ("", "Ik zal uiteraard eindverantwoordelijk blijven."),
    # a plan in the plural, in writing, with nothing of the Kamer in view
    ("", "Om de opgave in beeld te krijgen, zullen wij met provincies en gemeenten een uitvoeringsagenda opstellen."),
    ("", "Uit het voorstel volgt niet duidelijk hoe de Commissie tot de termijnen is gekomen."),
    ("", "Daarmee stimuleren we dat bedrijven circulaire producten gaan aanbieden."),
    ("reject.in_debate", "Ik kom terug op het wetsvoorstel dat de Kamer heeft ingediend."),
    ("reject.other_receiver", "Gisteren heb ik me laten informeren door de ambassadeur."),
    ("reject.other_receiver", "Ik heb hen beloofd dat ik in het voorjaar met een regeling kom."),
    (
        "reject.other_receiver",
        "Gisteren heb ik de gemeenten per brief laten weten dat het kabinet de regels wil herzien.",
    ),
    ("reject.in_debate", "Ik kom daar straks nog op, als ik de vragen over de begroting beantwoord."),
    ("reject.hedge", "Dat kan betekenen dat we bij de volgende begroting gaan bekijken of er ruimte is."),
    ("reject.expectation", "De Commissie komt met een voorstel en we gaan bekijken waar zij mee komen."),
    (
        "reject.motion_reading",
        "Oordeel Kamer, mits ik de motie zo kan lezen dat we dit uitzoeken en ik u in het voorjaar kan informeren.",
    ),
    ("reject.this_document", "Hierbij bericht ik u dat de afronding van het onderzoek nog enige tijd vergt."),
    # "nog niet" and "nog steeds" say nothing of a time to come: the letter tells its news now
    ("", "In antwoord op het verzoek van de commissie bericht ik u dat het rapport nog niet af is."),
    ("reject.expectation", "Het is aan mijn collega, de minister van Financiën, om daarop terug te komen."),
    ("reject.in_debate", "Ik zal straks aangeven wat de opbouw van mijn beantwoording is."),
    ("reject.answers_here", "Ik zal de punten over de ramingen en de afspraken met gemeenten beantwoorden."),
    ("reject.general_effort", "Daar hebben we al vaker op gewezen. Dat zullen we blijven doen."),
    ("reject.vague_condition", "Als je dat gaat aanpassen, gaan we dat straks bij alle projecten doen."),
    ("reject.hedge", "Maar we moeten ook heel erg naar die regio gaan kijken."),
    ("reject.hedge", "Ik zal dan met de uitvoerders en in het kabinet de consequenties goed moeten uitwerken."),
    ("reject.in_debate", "Aan het einde kom ik er nog op terug."),
    ("reject.informs_now", "Nu het overleg is afgerond, willen wij u informeren over de uitkomsten."),
    ("reject.informs_now", "Tot slot wil ik u laten weten dat de evaluatie is gestart."),
    ("reject.this_document", "Bij deze ontvangt u het jaarverslag van de inspectie."),
    ("reject.negated", "Daardoor is het niet langer mogelijk om het wetsvoorstel voor de zomer in te dienen."),
    ("reject.courtesy", "Daar zal ik zeker deze complimenten doorgeven."),
    ("reject.general_effort", "Het kabinet zal zich niettemin beraden op de motie."),
    ("reject.general_effort", "Ik zal het binnen mijn mogelijkheden stimuleren."),
    ("reject.this_document", "Ik heb toegezegd dat ik u bij deze nota nader zou informeren over de wanbetalers."),
    ("reject.this_document", "Daar informeer ik de Kamer dan ook bij dezen over."),
    ("reject.hedge", "Ik kom daar op een later moment nog op terug, als dat zou kunnen."),
    (
        "reject.this_document",
        "Ik heb toegezegd dat ik uw Kamer bij gelegenheid van deze nota nader zal informeren over de wanbetalers.",
    ),
    ("reject.done_since", "De minister heeft toegezegd het advies te sturen; dit is inmiddels gebeurd."),
    ("reject.question", "Bent u bereid de Kamer voor de zomer te informeren?"),
    ("reject.question", "Kan de minister toezeggen dat hij hierop terugkomt?"),
    ("reject.past", "Bij brief van 3 maart jl. heb ik uw Kamer geïnformeerd over de pilot."),
    ("reject.past", "Uw Kamer is eerder over deze regeling geïnformeerd."),
    ("reject.this_document", "Met deze brief informeer ik uw Kamer over de stand van zaken."),
    ("reject.this_document", "Hierbij stuur ik u de antwoorden op de vragen van het lid Kops."),
    ("reject.this_document", "In deze brief ga ik in op de motie van het lid Omtzigt."),
    ("reject.in_debate", "Daar kom ik in de tweede termijn op terug."),
    ("reject.in_debate", "Daar kom ik zo meteen op terug, voorzitter."),
    ("reject.hedge", "Dat zou ik kunnen onderzoeken als de Kamer dat wenst."),
    ("reject.hedge", "Ik kan mij voorstellen dat we hier later nog eens naar kijken."),
    ("reject.negated", "Ik ga geen nieuwe evaluatie laten doen."),
    ("reject.negated", "Ik zal de Kamer niet apart informeren over individuele zaken."),
    ("reject.general_effort", "Ik zal mij blijven inzetten voor een goede samenwerking met de regio."),
    ("reject.general_effort", "We blijven kijken naar mogelijkheden om de lasten te verlagen."),
    ("reject.expectation", "Ik verwacht dat de toezichthouder hier voor de zomer over rapporteert."),
    ("reject.expectation", "Naar verwachting zal de toezichthouder het onderzoek eind dit jaar afronden."),
    ("reject.motion_procedure", "Ik zou het lid willen vragen de motie aan te houden tot we met die brief komen."),
    ("reject.assurance", "Ik kan wel toezeggen dat de gewone regels van toepassing zijn."),
    ("reject.assurance", "We zullen dan gewoon de regels die er zijn toepassen."),
    ("reject.offer", "Daar kan ik de Kamer dan ook over informeren."),
    ("reject.steering", "Op de doorlooptijden stuur ik samen met de uitvoerders actief op."),
    ("reject.existing_document", "In de brief d.d. 11 oktober 2023 gaat het kabinet in op de hulpverlening."),
    ("reject.document_at_hand", "In de rapportage gaan we ook in op de uitvoering van de moties."),
    ("reject.motion_reading", "Oordeel Kamer, mits ik de motie zo mag lezen dat we in het najaar gaan onderzoeken."),
    ("reject.this_document", "Bijgevoegd ontvangt u het rapport dat ik de toezichthouder heb gestuurd."),
    ("reject.this_document", "Vanwege het reces ontvangt u deze brief later dan gepland."),
    ("reject.same_dispatch", "Van mijn collega ontvangt u een brief over de uitvoering, parallel aan deze brief."),
    ("reject.in_debate", "Dan zal ik spreken over de uitvoering en de kosten."),
    ("reject.perfect_of_going", "Vorige week ben ik daar zelf gaan kijken."),
    ("reject.in_debate", "Zoals gebruikelijk zullen de staatssecretaris en ik onze inbreng per regio opdelen."),
    ("reject.answer_order", "Ik zal dat doen bij de politie, maar niet dan nadat ik eerst wat gezegd heb over de top."),
    ("reject.in_debate", "Ik kom nog één keer terug op die dertig procent."),
    ("reject.general_effort", "Verdere maatregelen zullen we altijd toetsen op hun effect."),
    ("reject.general_effort", "Ik zal mij nu buigen over het advies van de Raad van State."),
    ("reject.quoted_speech", "Dan zou ik zeggen: laten we de brief afwachten die ik u stuur."),
    ("reject.quoted_speech", "Toen de wachtlijsten groeiden, hebben we gezegd: we gaan de regels herzien."),
    ("reject.motion_procedure", "Voor deze motie krijgt u oordeel Kamer, als ik deze uitleg erbij geef."),
    ("reject.steering", "Daarnaast willen we sturen op consumentengedrag."),
    ("reject.present_passive", "Het wetsvoorstel wordt u thans toegezonden."),
    ("reject.negated", "Ik weet niet of ik dat vandaag al kan toezeggen."),
    ("reject.done_since", "Ik heb gezegd dat ik daarop zou terugkomen, en dat heb ik vandaag gedaan."),
    ("reject.done_since", "In het debat heb ik toegezegd een brief te sturen; die brief heeft u inmiddels ontvangen."),
    ("reject.general_effort", "Ik zal de woorden van de heer Jansen ter harte nemen."),
    ("reject.present_passive", "De algemene maatregel van bestuur wordt voorgehangen bij beide Kamers."),
    ("reject.reported_request", "Mevrouw Bikker wil weten wanneer de Kamer de brief tegemoet kan zien."),
    # "het ... komen van" is a noun; a budget that closes is no document that comes
    (None, "Ik doel op het sneller beschikbaar komen van woningen met een nieuw bouwprogramma."),
    (None, "Ik zie hoe ik met een sluitende begroting voor volgend jaar kan komen."),
    ("reject.quoted_speech", "Ik herhaal wat ik vorige week heb gezegd: ik stuur u de evaluatie als die klaar is."),
    ("reject.quoted_speech", "De gemeenten zijn kritisch en ze zeggen daarbij: we gaan de regeling eerst onderzoeken."),
    ("reject.in_debate", "Vanwege de begroting, waarover ik dadelijk nog zal spreken, is dit lastig."),
    (None, "Ik weet dat hij op korte termijn komt met een actieplan voor de regio."),
    ("reject.in_debate", "Dan kom ik terug op wat de heer Jansen in zijn interruptie zei."),
    ("reject.in_debate", "Dat moeten we via sancties doen, waar ik zo nog op terugkom."),
    (None, "Ik ga de brief van het advocatenkantoor bestuderen."),
    (None, "Ik zal deze commissie zeker missen."),
    (None, "Die lijn zullen we in Brussel blijven volgen."),
    (None, "Dat zullen we spoedig met de ondertekenaars van de brief delen."),
    ("reject.in_debate", "Ik zal u kort meenemen in de redenen voor dit besluit."),
    ("reject.in_debate", "Daarna zal de staatssecretaris ingaan op de vragen over de uitvoering."),
    ("reject.conditional_wish", "U had misschien gehoopt dat ik nu zou zeggen dat ik volgende week een wet stuur."),
    ("reject.past", "Ik heb in dat onderzoek willen bezien of een krediet meerwaarde heeft."),
    ("reject.reported_request", "Dan de vraag of het kabinet kan komen met een plan voor de markt."),
    ("reject.general_effort", "Daar zal ik ook de komende tijd aan blijven werken."),
    ("reject.motion_procedure", "Ik zal daartoe ook een motie indienen."),
    (None, 'Zij stelde de vraag "zullen wij de Kamer informeren?" aan haar fractie.'),
    ("reject.in_document", "Hieronder zal ik eerst ingaan op de cijfers over 2024."),
    ("reject.habitual", "De Kamer wordt met grote regelmaat geïnformeerd over de stikstofaanpak."),
    ("reject.reported_request", "Mevrouw Bikker vroeg mij om in overleg te gaan met de gemeenten."),
    ("reject.reported_request", "Ik wil de gemeenten uitnodigen om de regeling te bekijken."),
    ("reject.conditional_wish", "Ik zou de sector de ruimte willen geven om alle opties te verkennen."),
    ("reject.in_debate", "Deze vraag hoor ik vaker terugkomen in debatten."),
    ("reject.this_document", "Middels deze brief stuur ik u het rapport van de commissie."),
    ("reject.this_document", "Ik informeer u hierbij over de uitkomst van de Europese Raad."),
    ("reject.in_debate", "Daar kom ik in het volgende blok op terug."),
    ("reject.question", "Kan de minister dit toezeggen?"),
    ("reject.reported_request", "verzoekt de regering de Kamer voor 1 juni te informeren over de uitvoering,"),
    (None, "UWV zal de Kamer via de minister over de voortgang informeren."),
    (None, "De VS heeft toegezegd de steun voort te zetten."),
    (None, "Gasunie gaat onderzoeken of er alternatieven zijn voor de leiding."),
    (None, "Ik laat het oordeel over deze motie aan de Kamer."),
    (None, "Daar kom ik zo op."),
    (None, "TenneT zal onderzoeken of de aansluiting eerder kan worden gerealiseerd."),
    (None, "De Europese Commissie heeft toegezegd voor het einde van het jaar met een voorstel te komen."),
    (None, "De toezichthouder gaat de naleving van de regels nader bekijken."),
    (None, "Deze motie moet ik ontraden."),
    (None, "Het oordeel over deze motie laat ik aan de Kamer."),
    (None, "De conclusie volgt uit de evaluatie van het programma."),
    (None, "De planning van het overzicht is als volgt."),
    ("reject.members_ask", "De leden van de SP-fractie vragen de regering om de Kamer voor de zomer te informeren."),
    ("reject.members_ask", "De leden van de D66-fractie vragen of de regering bereid is de Kamer te informeren."),
    ("reject.members_ask", "De leden van de PVV-fractie verzoeken de minister de Kamer voor de zomer te informeren."),
    ("reject.members_ask", "De Kamer heeft gevraagd om voor de zomer geïnformeerd te worden over de uitkomsten."),
    ("reject.hedge", "Indien de landen dit verzoeken, is de staatssecretaris bereid om mee te denken over de agenda."),
    (
        "reject.legal_effect",
        "Het wetsvoorstel regelt dat de minister de Kamer jaarlijks informeert over de uitvoering.",
    ),
    (
        "reject.legal_effect",
        "Onze Minister zendt binnen vijf jaar na de inwerkingtreding aan de Staten-Generaal een verslag.",
    ),
    (None, "Gemeenten moeten jaarlijks aan de minister rapporteren over de inzet van bestuurlijke boetes."),
    ("reject.past", "De minister-president heeft de Kamer op 2 maart per brief geïnformeerd over de Europese Raad."),
    ("reject.this_document", "U ontvangt hierbij de antwoorden op de vragen van de commissie."),
    ("reject.past", "De minister had toegezegd de Kamer voor de zomer te informeren, maar dat is niet gelukt."),
    ("reject.this_document", "Hieronder zal ik uw Kamer informeren over de stand van zaken van de hersteloperatie."),
    ("reject.this_document", "In het onderstaande informeer ik u voor de zomer over de stand van zaken."),
    (None, "Het RIVM komt in het najaar met een rapport over de luchtkwaliteit."),
    (None, "In juni komt het kabinet met de Voorjaarsnota."),
    (None, "De minister van Financiën komt in september met de Miljoenennota."),
    ("reject.same_dispatch", "Deze week ontvangt u ook de voortgangsrapportage over het programma."),
    (
        "reject.same_dispatch",
        "De tijdlijn wordt gelijktijdig met het antwoord op deze vragen aan de Kamer toegestuurd.",
    ),
    ("reject.in_debate", "In mijn inleiding zal ik eerst de hoofdlijnen schetsen."),
    ("reject.in_debate", "Vervolgens ga ik in op de onderzoeken die zijn uitgevoerd."),
    ("reject.hedge", "We zullen de beschikbare middelen zo efficiënt mogelijk moeten inzetten."),
    ("reject.general_effort", "Zodra dat binnen is, zal ik ervoor zorgen dat we daar actief op inzetten."),
    ("reject.reported_request", "In die motie werd de regering verzocht voor 1 juli met een notitie te komen."),
    ("reject.members_ask", "De commissie stelt het op prijs de notitie voor Prinsjesdag te ontvangen."),
    (None, "Een toezegging die niet op tijd is nagekomen, komt op de rappellijst."),
    (None, "De Kamer krijgt jaarlijks een verslag van de toezichthouder."),
    ("reject.other_receiver", "Het ontwerpbesluit zal ik voor advies bij de Raad van State voorleggen."),
    ("reject.hedge", "Ik zal daar bij de begroting misschien nog even apart op terugkomen."),
    (
        "reject.reported_request",
        "Het kabinet vindt het van groot belang dat de Kamer goed wordt geïnformeerd over de uitvoering.",
    ),
    (None, "Het kabinet zet zich in om de wachttijden in de jeugdzorg te verkorten."),
    # a promise named, not made: the infinitive of informing with its rhythm
    (None, "Dit doe ik in het kader van de toezegging om uw Kamer jaarlijks te informeren over de markt."),
    ("reject.habitual", "Zoals gebruikelijk informeer ik uw Kamer jaarlijks over de uitgaven."),
    (None, "Ik stuur u als aanvulling op mijn eerdere brief het rapport van de inspectie."),
]


@pytest.mark.parametrize("rule, sentence", PROMISES, ids=[f"{r}:{s[:40]}" for r, s in PROMISES])
def test_a_promise_is_found_by_its_rule(rule, sentence):
    verdict = judge(sentence)
    assert verdict.is_commitment, f"rejected by {verdict.rejected_by}"
    assert verdict.rule.name == rule


@pytest.mark.parametrize("veto, sentence", NOT_PROMISES, ids=[f"{v}:{s[:40]}" for v, s in NOT_PROMISES])
def test_a_look_alike_is_not_a_promise(veto, sentence):
    verdict = judge(sentence)
    assert not verdict.is_commitment, f"fired {verdict.rule.name}"
    if veto:
        assert veto in vetoes_in(sentence)


def test_every_commitment_rule_has_an_example_here():
    covered = {rule for rule, _ in PROMISES}
    assert covered == {rule.name for rule in COMMITMENT_RULES}


def test_every_veto_has_an_example_here():
    covered = {veto for veto, _ in NOT_PROMISES if veto}
    assert covered == {rule.name for rule in REJECTION_RULES}


def test_rule_names_are_unique_and_documented():
    names = [r.name for r in COMMITMENT_RULES + REJECTION_RULES]
    assert len(names) == len(set(names))
    assert all(r.notes for r in COMMITMENT_RULES + REJECTION_RULES)


def test_the_noun_vragen_before_a_member_is_no_members_question():
    assert judge(
        "Zijn overige vragen worden voor de zomer betrokken bij het voortgangsbericht over de vragen van het lid"
        " Klaver."
    ).is_commitment


def test_a_veto_in_the_next_clause_does_not_undo_the_promise():
    verdict = judge("Daar kom ik sowieso op terug, maar dat zou ik ook kunnen combineren met de evaluatie.")
    assert verdict.is_commitment and verdict.rule.name == "come_back"


def test_clause_around_stops_at_maar():
    text = "Ik kom daarop terug, maar dat zou ik kunnen doen."
    left, right = clause_around(text, 0, 5)
    assert text[left:right] == "Ik kom daarop terug"


@pytest.mark.parametrize("rule, sentence", PROMISES, ids=[f"{r}:{s[:40]}" for r, s in PROMISES])
def test_every_promise_passes_the_candidate_scan(rule, sentence):
    assert is_candidate(sentence)


def test_a_question_after_a_colon_does_not_undo_the_statement_before_it():
    verdict = judge("Ik heb ook toegezegd terug te komen op de tarieven: hoe hoog mogen die worden?")
    assert verdict.is_commitment


def test_a_sentence_without_any_trigger_word_is_not_a_candidate():
    assert not is_candidate("De cijfers over 2023 laten een lichte daling zien.")
    assert is_candidate("Ik zal de cijfers sturen.")


def test_templates_expand_gaps_and_slots():
    pattern = re.compile(expand_template("{self} … informeren"), re.IGNORECASE)
    assert pattern.search("ik wil u daarover informeren")
    assert not pattern.search("zij informeren")


def test_a_verb_110_000_characters_after_ik_zal_is_beyond_every_rules_reach():
    # A long run of words without sentence ends; its cost is measured in bench/linear_time.py.
    text = "ik zal " + "de kamer van het rijk " * 5000 + "informeren"
    assert judge(text).rule is None


def test_a_plan_in_the_plural_promises_in_speech_but_not_in_a_letter():
    sentence = "Dan zullen wij met de provincies een uitvoeringsagenda opstellen."
    assert not judge(sentence).is_commitment
    assert judge(sentence, spoken=True).rule.name == "future.plural"


def test_a_plan_in_a_subordinate_clause_promises_in_writing_only_with_a_time_ahead():
    assert not judge("Dat betekent dat ik de besluiten bekend zal maken.").is_commitment
    assert judge("Dat betekent dat ik de besluiten voor 1 juli bekend zal maken.").is_commitment


def test_in_speech_the_present_of_informing_promises_only_when_the_kamer_is_informed():
    assert judge("Ik informeer de Kamer per brief over de verdeling.", spoken=True).is_commitment
    assert not judge("Wij informeren alle belanghebbenden uitvoerig over de afwegingen.", spoken=True).is_commitment
    assert not judge("Sinds een paar jaar weten we door die berichten dat het geld weg is.", spoken=True).is_commitment


def test_a_plan_of_others_in_a_complement_is_not_the_speakers():
    assert not judge("Wij willen juist dat die bedrijven zelf de beelden gaan bekijken.", spoken=True).is_commitment


def test_a_document_that_comes_carries_the_assurance_that_governs_it():
    assert judge("Voortaan kunt u erop rekenen dat die brieven eerder komen.", spoken=True).is_commitment


def test_imagining_is_not_proposing():
    assert judge("Dan stel ik voor dat we ook het Europese perspectief meenemen.", spoken=True).is_commitment
    assert not judge("Ik stel mij zo voor dat we hier in het commissiedebat over spreken.", spoken=True).is_commitment


def test_pretending_is_no_act_promised():
    assert not judge(
        "Ik vind het, ik ga het zeggen, een naïef beeld om te doen alsof dat kan.", spoken=True
    ).is_commitment


def test_a_pseudo_cleft_that_points_at_the_next_sentence_is_not_the_promise_itself():
    assert judge("Wat ik ook zal doen, is voor de zomer komen met het wetsvoorstel.", spoken=True).is_commitment
    assert not judge("Wat ik wel zal doen, is het volgende.", spoken=True).is_commitment


def test_a_cross_reference_in_brackets_leaves_the_promise_as_it_is():
    # only a bracket that closes the sentence says where in this letter the announced part stands
    assert judge("Ik zal uw Kamer (zie bijlage 2) voor de zomer over de pilots informeren.").is_commitment
    assert judge("Over de uitkomsten van de pilots (bijlage 3) informeer ik u na de zomer.").is_commitment
    assert not judge("Op de aanbevelingen zal ik dan een uitgebreide reactie geven (paragraaf 4).").is_commitment


def test_the_moeten_of_a_relative_clause_does_not_hedge_the_promise_before_it():
    assert judge(
        "Ik zal uw Kamer voor de zomer informeren over de stappen die moeten worden gezet om de norm vast te stellen."
    ).is_commitment


def test_effort_with_nothing_to_deliver_is_no_act_promised():
    assert not judge("Wij zullen daar in Brussel voor vechten.", spoken=True).is_commitment
    assert judge("Wij zullen daar in Brussel over onderhandelen.", spoken=True).is_commitment


@pytest.mark.parametrize(
    "receiver", ["uw Kamer", "u", "de commissie", "uw commissie", "beide Kamers", "de Tweede Kamer"]
)
def test_the_kamer_receives_however_the_letter_names_it(receiver):
    # a letter to a committee or one that says "u" promises the same delivery as one that says "uw Kamer"
    assert judge(f"Het rapport zal naar verwachting voor de zomer aan {receiver} worden gezonden.").is_commitment
    assert judge(f"Ik verwacht de nota uiterlijk 1 juni naar {receiver} te zenden.").is_commitment
    assert judge(f"De resultaten zullen in de tweede helft van dit jaar met {receiver} worden gedeeld.").is_commitment


def test_a_delivery_to_someone_other_than_the_kamer_is_no_promise_to_it():
    assert not judge("Het rapport zal naar verwachting voor de zomer aan de gemeenten worden gezonden.").is_commitment
    assert not judge("Ik verwacht de nota uiterlijk 1 juni naar de Raad van State te zenden.").is_commitment


def test_being_able_to_deliver_in_the_future_promises_in_either_word_order():
    assert judge(
        "Ik zal uw Kamer uiterlijk half februari daarover duidelijkheid kunnen geven in een brief."
    ).is_commitment
    assert judge(
        "Uiterlijk half februari zal ik uw Kamer daarover duidelijkheid kunnen geven in een brief."
    ).is_commitment
    assert not judge("Uiterlijk half februari zal ik daarover een besluit moeten nemen.").is_commitment


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik zal uw Kamer niet later dan 1 juni informeren over de uitkomsten.",
        "Ik zal uw Kamer voor de zomer niet alleen informeren over de kosten, maar ook over de baten.",
        "Ik zal niet nalaten uw Kamer daarover voor de zomer te informeren.",
    ],
)
def test_a_niet_that_bounds_or_doubles_the_promise_does_not_negate_it(sentence):
    assert judge(sentence).is_commitment


def test_a_niet_that_negates_the_promise_still_does():
    assert not judge("Ik zal uw Kamer niet meer informeren over de uitkomsten.").is_commitment
    assert "reject.negated" in vetoes_in("Ik zal uw Kamer niet voor de zomer informeren.")


@pytest.mark.parametrize(
    "sentence",
    [
        # rewrites of real promises (1026, 820, 009) with "niet" before their verb
        "Ik zal u deze visie in september niet toesturen.",
        "Ik wil daarbij ook specifiek naar deze sector niet kijken.",
        "Het kabinet zal in een separate brief op deze vraag niet ingaan.",
        # a separable verb split around it
        "Ik kom daar niet meer op terug.",
        "Daar kom ik niet op terug.",
    ],
)
def test_a_niet_before_any_verb_of_a_promise_negates_it(sentence):
    assert not judge(sentence).is_commitment


def test_a_niet_that_negates_another_verb_of_the_sentence_leaves_the_promise():
    # 035 (a real answer): the "niet" is of "verklaren", the promise is the second clause's
    sentence = (
        "Ik kan het door A-Insights genoemde percentage van 0,1% gemiddelde winst in de jeugdzorgsector op dit moment"
        " niet verklaren op grond van de bij mij aanwezige gegevens en laat hier nog nader naar kijken."
    )
    assert judge(sentence).is_commitment


@pytest.mark.parametrize(
    "sentence",
    [
        "Na de evaluatie informeer ik uw Kamer over de uitkomsten.",
        "Na het overleg met de sector informeer ik uw Kamer over de uitkomsten.",
        "Na de evaluatie worden de regels aangepast en stel ik uw Kamer op de hoogte.",
    ],
)
def test_an_event_to_come_after_na_puts_the_present_tense_ahead(sentence):
    assert judge(sentence).is_commitment


def test_a_governing_verb_of_telling_is_no_offer_of_the_promise_it_governs():
    assert judge("Ik kan u melden dat ik de Kamer zal informeren over de voortgang.").is_commitment
    assert judge("Ik kan u toezeggen dat ik de Kamer zal informeren over de voortgang.").is_commitment
    assert "reject.offer" in vetoes_in("Daar kan ik de Kamer dan ook over informeren.")


def test_an_infinitive_with_te_is_not_the_speakers_future():
    assert not judge(
        "Ik kan u melden dat ik de oud-directeur bereid heb gevonden deze verkenning te gaan doen."
    ).is_commitment


def test_a_word_in_en_that_is_no_verb_is_no_act_promised():
    # "alleen" is no infinitive: the travel plan is not read as "Ik zal ... alleen"
    assert not judge("Ik zal zelf niet alleen vrijdag naar Frankrijk gaan, maar ook naar Duitsland.").is_commitment


def test_an_act_named_by_its_noun_and_done_is_promised():
    assert judge("Ik zal navraag doen binnen het departement.").is_commitment


def test_a_proposal_later_in_this_debate_is_the_debates_own_course():
    sentence = "Ik zal straks een voorstel doen voor aanpassing van de tekst van de motie."
    assert not judge(sentence, spoken=True).is_commitment
    assert "reject.in_debate" in vetoes_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik zorg ervoor dat uw Kamer de evaluatie voor de zomer ontvangt.",
        "De resultaten deel ik voor de zomer met uw Kamer.",
        "De brief zal u voor de zomer toekomen.",
        "Verzending van de evaluatie aan uw Kamer is voorzien voor het najaar.",
        "Het is mijn inzet om de Kamer in het voorjaar een voorstel te doen toekomen.",
    ],
)
def test_a_delivery_to_the_kamer_in_other_ordinary_phrasings_is_found(sentence):
    assert judge(sentence).is_commitment


def test_sharing_in_the_present_without_a_time_ahead_is_a_view_or_a_practice():
    assert not judge("Ik deel gewoon met u de urgentie.", spoken=True).is_commitment
    assert not judge("Ik deel informatie met uw Kamer wanneer ik die kan delen.", spoken=True).is_commitment


def test_an_opinion_with_its_verb_second_governs_what_it_wants():
    assert not judge("Het is belangrijk dat uw Kamer de evaluatie voor de zomer ontvangt.").is_commitment


@pytest.mark.parametrize(
    "sentence",
    ["Dat ga ik na.", "Ik ga na of dat kan.", "Die brief komt er.", "Daar zorg ik voor."],
)
def test_the_short_assents_of_a_debate_promise(sentence):
    assert judge(sentence, spoken=True).is_commitment


def test_na_as_a_preposition_is_no_checking():
    assert not judge("Ik ga na de zomer naar Brussel.", spoken=True).is_commitment
    assert not judge("Hier zorgen we er voor dat betrokkenen voldoende kennis hebben.", spoken=True).is_commitment


def test_answering_in_the_present_promises_with_a_time_ahead_only():
    assert judge("De minister beantwoordt de vragen van het lid Bikker voor de zomer schriftelijk.").is_commitment
    assert not judge("In deze brief beantwoord ik de vragen van de commissie.").is_commitment


def test_hearing_it_promises_with_the_verb_before_its_subject_too():
    assert judge("Zodra ik meer weet, hoort u van mij.").is_commitment
    assert not judge("Zoals u hoort, is het een lastige kwestie.").is_commitment


def test_talks_with_the_partner_first_promise_in_speech_and_with_a_time_in_writing():
    assert judge("We gaan daar met de provincies over in gesprek.", spoken=True).is_commitment
    assert judge("We gaan daar voor de zomer met de provincies over in gesprek.").is_commitment
    assert not judge("We gaan daar met de provincies over in gesprek.").is_commitment
    assert not judge("Ik ga hier graag met uw Kamer over in gesprek.", spoken=True).is_commitment


@pytest.mark.parametrize(
    "sentence",
    [
        # 254, 315, 840 (real debates and letters) told of a predecessor or in the passive
        "Wel heeft mijn ambtsvoorganger u toegezegd om in een Kamerbrief nader in te gaan op het doel van de regeling.",
        "Mijn ambtsvoorganger heeft toegezegd met een tussentijdse rapportage te komen.",
        "In de brief is uw Kamer toegezegd haar hier uiterlijk eind 2025 over te informeren.",
    ],
)
def test_a_promise_restated_of_a_predecessor_or_in_the_passive_is_found(sentence):
    assert judge(sentence).rule.name == "toezegging.restated"


@pytest.mark.parametrize(
    "sentence",
    [
        "Er is ze toegezegd dat ik het gesprek aanga.",
        "Mijn ambtsvoorganger heeft hen beloofd dat er een regeling komt.",
    ],
)
def test_a_promise_to_others_restated_in_another_person_is_none_to_the_kamer(sentence):
    assert judge(sentence).rejected_by == "reject.other_receiver"


@pytest.mark.parametrize(
    "sentence",
    [
        # 358 (a real debate) said with the promise right after the verb
        "Ik kan in ieder geval toezeggen dat er een voortgangsbrief komt.",
        "Ik kan u toezeggen dat de brief voor de zomer komt.",
    ],
)
def test_promising_that_a_document_comes_is_no_assurance_about_the_law(sentence):
    assert judge(sentence).is_commitment


def test_an_act_of_the_cabinet_in_a_letter_is_its_plan_unless_a_time_to_come_is_named():
    # 463 (a real letter); as future.government's plain future: in speech the minister answers for the cabinet
    plan = "Het kabinet zal met de toezichthouders in gesprek gaan om een exacte verdeling van taken te onderzoeken."
    assert not judge(plan).is_commitment
    assert judge(plan, spoken=True).is_commitment
    assert judge(plan.replace("zal met", "zal voor de zomer met")).is_commitment


# What the deadlines read as a time (their own examples, test_deadlines.PHRASES) but which does not point ahead by its
# words alone, so the present tense with it promises nothing by itself.
NOT_AHEAD_BY_ITS_WORDS = {
    "op 6 jan. 2026": "a day after 'op' may be the day something was done; the deadlines tell by the date of writing",
    "vóór 2027": "'vóór' as a time ahead is left to the deadlines (a coordinated clause took it, corpus 870)",
    "rond 16:00": "an hour of the day",
    "van de week": "earlier or later this week",
    # a day named on its own: in speech the present tense promises without a time, and in a letter this is rare,
    # where every sentence would pay for looking for it
    "maandag": "a weekday on its own",
    "donderdagochtend": "a weekday on its own",
    "morgen": "a day named on its own",
    "vanavond": "a day named on its own",
    # read after the preposition that puts it ahead: "op de derde dinsdag van september"
    "de derde dinsdag van september": "an nth weekday without its preposition",
}


@pytest.mark.parametrize("phrase", [p for _, kind, p, *_ in DEADLINE_PHRASES if kind in ("date", "period", "relative")])
def test_a_time_the_deadlines_read_as_ahead_makes_the_present_tense_promise(phrase):
    verdict = judge(f"Ik informeer uw Kamer {phrase} over de uitkomsten.")
    assert verdict.is_commitment is (phrase not in NOT_AHEAD_BY_ITS_WORDS)


# Every verb a minister tells or sends the Kamer something with, in the constructions a letter promises with: the
# present tense with a time ahead in both word orders, the passive, and the te-infinitive after an intention.
VERBS_OF_TELLING_AND_SENDING = [
    # (present tense with the time first, present tense with the subject first, passive, te-infinitive)
    (
        "Voor de zomer licht ik uw Kamer in over de uitkomsten.",
        "Ik licht uw Kamer voor de zomer in over de uitkomsten.",
        "Uw Kamer wordt voor de zomer ingelicht over de uitkomsten.",
        "uw Kamer voor de zomer in te lichten over de uitkomsten",
    ),
    (
        "Voor de zomer stel ik uw Kamer op de hoogte van de uitkomsten.",
        "Ik stel uw Kamer voor de zomer op de hoogte van de uitkomsten.",
        "Uw Kamer wordt voor de zomer op de hoogte gesteld van de uitkomsten.",
        "uw Kamer voor de zomer op de hoogte te stellen van de uitkomsten",
    ),
    (
        "Voor de zomer rapporteer ik uw Kamer over de uitkomsten.",
        "Ik rapporteer uw Kamer voor de zomer over de uitkomsten.",
        "Aan uw Kamer wordt voor de zomer gerapporteerd over de uitkomsten.",
        "uw Kamer voor de zomer te rapporteren over de uitkomsten",
    ),
    (
        "Voor de zomer bied ik uw Kamer de evaluatie aan.",
        "Ik bied uw Kamer voor de zomer de evaluatie aan.",
        "De evaluatie wordt voor de zomer aan uw Kamer aangeboden.",
        "uw Kamer voor de zomer de evaluatie aan te bieden",
    ),
    (
        "Voor de zomer leg ik uw Kamer het wetsvoorstel voor.",
        "Ik leg uw Kamer voor de zomer het wetsvoorstel voor.",
        "Het wetsvoorstel wordt voor de zomer aan uw Kamer voorgelegd.",
        "uw Kamer voor de zomer het wetsvoorstel voor te leggen",
    ),
    (
        "Voor de zomer doe ik uw Kamer de evaluatie toekomen.",
        "Ik doe uw Kamer voor de zomer de evaluatie toekomen.",
        "De evaluatie wordt voor de zomer aan uw Kamer gezonden.",
        "uw Kamer voor de zomer de evaluatie te doen toekomen",
    ),
    (
        "Voor de zomer meld ik uw Kamer de uitkomsten.",
        "Ik meld uw Kamer voor de zomer de uitkomsten.",
        "De uitkomsten worden voor de zomer aan uw Kamer gemeld.",
        "uw Kamer voor de zomer de uitkomsten te melden",
    ),
    (
        "Voor de zomer verstrek ik uw Kamer de gegevens.",
        "Ik verstrek uw Kamer voor de zomer de gegevens.",
        "De gegevens worden voor de zomer aan uw Kamer verstrekt.",
        "uw Kamer voor de zomer de gegevens te verstrekken",
    ),
    (
        "Voor de zomer licht ik uw Kamer de uitkomsten toe.",
        "Ik licht uw Kamer voor de zomer de uitkomsten toe.",
        "De uitkomsten worden voor de zomer aan uw Kamer toegelicht.",
        "uw Kamer voor de zomer de uitkomsten toe te lichten",
    ),
]
INTENTIONS = ("Ik verwacht {}.", "Ik streef ernaar {}.", "Ik ben voornemens {}.", "Het kabinet is van plan {}.")


@pytest.mark.parametrize(
    "sentence",
    [s for first, second, passive, _ in VERBS_OF_TELLING_AND_SENDING for s in (first, second, passive)]
    + [i.format(te) for *_, te in VERBS_OF_TELLING_AND_SENDING for i in INTENTIONS],
)
def test_each_verb_of_telling_or_sending_the_kamer_promises_in_each_construction(sentence):
    verdict = judge(sentence)
    assert verdict.is_commitment, f"rejected by {verdict.rejected_by}"


# The same verbs as infinitives after a modal or "gaan", with the Kamer as receiver and a time ahead.
INFINITIVES_OF_TELLING_AND_SENDING = (
    "uw Kamer voor de zomer inlichten over de uitkomsten",
    "uw Kamer voor de zomer op de hoogte stellen van de uitkomsten",
    "uw Kamer voor de zomer rapporteren over de uitkomsten",
    "uw Kamer voor de zomer de evaluatie aanbieden",
    "uw Kamer voor de zomer het wetsvoorstel voorleggen",
    "uw Kamer voor de zomer de evaluatie doen toekomen",
    "uw Kamer voor de zomer de uitkomsten melden",
    "uw Kamer voor de zomer de gegevens verstrekken",
    "uw Kamer voor de zomer de uitkomsten toelichten",
    "uw Kamer voor de zomer informeren over de uitkomsten",
    "uw Kamer voor de zomer de evaluatie sturen",
)
MODALS = ("Ik zal {}.", "Ik ga {}.", "Ik wil {}.", "Wij zullen {}.", "We gaan {}.", "Het kabinet zal {}.")


@pytest.mark.parametrize("spoken", [False, True], ids=["written", "spoken"])
@pytest.mark.parametrize("sentence", [m.format(i) for i in INFINITIVES_OF_TELLING_AND_SENDING for m in MODALS])
def test_each_verb_of_telling_or_sending_the_kamer_promises_after_a_modal_with_a_time(sentence, spoken):
    verdict = judge(sentence, spoken=spoken)
    assert verdict.is_commitment, f"rejected by {verdict.rejected_by}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik wil u even toelichten waarom dat zo is.",  # the debate going on, not a delivery
        "Ik wil de Kamer nu toelichten hoe dat zit.",
        "Ik ga u de gegevens verstrekken.",
    ],
)
def test_wanting_or_going_to_tell_the_kamer_without_a_time_ahead_is_no_promise_in_a_debate(sentence):
    assert not judge(sentence, spoken=True).is_commitment


# Entering talks or raising a point with a party, after a future auxiliary with the subject or the time put first.
ACTS_OF_TALKING = (
    "in overleg gaan met de gemeenten",
    "in gesprek gaan met de gemeenten",
    "overleg voeren met de gemeenten",
    "contact opnemen met de gemeenten",
    "het gesprek aangaan met de gemeenten",
    "in overleg treden met de gemeenten",
    "in contact treden met de gemeenten",
    "overleg initiëren met de gemeenten",
    "dit bespreken met de gemeenten",
    "dit aan de orde stellen bij de gemeenten",
    "dit onder de aandacht brengen van de gemeenten",
    "dit navragen bij de gemeenten",
)
FUTURES_WITH_A_TIME = (
    "Ik zal voor de zomer {}.",
    "Voor de zomer zal ik {}.",
    "Het kabinet zal voor de zomer {}.",
    "Wij zullen voor de zomer {}.",
    "Voor de zomer zullen wij {}.",
)


@pytest.mark.parametrize("spoken", [False, True], ids=["written", "spoken"])
@pytest.mark.parametrize("sentence", [f.format(act) for act in ACTS_OF_TALKING for f in FUTURES_WITH_A_TIME])
def test_each_act_of_talking_is_promised_with_the_subject_or_the_time_put_first(sentence, spoken):
    verdict = judge(sentence, spoken=spoken)
    assert verdict.is_commitment, f"rejected by {verdict.rejected_by}"


ANSWERS = ("reageren op het advies", "een reactie geven op het advies", "met een reactie komen op het advies")


@pytest.mark.parametrize("spoken", [False, True], ids=["written", "spoken"])
@pytest.mark.parametrize(
    "sentence",
    [
        f.format(a)
        for a in ANSWERS
        for f in FUTURES_WITH_A_TIME + ("Ik ga voor de zomer {}.", "Voor de zomer gaan we {}.")
    ],
)
def test_answering_as_a_verb_or_with_its_noun_is_promised_after_a_future_auxiliary(sentence, spoken):
    verdict = judge(sentence, spoken=spoken)
    assert verdict.is_commitment, f"rejected by {verdict.rejected_by}"


def test_wanting_to_answer_the_questions_is_the_debate_itself():
    sentence = "Ik wil proberen om de vragen zo snel mogelijk te beantwoorden."
    assert not judge(sentence, spoken=True).is_commitment


def test_in_speech_the_present_of_investigating_agrees_with_its_subject():
    assert judge("Ik onderzoek samen met de regio hoe we dit kunnen regelen.", spoken=True).is_commitment
    assert judge("We onderzoeken samen met de regio hoe we dit kunnen regelen.", spoken=True).is_commitment
    # the noun after a plural subject, or in the perfect
    assert not judge("Daarna hebben we onderzoek gedaan naar hoe het zo gekomen is.", spoken=True).is_commitment
    assert not judge("Vorig jaar heb ik onderzoek laten doen naar wat de regeling kost.", spoken=True).is_commitment


def test_in_speech_sturen_op_is_steering_unless_a_time_or_an_object_goes_with_it():
    assert not judge("Daarnaast willen we sturen op consumentengedrag.", spoken=True).is_commitment
    assert judge("Ik zal de brief sturen op 1 juni.", spoken=True).is_commitment
    assert judge("We gaan u op korte termijn een brief sturen.", spoken=True).is_commitment


def test_doubt_in_a_clause_of_its_own_leaves_the_promise_after_maar():
    assert judge("Ik weet nog niet of het lukt, maar ik zal u voor de zomer informeren.", spoken=True).is_commitment
