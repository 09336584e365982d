# My plan: reading it, changing it, its earlier versions, bringing one in, the guided
# setup, and the shared pieces (plan-view.js, plan-items.js).
# Section titles, prompts and examples come from the core, and items are the person's
# own words: they are arguments here, never catalogue text.

## Reading the plan (plan.js)

plan-title = Mi plan
plan-empty-intro = Un plan de seguridad es una lista breve, con tus propias palabras, de lo que te ayuda cuando las cosas se ponen difíciles: las señales a las que prestar atención, lo que puedes hacer y a quién puedes acudir.
plan-empty-time = Escribirlo lleva unos minutos. Puedes parar en cualquier momento, saltarte lo que quieras y volver más tarde. Todo se queda en este equipo.
plan-start-writing = Empezar a escribir mi plan
plan-bring-back-earlier = Recuperar una versión anterior
plan-bring-in-file = Traer un plan desde un archivo
plan-read-hint = Un paso cada vez. Si un paso no te ayuda, pasa al siguiente. Las teclas de flecha te mueven entre los pasos.
plan-step-back = Paso anterior
plan-step-next = Paso siguiente
# $n is this step's number, $total how many steps there are, $title the section's title.
plan-step-heading = Paso { $n } de { $total }: { $title }
plan-last-step = Este es el último paso. Si ahora mismo no estás a salvo, usa «Ayuda ahora» (H) para hablar con una persona.
plan-whole-show = Ver el plan completo
plan-whole-hide = Ocultar el plan completo
plan-change = Cambiar mi plan
plan-earlier-versions = Versiones anteriores
plan-print = Imprimir
plan-save-text = Guardar como archivo de texto
plan-save-json = Guardar una copia que Steady pueda recuperar
# $path is where the file was saved.
plan-saved-to = Guardado en { $path }.
# $reason says why, in a full sentence.
plan-not-saved = No se guardó. { $reason }
# The heading of the printed plan (and of the saved text file).
plan-export-title = Mi plan de seguridad

## Changing the plan (plan-edit.js) and the saving state (plan-items.js)

plan-edit-title = Cambiar mi plan
plan-edit-hint = Los cambios se guardan mientras escribes. Esc o «Listo» te llevan de vuelta.
plan-done = Listo
plan-undo = Deshacer
plan-saving = Guardando…
plan-all-saved = Todos los cambios guardados.

## One section, editable (plan-items.js)

# $section is the section's title, $n the item's number in it.
plan-item-label = { $section }, elemento { $n }
plan-contact-name = Nombre
    .aria-label = Nombre, { $section }, elemento { $n }
plan-contact-phone = Teléfono
    .aria-label = Teléfono, { $section }, elemento { $n }
plan-contact-hours = Cuándo atiende
    .aria-label = Cuándo atiende, { $section }, elemento { $n }
plan-contact-note = Nota
    .aria-label = Nota, { $section }, elemento { $n }
plan-item-up = Subir
    .aria-label = Subir { $section }, elemento { $n }
plan-item-down = Bajar
    .aria-label = Bajar { $section }, elemento { $n }
plan-item-delete = Borrar
    .aria-label = Borrar { $section }, elemento { $n }
plan-item-deleted = Elemento borrado.
plan-add-to = Añadir a «{ $section }»
plan-example-label = Por ejemplo:
plan-example-show = Mostrar un ejemplo
plan-example-hide = Ocultar el ejemplo

## Earlier versions (plan-history.js)

plan-history-title = Versiones anteriores de mi plan
# $kept is how many recent versions Steady keeps.
plan-history-intro = Steady conserva las últimas { $kept } versiones, y también cada plan que sustituiste al recuperar otro o al traer uno desde un archivo. Mira una antes de recuperarla.
plan-history-none = Todavía no hay versiones anteriores.
# $when is the version's date and time, already formatted. $mark: kept, latest or other.
plan-history-entry = { $mark ->
        [kept] { $when } (guardada al sustituirla)
        [latest] { $when } (la más reciente)
       *[other] { $when }
    }
plan-history-version = La versión del { $when }
plan-history-replaces = Recuperarla sustituye tu plan actual. Tu plan actual se conserva entonces al principio de esta lista hasta que lo borres.
plan-history-restore = Recuperar esta versión
plan-history-not-restored = No se recuperó. { $reason }
plan-history-delete-kept = Borrar este plan guardado
plan-history-delete-confirm = Presiona de nuevo para borrarlo definitivamente
plan-history-kept-deleted = Se ha borrado el plan guardado.
plan-history-not-deleted = No se borró. { $reason }

