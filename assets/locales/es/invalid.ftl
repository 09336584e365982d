# Words for a refusal of input (error code "invalid"), by its reason: invalid-<reason>,
# the reason as the core sends it (core/src/error.rs, enum Reason). The arguments are the
# reason's own: numbers ($max, $min, $n, $max_mib) and codes ($what, $phase), never the
# words the person typed. core/tests/catalogue.rs checks that every reason has words here.
#
# $what, for a text: text, name, phone, hours, note, contact, step, statement, pattern_name.
# $what, for a list: plan_section, own_steps, own_patterns, statements, helped.
# $what, for something gone: plan_item, deleted_item, kept_plan, version, step, pattern.
# $phase, a part of a breath: in, top_up, hold_in, out, hold_out.

invalid-too_long =
    { $what ->
        [text] El texto
        [name] El nombre
        [phone] El número
        [hours] El horario
        [note] La nota
        [step] Un paso
        [statement] Una frase
        [pattern_name] Un nombre
        [passphrase] Una frase de contraseña
       *[other] Esto
    } puede tener hasta { $max } caracteres, y ahora tiene { $n ->
        [one] { $n } carácter.
       *[other] { $n } caracteres.
    } No se ha cambiado nada.

invalid-control_character =
    { $what ->
        [pattern_name] Un nombre no puede contener saltos de línea ni otros caracteres invisibles.
        [passphrase] Una frase de contraseña no puede contener saltos de línea ni otros caracteres invisibles, porque no podrías verlos para volver a escribirlos.
        [step] El paso contiene un carácter de control invisible que no se puede guardar. Quítalo y vuelve a intentarlo.
        [statement] La frase contiene un carácter de control invisible que no se puede guardar. Quítalo y vuelve a intentarlo.
        [name] El nombre contiene un carácter de control invisible que no se puede guardar. Quítalo y vuelve a intentarlo.
        [phone] El número contiene un carácter de control invisible que no se puede guardar. Quítalo y vuelve a intentarlo.
        [hours] El horario contiene un carácter de control invisible que no se puede guardar. Quítalo y vuelve a intentarlo.
        [note] La nota contiene un carácter de control invisible que no se puede guardar. Quítalo y vuelve a intentarlo.
       *[other] El texto contiene un carácter de control invisible que no se puede guardar. Quítalo y vuelve a intentarlo.
    }

invalid-empty =
    { $what ->
        [contact] Escribe un nombre o un número.
        [step] Primero escribe el paso.
        [statement] Primero escribe la frase.
        [pattern_name] Ponle un nombre al patrón para poder encontrarlo después.
        [passphrase] Primero escribe tu frase de contraseña.
       *[other] Primero escribe algo.
    }

invalid-full =
    { $what ->
        [plan_section] Una sección puede tener hasta { $max } elementos. Borra uno para liberar espacio.
        [own_steps] Puedes guardar hasta { $max } pasos propios. Borra uno para liberar espacio.
        [own_patterns] Puedes guardar hasta { $max } patrones propios. Borra uno para liberar espacio.
        [statements] Puedes guardar hasta { $max } frases.
        [helped] Tus notas de lo que te ayudó llegan a { $max } entradas, el máximo que guarda Steady. No se ha descartado nada; borra algunas de las más antiguas para guardar otras nuevas.
       *[other] Esta lista ya tiene { $max } elementos, el máximo que guarda Steady. Borra uno para liberar espacio.
    }

invalid-too_many =
    { $what ->
        [plan_section] Una sección de ese plan tiene { $n } elementos; una sección puede tener hasta { $max }. No se ha cambiado nada.
        [own_steps] Hay { $n } pasos propios; Steady guarda hasta { $max }. No se ha cambiado nada.
        [own_patterns] Hay { $n } patrones propios; Steady guarda hasta { $max }. No se ha cambiado nada.
        [statements] Puedes guardar hasta { $max } frases; { $n ->
            [one] aquí hay { $n }.
           *[other] aquí hay { $n }.
        } No se ha cambiado nada.
        [helped] Hay { $n } notas de lo que te ayudó; Steady guarda hasta { $max }. No se ha cambiado nada.
       *[other] Aquí hay { $n }; Steady guarda hasta { $max }. No se ha cambiado nada.
    }

