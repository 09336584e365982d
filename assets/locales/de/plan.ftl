# My plan: reading it, changing it, its earlier versions, bringing one in, the guided
# setup, and the shared pieces (plan-view.js, plan-items.js).
# Section titles, prompts and examples come from the core, and items are the person's
# own words: they are arguments here, never catalogue text.

## Reading the plan (plan.js)

plan-title = Mein Plan
plan-empty-intro = Ein Krisenplan ist eine kurze Liste in deinen eigenen Worten, was hilft, wenn es schwer wird: auf welche Anzeichen du achtest, was du tun kannst und wen du erreichen kannst.
plan-empty-time = Ihn zu schreiben dauert ein paar Minuten. Du kannst jederzeit aufhören, alles überspringen und später weitermachen. Alles bleibt auf diesem Computer.
plan-start-writing = Meinen Plan schreiben
plan-bring-back-earlier = Eine frühere Version zurückholen
plan-bring-in-file = Einen Plan aus einer Datei übernehmen
plan-read-hint = Ein Schritt nach dem anderen. Wenn ein Schritt nicht hilft, geh zum nächsten. Mit den Pfeiltasten wechselst du zwischen den Schritten.
plan-step-back = Einen Schritt zurück
plan-step-next = Nächster Schritt
# $n is this step's number, $total how many steps there are, $title the section's title.
plan-step-heading = Schritt { $n } von { $total }: { $title }
plan-last-step = Das ist der letzte Schritt. Wenn du gerade nicht sicher bist, nutze „Jetzt Hilfe holen“ (H), um einen Menschen zu erreichen.
plan-whole-show = Den ganzen Plan ansehen
plan-whole-hide = Den ganzen Plan ausblenden
plan-change = Meinen Plan ändern
plan-earlier-versions = Frühere Versionen
plan-print = Drucken
plan-save-text = Als Textdatei speichern
plan-save-json = Eine Kopie speichern, die Steady zurückholen kann
# $path is where the file was saved.
plan-saved-to = Gespeichert unter { $path }.
# $reason says why, in a full sentence.
plan-not-saved = Nicht gespeichert. { $reason }
# The heading of the printed plan (and of the saved text file).
plan-export-title = Mein Krisenplan

## Changing the plan (plan-edit.js) and the saving state (plan-items.js)

plan-edit-title = Meinen Plan ändern
plan-edit-hint = Änderungen werden beim Tippen gespeichert. Mit Esc oder „Fertig“ kommst du zurück.
plan-done = Fertig
plan-undo = Rückgängig
plan-saving = Wird gespeichert…
plan-all-saved = Alle Änderungen gespeichert.

## One section, editable (plan-items.js)

# $section is the section's title, $n the item's number in it.
plan-item-label = { $section }, Eintrag { $n }
plan-contact-name = Name
    .aria-label = Name, { $section }, Eintrag { $n }
plan-contact-phone = Telefon
    .aria-label = Telefon, { $section }, Eintrag { $n }
plan-contact-hours = Erreichbar
    .aria-label = Erreichbar, { $section }, Eintrag { $n }
plan-contact-note = Notiz
    .aria-label = Notiz, { $section }, Eintrag { $n }
plan-item-up = Nach oben
    .aria-label = { $section }, Eintrag { $n } nach oben verschieben
plan-item-down = Nach unten
    .aria-label = { $section }, Eintrag { $n } nach unten verschieben
plan-item-delete = Löschen
    .aria-label = { $section }, Eintrag { $n } löschen
plan-item-deleted = Eintrag gelöscht.
plan-add-to = Zu „{ $section }“ hinzufügen
plan-example-label = Zum Beispiel:
plan-example-show = Ein Beispiel zeigen
plan-example-hide = Das Beispiel ausblenden

## Earlier versions (plan-history.js)

plan-history-title = Frühere Versionen meines Plans
# $kept is how many recent versions Steady keeps.
plan-history-intro = Steady bewahrt die letzten { $kept } Versionen auf, und jeden Plan, den du ersetzt hast, indem du eine Version zurückgeholt oder eine Datei übernommen hast. Sieh dir eine Version an, bevor du sie zurückholst.
plan-history-none = Es gibt noch keine früheren Versionen.
# $when is the version's date and time, already formatted. $mark: kept, latest or other.
plan-history-entry = { $mark ->
        [kept] { $when } (beim Ersetzen aufbewahrt)
        [latest] { $when } (die neueste)
       *[other] { $when }
    }
plan-history-version = Die Version vom { $when }
plan-history-replaces = Wenn du sie zurückholst, ersetzt sie deinen jetzigen Plan. Dein jetziger Plan wird dann oben in dieser Liste aufbewahrt, bis du ihn löschst.
plan-history-restore = Diese Version zurückholen
plan-history-not-restored = Nicht zurückgeholt. { $reason }
plan-history-delete-kept = Diesen aufbewahrten Plan löschen
plan-history-delete-confirm = Drück noch einmal, um ihn endgültig zu löschen
plan-history-kept-deleted = Der aufbewahrte Plan wurde gelöscht.
plan-history-not-deleted = Nicht gelöscht. { $reason }