## Bringing in a plan from a file (plan-import.js)

plan-import-title = Traer un plan desde un archivo
plan-import-intro = Elige una copia de un plan guardada desde Steady. La verás antes de que cambie nada, y tu plan actual se conserva en «Versiones anteriores».
plan-import-file = Archivo del plan
plan-import-too-large = Ese archivo ocupa más de 1 MiB, mucho más que cualquier plan. No se ha cambiado nada.
plan-import-preview = Este es el plan del archivo
plan-import-use = Usar este plan
plan-import-not-changed = No se cambió. { $reason }

## The guided setup (plan-setup.js)

# $n is this part's number, $total how many parts there are.
plan-setup-heading = Tu plan, parte { $n } de { $total }
plan-setup-next = Siguiente
plan-setup-finish = Terminar
plan-setup-back = Atrás
plan-setup-stop = Parar por ahora
plan-setup-hint = Deja en blanco lo que no encaje contigo. Se guarda mientras escribes.

## Reading views, contacts, Call, Text and Copy (plan-view.js; Get help now uses them too)

plan-empty = Este plan está vacío.
plan-copy-number = Copiar el número
# The Copy button's name for a screen reader: its label, then what it copies.
plan-copy-name = { $label } { $value }
plan-copied = Copiado.
# $what: number or address.
plan-copy-failed = { $what ->
        [address] No se pudo copiar. La dirección está en la pantalla.
       *[number] No se pudo copiar. El número está en la pantalla.
    }
plan-dial-call = Llamar
plan-dial-text = Mensaje
# $who is the contact's name, or their number when they have no name.
plan-call-who = Llamar a { $who }
plan-text-who = Enviar un mensaje a { $who }
plan-dial-call-opening = Tu aplicación de llamadas debería abrirse ahora. Si no se abre nada, llama desde un teléfono.
plan-dial-text-opening = Tu aplicación de mensajes debería abrirse ahora. Si no se abre nada, envía el mensaje desde un teléfono.
plan-dial-call-failed = Este equipo no pudo iniciar la llamada. Marca este número desde un teléfono:
plan-dial-text-failed = Este equipo no pudo iniciar el mensaje. Envíalo desde un teléfono:

## The bridge to the phone: a QR code holding the number. $number is the number.

plan-phone-show = Mostrar en mi teléfono
plan-phone-hide = Ocultar el código
# Read by a screen reader on the button, its words first. $what names the number: a
# person's name, a line's name and number, or the number alone.
plan-phone-show-what = Mostrar en mi teléfono: { $what }
plan-phone-hide-what = Ocultar el código: { $what }
# What a screen reader says for the code itself.
plan-phone-code-call = Código QR que pone el { $number } en el marcador de tu teléfono
plan-phone-code-text = Código QR que inicia un mensaje al { $number } en tu teléfono
# $keyword is the word the text will already hold.
plan-phone-code-text-keyword = Código QR que inicia un mensaje al { $number } en tu teléfono, con { $keyword } ya escrito
plan-phone-scan-call = Apunta la cámara de tu teléfono al código y toca lo que aparezca. El número quedará listo para llamar.
plan-phone-scan-text = Apunta la cámara de tu teléfono al código y toca lo que aparezca. El mensaje quedará listo para enviar.
plan-setup-protect = Si otras personas usan este equipo, puedes proteger tu plan con una frase de contraseña.
plan-setup-protect-open = Sobre la protección
plan-save-readable-warning = La protección está activada, pero una copia guardada es un archivo normal: cualquiera que lo abra puede leer tu plan. Una copia protegida solo se abre con tu frase de contraseña o tu código de recuperación, y Steady puede recuperarla.
plan-save-protected = Guardar una copia protegida
plan-save-readable-anyway = Guardarla legible de todos modos
plan-save-cancel = Cancelar
plan-import-protected = Esta copia está protegida
plan-import-passphrase = Su frase de contraseña
plan-import-by-code = Voy a escribir su código de recuperación
plan-import-open = Abrir la copia
plan-import-wrong = Eso no abre esta copia. Revisa la frase de contraseña con la que se guardó (las mayúsculas cuentan) o usa su código de recuperación.
plan-include-legend = Añadir a la copia impresa y al archivo de texto guardado (solo lo que marques)
