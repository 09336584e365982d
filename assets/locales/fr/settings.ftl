# Settings: look, sound, closing, keys, What helped, the shortcut to breathing, start at
# login, and where the person's words are kept.

settings-title = Paramètres
settings-saved = Enregistré.
# $reason says why, in a full sentence.
settings-not-saved = Non enregistré. { $reason }
settings-not-changed = Rien n’a changé. { $reason }

## Look and sound

settings-language = Langue
settings-language-system = La langue du système ({ $name })
settings-language-changed = Steady parle maintenant { $name }.

settings-theme = Thème
settings-theme-system = Suivre le système
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-text-size = Taille du texte
settings-text-size-normal = Normale
settings-text-size-large = Grande
settings-text-size-larger = Plus grande
settings-motion = Animations
settings-motion-system = Suivre le système
settings-motion-reduce = Réduire les animations
settings-sound = Son
settings-sound-about = De doux repères sonores qui guident la respiration quand vous avez les yeux fermés.
settings-sound-play = Jouer les repères sonores
settings-volume = Volume

## Closing, keys, What helped

settings-closing = Fermeture de la fenêtre
settings-close-to-tray = Garder Steady dans la zone de notification quand je ferme la fenêtre, pour qu’il se rouvre aussitôt
settings-close-to-tray-about = Si cette option est désactivée, fermer la fenêtre quitte Steady. Vous pouvez quitter à tout moment depuis le menu de la zone de notification.
settings-keys = Touches
settings-single-keys = Une seule lettre ouvre un écran (B respirer, G s’ancrer, U surfer sur la vague, P mon plan, W ce qui a aidé, H aide immédiate, S paramètres)
settings-single-keys-about = Désactivez cette option si une touche pressée par mégarde risque de vous faire changer d’écran. F1 ouvre toujours Aide immédiate, Échap ramène toujours à l’accueil, et Espace met toujours la respiration en pause.
settings-helped = Ce qui a aidé
settings-keep-helped = Après une respiration, un ancrage ou une vague, garder une note privée dans Ce qui a aidé sans me le demander
settings-keep-helped-about = Si cette option est désactivée, Steady ne garde rien, sauf si vous cochez la case à la fin d’une séance.

## Shortcut to breathing

settings-shortcut-heading = Raccourci vers la respiration
settings-shortcut-about = Une combinaison de touches qui ouvre la respiration depuis n’importe où, même quand Steady est dans la zone de notification. Vous pouvez aussi associer cette commande à une touche dans les paramètres clavier de votre bureau :
settings-shortcut-about-wayland = Votre bureau ne permet peut-être pas à Steady de définir une touche qui fonctionne partout. Dans les paramètres clavier de votre bureau, ajoutez un raccourci personnalisé qui lance :
settings-shortcut-keys = Combinaison de touches
# $example is the shortcut a new Steady uses, such as Ctrl+Alt+B.
settings-shortcut-hint = Appuyez sur les touches quand le champ est sélectionné, ou saisissez-les, par exemple { $example }. Incluez Ctrl, Alt ou Super.
settings-shortcut-use = Utiliser ce raccourci
settings-shortcut-turn-off = Désactiver le raccourci
# What the shortcut is doing now. $keys is the key combination.
settings-shortcut-on = { $keys } ouvre la respiration depuis n’importe où.
settings-shortcut-off = Le raccourci est désactivé.
settings-shortcut-starting = Le raccourci est en cours de configuration.
settings-shortcut-wayland = Ce bureau (Wayland) ne permet pas aux applications de définir une touche qui fonctionne partout. Vous pouvez plutôt associer la commande ci-dessous à une touche dans les paramètres clavier de votre bureau.
settings-shortcut-taken = Un autre programme utilise déjà { $keys }. Choisissez une autre combinaison.
settings-shortcut-failed = { $keys } n’a pas pu être configuré. Choisissez une autre combinaison.
settings-shortcut-unavailable = Les raccourcis globaux ne sont pas disponibles ici.

## Start at login

settings-login-heading = Démarrer à l’ouverture de session
settings-login-box = Démarrer Steady quand j’ouvre ma session, masqué dans la zone de notification
settings-login-unavailable = Pas encore disponible sur ce système.
settings-login-on = Steady démarrera quand vous ouvrirez votre session, masqué dans la zone de notification.
settings-login-off = Steady ne démarrera pas quand vous ouvrirez votre session.

## Where your words are kept

settings-where-heading = Où vos mots sont conservés
settings-where-about = Tout ce que vous écrivez reste sur cet ordinateur, dans ce dossier. Steady n’envoie rien nulle part.
# $version is Steady's version number, such as 1.2.0.
settings-version = Steady { $version }
settings-privacy-heading = Confidentialité
settings-privacy-about = Protégez ce que vous écrivez avec une phrase secrète, verrouillez Steady, masquez-le d’un coup avec F9, ou donnez-lui un nom discret.
settings-privacy-open = Confidentialité et protection

## What brings you here (home's question, changeable here)

settings-brings = Ce qui vous amène à Steady
settings-brings-unanswered = Me le demander sur l’écran d’accueil
settings-brings-about = Cela change seulement l’ordre des outils sur l’écran d’accueil. Cela reste sur cet ordinateur.
