# The person's own breathing patterns. Their names are the person's own words: they are
# arguments here, never catalogue text.

patterns-title = Tus propios patrones
# $max is the longest a part can be, in seconds.
patterns-intro = Hasta cinco partes por respiración, cada una de 0 a { $max } segundos, en medios segundos. Deja una parte en 0 para saltarla.
patterns-back = Volver a la respiración
patterns-none = Todavía no tienes patrones propios.

## The form

patterns-form-new = Nuevo patrón
patterns-form-change = Cambiar { $name }
patterns-heading-new = Crear un patrón nuevo
patterns-heading-change = Cambiar «{ $name }»
patterns-name = Nombre
patterns-part-in = Inhalar (segundos)
patterns-part-top_up = Inhalación extra (segundos)
patterns-part-hold_in = Retener tras inhalar (segundos)
patterns-part-out = Exhalar (segundos)
patterns-part-hold_out = Retener tras exhalar (segundos)
patterns-save-new = Guardar patrón
patterns-save-changes = Guardar cambios
patterns-cancel = Cancelar

## Each pattern in the list

patterns-change = Cambiar
    .aria-label = Cambiar { $name }
patterns-delete = Borrar
    .aria-label = Borrar { $name }

## What happened

patterns-saved = Se guardó «{ $name }».
# $reason says why, in a full sentence.
patterns-not-saved = No se guardó. { $reason }
patterns-deleted = Se borró «{ $name }».
patterns-not-deleted = No se borró. { $reason }
patterns-undo = Deshacer
patterns-back-again = «{ $name }» ha vuelto.
