# Guided breathing (screens/breathe.js): choosing a pattern and a length, the session, and
# its gentle close. Patterns' names, descriptions and advice come from the core (built-in
# data or the person's own): they are arguments here, never catalogue text.

## Choosing

breathe-choose-title = Wähle, wie du atmen möchtest
breathe-choose-intro = Steady beginnt ab jetzt mit deiner Wahl. Folge der Form, oder schließ die Augen und folge den Tönen. Wenn dir schwindlig oder benommen wird, hör auf und atme normal.
breathe-pattern-legend = Atemmuster
# The parts of the person's own pattern, each with $seconds, its length in seconds (such
# as 4 or 4.5). They are listed together in breathe-own-parts.
breathe-own-part-in = ein { $seconds }
breathe-own-part-top_up = nachatmen { $seconds }
breathe-own-part-hold_in = halten { $seconds }
breathe-own-part-out = aus { $seconds }
breathe-own-part-hold_out = halten { $seconds }
# $parts is the list of the parts above, already joined (such as "in 4, hold 2, out 6").
breathe-own-parts = Dein eigenes Muster: { $parts }.
breathe-length-legend = Wie lange
# A session's length, as a choice. $minutes is a number.
breathe-length-minutes = { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }
breathe-length-open = Bis ich aufhöre
# What Start will begin: $pattern is the pattern's name; $minutes the length in minutes,
# or "open" for a session that runs until the person stops it.
breathe-choice = { $pattern }, { $minutes ->
        [open] bis ich aufhöre
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }.
breathe-start = Starten
breathe-own-patterns = Deine eigenen Atemmuster

## Sound, on the choosing screen

breathe-sound-cues = Sanfte Töne leiten dich: ein steigender Ton zum Einatmen, ein fallender zum Ausatmen.
breathe-sound-off = Die Töne sind aus (du kannst sie in den Einstellungen einschalten).
# Why there are no cues: $reason is no_device (no output device could be opened) or
# failed (the sound could not start).
breathe-sound-missing = { $reason ->
        [failed] Der Ton konnte nicht starten, also geht das Atmen ohne Töne weiter.
       *[no_device] Kein Audiogerät gefunden, also geht das Atmen ohne Töne weiter.
    }

## The session

# The phase words, one per kind of phase, shown large on the shape.
breathe-phase-in = Einatmen
breathe-phase-top_up = Noch ein wenig ein
breathe-phase-hold_in = Sanft halten
breathe-phase-out = Ausatmen
breathe-phase-hold_out = Ruhen
# Said to a screen reader for a breath in that a short top-up follows, so the two are
# one announcement.
breathe-phase-in-then-top-up = Einatmen, dann noch ein wenig mehr
breathe-settle = Komm an
breathe-paused = Pausiert
# $time is how long is left (or has passed), as minutes and seconds, such as 2:05.
breathe-time-left = noch { $time }
breathe-time-so-far = bisher { $time }
breathe-pause = Pause
breathe-resume = Weiter
breathe-stop = Beenden
breathe-change = Muster oder Dauer ändern
# Under the session. $minutes is its length in minutes, or "open" when it runs until the
# person stops it; $sound is on, off, no_device (no sound device) or failed (sound could
# not start).
breathe-session-notes = { $minutes ->
        [open] Bis du aufhörst.
       *[other] { $minutes } Min.
    } { $sound ->
        [on] Die Töne sind an.
        [no_device] Kein Audiogerät gefunden.
        [failed] Der Ton konnte nicht starten.
        [opening] Der Ton startet noch: Die Töne kommen ab deiner nächsten Übung dazu.
       *[off] Die Töne sind aus.
    } Leertaste pausiert, Esc beendet.
# Announced as a session starts; $pattern is the pattern's name.
breathe-announce-start = { $pattern }. Komm an. Der erste Atemzug kommt in ein paar Sekunden.
breathe-announce-paused = Pausiert. Drück die Leertaste, um weiterzumachen.
breathe-announce-going-on = Es geht weiter.

## The close

breathe-feel-legend = Wie fühlst du dich jetzt?
breathe-feel-scale = 0 ist ruhig, 10 ist so schlimm, wie es nur werden kann.
breathe-again = Noch einmal atmen
breathe-done-title = Du hast dir diese Zeit für dich genommen.
breathe-done-text = Spür nach, wie sich dein Körper jetzt anfühlt. Es gibt keine richtige Antwort.
breathe-announce-ended = Die Übung ist zu Ende.
