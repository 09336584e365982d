# What helped: a private record of the tools used and, if given, how it felt before and
# after. Never a score or a streak.

helped-title = Wat hielp
helped-intro = Alleen jij ziet dit, en het blijft op deze computer. Het is geen score: het is er om je te laten zien wat je hebt geprobeerd en hoe dat voelde.
helped-empty = Hier staat nog niets. Aan het eind van ademen, gronden of de golf kun je ervoor kiezen een notitie te bewaren van hoe je je voelde; die verschijnt dan hier.

## The tools

helped-tool-breathing = Ademen
helped-tool-grounding = Gronden
helped-tool-urge = Met de golf mee

## One entry

# What was used, from the entry's coded detail. $pattern is the breathing pattern's name.
helped-detail-breathe = ({ $pattern })
# $when is the date and time, already formatted; $minutes how long it ran, rounded (0
# when under a minute).
helped-when = { $minutes ->
        [0] { $when }, korter dan een minuut.
       *[other] { $when }, ongeveer { $minutes } min.
    }
# How it felt, 0 (calm) to 10 (the worst); none when the person did not say.
helped-feel = Ervoor { $before ->
        [none] –
       *[other] { $before }
    }, erna { $after ->
        [none] –
       *[other] { $after }
    }.
# $tool is the tool's name, $when the date and time.
helped-delete = Verwijderen
    .aria-label = { $tool }, { $when } verwijderen
helped-deleted = Verwijderd.

## Deleting everything

helped-delete-all = Alles verwijderen
helped-delete-all-confirm = Ja, verwijder alles hier
helped-delete-all-ask = Druk nog een keer om alle notities te verwijderen. Dit kan niet ongedaan worden gemaakt.
helped-all-deleted = Alles hier is verwijderd.
