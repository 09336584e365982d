# What Steady says on the terminal: `steady --help`, a command line it cannot follow, a
# launch the open Steady refuses, and trouble at start (core/src/launch/command_line.rs,
# core/src/error.rs, src-tauri/src). The shell words these, not the page.
# What is typed as it is in every language (the program's name, its words and options
# such as breathe or --pattern, patterns' ids, variables such as DISPLAY) is an argument,
# never catalogue text. What the person typed comes in quotes, as they typed it.

## steady --help (command_line.rs, usage). The commands are set out in a column by the
## code; these are the words beside them.

# $version is Steady's version number, such as 1.2.0.
cli-usage-title = Steady { $version }: un lugar tranquilo para los momentos difíciles.
cli-usage-heading = Uso:
cli-usage-home = abrir Steady en su primera pantalla
cli-usage-breathe = abrir la respiración guiada
# Stands for a pattern's name after --pattern, in capitals.
cli-usage-name = NOMBRE
# $examples are patterns' ids, such as: box, even, 4-7-8
cli-usage-pattern = el patrón con el que respirar, por nombre o por id (p. ej., { $examples })
# Stands for a number after --minutes.
cli-usage-number = N
cli-usage-minutes = duración: 1, 3, 5 o 10
cli-usage-ground = abrir el anclaje
cli-usage-plan = abrir tu plan de seguridad
cli-usage-help = abrir Ayuda ahora: tu gente y, después, las líneas de ayuda en crisis
cli-usage-hidden = iniciar en la bandeja del sistema sin mostrar la ventana
cli-usage-show-help = mostrar este texto
cli-usage-show-version = mostrar la versión
cli-usage-already-open = Si Steady ya está abierto, estas órdenes traen su ventana al frente en esa pantalla.
# $command is the command to bind, such as: steady breathe
cli-usage-bind = Puedes asignar `{ $command }` a una tecla en la configuración de teclado de tu escritorio.

## A command line Steady cannot follow (command_line.rs, UsageError). Each is followed by
## cli-try-help on a line of its own. $option is an option (--pattern or --minutes).

# $command is the command that shows the help: steady --help
cli-try-help = Prueba `{ $command }` para ver lo que Steady entiende.
# $argument is what could be read of it.
cli-not-text = Steady no puede leer el argumento «{ $argument }»: no es texto válido.
cli-needs-value = { $option } necesita un valor a continuación.
# $option is the option as typed, such as --fast.
cli-unknown-option = Steady no conoce la opción «{ $option }».
# $word is the word as typed; $words lists the words Steady understands.
cli-unknown-word = Steady no conoce «{ $word }». Entiende: { $words }.
# $first and $then are the two screen words as typed.
cli-two-screens = Steady abre una sola pantalla cada vez: ya se indicó «{ $first }» y después «{ $then }».
# $pattern and $minutes are the two options, $breathe the word they go with, and $example
# a whole command, such as: steady breathe --pattern box --minutes 3
cli-breathing-only = { $pattern } y { $minutes } van con { $breathe }, como en: { $example }
cli-given-twice = { $option } se indicó dos veces.
# $first and $second are patterns' ids, such as box and even.
cli-no-pattern-name = { $option } necesita el nombre de un patrón, como { $first } o { $second }.
cli-not-a-pattern-name = Ese no puede ser el nombre de un patrón de Steady: los nombres ocupan una sola línea corta.
# $value is what was typed after --minutes.
cli-bad-minutes = { $option } admite 1, 3, 5 o 10 (no «{ $value }»). Omítelo para elegir en la pantalla.

## A launch the open Steady refuses (core/src/error.rs, RouteRefused; handoff.rs). The
## open Steady words it, in its language, and the later launch shows it, then
## cli-try-help. A refused length uses invalid-session_length.

# $wanted is the pattern as typed; $choices lists the patterns there are: the built-in
# ones by id, the person's own by name in quotes.
cli-no-such-pattern = Steady no tiene ningún patrón de respiración llamado «{ $wanted }». Tiene: { $choices }.
# A request from a program that is not this Steady (or a much older or newer one).
cli-request-not-understood = Steady no entendió esa solicitud.
# The open Steady could not be reached. $folder is its data folder's path.
cli-handoff-failed =
    Steady ya está abierto para esta carpeta de datos ({ $folder }), pero no se pudo traer su ventana al frente: { $why ->
        [unsupported] este sistema no permite pasar el control a la ventana abierta.
       *[no_answer] no respondió.
    } Usa la ventana abierta o su icono en la bandeja del sistema.

## Starting and running (src-tauri/src/lib.rs, tray.rs, navigation.rs, signals.rs, sound.rs)

# $reason says why, in full sentences (an error-<code> message).
cli-start-failed = Steady no pudo iniciarse: { $reason }
# A line after cli-start-failed, for whoever looks further. $detail is the path of the
# folder or file it is about.
cli-start-detail = ({ $detail })
# $display and $wayland are the two variables that name a desktop: DISPLAY and WAYLAND_DISPLAY.
cli-no-display = Steady necesita un escritorio gráfico y no se encontró ninguno (no está definida ni { $display } ni { $wayland }). Inícialo desde tu sesión de escritorio.
# $detail is the kind of system fault, for whoever maintains Steady.
cli-no-log = Steady funciona sin su registro ({ $detail }).
cli-no-window = Steady no pudo abrir su ventana.
cli-no-tray = Steady funciona sin icono en la bandeja del sistema; al cerrar la ventana, se cierra del todo.
# $library is the system library's name: ayatana-appindicator3.
cli-no-tray-library = Steady funciona sin icono en la bandeja del sistema porque falta la biblioteca de la bandeja ({ $library }); al cerrar la ventana, se cierra del todo.
cli-not-listening = Steady no puede atender a los inicios posteriores; si lo inicias de nuevo, dirá que ya está abierto.
# $scheme is the kind of link, such as https.
cli-navigation-refused = Steady mantuvo su ventana en sus propias páginas (se rechazó un enlace { $scheme }).
cli-no-signals = Steady no puede guardar al cerrar la sesión; al cerrar la ventana sí guarda.
cli-no-sound = Steady: no se encontró ningún dispositivo de sonido; las indicaciones de respiración serán solo visuales.
cli-no-sound-thread = Steady: el sonido no pudo iniciarse; las indicaciones de respiración serán solo visuales.