invalid-gone =
    { $what ->
        [plan_item] Ese elemento ya no está en tu plan; puede que se haya borrado.
        [deleted_item] Ese elemento ya no se puede recuperar.
        [kept_plan] Ese plan guardado ya no está.
        [version] Esa versión anterior ya no se conserva.
        [step] Ese paso ya no está; puede que se haya borrado.
        [pattern] Ese patrón tuyo ya no está; puede que se haya borrado.
       *[other] Eso ya no está; puede que se haya borrado.
    }

invalid-id_clash = Dos elementos de ese plan comparten número, o hay un número fuera de rango. No se ha cambiado nada.

invalid-no_more_ids = Steady no puede numerar más elementos en esta lista.

invalid-unknown_format = Steady no puede guardar tu plan en ese formato.

invalid-encode_failed = No se pudo preparar tu plan para guardarlo. No se ha cambiado nada.

invalid-file_too_large = Ese archivo ocupa más de { $max_mib } MiB, mucho más que cualquier plan. No se ha cambiado nada.

invalid-newer_plan = Ese plan se guardó con una versión más reciente de Steady. No se ha cambiado nada.

invalid-not_a_plan = Eso no es un plan de seguridad de Steady, o está dañado. No se ha cambiado nada.

invalid-no_such_pattern = Steady no tiene ningún patrón de respiración con ese nombre. Puede que se haya borrado.

invalid-session_length = Una sesión dura 1, 3, 5 o 10 minutos, o hasta que la detengas.

invalid-phase_range =
    { $phase ->
        [in] La inhalación
        [top_up] La inhalación extra
        [hold_in] La retención tras inhalar
        [out] La exhalación
        [hold_out] La retención tras exhalar
       *[other] Cada parte de una respiración
    } puede durar entre 0 y { $max } segundos.

invalid-half_seconds =
    Los tiempos van en medios segundos, como 4 o 4,5. { $phase ->
        [in] Revisa el tiempo de la inhalación.
        [top_up] Revisa el tiempo de la inhalación extra.
        [hold_in] Revisa el tiempo de retención tras inhalar.
        [out] Revisa el tiempo de la exhalación.
        [hold_out] Revisa el tiempo de retención tras exhalar.
       *[other] Revisa cada tiempo.
    }

invalid-needs_in_and_out = Un patrón necesita una inhalación y una exhalación, de al menos medio segundo cada una.

invalid-wave_length = Una ola dura entre { $min } y { $max } minutos.

invalid-volume_range = El volumen va de { $min } a { $max }.

invalid-unknown_country = Steady no conoce ese país. Elige uno de la lista.

invalid-unknown_language = Steady todavía no habla ese idioma. Elige uno de la lista.

invalid-shortcut_empty = Escribe una combinación de teclas, como Ctrl+Alt+B.

invalid-shortcut_not_a_modifier = Antes de la última tecla, usa solo Ctrl, Alt, Mayús (Shift) o Super, como en Ctrl+Alt+B.

invalid-shortcut_needs_modifier = Incluye Ctrl, Alt o Super, para que el atajo no interfiera al escribir con normalidad.

invalid-shortcut_last_key = Termina con una sola letra, un dígito o una tecla de función (F1 a F12), como en Ctrl+Alt+B.

invalid-no_such_tool = Steady no puede guardar una nota para eso.

invalid-rating_range = Cómo te sientes va de { $min } a { $max }.

invalid-bad_detail = Una nota de lo que te ayudó es más larga de lo que Steady guarda, o contiene un carácter invisible.

invalid-call_or_text = Steady solo puede iniciar una llamada o un mensaje de texto.

invalid-not_a_phone_number = Eso no parece un número de teléfono, así que no se puede marcar desde aquí. Aun así, puedes copiarlo.

invalid-phone_digits = Un número de teléfono tiene entre { $min } y { $max } dígitos.

invalid-too_short =
    { $what ->
        [passphrase] Una frase de contraseña necesita al menos { $min } caracteres. Unas cuantas palabras corrientes separadas por espacios son fáciles de recordar y difíciles de adivinar.
       *[other] Esto necesita al menos { $min } caracteres.
    }
invalid-not_a_code =
    { $what ->
        [recovery_code] Eso no es un código de recuperación. Un código de recuperación tiene 32 letras y dígitos, en ocho grupos de cuatro.
       *[other] Ese no es un código que dé Steady.
    }
invalid-unreadable = Una parte del archivo de protección de Steady no se puede leer, así que no se puede usar.
invalid-lock_after = Steady puede bloquearse tras 5, 10, 15, 30 o 60 minutos, o nunca.
invalid-protected_file = Esta copia de un plan está protegida. Escribe la frase de contraseña con la que se guardó, o su código de recuperación, para abrirla.
