# Riding the wave, urge surfing (screens/urge.js). The plan's steps and people shown beside
# the wave are the person's own words: never catalogue text.

## Before the wave

urge-title = Surfear la ola
urge-intro = Un impulso sube, llega a su punto más alto y baja, como una ola, normalmente en menos de media hora. Puedes observarlo sin luchar contra él y sin seguirlo.
urge-rating-before = ¿Con qué fuerza sientes el impulso ahora mismo?
urge-start = Empezar
# The summary of the folded options. $minutes is the wave's length in minutes; $checks is
# yes when Steady will ask how strong the urge is every few minutes, no when it will not.
urge-options-summary = Duración y preguntas: { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }, { $checks ->
        [yes] con una pregunta cada pocos minutos
       *[no] sin preguntas
    }
# $least and $most are the shortest and the longest a wave can be, in minutes.
urge-minutes-label = Duración, en minutos (de { $least } a { $most })
urge-checks-label = Preguntarme cada pocos minutos con qué fuerza lo siento

## The wave

urge-running-title = Surfeando la ola
# The words follow the wave: rising, at its peak, easing. They never say it is easing
# when the person said it is still strong.
urge-words-rising = El impulso está subiendo. Fíjate en qué parte del cuerpo lo sientes. No tienes que hacer nada con él.
urge-words-peak = Este es el punto más alto. No va a seguir así de fuerte. Respira y deja que esté ahí.
urge-words-still-strong = Dijiste que sigue siendo fuerte. No pasa nada. No va a seguir así de fuerte para siempre; respira y deja que esté ahí.
urge-words-easing = Puede que esté bajando. Los impulsos pasan, los sigas o no. Lo estás surfeando.
# $time is how long is left, as minutes and seconds, such as 12:30.
urge-time-left = Quedan { $time }
urge-from-plan = De tu plan
urge-open-plan = Abrir mi plan (P)
urge-plan-empty = Los pasos y las personas de tu plan aparecerán aquí cuando los hayas escrito (P).
urge-stop = Parar

## A check-in during the wave

urge-checkin = Pregunta
urge-checkin-legend = ¿Con qué fuerza sientes el impulso ahora?
urge-checkin-note = Anotarlo
urge-checkin-skip = Omitir
urge-checkin-announce = Una pregunta: ¿con qué fuerza sientes el impulso ahora? Responde abajo, u omítela.

## When the time is up

urge-rating-after = ¿Con qué fuerza lo sientes ahora?
urge-again = Surfear otra ola
urge-breathe = Respirar
urge-done-title = Se acabó el tiempo que elegiste.
urge-done-text = Hayas hecho algo o no, te quedaste con ello. Eso requiere fuerza.
# When the person said at the last check-in that the urge was still strong.
urge-done-still-strong = Dijiste que seguía siendo fuerte. Aun así, te quedaste con ello. Puedes surfear otra ola, respirar o abrir tu plan (P).

## Beside the wave: HALT, and play it forward (for an urge to act out)

urge-halt-title = Antes de que el impulso decida: ¿hambre, rabia, soledad, cansancio?
urge-halt-lead = A menudo, un impulso se apoya en alguna de estas. Atender esa necesidad puede quitarle parte de su fuerza.
urge-halt-hungry = ¿Hambre?
urge-halt-hungry-do = Come algo pequeño, o bebe un vaso de agua.
urge-halt-angry = ¿Rabia?
urge-halt-angry-do = Deja que se mueva por tu cuerpo: camina, sacude las manos o escribe qué te dio rabia.
urge-halt-lonely = ¿Soledad?
urge-halt-lonely-do = Habla con alguien: una persona de tu plan, tu grupo o una reunión (H).
urge-halt-tired = ¿Cansancio?
urge-halt-tired-do = Descansa si puedes: túmbate, cierra los ojos y deja que la ola pase mientras descansas.
urge-forward-title = Ver la película hasta el final
urge-forward-lead = Lo que escribiste en un momento más tranquilo sobre lo que pasa después:
urge-forward-none = En un momento más tranquilo, puedes escribir qué pasa después de seguir un impulso, con tus propias palabras, en «Tus propias palabras» (L). Se mostrará aquí.
urge-reach = Hablar con alguien (H)

## The urge to check (for a partner): the same wave, its own words

urge-check-title = Dejar pasar el impulso de revisar
urge-check-intro = El impulso de revisar un teléfono, una cuenta o un historial de búsqueda puede parecer imposible de resistir. Como una ola, sube, llega a su punto más alto y baja. Puedes observar cómo pasa sin seguirlo, y decidir más tarde, con calma, qué necesitas saber.
urge-check-running-title = Dejando pasar el impulso de revisar
urge-check-words-rising = El impulso de revisar está subiendo. Después de lo que pasó, tiene sentido. Fíjate en dónde lo sientes; no tienes que seguirlo ahora mismo.
urge-check-words-peak = Este es el punto más alto. No va a seguir así de fuerte. Respira y deja que esté ahí.
urge-check-words-still-strong = Dijiste que sigue siendo fuerte. No pasa nada. No va a seguir así de fuerte para siempre; respira y deja que esté ahí.
urge-check-words-easing = Puede que esté bajando. Lo que quieras averiguar, puedes decidirlo cuando estés en calma.
urge-check-done-text = Te quedaste con ello. Lo que necesitas saber puede esperar a un momento más tranquilo, o a tu próxima sesión.
