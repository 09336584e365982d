# Grounding (screens/ground.js) and shaping its steps (screens/ground-shape.js). The
# steps' titles, words and groups come from assets/grounding.json or from the person:
# they are arguments here, never catalogue text.

## Walking the steps (ground.js)

ground-title = S’ancrer
ground-intro = Revenir dans cette pièce, dans ce moment, dans ce corps. Allez à votre rythme ; passez tout ce qui ne vous convient pas.
ground-rating-before = Quelle est l’intensité en ce moment ?
ground-begin = Commencer
ground-shape-steps = Adapter ces étapes
# The keys that lead on from a step. Keep the key names as the keyboard shows them.
ground-ways-on = B respirer · P mon plan · H aide immédiate · Échap accueil
# The same, on a step that asks the person to type, where letters go into the field.
ground-ways-on-typing = F1 aide immédiate · Échap accueil
# $n is this step's number, $total how many steps there are.
ground-step = Étape { $n } sur { $total }
# The same, with $group, the kind of step (such as "The senses").
ground-step-group = Étape { $n } sur { $total } · { $group }
# The heading of a step the person wrote, which has no title.
ground-own-step = Votre propre étape
ground-next = Suivant
ground-finish = Terminer
ground-skip = Passer cette étape
# $n is how many things the person has typed so far, $count how many the step asks for.
ground-noticed = { $n } sur { $count } remarquées
ground-notice-label = Écrivez ce que vous remarquez, si vous le souhaitez, puis appuyez sur Entrée
ground-statements-none = Vous pouvez écrire vos propres phrases pour cette étape, comme votre nom ou « c’est maintenant, pas à l’époque », dans Adapter ces étapes.
ground-rating-after = Et maintenant, quelle est l’intensité ?
ground-done-title = Vous êtes ici, maintenant.
ground-done-text = Prenez un moment avant de passer à autre chose.

## Shaping the steps (ground-shape.js). $name is a step's title, or the start of its words.

ground-shape-title = Adapter vos étapes d’ancrage
ground-shape-intro = Toutes les étapes ne conviennent pas à tout le monde. Laissez de côté ce qui n’aide pas, placez en haut ce qui aide le plus, et ajoutez les vôtres.
ground-shape-list = Vos étapes d’ancrage
ground-shape-include = Inclure { $name }
# After the name of a step the person wrote.
ground-shape-yours = (la vôtre)
ground-shape-up = Monter
    .aria-label = Monter { $name }
ground-shape-down = Descendre
    .aria-label = Descendre { $name }
ground-shape-delete = Supprimer
    .aria-label = Supprimer { $name }
ground-shape-own-title = Une étape à vous
ground-shape-own-label = Que faire
# $most is the longest a step may be, in characters.
ground-shape-own-label-most = { $most ->
    [one] Que faire (jusqu’à { $most } caractère)
   *[other] Que faire (jusqu’à { $most } caractères)
}
ground-shape-add = Ajouter mon étape
ground-shape-statements-title = Phrases pour « C’est maintenant »
ground-shape-statements-label = Une par ligne, par exemple votre nom, « c’est maintenant, pas à l’époque », ou « je suis en sécurité dans cette pièce ».
ground-shape-save-statements = Enregistrer ces phrases
ground-shape-back = Retour à l’ancrage
ground-shape-saved = Enregistré.
# $reason says why, in a full sentence.
ground-shape-not-saved = Non enregistré. { $reason }
