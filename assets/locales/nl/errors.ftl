# Words for errors from the core, by code: error-<code>, the code as the core sends it
# (core/src/error.rs, enum Code). A refusal of input (code "invalid") has its own words
# by reason (invalid-<reason>, elsewhere); error-invalid is for a reason without them.
# $doc, where given, says which of Steady's files: plan, settings, patterns, grounding,
# helped or history. No paths and no system error text: those go to the log.

error-invalid = Steady kan dit niet gebruiken zoals het is. Kijk het na en probeer het opnieuw.
error-locked = Een andere Steady gebruikt zijn map al. Sluit die, of gebruik dat venster.
error-newer_version =
    Een nieuwere versie van Steady heeft { $doc ->
        [plan] je veiligheidsplan
        [settings] je instellingen
        [patterns] je ademhalingspatronen
        [grounding] je grondingsstappen
        [helped] je notities in Wat hielp
        [history] een eerdere versie van je plan
       *[other] dit bestand
    } gemaakt. Het is precies zo gelaten als het was. Werk Steady bij om het te wijzigen.
error-kept_unreadable =
    { $doc ->
        [plan] Je veiligheidsplan
        [settings] Je instellingenbestand
        [patterns] Je bestand met ademhalingspatronen
        [grounding] Je bestand met grondingsstappen
        [helped] Je bestand met notities in Wat hielp
        [history] Een eerdere versie van je plan
       *[other] Dit bestand
    } wordt bewaard zoals het is, zodat er niets in verloren gaat. Wijzigingen die je nu maakt, worden niet opgeslagen.
error-disk_full =
    De schijf is vol, dus { $doc ->
        [plan] je veiligheidsplan
        [settings] je instellingen
        [patterns] je ademhalingspatronen
        [grounding] je grondingsstappen
        [helped] je notities in Wat hielp
        [history] een eerdere versie van je plan
        [export] de kopie van je plan
        [autostart] de instelling voor starten bij inloggen
       *[other] wat je hebt gewijzigd
    } kon niet worden opgeslagen. De laatst opgeslagen kopie is onveranderd. Maak wat ruimte vrij en probeer het opnieuw.
error-read_only =
    Steady mag niet schrijven in zijn map, dus { $doc ->
        [plan] je veiligheidsplan
        [settings] je instellingen
        [patterns] je ademhalingspatronen
        [grounding] je grondingsstappen
        [helped] je notities in Wat hielp
        [history] een eerdere versie van je plan
        [export] de kopie van je plan
        [autostart] de instelling voor starten bij inloggen
       *[other] wat je hebt gewijzigd
    } kon niet worden opgeslagen. De laatst opgeslagen kopie is onveranderd.
error-io =
    { $doc ->
        [plan] Je veiligheidsplan
        [settings] Je instellingen
        [patterns] Je ademhalingspatronen
        [grounding] Je grondingsstappen
        [helped] Je notities in Wat hielp
        [history] Een eerdere versie van je plan
        [export] De kopie van je plan
        [autostart] De instelling voor starten bij inloggen
       *[other] Wat je hebt gewijzigd
    } kon niet worden opgeslagen: het systeem weigerde het weg te schrijven. De laatst opgeslagen kopie is onveranderd, en wat je schreef staat er nog.
error-encode =
    { $doc ->
        [plan] Je veiligheidsplan
        [settings] Je instellingen
        [patterns] Je ademhalingspatronen
        [grounding] Je grondingsstappen
        [helped] Je notities in Wat hielp
        [history] Een eerdere versie van je plan
        [export] De kopie van je plan
        [autostart] De instelling voor starten bij inloggen
       *[other] Wat je hebt gewijzigd
    } kon niet worden voorbereid om op te slaan. De laatst opgeslagen kopie is onveranderd.
error-no_data_dir = Steady kon geen map voor zijn gegevens vinden: er is geen thuismap bekend. Stel { "STEADY_DATA_DIR" } in op een map die Steady mag gebruiken.
error-data_dir = Steady kon zijn gegevensmap niet gebruiken. Stel { "STEADY_DATA_DIR" } in op een map waarin Steady mag schrijven.
error-already_running = Steady is al open voor deze gegevensmap.
# Followed by a QR code for a phone's camera and the number, large. $kind is "call" or "text", if given.
error-no_phone_app =
    { $kind ->
        [call] Deze computer kan niet bellen. Gebruik je telefoon: scan deze code met de camera, of kies het nummer.
        [text] Deze computer kan geen sms versturen. Gebruik je telefoon: scan deze code met de camera, of stuur de sms zelf.
       *[other] Deze computer kan niet bellen of sms’en. Gebruik een telefoon:
    }
error-unsupported = Starten bij inloggen is op dit systeem nog niet beschikbaar.
error-damaged = Een deel van Steady zelf is beschadigd. Als je Steady opnieuw installeert, is dat hersteld; je eigen woorden blijven ongemoeid.
error-path = Steady kan niet op die plek opslaan. Kies een map van jezelf, zoals Documenten.
error-print = Het afdrukvenster kon niet openen. Je kunt het plan in plaats daarvan als tekstbestand opslaan.
error-shortcut_unavailable =
    { $reason ->
        [taken] Een ander programma gebruikt die toetscombinatie al. Kies een andere.
        [wayland] Dit bureaublad laat apps geen toets instellen die overal werkt. Je kunt de opdracht van Steady in plaats daarvan koppelen in de toetsenbordinstellingen van je bureaublad.
        [no_plugin] Toetsen die overal werken zijn hier niet beschikbaar.
       *[other] Die toetscombinatie kon niet worden ingesteld. Kies een andere.
    }

## Errors of the page itself

# Any code this catalogue has no words for.
error-protected = Dat zit achter slot. Ontgrendel Steady met je wachtzin om het te gebruiken. Ademen, gronden en Direct hulp werken ook zonder.
error-wrong_secret = Daarmee gaat Steady niet open. Controleer de wachtzin (hoofdletters tellen mee) en probeer het opnieuw, of gebruik je herstelcode.
error-try_later =
    Te veel pogingen waarmee Steady niet openging. Je kunt het opnieuw proberen over { $seconds ->
        [one] één seconde
       *[other] { $seconds } seconden
    }. Ademen, gronden en Direct hulp werken intussen gewoon.
error-protection_on = De beveiliging staat al aan.
error-protection_off = De beveiliging staat uit, dus er is niets te ontgrendelen.
error-unknown = Er ging iets mis en Steady kon dat niet doen. Probeer het opnieuw.
# The page was opened without Steady around it (in a plain browser).
error-no_core = De kern van Steady is vanaf deze pagina niet bereikbaar.
# A screen's code could not be loaded.
error-screen = Dat scherm kon niet openen. Probeer het opnieuw.
