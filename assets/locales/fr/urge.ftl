# Riding the wave, urge surfing (screens/urge.js). The plan's steps and people shown beside
# the wave are the person's own words: never catalogue text.

## Before the wave

urge-title = Surfer sur la vague
urge-intro = Une envie monte, atteint un sommet puis redescend, comme une vague, en général en moins d’une demi-heure. Vous pouvez l’observer sans la combattre et sans y céder.
urge-rating-before = Quelle est la force de l’envie en ce moment ?
urge-start = Commencer
# The summary of the folded options. $minutes is the wave's length in minutes; $checks is
# yes when Steady will ask how strong the urge is every few minutes, no when it will not.
urge-options-summary = Durée et points d’étape : { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, { $checks ->
        [yes] avec une question toutes les quelques minutes
       *[no] sans question
    }
# $least and $most are the shortest and the longest a wave can be, in minutes.
urge-minutes-label = Durée, en minutes (de { $least } à { $most })
urge-checks-label = Me demander toutes les quelques minutes quelle est sa force

## The wave

urge-running-title = Sur la vague
# The words follow the wave: rising, at its peak, easing. They never say it is easing
# when the person said it is still strong.
urge-words-rising = L’envie monte. Remarquez où vous la sentez dans votre corps. Vous n’avez rien à faire à son sujet.
urge-words-peak = C’est le sommet. Elle ne restera pas aussi forte. Respirez, et laissez-la être là.
urge-words-still-strong = Vous avez dit qu’elle est encore forte. Ce n’est pas grave. Elle ne restera pas aussi forte pour toujours ; respirez, et laissez-la être là.
urge-words-easing = Elle s’apaise peut-être. Les envies passent, que vous y cédiez ou non. Vous êtes en train de surfer dessus.
# $time is how long is left, as minutes and seconds, such as 12:30.
urge-time-left = Encore { $time }
urge-from-plan = Tiré de votre plan
urge-open-plan = Ouvrir mon plan (P)
urge-plan-empty = Les étapes et les personnes de votre plan s’afficheront ici une fois que vous les aurez écrites (P).
urge-stop = Arrêter

## A check-in during the wave

urge-checkin = Point d’étape
urge-checkin-legend = Quelle est la force de l’envie maintenant ?
urge-checkin-note = La noter
urge-checkin-skip = Passer
urge-checkin-announce = Un point d’étape : quelle est la force de l’envie maintenant ? Répondez ci-dessous, ou passez.

## When the time is up

urge-rating-after = Quelle est sa force maintenant ?
urge-again = Surfer une autre vague
urge-breathe = Respirer
urge-done-title = Le temps que vous aviez choisi est écoulé.
urge-done-text = Quoi que vous ayez fait ou pas, vous l’avez traversée. Cela demande de la force.
# When the person said at the last check-in that the urge was still strong.
urge-done-still-strong = Vous avez dit qu’elle était encore forte. Vous l’avez traversée malgré tout. Vous pouvez surfer une autre vague, respirer, ou ouvrir votre plan (P).

## Beside the wave: HALT, and play it forward (for an urge to act out)

urge-halt-title = Avant que l’envie décide : faim, colère, solitude, fatigue ?
urge-halt-lead = Une envie s’appuie souvent sur l’un de ces états. Répondre au besoin peut lui enlever une partie de sa force.
urge-halt-hungry = Faim ?
urge-halt-hungry-do = Mangez quelque chose de léger, ou buvez un verre d’eau.
urge-halt-angry = Colère ?
urge-halt-angry-do = Laissez-la traverser votre corps : marchez, secouez vos mains, ou écrivez ce qui a provoqué votre colère.
urge-halt-lonely = Solitude ?
urge-halt-lonely-do = Joignez quelqu’un : une personne de votre plan, votre groupe, ou une réunion (H).
urge-halt-tired = Fatigue ?
urge-halt-tired-do = Reposez-vous si vous le pouvez : allongez-vous, fermez les yeux, et laissez passer la vague pendant que vous vous reposez.
urge-forward-title = Dérouler le film
urge-forward-lead = Ce que vous avez écrit dans un moment plus calme sur ce qui se passe ensuite :
urge-forward-none = Dans un moment plus calme, vous pouvez écrire ce qui se passe après avoir cédé à une envie, avec vos propres mots, dans Vos propres mots (L). Cela s’affichera ici.
urge-reach = Joindre quelqu’un (H)

## The urge to check (for a partner): the same wave, its own words

urge-check-title = Laisser passer l’envie de vérifier
urge-check-intro = L’envie de vérifier un téléphone, un compte ou un historique de recherche peut sembler impossible à contenir. Comme une vague, elle monte, atteint un sommet puis redescend. Vous pouvez la regarder passer sans y céder, et décider plus tard, au calme, de ce que vous avez besoin de savoir.
urge-check-running-title = Vous laissez passer l’envie de vérifier
urge-check-words-rising = L’envie de vérifier monte. Après ce qui s’est passé, c’est compréhensible. Remarquez où vous la sentez ; vous n’avez pas à y céder maintenant.
urge-check-words-peak = C’est le sommet. Elle ne restera pas aussi forte. Respirez, et laissez-la être là.
urge-check-words-still-strong = Vous avez dit qu’elle est encore forte. Ce n’est pas grave. Elle ne restera pas aussi forte pour toujours ; respirez, et laissez-la être là.
urge-check-words-easing = Elle s’apaise peut-être. Quoi que vous vouliez examiner, vous pourrez en décider une fois au calme.
urge-check-done-text = Vous l’avez traversée. Ce que vous avez besoin de savoir peut attendre un moment plus calme, ou votre prochaine séance.
