# What Steady says on the terminal: `steady --help`, a command line it cannot follow, a
# launch the open Steady refuses, and trouble at start (core/src/launch/command_line.rs,
# core/src/error.rs, src-tauri/src). The shell words these, not the page.
# What is typed as it is in every language (the program's name, its words and options
# such as breathe or --pattern, patterns' ids, variables such as DISPLAY) is an argument,
# never catalogue text. What the person typed comes in quotes, as they typed it.

## steady --help (command_line.rs, usage). The commands are set out in a column by the
## code; these are the words beside them.

# $version is Steady's version number, such as 1.2.0.
cli-usage-title = Steady { $version }: ein ruhiger Ort für schwere Momente.
cli-usage-heading = Aufruf:
cli-usage-home = Steady mit dem ersten Bildschirm öffnen
cli-usage-breathe = angeleitetes Atmen öffnen
# Stands for a pattern's name after --pattern, in capitals.
cli-usage-name = NAME
# $examples are patterns' ids, such as: box, even, 4-7-8
cli-usage-pattern = das Atemmuster, nach Name oder Kennung (z. B. { $examples })
# Stands for a number after --minutes.
cli-usage-number = N
cli-usage-minutes = wie lange: 1, 3, 5 oder 10
cli-usage-ground = Erdung öffnen
cli-usage-plan = deinen Krisenplan öffnen
cli-usage-help = „Jetzt Hilfe holen“ öffnen: deine Menschen, dann Krisentelefone
cli-usage-hidden = im Infobereich starten, ohne das Fenster zu zeigen
cli-usage-show-help = diesen Text anzeigen
cli-usage-show-version = die Version anzeigen
cli-usage-already-open = Ist Steady schon offen, holen diese Befehle sein Fenster mit diesem Bildschirm nach vorn.
# $command is the command to bind, such as: steady breathe
cli-usage-bind = Du kannst `{ $command }` in den Tastatureinstellungen deines Desktops auf eine Taste legen.

## A command line Steady cannot follow (command_line.rs, UsageError). Each is followed by
## cli-try-help on a line of its own. $option is an option (--pattern or --minutes).

# $command is the command that shows the help: steady --help
cli-try-help = Mit `{ $command }` siehst du, was Steady versteht.
# $argument is what could be read of it.
cli-not-text = Steady kann das Argument „{ $argument }“ nicht lesen: Es ist kein gültiger Text.
cli-needs-value = { $option } braucht danach einen Wert.
# $option is the option as typed, such as --fast.
cli-unknown-option = Steady kennt die Option „{ $option }“ nicht.
# $word is the word as typed; $words lists the words Steady understands.
cli-unknown-word = Steady kennt „{ $word }“ nicht. Steady versteht: { $words }.
# $first and $then are the two screen words as typed.
cli-two-screens = Steady öffnet einen Bildschirm nach dem anderen: „{ $first }“ war schon angegeben, dann kam „{ $then }“.
# $pattern and $minutes are the two options, $breathe the word they go with, and $example
# a whole command, such as: steady breathe --pattern box --minutes 3
cli-breathing-only = { $pattern } und { $minutes } gehören zu { $breathe }, zum Beispiel: { $example }
cli-given-twice = { $option } wurde zweimal angegeben.
# $first and $second are patterns' ids, such as box and even.
cli-no-pattern-name = { $option } braucht den Namen eines Atemmusters, zum Beispiel { $first } oder { $second }.
cli-not-a-pattern-name = Das kann kein Name eines Atemmusters in Steady sein: Namen sind eine kurze Zeile.
# $value is what was typed after --minutes.
cli-bad-minutes = { $option } nimmt 1, 3, 5 oder 10 (nicht „{ $value }“). Lass es weg, um auf dem Bildschirm zu wählen.

## A launch the open Steady refuses (core/src/error.rs, RouteRefused; handoff.rs). The
## open Steady words it, in its language, and the later launch shows it, then
## cli-try-help. A refused length uses invalid-session_length.

# $wanted is the pattern as typed; $choices lists the patterns there are: the built-in
# ones by id, the person's own by name in quotes.
cli-no-such-pattern = Steady hat kein Atemmuster namens „{ $wanted }“. Vorhanden sind: { $choices }.
# A request from a program that is not this Steady (or a much older or newer one).
cli-request-not-understood = Steady hat diese Anfrage nicht verstanden.
# The open Steady could not be reached. $folder is its data folder's path.
cli-handoff-failed =
    Steady ist für diesen Datenordner ({ $folder }) schon offen, aber sein Fenster konnte nicht nach vorn geholt werden: { $why ->
        [unsupported] Dieses System kann nicht an das offene Fenster übergeben.
       *[no_answer] Es kam keine Antwort.
    } Nutze das offene Fenster oder sein Symbol im Infobereich.

## Starting and running (src-tauri/src/lib.rs, tray.rs, navigation.rs, signals.rs, sound.rs)

# $reason says why, in full sentences (an error-<code> message).
cli-start-failed = Steady konnte nicht starten: { $reason }
# A line after cli-start-failed, for whoever looks further. $detail is the path of the
# folder or file it is about.
cli-start-detail = ({ $detail })
# $display and $wayland are the two variables that name a desktop: DISPLAY and WAYLAND_DISPLAY.
cli-no-display = Steady braucht eine grafische Oberfläche, und es wurde keine gefunden (weder { $display } noch { $wayland } ist gesetzt). Starte es aus deiner Desktop-Sitzung heraus.
# $detail is the kind of system fault, for whoever maintains Steady.
cli-no-log = Steady läuft ohne Protokoll ({ $detail }).
cli-no-window = Steady konnte sein Fenster nicht öffnen.
cli-no-tray = Steady läuft ohne Symbol im Infobereich; Schließen des Fensters beendet es.
# $library is the system library's name: ayatana-appindicator3.
cli-no-tray-library = Steady läuft ohne Symbol im Infobereich, weil die Bibliothek dafür ({ $library }) fehlt; Schließen des Fensters beendet es.
cli-not-listening = Steady kann spätere Starts nicht empfangen; ein erneuter Start meldet, dass es schon offen ist.
# $scheme is the kind of link, such as https.
cli-navigation-refused = Steady hat sein Fenster auf den eigenen Seiten gehalten (ein { $scheme }-Link wurde abgelehnt).
cli-no-signals = Steady kann beim Abmelden nicht speichern; beim Schließen des Fensters wird weiterhin gespeichert.
cli-no-sound = Steady: Kein Audiogerät gefunden; die Atemhinweise sind nur sichtbar.
cli-no-sound-thread = Steady: Der Ton konnte nicht starten; die Atemhinweise sind nur sichtbar.
