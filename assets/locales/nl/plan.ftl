# My plan: reading it, changing it, its earlier versions, bringing one in, the guided
# setup, and the shared pieces (plan-view.js, plan-items.js).
# Section titles, prompts and examples come from the core, and items are the person's
# own words: they are arguments here, never catalogue text.

## Reading the plan (plan.js)

plan-title = Mijn plan
plan-empty-intro = Een veiligheidsplan is een korte lijst, in je eigen woorden, van wat helpt als het moeilijk wordt: de signalen om op te letten, wat je kunt doen, en wie je kunt bereiken.
plan-empty-time = Het schrijven duurt een paar minuten. Je kunt op elk moment stoppen, alles overslaan en later terugkomen. Alles blijft op deze computer.
plan-start-writing = Mijn plan gaan schrijven
plan-bring-back-earlier = Een eerdere versie terugzetten
plan-bring-in-file = Een plan uit een bestand binnenhalen
plan-read-hint = Eén stap tegelijk. Helpt een stap niet, ga dan door naar de volgende. Met de pijltjestoetsen ga je van stap naar stap.
plan-step-back = Stap terug
plan-step-next = Volgende stap
# $n is this step's number, $total how many steps there are, $title the section's title.
plan-step-heading = Stap { $n } van { $total }: { $title }
plan-last-step = Dit is de laatste stap. Ben je nu niet veilig, gebruik dan Direct hulp (H) om een mens te bereiken.
plan-whole-show = Het hele plan bekijken
plan-whole-hide = Het hele plan verbergen
plan-change = Mijn plan wijzigen
plan-earlier-versions = Eerdere versies
plan-print = Afdrukken
plan-save-text = Opslaan als tekstbestand
plan-save-json = Een kopie opslaan die Steady kan terugzetten
# $path is where the file was saved.
plan-saved-to = Opgeslagen in { $path }.
# $reason says why, in a full sentence.
plan-not-saved = Niet opgeslagen. { $reason }
# The heading of the printed plan (and of the saved text file).
plan-export-title = Mijn veiligheidsplan

## Changing the plan (plan-edit.js) and the saving state (plan-items.js)

plan-edit-title = Mijn plan wijzigen
plan-edit-hint = Wijzigingen worden opgeslagen terwijl je typt. Met Esc of Klaar ga je terug.
plan-done = Klaar
plan-undo = Ongedaan maken
plan-saving = Opslaan…
plan-all-saved = Alle wijzigingen opgeslagen.

## One section, editable (plan-items.js)

# $section is the section's title, $n the item's number in it.
plan-item-label = { $section }, item { $n }
plan-contact-name = Naam
    .aria-label = Naam, { $section }, item { $n }
plan-contact-phone = Telefoon
    .aria-label = Telefoon, { $section }, item { $n }
plan-contact-hours = Wanneer bereikbaar
    .aria-label = Wanneer bereikbaar, { $section }, item { $n }
plan-contact-note = Notitie
    .aria-label = Notitie, { $section }, item { $n }
plan-item-up = Omhoog
    .aria-label = { $section }, item { $n } omhoog verplaatsen
plan-item-down = Omlaag
    .aria-label = { $section }, item { $n } omlaag verplaatsen
plan-item-delete = Verwijderen
    .aria-label = { $section }, item { $n } verwijderen
plan-item-deleted = Item verwijderd.
plan-add-to = Toevoegen aan “{ $section }”
plan-example-label = Bijvoorbeeld:
plan-example-show = Een voorbeeld tonen
plan-example-hide = Het voorbeeld verbergen

## Earlier versions (plan-history.js)

plan-history-title = Eerdere versies van mijn plan
# $kept is how many recent versions Steady keeps.
plan-history-intro = Steady bewaart de laatste { $kept } versies, en elk plan dat je hebt vervangen door er een terug te zetten of een bestand binnen te halen. Bekijk een versie voordat je hem terugzet.
plan-history-none = Er zijn nog geen eerdere versies.
# $when is the version's date and time, already formatted. $mark: kept, latest or other.
plan-history-entry = { $mark ->
        [kept] { $when } (bewaard bij vervangen)
        [latest] { $when } (de nieuwste)
       *[other] { $when }
    }
plan-history-version = De versie van { $when }
plan-history-replaces = Als je deze terugzet, vervangt hij je huidige plan. Je huidige plan wordt dan bovenaan deze lijst bewaard tot je het verwijdert.
plan-history-restore = Deze versie terugzetten
plan-history-not-restored = Niet teruggezet. { $reason }
plan-history-delete-kept = Dit bewaarde plan verwijderen
plan-history-delete-confirm = Druk nog een keer om het definitief te verwijderen
plan-history-kept-deleted = Het bewaarde plan is verwijderd.
plan-history-not-deleted = Niet verwijderd. { $reason }

