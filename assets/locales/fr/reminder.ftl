# "A reminder hit me" (screens/reminder.js): for a partner when a trigger or an image of
# what happened hits. Never say the feeling is wrong, never say "you should", never blame.

reminder-title = Quelque chose me l’a rappelé
# $n is this step's number, $count how many there are.
reminder-step-of = Étape { $n } sur { $count }
reminder-next = Suivant
reminder-back = Retour

reminder-name-title = Quelque chose a tout ravivé
reminder-name-text = Une chose aperçue, un mot, un téléphone posé face contre la table, un message tardif, une scène de film : quelque chose vous a rappelé ce qui s’est passé. Ce que vous ressentez a du sens. Ce rappel concerne ce qui s’est passé ; ce n’est pas toujours le signe que quelque chose se passe maintenant. Vous n’avez pas à démêler cela tout de suite.

reminder-now-title = C’est maintenant
reminder-now-text = Lisez la date du jour et l’heure. Regardez autour de vous et remarquez où vous êtes, et que vous êtes ici.
reminder-now-none = Vous pouvez écrire des phrases vraies pour vous, comme « Ce n’est pas moi qui ai causé cela » ou « Je n’ai rien à décider ce soir », dans Vos propres mots. Elles s’afficheront ici.
reminder-now-locked = Vos propres phrases sont derrière le verrou. Cette étape fonctionne sans elles.

reminder-body-title = Une chose pour votre corps
reminder-body-text = Appuyez vos pieds contre le sol et sentez-le vous repousser. Inspirez, puis laissez l’air sortir lentement, un peu plus longtemps qu’il n’est entré. Trois fois, à votre rythme.

reminder-choose-title = Qu’est-ce qui aiderait maintenant ?
reminder-choose-text = Il n’y a pas de mauvais choix, et vous pouvez revenir ici à tout moment.
reminder-choose-breathe = Respirer avec un guide
reminder-choose-ground = M’ancrer
reminder-choose-check = Laisser passer l’envie de vérifier
reminder-choose-note = Le noter pour plus tard
reminder-choose-reach = Joindre quelqu’un

reminder-note-label = Qu’aimeriez-vous regarder plus tard ?
reminder-note-help = Pour votre prochaine séance de thérapie, ou pour un moment plus calme où vous pourrez décider de ce que cela signifie. Cela reste sur cet ordinateur, dans « Pour ma prochaine séance ».
reminder-note-save = Le garder pour plus tard
reminder-note-kept = Gardé dans « Pour ma prochaine séance ». Vous n’avez rien d’autre à en faire pour l’instant.
reminder-note-open = Ouvrir mes listes
