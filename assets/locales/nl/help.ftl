# Get help now (screens/help.js). Numbers, the names of lines and groups, their hours and
# notes, and the name of a country come from the directory (assets/crisis-lines.json):
# they are arguments here, never catalogue text.

help-title = Direct hulp
help-loading = Laden…

## The emergency number

help-emergency-title = Noodnummer
# $country is the country's name.
# $code is the country's ISO code: English says "the" before some names.
help-emergency-title-in = Noodnummer in { $code ->
        [GB] het { $country }
        [NL] { $country }
        [US] de { $country }
       *[other] { $country }
    }
# The Call button. $number is the number, such as 112.
help-call-number = { $number } bellen
help-emergency-now = Ben je in gevaar, of zou je gedachten om jezelf iets aan te doen kunnen uitvoeren? Bel dan nu { $number }. Je hoeft niet alles uit te leggen; zeggen dat je hulp nodig hebt is genoeg.
# Shown with 112 when Steady could not read its list of lines.
help-fallback-note = Met 112 bereik je vanaf elke telefoon in de EU de hulpdiensten. Elders werkt het vaak vanaf een mobiele telefoon, maar gebruik het noodnummer van je land als je dat kent.
help-no-directory = Steady kon zijn lijst met hulplijnen nu niet openen. Het nummer hierboven werkt vanaf de meeste telefoons.

## Where a number came from. $source names it; $when is a month and year, such as November 2026.

help-source-checked = Bron: { $source }. Laatst gecontroleerd: { $when }.
help-source = Bron: { $source }.
help-checked = Laatst gecontroleerd: { $when }.

## The person's own people, from their plan

help-own-title = Je eigen mensen
help-own-none = Je hebt nog niemand toegevoegd. Mensen die je vertrouwt, en je therapeut of huisarts, kun je in je plan zetten; ze worden dan hier getoond.
help-own-add = Je eigen mensen aan je plan toevoegen

## Crisis lines

help-lines-title = Hulplijnen
# $country is the country's name.
help-lines-title-in = Hulplijnen in { $code ->
        [GB] het { $country }
        [NL] { $country }
        [US] de { $country }
       *[other] { $country }
    }
help-country-label = Je land
help-country-find = Zoek je land
# How many countries match what was typed in "Find your country".
help-country-matches = { $count ->
        [0] Geen enkel land past. Probeer de Engelse naam, of de naam in de eigen taal van het land.
        [one] Eén land past. Druk op Enter om het te kiezen.
       *[other] { $count } landen passen. Druk op Enter om het eerste te kiezen.
    }
help-country-auto = De instelling van deze computer gebruiken
help-country-not-listed = Mijn land staat er niet bij
help-lines-none = Steady heeft nog geen gecontroleerde hulplijn voor jouw land. Ken je een hulplijn bij jou in de buurt, zet die dan in je plan onder “Hulpverleners en crisisdiensten”; hij wordt dan hier getoond bij je eigen mensen.
help-lines-none-here = Steady kent in dit land geen hulplijn die voor iedereen open is. Het noodnummer hierboven neemt altijd op. Ken je een hulplijn bij jou in de buurt, zet die dan in je plan onder “Hulpverleners en crisisdiensten”; hij wordt dan hier getoond bij je eigen mensen.
help-abuse-title = Als iemand je pijn doet of je een onveilig gevoel geeft

## One line's ways in. $name is the line's name, $number its number.

# Read by a screen reader on the Call button.
help-call-line = { $name } bellen op { $number }
# $keyword is the word to send, exactly as the line asks for it.
help-text-keyword = Sms { $keyword } naar { $number }
help-text-number = Sms naar { $number }
# Read by a screen reader on the Text button.
help-text-line = Sms naar { $name } op { $number }
help-tty = Teksttelefoon (TTY): { $number }
# $address is an email address.
help-email = E-mail: { $address }
help-copy-tty = Nummer van de teksttelefoon kopiëren
help-chat = Online chatten: { $address }
help-whatsapp = WhatsApp-berichten: { $number }
# Read by a screen reader after "Show on my phone:" or "Hide the code:".
help-phone-line = { $name }, { $number }
help-phone-text-line = een sms naar { $name }, { $number }
help-copy-address = Adres kopiëren
help-hours-always = Dag en nacht open, elke dag.
# $hours is when the line answers, as the directory says it.
help-hours = Open: { $hours }.
# $languages is a list of languages, such as "English and Spanish".
help-languages = Antwoordt in het { $languages }.

## Support groups

help-partners-title = Steun voor partners
help-recovery-title = Steun voor mensen in herstel
help-never-contacts = Steady neemt nooit uit zichzelf contact op met iemand en verstuurt niets. Bellen en sms’en gaat via je eigen telefoonapps, alleen als je op de knop drukt.
help-own-locked = Je eigen mensen zitten achter slot. De lijnen hieronder werken ook zonder.
help-own-unlock = Ontgrendelen om mijn mensen te zien
