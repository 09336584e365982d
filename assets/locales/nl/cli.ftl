# What Steady says on the terminal: `steady --help`, a command line it cannot follow, a
# launch the open Steady refuses, and trouble at start (core/src/launch/command_line.rs,
# core/src/error.rs, src-tauri/src). The shell words these, not the page.
# What is typed as it is in every language (the program's name, its words and options
# such as breathe or --pattern, patterns' ids, variables such as DISPLAY) is an argument,
# never catalogue text. What the person typed comes in quotes, as they typed it.

## steady --help (command_line.rs, usage). The commands are set out in a column by the
## code; these are the words beside them.

# $version is Steady's version number, such as 1.2.0.
cli-usage-title = Steady { $version }: een rustige plek voor moeilijke momenten.
cli-usage-heading = Gebruik:
cli-usage-home = Steady openen op het startscherm
cli-usage-breathe = begeleid ademen openen
# Stands for a pattern's name after --pattern, in capitals.
cli-usage-name = NAAM
# $examples are patterns' ids, such as: box, even, 4-7-8
cli-usage-pattern = het ademhalingspatroon, op naam of id (bijv. { $examples })
# Stands for a number after --minutes.
cli-usage-number = N
cli-usage-minutes = hoe lang: 1, 3, 5 of 10
cli-usage-ground = gronden openen
cli-usage-plan = je veiligheidsplan openen
cli-usage-help = Direct hulp openen: je eigen mensen, dan hulplijnen
cli-usage-hidden = in het systeemvak starten zonder het venster te tonen
cli-usage-show-help = deze tekst tonen
cli-usage-show-version = het versienummer tonen
cli-usage-already-open = Als Steady al open is, brengen deze opdrachten het venster naar voren op dat scherm.
# $command is the command to bind, such as: steady breathe
cli-usage-bind = Je kunt `{ $command }` aan een toets koppelen in de toetsenbordinstellingen van je bureaublad.

## A command line Steady cannot follow (command_line.rs, UsageError). Each is followed by
## cli-try-help on a line of its own. $option is an option (--pattern or --minutes).

# $command is the command that shows the help: steady --help
cli-try-help = Probeer `{ $command }` om te zien wat Steady begrijpt.
# $argument is what could be read of it.
cli-not-text = Steady kan het argument “{ $argument }” niet lezen: het is geen geldige tekst.
cli-needs-value = { $option } heeft daarna een waarde nodig.
# $option is the option as typed, such as --fast.
cli-unknown-option = Steady kent de optie “{ $option }” niet.
# $word is the word as typed; $words lists the words Steady understands.
cli-unknown-word = Steady kent “{ $word }” niet. Steady begrijpt: { $words }.
# $first and $then are the two screen words as typed.
cli-two-screens = Steady opent één scherm tegelijk: “{ $first }” was al opgegeven, daarna “{ $then }”.
# $pattern and $minutes are the two options, $breathe the word they go with, and $example
# a whole command, such as: steady breathe --pattern box --minutes 3
cli-breathing-only = { $pattern } en { $minutes } horen bij { $breathe }, zoals in: { $example }
cli-given-twice = { $option } is twee keer opgegeven.
# $first and $second are patterns' ids, such as box and even.
cli-no-pattern-name = { $option } heeft de naam van een patroon nodig, zoals { $first } of { $second }.
cli-not-a-pattern-name = Dat kan geen patroonnaam in Steady zijn: namen zijn één korte regel.
# $value is what was typed after --minutes.
cli-bad-minutes = { $option } accepteert 1, 3, 5 of 10 (niet “{ $value }”). Laat het weg om op het scherm te kiezen.

## A launch the open Steady refuses (core/src/error.rs, RouteRefused; handoff.rs). The
## open Steady words it, in its language, and the later launch shows it, then
## cli-try-help. A refused length uses invalid-session_length.

# $wanted is the pattern as typed; $choices lists the patterns there are: the built-in
# ones by id, the person's own by name in quotes.
cli-no-such-pattern = Steady heeft geen ademhalingspatroon met de naam “{ $wanted }”. Wel deze: { $choices }.
# A request from a program that is not this Steady (or a much older or newer one).
cli-request-not-understood = Steady begreep dat verzoek niet.
# The open Steady could not be reached. $folder is its data folder's path.
cli-handoff-failed =
    Steady is al open voor deze gegevensmap ({ $folder }), maar het venster kon niet naar voren worden gehaald: { $why ->
        [unsupported] dit systeem kan niet overdragen aan het open venster.
       *[no_answer] er kwam geen antwoord.
    } Gebruik het open venster of het pictogram in het systeemvak.

## Starting and running (src-tauri/src/lib.rs, tray.rs, navigation.rs, signals.rs, sound.rs)

# $reason says why, in full sentences (an error-<code> message).
cli-start-failed = Steady kon niet starten: { $reason }
# A line after cli-start-failed, for whoever looks further. $detail is the path of the
# folder or file it is about.
cli-start-detail = ({ $detail })
# $display and $wayland are the two variables that name a desktop: DISPLAY and WAYLAND_DISPLAY.
cli-no-display = Steady heeft een grafisch bureaublad nodig en er is er geen gevonden ({ $display } en { $wayland } zijn allebei niet ingesteld). Start het vanuit je bureaubladsessie.
# $detail is the kind of system fault, for whoever maintains Steady.
cli-no-log = Steady draait zonder logboek ({ $detail }).
cli-no-window = Steady kon zijn venster niet openen.
cli-no-tray = Steady draait zonder pictogram in het systeemvak; het venster sluiten sluit Steady af.
# $library is the system library's name: ayatana-appindicator3.
cli-no-tray-library = Steady draait zonder pictogram in het systeemvak omdat de bibliotheek daarvoor ({ $library }) ontbreekt; het venster sluiten sluit Steady af.
cli-not-listening = Steady kan latere starts niet horen; als je het opnieuw start, meldt het dat het al open is.
# $scheme is the kind of link, such as https.
cli-navigation-refused = Steady hield zijn venster op zijn eigen pagina’s (een { $scheme }-link is geweigerd).
cli-no-signals = Steady kan niet opslaan bij het afmelden; het venster sluiten slaat nog steeds op.
cli-no-sound = Steady: geen geluidsapparaat gevonden; de ademhalingssignalen zijn alleen zichtbaar.
cli-no-sound-thread = Steady: het geluid kon niet starten; de ademhalingssignalen zijn alleen zichtbaar.
