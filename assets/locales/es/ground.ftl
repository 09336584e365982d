# Grounding (screens/ground.js) and shaping its steps (screens/ground-shape.js). The
# steps' titles, words and groups come from assets/grounding.json or from the person:
# they are arguments here, never catalogue text.

## Walking the steps (ground.js)

ground-title = Anclaje
ground-intro = De vuelta a esta habitación, a este momento, a este cuerpo. Ve a tu ritmo; sáltate lo que no te sirva.
ground-rating-before = ¿Con qué fuerza lo sientes ahora mismo?
ground-begin = Empezar
ground-shape-steps = Ajustar estos pasos
# The keys that lead on from a step. Keep the key names as the keyboard shows them.
ground-ways-on = B respirar · P mi plan · H ayuda ahora · Esc inicio
# The same, on a step that asks the person to type, where letters go into the field.
ground-ways-on-typing = F1 ayuda ahora · Esc inicio
# $n is this step's number, $total how many steps there are.
ground-step = Paso { $n } de { $total }
# The same, with $group, the kind of step (such as "The senses").
ground-step-group = Paso { $n } de { $total } · { $group }
# The heading of a step the person wrote, which has no title.
ground-own-step = Tu propio paso
ground-next = Siguiente
ground-finish = Terminar
ground-skip = Saltar este paso
# $n is how many things the person has typed so far, $count how many the step asks for.
ground-noticed = { $n } de { $count } anotadas
ground-notice-label = Escribe lo que notas, si quieres, y presiona Intro
ground-statements-none = Puedes escribir tus propias frases para este paso, como tu nombre o «esto es ahora, no entonces», en «Ajustar estos pasos».
ground-rating-after = Y ahora, ¿con qué fuerza lo sientes?
ground-done-title = Estás aquí, ahora.
ground-done-text = Tómate un momento antes de seguir.

## Shaping the steps (ground-shape.js). $name is a step's title, or the start of its words.

ground-shape-title = Ajusta tus pasos de anclaje
ground-shape-intro = No todos los pasos le sirven a todo el mundo. Quita lo que no te ayude, sube arriba lo que más te ayude y añade los tuyos.
ground-shape-list = Tus pasos de anclaje
ground-shape-include = Incluir { $name }
# After the name of a step the person wrote.
ground-shape-yours = (tuyo)
ground-shape-up = Subir
    .aria-label = Subir { $name }
ground-shape-down = Bajar
    .aria-label = Bajar { $name }
ground-shape-delete = Borrar
    .aria-label = Borrar { $name }
ground-shape-own-title = Un paso propio
ground-shape-own-label = Qué hacer
# $most is the longest a step may be, in characters.
ground-shape-own-label-most = { $most ->
    [one] Qué hacer (hasta { $most } carácter)
   *[other] Qué hacer (hasta { $most } caracteres)
}
ground-shape-add = Añadir mi paso
ground-shape-statements-title = Frases para «Esto es ahora»
ground-shape-statements-label = Una por línea, como tu nombre, «esto es ahora, no entonces» o «estoy a salvo en esta habitación».
ground-shape-save-statements = Guardar estas frases
ground-shape-back = Volver al anclaje
ground-shape-saved = Guardado.
# $reason says why, in a full sentence.
ground-shape-not-saved = No se guardó. { $reason }
