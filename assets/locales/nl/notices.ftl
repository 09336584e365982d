# Notices the core gives once, at start (core/src/app): notice-<code>. $doc says which of
# Steady's files: plan, settings, patterns, grounding or helped. No paths: Settings shows
# where the folder is.

# $kept_as is the name the unreadable file is kept under, such as
# plan.corrupt-20261124T101500.json.
notice-set_aside =
    Steady kon { $doc ->
        [plan] je veiligheidsplan
        [settings] je instellingen
        [patterns] je ademhalingspatronen
        [grounding] je grondingsstappen
        [helped] je notities in Wat hielp
       *[other] een van zijn bestanden
    } niet lezen. Het bestand is onveranderd bewaard als { $kept_as } in de map van Steady (te zien in Instellingen), en Steady gebruikt voorlopig de standaardinstellingen. Al het andere werkt zoals altijd.
notice-left_alone =
    Steady kon { $doc ->
        [plan] je veiligheidsplan
        [settings] je instellingen
        [patterns] je ademhalingspatronen
        [grounding] je grondingsstappen
        [helped] je notities in Wat hielp
       *[other] een van zijn bestanden
    } niet gebruiken. Het bestand is precies zo gelaten als het was, en wijzigingen die je nu maakt worden niet opgeslagen. Al het andere werkt zoals altijd.
notice-newer_version =
    { $doc ->
        [plan] Je veiligheidsplan
        [settings] Je instellingen
        [patterns] Je ademhalingspatronen
        [grounding] Je grondingsstappen
        [helped] Je notities in Wat hielp
       *[other] Een van de bestanden van Steady
    } is opgeslagen door een nieuwere versie van Steady. Het is precies zo gelaten als het was, en Steady gebruikt de standaardinstellingen zonder op te slaan. Werk Steady bij om het te gebruiken.
notice-repaired =
    Toen Steady { $doc ->
        [plan] je veiligheidsplan
        [settings] je instellingen
        [patterns] je ademhalingspatronen
        [grounding] je grondingsstappen
        [helped] je notities in Wat hielp
       *[other] een van zijn bestanden
    } opende, vond het iets om te herstellen, en heeft het dat hersteld. Er is niets verloren gegaan.
notice-sealed_now =
    { $doc ->
        [plan] Je veiligheidsplan
        [patterns] Je ademhalingspatronen
        [grounding] Je grondingsstappen
        [helped] Je notities in Wat hielp
       *[other] Een van je bestanden
    } bleek onbeveiligd, hoewel de beveiliging aan staat. Steady heeft het nu beveiligd, en er is niets verloren gegaan.
notice-read_only = Steady mag niet schrijven in zijn map en is daarom alleen-lezen geopend: je kunt je plan lezen en elke oefening gebruiken, maar wijzigingen worden niet opgeslagen. Controleer de rechten van de map of maak ruimte vrij op de schijf, en start Steady dan opnieuw.
notice-folder_tightened = Andere mensen op deze computer konden de map van Steady openen. Steady heeft dat aangepast, zodat alleen jij dat nog kunt.
# A notice this catalogue has no words for.
notice-unknown = Steady merkte bij het openen iets op over zijn bestanden, maar heeft daar nog geen woorden voor.
