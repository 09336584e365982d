# Settings: look, sound, closing, keys, What helped, the shortcut to breathing, start at
# login, and where the person's words are kept.

settings-title = Ajustes
settings-saved = Guardado.
# $reason says why, in a full sentence.
settings-not-saved = No se guardó. { $reason }
settings-not-changed = No se cambió. { $reason }

## Look and sound

settings-language = Idioma
settings-language-system = El idioma del sistema ({ $name })
settings-language-changed = Steady ahora habla { $name }.

settings-theme = Tema
settings-theme-system = Seguir al sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-text-size = Tamaño del texto
settings-text-size-normal = Normal
settings-text-size-large = Grande
settings-text-size-larger = Más grande
settings-motion = Movimiento
settings-motion-system = Seguir al sistema
settings-motion-reduce = Reducir el movimiento
settings-sound = Sonido
settings-sound-about = Sonidos suaves que guían la respiración cuando tienes los ojos cerrados.
settings-sound-play = Reproducir los sonidos guía
settings-volume = Volumen

## Closing, keys, What helped

settings-closing = Al cerrar la ventana
settings-close-to-tray = Mantener Steady en la bandeja del sistema al cerrar la ventana, para que vuelva a abrirse al instante
settings-close-to-tray-about = Si esto está desactivado, al cerrar la ventana se cierra Steady. Puedes salir desde el menú de la bandeja en cualquier momento.
settings-keys = Teclas
settings-single-keys = Las teclas de una sola letra abren pantallas (B respirar, G anclaje, U surfear la ola, P mi plan, W lo que me ayudó, H ayuda ahora, S ajustes)
settings-single-keys-about = Desactívalo si una tecla presionada sin querer podría llevarte a otra parte. F1 sigue abriendo «Ayuda ahora», Esc sigue llevando al inicio y Espacio sigue poniendo en pausa la respiración.
settings-helped = Lo que me ayudó
settings-keep-helped = Después de una respiración, un anclaje o una ola, guardar una nota privada en «Lo que me ayudó» sin preguntar
settings-keep-helped-about = Si esto está desactivado, Steady no guarda nada a menos que marques la casilla al final de una sesión.

## Shortcut to breathing

settings-shortcut-heading = Atajo a la respiración
settings-shortcut-about = Una combinación de teclas que abre la respiración desde cualquier lugar, incluso cuando Steady está en la bandeja del sistema. También puedes asignar esta orden en la configuración de teclado de tu escritorio:
settings-shortcut-about-wayland = Puede que tu escritorio no deje a Steady asignar una tecla que funcione en todas partes. En la configuración de teclado de tu escritorio, añade un atajo personalizado que ejecute:
settings-shortcut-keys = Combinación de teclas
# $example is the shortcut a new Steady uses, such as Ctrl+Alt+B.
settings-shortcut-hint = Presiona las teclas con el campo seleccionado, o escríbelas, como { $example }. Incluye Ctrl, Alt o Super.
settings-shortcut-use = Usar este atajo
settings-shortcut-turn-off = Desactivar el atajo
# What the shortcut is doing now. $keys is the key combination.
settings-shortcut-on = { $keys } abre la respiración desde cualquier lugar.
settings-shortcut-off = El atajo está desactivado.
settings-shortcut-starting = El atajo se está configurando.
settings-shortcut-wayland = Este escritorio (Wayland) no permite que las aplicaciones asignen una tecla que funcione en todas partes. Puedes asignar la orden de abajo en la configuración de teclado de tu escritorio.
settings-shortcut-taken = Otro programa ya usa { $keys }. Elige otra combinación.
settings-shortcut-failed = No se pudo configurar { $keys }. Elige otra combinación.
settings-shortcut-unavailable = Los atajos globales no están disponibles aquí.

## Start at login

settings-login-heading = Abrir al iniciar sesión
settings-login-box = Abrir Steady al iniciar sesión, oculto en la bandeja del sistema
settings-login-unavailable = Todavía no está disponible en este sistema.
settings-login-on = Steady se abrirá cuando inicies sesión, oculto en la bandeja del sistema.
settings-login-off = Steady no se abrirá cuando inicies sesión.

## Where your words are kept

settings-where-heading = Dónde se guardan tus palabras
settings-where-about = Todo lo que escribes se queda en este equipo, en esta carpeta. Steady no envía nada a ningún sitio.
# $version is Steady's version number, such as 1.2.0.
settings-version = Steady { $version }
settings-privacy-heading = Privacidad
settings-privacy-about = Protege lo que escribes con una frase de contraseña, bloquea Steady, ocúltalo al instante con F9 o dale un nombre discreto.
settings-privacy-open = Privacidad y protección

## What brings you here (home's question, changeable here)

settings-brings = Qué te trae a Steady
settings-brings-unanswered = Preguntarme en la pantalla de inicio
settings-brings-about = Esto solo cambia qué herramientas aparecen primero en la pantalla de inicio. Se queda en este equipo.
