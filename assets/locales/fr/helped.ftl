# What helped: a private record of the tools used and, if given, how it felt before and
# after. Never a score or a streak.

helped-title = Ce qui a aidé
helped-intro = Personne d’autre que vous ne voit ceci, et tout reste sur cet ordinateur. Ce n’est pas un score : c’est là pour vous rappeler ce que vous avez essayé et ce que vous avez ressenti.
helped-empty = Rien ici pour l’instant. À la fin d’une respiration, d’un ancrage ou d’une vague, vous pouvez choisir de garder une note de ce que vous avez ressenti, et elle s’affiche ici.

## The tools

helped-tool-breathing = Respiration
helped-tool-grounding = Ancrage
helped-tool-urge = Surfer sur la vague

## One entry

# What was used, from the entry's coded detail. $pattern is the breathing pattern's name.
helped-detail-breathe = ({ $pattern })
# $when is the date and time, already formatted; $minutes how long it ran, rounded (0
# when under a minute).
helped-when = { $minutes ->
        [0] { $when }, moins d’une minute.
       *[other] { $when }, environ { $minutes } min.
    }
# How it felt, 0 (calm) to 10 (the worst); none when the person did not say.
helped-feel = Avant : { $before ->
        [none] –
       *[other] { $before }
    }, après : { $after ->
        [none] –
       *[other] { $after }
    }.
# $tool is the tool's name, $when the date and time.
helped-delete = Supprimer
    .aria-label = Supprimer { $tool }, { $when }
helped-deleted = Supprimé.

## Deleting everything

helped-delete-all = Tout supprimer
helped-delete-all-confirm = Oui, supprimer tout ce qui est ici
helped-delete-all-ask = Appuyez encore une fois pour supprimer toutes les entrées. Cela ne peut pas être annulé.
helped-all-deleted = Tout ce qui était ici a été supprimé.