## Bringing in a plan from a file (plan-import.js)

plan-import-title = Een plan uit een bestand binnenhalen
plan-import-intro = Kies een kopie van een plan dat vanuit Steady is opgeslagen. Je ziet het voordat er iets verandert, en je huidige plan wordt bewaard onder Eerdere versies.
plan-import-file = Planbestand
plan-import-too-large = Dat bestand is groter dan 1 MiB, veel groter dan een plan ooit is. Er is niets gewijzigd.
plan-import-preview = Dit is het plan in het bestand
plan-import-use = Dit plan gebruiken
plan-import-not-changed = Niet gewijzigd. { $reason }

## The guided setup (plan-setup.js)

# $n is this part's number, $total how many parts there are.
plan-setup-heading = Je plan, deel { $n } van { $total }
plan-setup-next = Volgende
plan-setup-finish = Afronden
plan-setup-back = Terug
plan-setup-stop = Voor nu stoppen
plan-setup-hint = Laat leeg wat niet bij je past. Het wordt opgeslagen terwijl je typt.

## Reading views, contacts, Call, Text and Copy (plan-view.js; Get help now uses them too)

plan-empty = Dit plan is leeg.
plan-copy-number = Nummer kopiëren
# The Copy button's name for a screen reader: its label, then what it copies.
plan-copy-name = { $label } { $value }
plan-copied = Gekopieerd.
# $what: number or address.
plan-copy-failed = { $what ->
        [address] Kopiëren lukte niet. Het adres staat op het scherm.
       *[number] Kopiëren lukte niet. Het nummer staat op het scherm.
    }
plan-dial-call = Bellen
plan-dial-text = Sms
# $who is the contact's name, or their number when they have no name.
plan-call-who = { $who } bellen
plan-text-who = Sms naar { $who }
plan-dial-call-opening = Je bel-app zou nu moeten openen. Gebeurt er niets, bel dan met een telefoon.
plan-dial-text-opening = Je sms-app zou nu moeten openen. Gebeurt er niets, stuur de sms dan met een telefoon.
plan-dial-call-failed = Deze computer kon het gesprek niet starten. Bel dit nummer in plaats daarvan met een telefoon:
plan-dial-text-failed = Deze computer kon de sms niet starten. Stuur dit in plaats daarvan met een telefoon:

## The bridge to the phone: a QR code holding the number. $number is the number.

plan-phone-show = Op mijn telefoon tonen
plan-phone-hide = De code verbergen
# Read by a screen reader on the button, its words first. $what names the number: a
# person's name, a line's name and number, or the number alone.
plan-phone-show-what = Op mijn telefoon tonen: { $what }
plan-phone-hide-what = De code verbergen: { $what }
# What a screen reader says for the code itself.
plan-phone-code-call = QR-code die { $number } op je telefoon klaarzet om te bellen
plan-phone-code-text = QR-code die op je telefoon een sms naar { $number } start
# $keyword is the word the text will already hold.
plan-phone-code-text-keyword = QR-code die op je telefoon een sms naar { $number } start, met { $keyword } er al in
plan-phone-scan-call = Richt de camera van je telefoon op de code en tik op wat er verschijnt. Het nummer staat dan klaar om te bellen.
plan-phone-scan-text = Richt de camera van je telefoon op de code en tik op wat er verschijnt. De sms staat dan klaar om te versturen.
plan-setup-protect = Gebruiken anderen deze computer ook, dan kun je je plan beveiligen met een wachtzin.
plan-setup-protect-open = Over beveiliging
plan-save-readable-warning = De beveiliging staat aan, maar een opgeslagen kopie is een gewoon bestand: iedereen die het opent, kan je plan lezen. Een beveiligde kopie gaat alleen open met je wachtzin of herstelcode, en Steady kan hem terugzetten.
plan-save-protected = Een beveiligde kopie opslaan
plan-save-readable-anyway = Toch leesbaar opslaan
plan-save-cancel = Annuleren
plan-import-protected = Deze kopie is beveiligd
plan-import-passphrase = De wachtzin ervan
plan-import-by-code = Ik typ in plaats daarvan de herstelcode
plan-import-open = De kopie openen
plan-import-wrong = Daarmee gaat deze kopie niet open. Controleer de wachtzin waarmee hij is opgeslagen (hoofdletters tellen mee), of gebruik de herstelcode.
plan-include-legend = Toevoegen aan de afdruk en het opgeslagen tekstbestand (alleen wat je aanvinkt)
