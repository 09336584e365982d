# Grounding (screens/ground.js) and shaping its steps (screens/ground-shape.js). The
# steps' titles, words and groups come from assets/grounding.json or from the person:
# they are arguments here, never catalogue text.

## Walking the steps (ground.js)

ground-title = Erden
ground-intro = Zurück in diesen Raum, diesen Moment, diesen Körper. Geh in deinem eigenen Tempo; überspring alles, was nicht zu dir passt.
ground-rating-before = Wie stark ist es gerade?
ground-begin = Beginnen
ground-shape-steps = Diese Schritte anpassen
# The keys that lead on from a step. Keep the key names as the keyboard shows them.
ground-ways-on = B Atmen · P Mein Plan · H Jetzt Hilfe holen · Esc Startseite
# The same, on a step that asks the person to type, where letters go into the field.
ground-ways-on-typing = F1 Jetzt Hilfe holen · Esc Startseite
# $n is this step's number, $total how many steps there are.
ground-step = Schritt { $n } von { $total }
# The same, with $group, the kind of step (such as "The senses").
ground-step-group = Schritt { $n } von { $total } · { $group }
# The heading of a step the person wrote, which has no title.
ground-own-step = Dein eigener Schritt
ground-next = Weiter
ground-finish = Fertig
ground-skip = Diesen Schritt überspringen
# $n is how many things the person has typed so far, $count how many the step asks for.
ground-noticed = { $n } von { $count } wahrgenommen
ground-notice-label = Schreib auf, was du wahrnimmst, wenn du magst, und drück die Eingabetaste
ground-statements-none = Du kannst für diesen Schritt eigene Sätze schreiben, zum Beispiel deinen Namen oder „Das ist jetzt, nicht damals“, unter „Diese Schritte anpassen“.
ground-rating-after = Und jetzt, wie stark ist es?
ground-done-title = Du bist hier, jetzt.
ground-done-text = Nimm dir einen Moment, bevor du weitermachst.

## Shaping the steps (ground-shape.js). $name is a step's title, or the start of its words.

ground-shape-title = Deine Erdungsschritte anpassen
ground-shape-intro = Nicht jeder Schritt passt für alle. Lass weg, was nicht hilft, schieb nach oben, was am meisten hilft, und füge eigene hinzu.
ground-shape-list = Deine Erdungsschritte
ground-shape-include = { $name } einbeziehen
# After the name of a step the person wrote.
ground-shape-yours = (deiner)
ground-shape-up = Nach oben
    .aria-label = { $name } nach oben verschieben
ground-shape-down = Nach unten
    .aria-label = { $name } nach unten verschieben
ground-shape-delete = Löschen
    .aria-label = { $name } löschen
ground-shape-own-title = Ein eigener Schritt
ground-shape-own-label = Was zu tun ist
# $most is the longest a step may be, in characters.
ground-shape-own-label-most = { $most ->
    [one] Was zu tun ist (bis zu { $most } Zeichen)
   *[other] Was zu tun ist (bis zu { $most } Zeichen)
}
ground-shape-add = Meinen Schritt hinzufügen
ground-shape-statements-title = Sätze für „Das ist jetzt“
ground-shape-statements-label = Einer pro Zeile, zum Beispiel dein Name, „Das ist jetzt, nicht damals“ oder „In diesem Raum bin ich sicher“.
ground-shape-save-statements = Diese Sätze speichern
ground-shape-back = Zurück zum Erden
ground-shape-saved = Gespeichert.
# $reason says why, in a full sentence.
ground-shape-not-saved = Nicht gespeichert. { $reason }
