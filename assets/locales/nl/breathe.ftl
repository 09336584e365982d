# Guided breathing (screens/breathe.js): choosing a pattern and a length, the session, and
# its gentle close. Patterns' names, descriptions and advice come from the core (built-in
# data or the person's own): they are arguments here, never catalogue text.

## Choosing

breathe-choose-title = Kies hoe je wilt ademen
breathe-choose-intro = Steady begint voortaan met wat je nu kiest. Volg de vorm, of sluit je ogen en volg de geluiden. Word je duizelig of licht in je hoofd, stop dan en adem gewoon verder.
breathe-pattern-legend = Patroon
# The parts of the person's own pattern, each with $seconds, its length in seconds (such
# as 4 or 4.5). They are listed together in breathe-own-parts.
breathe-own-part-in = in { $seconds }
breathe-own-part-top_up = bijademen { $seconds }
breathe-own-part-hold_in = vasthouden { $seconds }
breathe-own-part-out = uit { $seconds }
breathe-own-part-hold_out = vasthouden { $seconds }
# $parts is the list of the parts above, already joined (such as "in 4, hold 2, out 6").
breathe-own-parts = Je eigen patroon: { $parts }.
breathe-length-legend = Hoe lang
# A session's length, as a choice. $minutes is a number.
breathe-length-minutes = { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }
breathe-length-open = Tot ik stop
# What Start will begin: $pattern is the pattern's name; $minutes the length in minutes,
# or "open" for a session that runs until the person stops it.
breathe-choice = { $pattern }, { $minutes ->
        [open] tot ik stop
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }.
breathe-start = Beginnen
breathe-own-patterns = Je eigen patronen

## Sound, on the choosing screen

breathe-sound-cues = Zachte geluidssignalen begeleiden je: een stijgende toon om in te ademen, een dalende om uit te ademen.
breathe-sound-off = De geluidssignalen staan uit (je kunt ze aanzetten in Instellingen).
# Why there are no cues: $reason is no_device (no output device could be opened) or
# failed (the sound could not start).
breathe-sound-missing = { $reason ->
        [failed] Het geluid kon niet starten, dus het ademen gaat verder zonder geluidssignalen.
       *[no_device] Geen geluidsapparaat gevonden, dus het ademen gaat verder zonder geluidssignalen.
    }

## The session

# The phase words, one per kind of phase, shown large on the shape.
breathe-phase-in = Adem in
breathe-phase-top_up = Nog een beetje in
breathe-phase-hold_in = Zachtjes vasthouden
breathe-phase-out = Adem uit
breathe-phase-hold_out = Rust
# Said to a screen reader for a breath in that a short top-up follows, so the two are
# one announcement.
breathe-phase-in-then-top-up = Adem in, en dan nog een beetje
breathe-settle = Kom tot rust
breathe-paused = Gepauzeerd
# $time is how long is left (or has passed), as minutes and seconds, such as 2:05.
breathe-time-left = Nog { $time }
breathe-time-so-far = { $time } tot nu toe
breathe-pause = Pauzeren
breathe-resume = Verdergaan
breathe-stop = Stoppen
breathe-change = Patroon of duur wijzigen
# Under the session. $minutes is its length in minutes, or "open" when it runs until the
# person stops it; $sound is on, off, no_device (no sound device) or failed (sound could
# not start).
breathe-session-notes = { $minutes ->
        [open] Tot je stopt.
       *[other] { $minutes } min.
    } { $sound ->
        [on] Geluidssignalen staan aan.
        [no_device] Geen geluidsapparaat gevonden.
        [failed] Het geluid kon niet starten.
        [opening] Het geluid start nog: de signalen doen vanaf je volgende sessie mee.
       *[off] Geluidssignalen staan uit.
    } Spatiebalk pauzeert, Esc stopt.
# Announced as a session starts; $pattern is the pattern's name.
breathe-announce-start = { $pattern }. Kom tot rust. Over een paar seconden komt de eerste ademhaling.
breathe-announce-paused = Gepauzeerd. Druk op de spatiebalk om verder te gaan.
breathe-announce-going-on = We gaan verder.

## The close

breathe-feel-legend = Hoe voel je je nu?
breathe-feel-scale = 0 is rustig, 10 is zo erg als het maar kan worden.
breathe-again = Nog eens ademen
breathe-done-title = Je hebt deze tijd voor jezelf genomen.
breathe-done-text = Merk op hoe je lichaam nu voelt. Er is geen goed antwoord.
breathe-announce-ended = De sessie is afgelopen.
