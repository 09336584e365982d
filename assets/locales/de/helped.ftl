# What helped: a private record of the tools used and, if given, how it felt before and
# after. Never a score or a streak.

helped-title = Was geholfen hat
helped-intro = Nur du siehst das, und es bleibt auf diesem Computer. Es ist keine Bewertung: Es soll dich daran erinnern, was du ausprobiert hast und wie es sich angefühlt hat.
helped-empty = Hier ist noch nichts. Am Ende vom Atmen, vom Erden oder von der Welle kannst du eine Notiz behalten, wie du dich gefühlt hast; sie erscheint dann hier.

## The tools

helped-tool-breathing = Atmen
helped-tool-grounding = Erden
helped-tool-urge = Die Welle reiten

## One entry

# What was used, from the entry's coded detail. $pattern is the breathing pattern's name.
helped-detail-breathe = ({ $pattern })
# $when is the date and time, already formatted; $minutes how long it ran, rounded (0
# when under a minute).
helped-when = { $minutes ->
        [0] { $when }, unter einer Minute.
       *[other] { $when }, etwa { $minutes } Min.
    }
# How it felt, 0 (calm) to 10 (the worst); none when the person did not say.
helped-feel = Vorher { $before ->
        [none] –
       *[other] { $before }
    }, nachher { $after ->
        [none] –
       *[other] { $after }
    }.
# $tool is the tool's name, $when the date and time.
helped-delete = Löschen
    .aria-label = { $tool }, { $when } löschen
helped-deleted = Gelöscht.

## Deleting everything

helped-delete-all = Alles löschen
helped-delete-all-confirm = Ja, alles hier löschen
helped-delete-all-ask = Drück noch einmal, um jeden Eintrag zu löschen. Das lässt sich nicht rückgängig machen.
helped-all-deleted = Alles hier wurde gelöscht.
