# Grounding (screens/ground.js) and shaping its steps (screens/ground-shape.js). The
# steps' titles, words and groups come from assets/grounding.json or from the person:
# they are arguments here, never catalogue text.

## Walking the steps (ground.js)

ground-title = Gronden
ground-intro = Terug naar deze kamer, dit moment, dit lichaam. Ga in je eigen tempo; sla over wat niet bij je past.
ground-rating-before = Hoe sterk is het op dit moment?
ground-begin = Beginnen
ground-shape-steps = Deze stappen aanpassen
# The keys that lead on from a step. Keep the key names as the keyboard shows them.
ground-ways-on = B ademen · P mijn plan · H direct hulp · Esc startscherm
# The same, on a step that asks the person to type, where letters go into the field.
ground-ways-on-typing = F1 direct hulp · Esc startscherm
# $n is this step's number, $total how many steps there are.
ground-step = Stap { $n } van { $total }
# The same, with $group, the kind of step (such as "The senses").
ground-step-group = Stap { $n } van { $total } · { $group }
# The heading of a step the person wrote, which has no title.
ground-own-step = Je eigen stap
ground-next = Volgende
ground-finish = Afronden
ground-skip = Deze stap overslaan
# $n is how many things the person has typed so far, $count how many the step asks for.
ground-noticed = { $n } van { $count } opgemerkt
ground-notice-label = Typ wat je opmerkt, als je wilt, en druk op Enter
ground-statements-none = Je kunt je eigen zinnen voor deze stap schrijven, zoals je naam of “dit is nu, niet toen”, onder Deze stappen aanpassen.
ground-rating-after = En nu, hoe sterk is het?
ground-done-title = Je bent hier, nu.
ground-done-text = Neem even een moment voordat je verdergaat.

## Shaping the steps (ground-shape.js). $name is a step's title, or the start of its words.

ground-shape-title = Je grondingsstappen aanpassen
ground-shape-intro = Niet elke stap past bij iedereen. Laat weg wat niet helpt, zet wat het meest helpt bovenaan, en voeg je eigen stappen toe.
ground-shape-list = Je grondingsstappen
ground-shape-include = { $name } opnemen
# After the name of a step the person wrote.
ground-shape-yours = (van jou)
ground-shape-up = Omhoog
    .aria-label = { $name } omhoog verplaatsen
ground-shape-down = Omlaag
    .aria-label = { $name } omlaag verplaatsen
ground-shape-delete = Verwijderen
    .aria-label = { $name } verwijderen
ground-shape-own-title = Een eigen stap
ground-shape-own-label = Wat je doet
# $most is the longest a step may be, in characters.
ground-shape-own-label-most = { $most ->
    [one] Wat je doet (tot { $most } teken)
   *[other] Wat je doet (tot { $most } tekens)
}
ground-shape-add = Mijn stap toevoegen
ground-shape-statements-title = Zinnen voor “Dit is nu”
ground-shape-statements-label = Eén per regel, zoals je naam, “dit is nu, niet toen” of “ik ben veilig in deze kamer”.
ground-shape-save-statements = Deze zinnen opslaan
ground-shape-back = Terug naar gronden
ground-shape-saved = Opgeslagen.
# $reason says why, in a full sentence.
ground-shape-not-saved = Niet opgeslagen. { $reason }
