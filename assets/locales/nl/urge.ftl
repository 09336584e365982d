# Riding the wave, urge surfing (screens/urge.js). The plan's steps and people shown beside
# the wave are the person's own words: never catalogue text.

## Before the wave

urge-title = Met de golf mee
urge-intro = Een drang komt op, bereikt een hoogtepunt en zakt weer, als een golf, meestal binnen een halfuur. Je kunt ernaar kijken zonder ertegen te vechten en zonder ernaar te handelen.
urge-rating-before = Hoe sterk is de drang op dit moment?
urge-start = Beginnen
# The summary of the folded options. $minutes is the wave's length in minutes; $checks is
# yes when Steady will ask how strong the urge is every few minutes, no when it will not.
urge-options-summary = Duur en tussentijdse vragen: { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }, { $checks ->
        [yes] met om de paar minuten een vraag
       *[no] zonder vragen
    }
# $least and $most are the shortest and the longest a wave can be, in minutes.
urge-minutes-label = Hoe lang, in minuten ({ $least } tot { $most })
urge-checks-label = Vraag me om de paar minuten hoe sterk het is

## The wave

urge-running-title = Je beweegt mee met de golf
# The words follow the wave: rising, at its peak, easing. They never say it is easing
# when the person said it is still strong.
urge-words-rising = De drang komt op. Merk op waar je hem in je lichaam voelt. Je hoeft er niets mee te doen.
urge-words-peak = Dit is het hoogtepunt. Zo sterk blijft het niet. Adem, en laat het er zijn.
urge-words-still-strong = Je zei dat het nog sterk is. Dat mag. Zo sterk blijft het niet voor altijd; adem, en laat het er zijn.
urge-words-easing = Misschien zakt het al. Een drang gaat voorbij, of je er nu naar handelt of niet. Je beweegt erop mee.
# $time is how long is left, as minutes and seconds, such as 12:30.
urge-time-left = Nog { $time }
urge-from-plan = Uit je plan
urge-open-plan = Mijn plan openen (P)
urge-plan-empty = De eigen stappen en mensen uit je plan verschijnen hier zodra je ze hebt opgeschreven (P).
urge-stop = Stoppen

## A check-in during the wave

urge-checkin = Even checken
urge-checkin-legend = Hoe sterk is de drang nu?
urge-checkin-note = Noteren
urge-checkin-skip = Overslaan
urge-checkin-announce = Even checken: hoe sterk is de drang nu? Antwoord hieronder, of sla het over.

## When the time is up

urge-rating-after = Hoe sterk is het nu?
urge-again = Met nog een golf mee
urge-breathe = Ademen
urge-done-title = De tijd die je had ingesteld is om.
urge-done-text = Wat je ook wel of niet hebt gedaan, je bent erbij gebleven. Daar is kracht voor nodig.
# When the person said at the last check-in that the urge was still strong.
urge-done-still-strong = Je zei dat het nog sterk was. Je bent er toch bij gebleven. Je kunt met nog een golf meegaan, ademen, of je plan openen (P).

## Beside the wave: HALT, and play it forward (for an urge to act out)

urge-halt-title = Voordat de drang beslist: honger, boos, eenzaam, moe?
urge-halt-lead = Een drang lift vaak mee op een van deze. Als je in die behoefte voorziet, kan dat hem een deel van zijn kracht ontnemen.
urge-halt-hungry = Honger?
urge-halt-hungry-do = Eet iets kleins, of drink een glas water.
urge-halt-angry = Boos?
urge-halt-angry-do = Laat het door je lichaam gaan: loop, schud je handen los, of schrijf op waar je boos om werd.
urge-halt-lonely = Eenzaam?
urge-halt-lonely-do = Bereik iemand: een persoon uit je plan, je groep, of een bijeenkomst (H).
urge-halt-tired = Moe?
urge-halt-tired-do = Rust als dat kan: ga liggen, sluit je ogen, en laat de golf voorbijgaan terwijl je rust.
urge-forward-title = Spoel de film door
urge-forward-lead = Wat je op een rustiger moment schreef over wat er daarna gebeurt:
urge-forward-none = Op een rustiger moment kun je opschrijven wat er gebeurt nadat je aan een drang toegeeft, in je eigen woorden, onder Je eigen woorden (L). Het wordt dan hier getoond.
urge-reach = Iemand bereiken (H)

## The urge to check (for a partner): the same wave, its own words

urge-check-title = De drang om te controleren uitzitten
urge-check-intro = De drang om een telefoon, een account of een zoekgeschiedenis te controleren kan onweerstaanbaar voelen. Net als een golf komt hij op, bereikt een hoogtepunt en zakt weer. Je kunt hem voorbij zien gaan zonder ernaar te handelen, en later, als je rustig bent, beslissen wat je moet weten.
urge-check-running-title = Je zit de drang om te controleren uit
urge-check-words-rising = De drang om te controleren komt op. Na wat er gebeurd is, is dat begrijpelijk. Merk op waar je hem voelt; je hoeft er nu niet naar te handelen.
urge-check-words-peak = Dit is het hoogtepunt. Zo sterk blijft het niet. Adem, en laat het er zijn.
urge-check-words-still-strong = Je zei dat het nog sterk is. Dat mag. Zo sterk blijft het niet voor altijd; adem, en laat het er zijn.
urge-check-words-easing = Misschien zakt het al. Wat je ook wilt uitzoeken, je kunt erover beslissen als je rustig bent.
urge-check-done-text = Je bent erbij gebleven. Wat je moet weten, kan wachten tot een rustiger moment, of tot je volgende sessie.
