# Your own words (screens/lists.js): three private lists. Never counted, scored or charted.

lists-title = Vos propres mots
lists-intro = Tout ceci reste sur cet ordinateur, et personne d’autre ne le voit. Écrivez autant ou aussi peu que vous voulez.
lists-add = Ajouter
lists-added = Ajouté.
lists-delete = Supprimer
    .aria-label = Supprimer « { $text } »
# $when is a date, such as 2 Dec 2026.
lists-added-on = { $when }
lists-deleted = Supprimé.
lists-undo = Annuler
lists-restored = Rétabli.
lists-print = Imprimer cette liste
lists-save-markdown = Enregistrer en fichier Markdown
# $path is where the file was saved.
lists-saved = Enregistré dans { $path }.

lists-true_sentences-title = Des phrases vraies pour moi
lists-true_sentences-about = Des mots vers lesquels revenir quand quelque chose vous rappelle ce qui s’est passé. Ils s’affichent dans « Quelque chose me l’a rappelé ».
lists-true_sentences-add-label = Une phrase vraie pour vous
lists-true_sentences-hint = Par exemple : « Ce n’est pas moi qui ai causé cela. » « Je n’ai rien à décider ce soir. »
lists-true_sentences-empty = Rien ici pour l’instant.

lists-next_session-title = Pour ma prochaine séance
lists-next_session-about = Des choses à apporter en thérapie, ou à regarder quand vous serez au calme.
lists-next_session-add-label = Un sujet à aborder
lists-next_session-hint = Une pensée, une question, quelque chose qui s’est passé. Quelques mots suffisent.
lists-next_session-empty = Rien ici pour l’instant.

lists-moments-title = Des moments que j’ai traversés
lists-moments-about = Une phrase après un moment difficile, à relire lors du suivant.
lists-moments-add-label = Un moment que vous avez traversé
lists-moments-hint = Par exemple : « La scène du film a tout fait remonter, j’ai respiré, et c’est passé. »
lists-moments-empty = Rien ici pour l’instant.

lists-play_forward-title = Dérouler le film
lists-play_forward-about = Écrit dans un moment de calme : ce qui se passe après avoir cédé à une envie, avec vos propres mots. Affiché à côté de la vague.
lists-play_forward-add-label = Ce qui se passe ensuite
lists-play_forward-hint = Par exemple : « Je me sens plus mal, pas mieux, et je le cache encore une fois. »
lists-play_forward-empty = Rien ici pour l’instant.

lists-close_calls-title = Notes après un faux pas
lists-close_calls-about = Des notes écrites après un faux pas. Jamais comptées, et rien ne repart à zéro.
lists-close_calls-add-label = Écrire une note après un faux pas
lists-close_calls-hint = Ce qui s’est passé, ce qui a aidé ou aurait pu aider, ce que vous ferez ensuite, à qui vous pouvez en parler.
lists-close_calls-empty = Rien ici pour l’instant.
lists-close-halt = Ce qui était là : { $needs }
lists-close-helped = Ce qui a aidé, ou aurait pu : { $text }
lists-close-next = Ensuite : { $text }
lists-close-tell = À qui je peux en parler : { $text }
