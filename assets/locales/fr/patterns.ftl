# The person's own breathing patterns. Their names are the person's own words: they are
# arguments here, never catalogue text.

patterns-title = Vos propres rythmes
# $max is the longest a part can be, in seconds.
patterns-intro = Jusqu’à cinq parties par respiration, chacune de 0 à { $max } secondes, par demi-secondes. Laissez une partie à 0 pour la sauter.
patterns-back = Retour à la respiration
patterns-none = Vous n’avez pas encore de rythmes à vous.

## The form

patterns-form-new = Nouveau rythme
patterns-form-change = Modifier { $name }
patterns-heading-new = Créer un nouveau rythme
patterns-heading-change = Modifier « { $name } »
patterns-name = Nom
patterns-part-in = Inspiration (secondes)
patterns-part-top_up = Inspiration complémentaire (secondes)
patterns-part-hold_in = Pause après l’inspiration (secondes)
patterns-part-out = Expiration (secondes)
patterns-part-hold_out = Pause après l’expiration (secondes)
patterns-save-new = Enregistrer le rythme
patterns-save-changes = Enregistrer les modifications
patterns-cancel = Annuler

## Each pattern in the list

patterns-change = Modifier
    .aria-label = Modifier { $name }
patterns-delete = Supprimer
    .aria-label = Supprimer { $name }

## What happened

patterns-saved = « { $name } » enregistré.
# $reason says why, in a full sentence.
patterns-not-saved = Non enregistré. { $reason }
patterns-deleted = « { $name } » supprimé.
patterns-not-deleted = Non supprimé. { $reason }
patterns-undo = Annuler
patterns-back-again = « { $name } » est de retour.
