# Get help now (screens/help.js). Numbers, the names of lines and groups, their hours and
# notes, and the name of a country come from the directory (assets/crisis-lines.json):
# they are arguments here, never catalogue text.

help-title = Ayuda ahora
help-loading = Cargando…

## The emergency number

help-emergency-title = Número de emergencia
# $country is the country's name.
# $code is the country's ISO code: English says "the" before some names.
help-emergency-title-in = Número de emergencia en { $code ->
        [GB] el { $country }
        [NL] los { $country }
        [US] { $country }
       *[other] { $country }
    }
# The Call button. $number is the number, such as 112.
help-call-number = Llamar al { $number }
help-emergency-now = Si estás en peligro, o podrías dejarte llevar por pensamientos de hacerte daño, llama ahora al { $number }. No hace falta que lo expliques todo; basta con decir que necesitas ayuda.
# Shown with 112 when Steady could not read its list of lines.
help-fallback-note = El 112 comunica con los servicios de emergencia desde cualquier teléfono en la UE. En otros lugares suele funcionar desde un teléfono móvil, pero usa tu número de emergencia local si lo conoces.
help-no-directory = Steady no pudo abrir su lista de líneas de ayuda en crisis en este momento. El número de arriba funciona desde la mayoría de los teléfonos.

## Where a number came from. $source names it; $when is a month and year, such as November 2026.

help-source-checked = Fuente: { $source }. Última comprobación: { $when }.
help-source = Fuente: { $source }.
help-checked = Última comprobación: { $when }.

## The person's own people, from their plan

help-own-title = Tu gente
help-own-none = Todavía no has añadido a nadie. Las personas en quienes confías, y tu terapeuta o tu médico, pueden ir en tu plan y se mostrarán aquí.
help-own-add = Añadir a tu gente a tu plan

## Crisis lines

help-lines-title = Líneas de ayuda en crisis
# $country is the country's name.
help-lines-title-in = Líneas de ayuda en crisis en { $code ->
        [GB] el { $country }
        [NL] los { $country }
        [US] { $country }
       *[other] { $country }
    }
help-country-label = Tu país
help-country-find = Buscar tu país
# How many countries match what was typed in "Find your country".
help-country-matches = { $count ->
        [0] Ningún país coincide. Prueba con su nombre en inglés o en su propio idioma.
        [one] Coincide un país. Presiona Intro para elegirlo.
       *[other] Coinciden { $count } países. Presiona Intro para elegir el primero.
    }
help-country-auto = Usar la configuración de este equipo
help-country-not-listed = Mi país no está en la lista
help-lines-none = Steady todavía no tiene ninguna línea de ayuda en crisis comprobada para tu país. Si conoces la de tu zona, añádela a tu plan en «Profesionales y servicios de crisis» y se mostrará aquí junto a tu gente.
help-lines-none-here = Steady no tiene en su lista ninguna línea de ayuda en crisis abierta a todo el mundo en este país. El número de emergencia de arriba siempre responde. Si conoces una línea de tu zona, añádela a tu plan en «Profesionales y servicios de crisis» y se mostrará aquí junto a tu gente.
help-abuse-title = Si alguien te está haciendo daño o te hace sentir en peligro

## One line's ways in. $name is the line's name, $number its number.

# Read by a screen reader on the Call button.
help-call-line = Llamar a { $name } al { $number }
# $keyword is the word to send, exactly as the line asks for it.
help-text-keyword = Enviar { $keyword } al { $number }
help-text-number = Enviar un mensaje al { $number }
# Read by a screen reader on the Text button.
help-text-line = Enviar un mensaje a { $name } al { $number }
help-tty = Teléfono de texto (TTY): { $number }
# $address is an email address.
help-email = Correo electrónico: { $address }
help-copy-tty = Copiar el número de teléfono de texto
help-chat = Chat en línea: { $address }
help-whatsapp = Mensajes de WhatsApp: { $number }
# Read by a screen reader after "Show on my phone:" or "Hide the code:".
help-phone-line = { $name }, { $number }
help-phone-text-line = un mensaje a { $name }, { $number }
help-copy-address = Copiar la dirección
help-hours-always = Abierta las 24 horas, todos los días.
# $hours is when the line answers, as the directory says it.
help-hours = Horario: { $hours }.
# $languages is a list of languages, such as "English and Spanish".
help-languages = Atiende en { $languages }.

## Support groups

help-partners-title = Apoyo para parejas
help-recovery-title = Apoyo para personas en recuperación
help-never-contacts = Steady nunca se pone en contacto con nadie por su cuenta y no envía nada a ningún sitio. Las llamadas y los mensajes pasan por las aplicaciones de tu propio teléfono, solo cuando presionas el botón.
help-own-locked = Tu gente está bajo llave. Las líneas de abajo funcionan sin ella.
help-own-unlock = Desbloquear para ver a mi gente
