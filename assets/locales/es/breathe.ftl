# Guided breathing (screens/breathe.js): choosing a pattern and a length, the session, and
# its gentle close. Patterns' names, descriptions and advice come from the core (built-in
# data or the person's own): they are arguments here, never catalogue text.

## Choosing

breathe-choose-title = Elige cómo respirar
breathe-choose-intro = A partir de ahora, Steady empieza con lo que elijas. Sigue la forma, o cierra los ojos y sigue los sonidos. Si notas mareo o aturdimiento, para y respira con normalidad.
breathe-pattern-legend = Patrón
# The parts of the person's own pattern, each with $seconds, its length in seconds (such
# as 4 or 4.5). They are listed together in breathe-own-parts.
breathe-own-part-in = inhala { $seconds }
breathe-own-part-top_up = un poco más { $seconds }
breathe-own-part-hold_in = retén { $seconds }
breathe-own-part-out = exhala { $seconds }
breathe-own-part-hold_out = retén { $seconds }
# $parts is the list of the parts above, already joined (such as "in 4, hold 2, out 6").
breathe-own-parts = El tuyo: { $parts }.
breathe-length-legend = Duración
# A session's length, as a choice. $minutes is a number.
breathe-length-minutes = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
breathe-length-open = Hasta que yo pare
# What Start will begin: $pattern is the pattern's name; $minutes the length in minutes,
# or "open" for a session that runs until the person stops it.
breathe-choice = { $pattern }, { $minutes ->
        [open] hasta que yo pare
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
breathe-start = Empezar
breathe-own-patterns = Tus propios patrones

## Sound, on the choosing screen

breathe-sound-cues = Te guiarán sonidos suaves: una nota que sube para inhalar y una que baja para exhalar.
breathe-sound-off = Los sonidos guía están desactivados (puedes activarlos en Ajustes).
# Why there are no cues: $reason is no_device (no output device could be opened) or
# failed (the sound could not start).
breathe-sound-missing = { $reason ->
        [failed] El sonido no pudo iniciarse, así que la respiración continúa sin sonidos guía.
       *[no_device] No se encontró ningún dispositivo de sonido, así que la respiración continúa sin sonidos guía.
    }

## The session

# The phase words, one per kind of phase, shown large on the shape.
breathe-phase-in = Inhala
breathe-phase-top_up = Un poco más
breathe-phase-hold_in = Retén, con suavidad
breathe-phase-out = Exhala
breathe-phase-hold_out = Descansa
# Said to a screen reader for a breath in that a short top-up follows, so the two are
# one announcement.
breathe-phase-in-then-top-up = Inhala, y luego un poco más
breathe-settle = Acomódate
breathe-paused = En pausa
# $time is how long is left (or has passed), as minutes and seconds, such as 2:05.
breathe-time-left = Quedan { $time }
breathe-time-so-far = Llevas { $time }
breathe-pause = Pausa
breathe-resume = Continuar
breathe-stop = Parar
breathe-change = Cambiar patrón o duración
# Under the session. $minutes is its length in minutes, or "open" when it runs until the
# person stops it; $sound is on, off, no_device (no sound device) or failed (sound could
# not start).
breathe-session-notes = { $minutes ->
        [open] Hasta que pares.
       *[other] { $minutes } min.
    } { $sound ->
        [on] Los sonidos guía están activados.
        [no_device] No se encontró ningún dispositivo de sonido.
        [failed] El sonido no pudo iniciarse.
        [opening] El sonido todavía se está iniciando: los sonidos guía se sumarán desde tu próxima sesión.
       *[off] Los sonidos guía están desactivados.
    } Espacio pone en pausa; Esc detiene.
# Announced as a session starts; $pattern is the pattern's name.
breathe-announce-start = { $pattern }. Acomódate. La primera respiración llega en unos segundos.
breathe-announce-paused = En pausa. Presiona Espacio para continuar.
breathe-announce-going-on = Continuamos.

## The close

breathe-feel-legend = ¿Cómo te sientes ahora?
breathe-feel-scale = 0 es calma; 10, lo peor que llega a ser.
breathe-again = Respirar otra vez
breathe-done-title = Te tomaste este tiempo para ti.
breathe-done-text = Fíjate en cómo se siente tu cuerpo ahora. No hay una respuesta correcta.
breathe-announce-ended = La sesión ha terminado.
