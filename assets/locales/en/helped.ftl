# What helped: a private record of the tools used and, if given, how it felt before and
# after. Never a score or a streak.

helped-title = What helped
helped-intro = Only you see this, and it stays on this computer. It is not a score: it is here to remind you what you have tried and how it felt.
helped-empty = Nothing here yet. At the end of breathing, grounding or the wave, you can choose to keep a note of how you felt, and it shows here.

## The tools

helped-tool-breathing = Breathing
helped-tool-grounding = Grounding
helped-tool-urge = Riding the wave

## One entry

# What was used, from the entry's coded detail. $pattern is the breathing pattern's name.
helped-detail-breathe = ({ $pattern })
# $when is the date and time, already formatted; $minutes how long it ran, rounded (0
# when under a minute).
helped-when = { $minutes ->
        [0] { $when }, under a minute.
       *[other] { $when }, about { $minutes } min.
    }
# How it felt, 0 (calm) to 10 (the worst); none when the person did not say.
helped-feel = Before { $before ->
        [none] –
       *[other] { $before }
    }, after { $after ->
        [none] –
       *[other] { $after }
    }.
# $tool is the tool's name, $when the date and time.
helped-delete = Delete
    .aria-label = Delete { $tool }, { $when }
helped-deleted = Deleted.

## Deleting everything

helped-delete-all = Delete all of it
helped-delete-all-confirm = Yes, delete everything here
helped-delete-all-ask = Press again to delete every entry. This cannot be undone.
helped-all-deleted = Everything here has been deleted.
