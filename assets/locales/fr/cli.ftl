# What Steady says on the terminal: `steady --help`, a command line it cannot follow, a
# launch the open Steady refuses, and trouble at start (core/src/launch/command_line.rs,
# core/src/error.rs, src-tauri/src). The shell words these, not the page.
# What is typed as it is in every language (the program's name, its words and options
# such as breathe or --pattern, patterns' ids, variables such as DISPLAY) is an argument,
# never catalogue text. What the person typed comes in quotes, as they typed it.

## steady --help (command_line.rs, usage). The commands are set out in a column by the
## code; these are the words beside them.

# $version is Steady's version number, such as 1.2.0.
cli-usage-title = Steady { $version } : un endroit calme pour les moments difficiles.
cli-usage-heading = Utilisation :
cli-usage-home = ouvrir Steady sur son premier écran
cli-usage-breathe = ouvrir la respiration guidée
# Stands for a pattern's name after --pattern, in capitals.
cli-usage-name = NOM
# $examples are patterns' ids, such as: box, even, 4-7-8
cli-usage-pattern = le rythme de respiration, par son nom ou son identifiant (par ex. { $examples })
# Stands for a number after --minutes.
cli-usage-number = N
cli-usage-minutes = durée : 1, 3, 5 ou 10
cli-usage-ground = ouvrir l’ancrage
cli-usage-plan = ouvrir votre plan de sécurité
cli-usage-help = ouvrir Aide immédiate : vos contacts, puis les lignes d’écoute
cli-usage-hidden = démarrer dans la zone de notification sans afficher la fenêtre
cli-usage-show-help = afficher ce texte
cli-usage-show-version = afficher la version
cli-usage-already-open = Si Steady est déjà ouvert, ces commandes ramènent sa fenêtre au premier plan, sur cet écran.
# $command is the command to bind, such as: steady breathe
cli-usage-bind = Vous pouvez associer `{ $command }` à une touche dans les paramètres clavier de votre bureau.

## A command line Steady cannot follow (command_line.rs, UsageError). Each is followed by
## cli-try-help on a line of its own. $option is an option (--pattern or --minutes).

# $command is the command that shows the help: steady --help
cli-try-help = Essayez `{ $command }` pour voir ce que Steady comprend.
# $argument is what could be read of it.
cli-not-text = Steady ne peut pas lire l’argument « { $argument } » : ce n’est pas du texte valide.
cli-needs-value = { $option } doit être suivi d’une valeur.
# $option is the option as typed, such as --fast.
cli-unknown-option = Steady ne connaît pas l’option « { $option } ».
# $word is the word as typed; $words lists the words Steady understands.
cli-unknown-word = Steady ne connaît pas « { $word } ». Il comprend : { $words }.
# $first and $then are the two screen words as typed.
cli-two-screens = Steady ouvre un seul écran à la fois : « { $first } » était déjà donné, puis « { $then } ».
# $pattern and $minutes are the two options, $breathe the word they go with, and $example
# a whole command, such as: steady breathe --pattern box --minutes 3
cli-breathing-only = { $pattern } et { $minutes } s’utilisent avec { $breathe }, comme dans : { $example }
cli-given-twice = { $option } a été donné deux fois.
# $first and $second are patterns' ids, such as box and even.
cli-no-pattern-name = { $option } doit être suivi du nom d’un rythme, par exemple { $first } ou { $second }.
cli-not-a-pattern-name = Ce n’est pas un nom de rythme possible dans Steady : un nom tient sur une seule ligne courte.
# $value is what was typed after --minutes.
cli-bad-minutes = { $option } accepte 1, 3, 5 ou 10 (pas « { $value } »). Omettez-le pour choisir à l’écran.

## A launch the open Steady refuses (core/src/error.rs, RouteRefused; handoff.rs). The
## open Steady words it, in its language, and the later launch shows it, then
## cli-try-help. A refused length uses invalid-session_length.

# $wanted is the pattern as typed; $choices lists the patterns there are: the built-in
# ones by id, the person's own by name in quotes.
cli-no-such-pattern = Steady n’a aucun rythme de respiration nommé « { $wanted } ». Il a : { $choices }.
# A request from a program that is not this Steady (or a much older or newer one).
cli-request-not-understood = Steady n’a pas compris cette demande.
# The open Steady could not be reached. $folder is its data folder's path.
cli-handoff-failed =
    Steady est déjà ouvert pour ce dossier de données ({ $folder }), mais sa fenêtre n’a pas pu être ramenée au premier plan : { $why ->
        [unsupported] ce système ne permet pas de passer la main à la fenêtre ouverte.
       *[no_answer] il n’a pas répondu.
    } Utilisez la fenêtre ouverte ou son icône dans la zone de notification.

## Starting and running (src-tauri/src/lib.rs, tray.rs, navigation.rs, signals.rs, sound.rs)

# $reason says why, in full sentences (an error-<code> message).
cli-start-failed = Steady n’a pas pu démarrer : { $reason }
# A line after cli-start-failed, for whoever looks further. $detail is the path of the
# folder or file it is about.
cli-start-detail = ({ $detail })
# $display and $wayland are the two variables that name a desktop: DISPLAY and WAYLAND_DISPLAY.
cli-no-display = Steady a besoin d’un bureau graphique, et aucun n’a été trouvé (ni { $display } ni { $wayland } n’est défini). Lancez-le depuis votre session de bureau.
# $detail is the kind of system fault, for whoever maintains Steady.
cli-no-log = Steady fonctionne sans son journal ({ $detail }).
cli-no-window = Steady n’a pas pu ouvrir sa fenêtre.
cli-no-tray = Steady fonctionne sans icône dans la zone de notification ; fermer la fenêtre quitte Steady.
# $library is the system library's name: ayatana-appindicator3.
cli-no-tray-library = Steady fonctionne sans icône dans la zone de notification, car la bibliothèque nécessaire ({ $library }) est absente ; fermer la fenêtre quitte Steady.
cli-not-listening = Steady ne pourra pas détecter les lancements suivants ; si vous le relancez, il indiquera seulement qu’il est déjà ouvert.
# $scheme is the kind of link, such as https.
cli-navigation-refused = Steady a gardé sa fenêtre sur ses propres pages (un lien { $scheme } a été refusé).
cli-no-signals = Steady ne peut pas enregistrer à la fermeture de session ; fermer la fenêtre enregistre quand même.
cli-no-sound = Steady : aucun appareil audio trouvé ; les repères de respiration seront seulement visuels.
cli-no-sound-thread = Steady : le son n’a pas pu démarrer ; les repères de respiration seront seulement visuels.