## Bringing in a plan from a file (plan-import.js)

plan-import-title = Einen Plan aus einer Datei übernehmen
plan-import-intro = Wähle eine Kopie eines Plans, die aus Steady gespeichert wurde. Du siehst sie, bevor sich etwas ändert, und dein jetziger Plan wird unter „Frühere Versionen“ aufbewahrt.
plan-import-file = Plandatei
plan-import-too-large = Diese Datei ist größer als 1 MiB, viel größer als jeder Plan. Es wurde nichts geändert.
plan-import-preview = Das ist der Plan in der Datei
plan-import-use = Diesen Plan verwenden
plan-import-not-changed = Nicht geändert. { $reason }

## The guided setup (plan-setup.js)

# $n is this part's number, $total how many parts there are.
plan-setup-heading = Dein Plan, Teil { $n } von { $total }
plan-setup-next = Weiter
plan-setup-finish = Fertig
plan-setup-back = Zurück
plan-setup-stop = Erst einmal aufhören
plan-setup-hint = Lass alles leer, was nicht zu dir passt. Es wird beim Tippen gespeichert.

## Reading views, contacts, Call, Text and Copy (plan-view.js; Get help now uses them too)

plan-empty = Dieser Plan ist leer.
plan-copy-number = Nummer kopieren
# The Copy button's name for a screen reader: its label, then what it copies.
plan-copy-name = { $label } { $value }
plan-copied = Kopiert.
# $what: number or address.
plan-copy-failed = { $what ->
        [address] Kopieren hat nicht geklappt. Die Adresse steht auf dem Bildschirm.
       *[number] Kopieren hat nicht geklappt. Die Nummer steht auf dem Bildschirm.
    }
plan-dial-call = Anrufen
plan-dial-text = SMS
# $who is the contact's name, or their number when they have no name.
plan-call-who = { $who } anrufen
plan-text-who = SMS an { $who }
plan-dial-call-opening = Deine Telefon-App sollte sich jetzt öffnen. Wenn sich nichts öffnet, ruf von einem Telefon aus an.
plan-dial-text-opening = Deine SMS-App sollte sich jetzt öffnen. Wenn sich nichts öffnet, schreib die SMS von einem Telefon aus.
plan-dial-call-failed = Dieser Computer konnte den Anruf nicht starten. Wähle diese Nummer stattdessen auf einem Telefon:
plan-dial-text-failed = Dieser Computer konnte die SMS nicht starten. Sende das stattdessen von einem Telefon aus:

## The bridge to the phone: a QR code holding the number. $number is the number.

plan-phone-show = Auf meinem Handy zeigen
plan-phone-hide = Code ausblenden
# Read by a screen reader on the button, its words first. $what names the number: a
# person's name, a line's name and number, or the number alone.
plan-phone-show-what = Auf meinem Handy zeigen: { $what }
plan-phone-hide-what = Code ausblenden: { $what }
# What a screen reader says for the code itself.
plan-phone-code-call = QR-Code, der { $number } in die Telefon-App deines Handys überträgt
plan-phone-code-text = QR-Code, der auf deinem Handy eine SMS an { $number } beginnt
# $keyword is the word the text will already hold.
plan-phone-code-text-keyword = QR-Code, der auf deinem Handy eine SMS an { $number } beginnt, in der { $keyword } schon steht
plan-phone-scan-call = Richte die Kamera deines Handys auf den Code und tippe auf das, was sie anzeigt. Die Nummer ist dann bereit zum Anrufen.
plan-phone-scan-text = Richte die Kamera deines Handys auf den Code und tippe auf das, was sie anzeigt. Die SMS ist dann bereit zum Senden.
plan-setup-protect = Wenn andere diesen Computer nutzen, kannst du deinen Plan mit einer Passphrase schützen.
plan-setup-protect-open = Über den Schutz
plan-save-readable-warning = Der Schutz ist eingeschaltet, aber eine gespeicherte Kopie ist eine gewöhnliche Datei: Wer sie öffnet, kann deinen Plan lesen. Eine geschützte Kopie öffnet sich nur mit deiner Passphrase oder deinem Wiederherstellungscode, und Steady kann sie wieder übernehmen.
plan-save-protected = Eine geschützte Kopie speichern
plan-save-readable-anyway = Trotzdem lesbar speichern
plan-save-cancel = Abbrechen
plan-import-protected = Diese Kopie ist geschützt
plan-import-passphrase = Ihre Passphrase
plan-import-by-code = Ich gebe stattdessen ihren Wiederherstellungscode ein
plan-import-open = Die Kopie öffnen
plan-import-wrong = Damit lässt sich diese Kopie nicht öffnen. Prüf die Passphrase, mit der sie gespeichert wurde (Groß- und Kleinschreibung zählt), oder nutze ihren Wiederherstellungscode.
plan-include-legend = In den Ausdruck und die gespeicherte Textdatei aufnehmen (nur, was du ankreuzt)
