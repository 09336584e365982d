# Your own words (screens/lists.js): three private lists. Never counted, scored or charted.

lists-title = Tus propias palabras
lists-intro = Esto se queda en este equipo y nadie más lo ve. Escribe tanto o tan poco como quieras.
lists-add = Añadir
lists-added = Añadido.
lists-delete = Borrar
    .aria-label = Borrar «{ $text }»
# $when is a date, such as 2 Dec 2026.
lists-added-on = { $when }
lists-deleted = Borrado.
lists-undo = Deshacer
lists-restored = Recuperado.
lists-print = Imprimir esta lista
lists-save-markdown = Guardar como archivo Markdown
# $path is where the file was saved.
lists-saved = Guardado en { $path }.

lists-true_sentences-title = Frases que son verdad para mí
lists-true_sentences-about = Palabras a las que volver cuando algo te lo recuerda. Se muestran en «Algo me lo recordó».
lists-true_sentences-add-label = Una frase que es verdad para ti
lists-true_sentences-hint = Por ejemplo: «Yo no causé esto». «No tengo que decidir nada esta noche».
lists-true_sentences-empty = Aquí todavía no hay nada.

lists-next_session-title = Para mi próxima sesión
lists-next_session-about = Cosas para llevar a terapia, o para mirar cuando estés en calma.
lists-next_session-add-label = Algo que quiero comentar
lists-next_session-hint = Un pensamiento, una pregunta, algo que pasó. Bastan unas pocas palabras.
lists-next_session-empty = Aquí todavía no hay nada.

lists-moments-title = Momentos que superé
lists-moments-about = Una frase después de un momento difícil, para volver a leerla en el siguiente.
lists-moments-add-label = Un momento que superaste
lists-moments-hint = Por ejemplo: «La escena de la película me removió, respiré y pasó».
lists-moments-empty = Aquí todavía no hay nada.

lists-play_forward-title = Ver la película hasta el final
lists-play_forward-about = Escrito en un momento de calma: qué pasa después de seguir un impulso, con tus propias palabras. Se muestra junto a la ola.
lists-play_forward-add-label = Qué pasa después
lists-play_forward-hint = Por ejemplo: «Me siento peor, no mejor, y vuelvo a esconderlo».
lists-play_forward-empty = Aquí todavía no hay nada.

lists-close_calls-title = Deslices y casi deslices
lists-close_calls-about = Notas escritas después de un desliz. Nunca se lleva la cuenta y nada vuelve a cero.
lists-close_calls-add-label = Escribir una nota sobre un desliz o un casi desliz
lists-close_calls-hint = Qué pasó, qué ayudó o podría ayudar, qué harás a continuación, a quién se lo puedes contar.
lists-close_calls-empty = Aquí todavía no hay nada.
lists-close-halt = Lo que había: { $needs }
lists-close-helped = Qué ayudó, o podría ayudar: { $text }
lists-close-next = Lo siguiente: { $text }
lists-close-tell = A quién se lo puedo contar: { $text }
