# "A reminder hit me" (screens/reminder.js): for a partner when a trigger or an image of
# what happened hits. Never say the feeling is wrong, never say "you should", never blame.

reminder-title = Algo me lo recordó
# $n is this step's number, $count how many there are.
reminder-step-of = Paso { $n } de { $count }
reminder-next = Siguiente
reminder-back = Atrás

reminder-name-title = Algo te lo trajo de vuelta
reminder-name-text = Algo que viste, una palabra, un teléfono boca abajo, un mensaje a deshoras, una escena de una película: algo te recordó lo que pasó. Lo que sientes tiene sentido. Un recuerdo así habla de lo que pasó; no siempre es una señal de que algo esté pasando ahora. No tienes que averiguar cuál de las dos cosas es ahora mismo.

reminder-now-title = Esto es ahora
reminder-now-text = Lee la fecha de hoy y la hora. Mira a tu alrededor y fíjate en dónde estás, y en que estás aquí.
reminder-now-none = Puedes escribir frases que son verdad para ti, como «Yo no causé esto» o «No tengo que decidir nada esta noche», en «Tus propias palabras». Se mostrarán aquí.
reminder-now-locked = Tus propias frases están bajo llave. Este paso funciona sin ellas.

reminder-body-title = Algo para tu cuerpo
reminder-body-text = Presiona los pies contra el suelo y siente cómo el suelo te devuelve el empuje. Inhala y luego suelta el aire despacio, un poco más largo de lo que entró. Tres veces, a tu ritmo.

reminder-choose-title = ¿Qué te ayudaría ahora?
reminder-choose-text = No hay una elección correcta, y puedes volver a esto en cualquier momento.
reminder-choose-breathe = Respirar con una guía
reminder-choose-ground = Anclarme al presente
reminder-choose-check = Dejar pasar el impulso de revisar
reminder-choose-note = Anotarlo para más tarde
reminder-choose-reach = Hablar con alguien

reminder-note-label = ¿Qué quieres mirar más tarde?
reminder-note-help = Para tu próxima sesión de terapia, o para un momento más tranquilo en el que puedas decidir qué significa. Se queda en este equipo, en «Para mi próxima sesión».
reminder-note-save = Guardarlo para más tarde
reminder-note-kept = Guardado en «Para mi próxima sesión». Ahora no tienes que hacer nada más con ello.
reminder-note-open = Abrir mis listas
