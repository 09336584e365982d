# What helped: a private record of the tools used and, if given, how it felt before and
# after. Never a score or a streak.

helped-title = Lo que me ayudó
helped-intro = Solo tú ves esto, y se queda en este equipo. No es una puntuación: está aquí para recordarte lo que has probado y cómo te sentiste.
helped-empty = Aquí todavía no hay nada. Al final de una respiración, un anclaje o una ola, puedes elegir guardar una nota de cómo te sentiste, y aparecerá aquí.

## The tools

helped-tool-breathing = Respiración
helped-tool-grounding = Anclaje
helped-tool-urge = Surfear la ola

## One entry

# What was used, from the entry's coded detail. $pattern is the breathing pattern's name.
helped-detail-breathe = ({ $pattern })
# $when is the date and time, already formatted; $minutes how long it ran, rounded (0
# when under a minute).
helped-when = { $minutes ->
        [0] { $when }, menos de un minuto.
       *[other] { $when }, unos { $minutes } min.
    }
# How it felt, 0 (calm) to 10 (the worst); none when the person did not say.
helped-feel = Antes: { $before ->
        [none] –
       *[other] { $before }
    }; después: { $after ->
        [none] –
       *[other] { $after }
    }.
# $tool is the tool's name, $when the date and time.
helped-delete = Borrar
    .aria-label = Borrar { $tool }, { $when }
helped-deleted = Borrado.

## Deleting everything

helped-delete-all = Borrarlo todo
helped-delete-all-confirm = Sí, borrar todo lo que hay aquí
helped-delete-all-ask = Presiona de nuevo para borrar todas las entradas. No se puede deshacer.
helped-all-deleted = Se ha borrado todo lo que había aquí.
