# Guided breathing (screens/breathe.js): choosing a pattern and a length, the session, and
# its gentle close. Patterns' names, descriptions and advice come from the core (built-in
# data or the person's own): they are arguments here, never catalogue text.

## Choosing

breathe-choose-title = Choisir comment respirer
breathe-choose-intro = Désormais, Steady démarre avec votre choix. Suivez la forme, ou fermez les yeux et suivez les sons. En cas de vertige ou d’étourdissement, arrêtez et respirez normalement.
breathe-pattern-legend = Rythme
# The parts of the person's own pattern, each with $seconds, its length in seconds (such
# as 4 or 4.5). They are listed together in breathe-own-parts.
breathe-own-part-in = inspiration { $seconds }
breathe-own-part-top_up = complément { $seconds }
breathe-own-part-hold_in = pause { $seconds }
breathe-own-part-out = expiration { $seconds }
breathe-own-part-hold_out = pause { $seconds }
# $parts is the list of the parts above, already joined (such as "in 4, hold 2, out 6").
breathe-own-parts = Le vôtre : { $parts }.
breathe-length-legend = Durée
# A session's length, as a choice. $minutes is a number.
breathe-length-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
breathe-length-open = Jusqu’à ce que j’arrête
# What Start will begin: $pattern is the pattern's name; $minutes the length in minutes,
# or "open" for a session that runs until the person stops it.
breathe-choice = { $pattern }, { $minutes ->
        [open] jusqu’à ce que j’arrête
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
breathe-start = Commencer
breathe-own-patterns = Vos propres rythmes

## Sound, on the choosing screen

breathe-sound-cues = De doux repères sonores vous guideront : une note qui monte pour inspirer, une note qui descend pour expirer.
breathe-sound-off = Les repères sonores sont désactivés (vous pouvez les activer dans les Paramètres).
# Why there are no cues: $reason is no_device (no output device could be opened) or
# failed (the sound could not start).
breathe-sound-missing = { $reason ->
        [failed] Le son n’a pas pu démarrer : la respiration continue donc sans repères sonores.
       *[no_device] Aucun appareil audio trouvé : la respiration continue donc sans repères sonores.
    }

## The session

# The phase words, one per kind of phase, shown large on the shape.
breathe-phase-in = Inspirez
breathe-phase-top_up = Encore un peu
breathe-phase-hold_in = Gardez l’air, doucement
breathe-phase-out = Expirez
breathe-phase-hold_out = Repos
# Said to a screen reader for a breath in that a short top-up follows, so the two are
# one announcement.
breathe-phase-in-then-top-up = Inspirez, puis encore un peu
breathe-settle = Installez-vous
breathe-paused = En pause
# $time is how long is left (or has passed), as minutes and seconds, such as 2:05.
breathe-time-left = Encore { $time }
breathe-time-so-far = Déjà { $time }
breathe-pause = Pause
breathe-resume = Reprendre
breathe-stop = Arrêter
breathe-change = Changer de rythme ou de durée
# Under the session. $minutes is its length in minutes, or "open" when it runs until the
# person stops it; $sound is on, off, no_device (no sound device) or failed (sound could
# not start).
breathe-session-notes = { $minutes ->
        [open] Jusqu’à ce que vous arrêtiez.
       *[other] { $minutes } min.
    } { $sound ->
        [on] Les repères sonores sont activés.
        [no_device] Aucun appareil audio trouvé.
        [failed] Le son n’a pas pu démarrer.
        [opening] Le son est encore en train de démarrer : les repères arriveront à votre prochaine séance.
       *[off] Les repères sonores sont désactivés.
    } Espace met en pause, Échap arrête.
# Announced as a session starts; $pattern is the pattern's name.
breathe-announce-start = { $pattern }. Installez-vous. La première respiration arrive dans quelques secondes.
breathe-announce-paused = En pause. Appuyez sur Espace pour continuer.
breathe-announce-going-on = On continue.

## The close

breathe-feel-legend = Comment vous sentez-vous maintenant ?
breathe-feel-scale = 0, c’est le calme ; 10, c’est le pire possible.
breathe-again = Respirer encore
breathe-done-title = Vous avez pris ce temps pour vous.
breathe-done-text = Remarquez ce que votre corps ressent maintenant. Il n’y a pas de mauvaise réponse.
breathe-announce-ended = La séance est terminée.
