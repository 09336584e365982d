# What Steady says on the terminal: `steady --help`, a command line it cannot follow, a
# launch the open Steady refuses, and trouble at start (core/src/launch/command_line.rs,
# core/src/error.rs, src-tauri/src). The shell words these, not the page.
# What is typed as it is in every language (the program's name, its words and options
# such as breathe or --pattern, patterns' ids, variables such as DISPLAY) is an argument,
# never catalogue text. What the person typed comes in quotes, as they typed it.

## steady --help (command_line.rs, usage). The commands are set out in a column by the
## code; these are the words beside them.

# $version is Steady's version number, such as 1.2.0.
cli-usage-title = Steady { $version }: a calm place for hard moments.
cli-usage-heading = Usage:
cli-usage-home = open Steady at its first screen
cli-usage-breathe = open guided breathing
# Stands for a pattern's name after --pattern, in capitals.
cli-usage-name = NAME
# $examples are patterns' ids, such as: box, even, 4-7-8
cli-usage-pattern = the pattern to breathe with, by name or id (e.g. { $examples })
# Stands for a number after --minutes.
cli-usage-number = N
cli-usage-minutes = how long: 1, 3, 5 or 10
cli-usage-ground = open grounding
cli-usage-plan = open your safety plan
cli-usage-help = open Get help now: your people, then crisis lines
cli-usage-hidden = start in the tray without showing the window
cli-usage-show-help = show this text
cli-usage-show-version = show the version
cli-usage-already-open = If Steady is already open, these bring its window forward on that screen.
# $command is the command to bind, such as: steady breathe
cli-usage-bind = You can bind `{ $command }` to a key in your desktop's keyboard settings.

## A command line Steady cannot follow (command_line.rs, UsageError). Each is followed by
## cli-try-help on a line of its own. $option is an option (--pattern or --minutes).

# $command is the command that shows the help: steady --help
cli-try-help = Try `{ $command }` to see what Steady understands.
# $argument is what could be read of it.
cli-not-text = Steady cannot read the argument "{ $argument }": it is not valid text.
cli-needs-value = { $option } needs a value after it.
# $option is the option as typed, such as --fast.
cli-unknown-option = Steady does not know the option "{ $option }".
# $word is the word as typed; $words lists the words Steady understands.
cli-unknown-word = Steady does not know "{ $word }". It understands: { $words }.
# $first and $then are the two screen words as typed.
cli-two-screens = Steady opens one screen at a time: "{ $first }" was already given, then "{ $then }".
# $pattern and $minutes are the two options, $breathe the word they go with, and $example
# a whole command, such as: steady breathe --pattern box --minutes 3
cli-breathing-only = { $pattern } and { $minutes } go with { $breathe }, as in: { $example }
cli-given-twice = { $option } was given twice.
# $first and $second are patterns' ids, such as box and even.
cli-no-pattern-name = { $option } needs a pattern's name, such as { $first } or { $second }.
cli-not-a-pattern-name = That is not a pattern name Steady could have: names are one short line.
# $value is what was typed after --minutes.
cli-bad-minutes = { $option } takes 1, 3, 5 or 10 (not "{ $value }"). Leave it out to choose on the screen.

## A launch the open Steady refuses (core/src/error.rs, RouteRefused; handoff.rs). The
## open Steady words it, in its language, and the later launch shows it, then
## cli-try-help. A refused length uses invalid-session_length.

# $wanted is the pattern as typed; $choices lists the patterns there are: the built-in
# ones by id, the person's own by name in quotes.
cli-no-such-pattern = Steady has no breathing pattern called "{ $wanted }". It has: { $choices }.
# A request from a program that is not this Steady (or a much older or newer one).
cli-request-not-understood = Steady did not understand that request.
# The open Steady could not be reached. $folder is its data folder's path.
cli-handoff-failed =
    Steady is already open for this data folder ({ $folder }), but its window could not be brought forward: { $why ->
        [unsupported] this system cannot hand over to the open window.
       *[no_answer] it did not answer.
    } Use the open window or its tray icon.

## Starting and running (src-tauri/src/lib.rs, tray.rs, navigation.rs, signals.rs, sound.rs)

# $reason says why, in full sentences (an error-<code> message).
cli-start-failed = Steady could not start: { $reason }
# A line after cli-start-failed, for whoever looks further. $detail is the path of the
# folder or file it is about.
cli-start-detail = ({ $detail })
# $display and $wayland are the two variables that name a desktop: DISPLAY and WAYLAND_DISPLAY.
cli-no-display = Steady needs a graphical desktop, and none was found (neither { $display } nor { $wayland } is set). Start it from your desktop session.
# $detail is the kind of system fault, for whoever maintains Steady.
cli-no-log = Steady runs without its log ({ $detail }).
cli-no-window = Steady could not open its window.
cli-no-tray = Steady runs without a tray icon; closing the window quits.
# $library is the system library's name: ayatana-appindicator3.
cli-no-tray-library = Steady runs without a tray icon because the tray library ({ $library }) is missing; closing the window quits.
cli-not-listening = Steady cannot hear later launches; starting it again will say it is already open.
# $scheme is the kind of link, such as https.
cli-navigation-refused = Steady kept its window on its own pages (a { $scheme } link was refused).
cli-no-signals = Steady cannot save on logout; closing the window still saves.
cli-no-sound = Steady: no sound device found; breathing cues will be visual only.
cli-no-sound-thread = Steady: sound could not start; breathing cues will be visual only.
