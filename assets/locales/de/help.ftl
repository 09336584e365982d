# Get help now (screens/help.js). Numbers, the names of lines and groups, their hours and
# notes, and the name of a country come from the directory (assets/crisis-lines.json):
# they are arguments here, never catalogue text.

help-title = Jetzt Hilfe holen
help-loading = Wird geladen…

## The emergency number

help-emergency-title = Notrufnummer
# $country is the country's name.
# $code is the country's ISO code: English says "the" before some names.
# German: written without a preposition, so no country needs its article.
help-emergency-title-in = Notrufnummer: { $country }
# The Call button. $number is the number, such as 112.
help-call-number = { $number } anrufen
help-emergency-now = Wenn du in Gefahr bist oder Gedanken, dir etwas anzutun, in die Tat umsetzen könntest, ruf jetzt die { $number } an. Du musst nicht alles erklären; zu sagen, dass du Hilfe brauchst, reicht.
# Shown with 112 when Steady could not read its list of lines.
help-fallback-note = Die 112 erreicht in der EU von jedem Telefon aus den Notruf. Anderswo funktioniert sie oft vom Handy aus, aber nutze deine örtliche Notrufnummer, wenn du sie kennst.
help-no-directory = Steady konnte seine Liste der Krisentelefone gerade nicht öffnen. Die Nummer oben funktioniert von den meisten Telefonen aus.

## Where a number came from. $source names it; $when is a month and year, such as November 2026.

help-source-checked = Quelle: { $source }. Zuletzt geprüft: { $when }.
help-source = Quelle: { $source }.
help-checked = Zuletzt geprüft: { $when }.

## The person's own people, from their plan

help-own-title = Deine Menschen
help-own-none = Du hast noch niemanden hinzugefügt. Menschen, denen du vertraust, auch deine Therapeutin oder deinen Arzt, kannst du in deinen Plan eintragen; dann werden sie hier angezeigt.
help-own-add = Eigene Menschen zu deinem Plan hinzufügen

## Crisis lines

help-lines-title = Krisentelefone
# $country is the country's name.
help-lines-title-in = Krisentelefone: { $country }
help-country-label = Dein Land
help-country-find = Dein Land suchen
# How many countries match what was typed in "Find your country".
help-country-matches = { $count ->
        [0] Kein Land passt. Versuch den Namen auf Englisch oder in der Landessprache.
        [one] Ein Land passt. Drück die Eingabetaste, um es zu wählen.
       *[other] { $count } Länder passen. Drück die Eingabetaste, um das erste zu wählen.
    }
help-country-auto = Die Einstellung dieses Computers verwenden
help-country-not-listed = Mein Land ist nicht aufgeführt
help-lines-none = Steady hat noch kein geprüftes Krisentelefon für dein Land. Wenn du ein Krisentelefon in deiner Nähe kennst, trag es in deinem Plan unter „Fachleute und Krisendienste“ ein; dann wird es hier bei deinen Menschen angezeigt.
help-lines-none-here = Steady kennt in diesem Land kein Krisentelefon, das allen offensteht. Die Notrufnummer oben ist immer erreichbar. Wenn du ein Angebot in deiner Nähe kennst, trag es in deinem Plan unter „Fachleute und Krisendienste“ ein; dann wird es hier bei deinen Menschen angezeigt.
help-abuse-title = Wenn dir jemand wehtut oder dir das Gefühl gibt, nicht sicher zu sein

## One line's ways in. $name is the line's name, $number its number.

# Read by a screen reader on the Call button.
help-call-line = { $name } unter { $number } anrufen
# $keyword is the word to send, exactly as the line asks for it.
help-text-keyword = { $keyword } per SMS an { $number } senden
help-text-number = SMS an { $number }
# Read by a screen reader on the Text button.
help-text-line = SMS an { $name } unter { $number }
help-tty = Schreibtelefon (TTY): { $number }
# $address is an email address.
help-email = E-Mail: { $address }
help-copy-tty = Nummer des Schreibtelefons kopieren
help-chat = Online-Chat: { $address }
help-whatsapp = WhatsApp-Nachrichten: { $number }
# Read by a screen reader after "Show on my phone:" or "Hide the code:".
help-phone-line = { $name }, { $number }
help-phone-text-line = eine SMS an { $name }, { $number }
help-copy-address = Adresse kopieren
help-hours-always = Rund um die Uhr erreichbar, jeden Tag.
# $hours is when the line answers, as the directory says it.
help-hours = Erreichbar: { $hours }.
# $languages is a list of languages, such as "English and Spanish".
help-languages = Antwortet auf { $languages }.

## Support groups

help-partners-title = Unterstützung für Partnerinnen und Partner
help-recovery-title = Unterstützung für Menschen in Genesung
help-never-contacts = Steady kontaktiert nie von sich aus jemanden und sendet nichts irgendwohin. Anrufe und SMS laufen über deine eigenen Telefon-Apps, nur wenn du den Knopf drückst.
help-own-locked = Deine eigenen Menschen sind gesperrt. Die Krisentelefone unten funktionieren auch ohne.
help-own-unlock = Entsperren, um meine Menschen zu sehen
