# My plan: reading it, changing it, its earlier versions, bringing one in, the guided
# setup, and the shared pieces (plan-view.js, plan-items.js).
# Section titles, prompts and examples come from the core, and items are the person's
# own words: they are arguments here, never catalogue text.

## Reading the plan (plan.js)

plan-title = Mon plan
plan-empty-intro = Un plan de sécurité est une courte liste, avec vos propres mots, de ce qui aide quand les choses deviennent difficiles : les signes à surveiller, ce que vous pouvez faire, et qui vous pouvez joindre.
plan-empty-time = L’écrire prend quelques minutes. Vous pouvez vous arrêter à tout moment, passer ce que vous voulez, et revenir plus tard. Tout reste sur cet ordinateur.
plan-start-writing = Commencer à écrire mon plan
plan-bring-back-earlier = Rétablir une version antérieure
plan-bring-in-file = Importer un plan depuis un fichier
plan-read-hint = Une étape à la fois. Si une étape n’aide pas, passez à la suivante. Les touches fléchées permettent de passer d’une étape à l’autre.
plan-step-back = Étape précédente
plan-step-next = Étape suivante
# $n is this step's number, $total how many steps there are, $title the section's title.
plan-step-heading = Étape { $n } sur { $total } : { $title }
plan-last-step = C’est la dernière étape. Si vous n’êtes pas en sécurité en ce moment, utilisez Aide immédiate (H) pour joindre quelqu’un.
plan-whole-show = Voir tout le plan
plan-whole-hide = Masquer tout le plan
plan-change = Modifier mon plan
plan-earlier-versions = Versions antérieures
plan-print = Imprimer
plan-save-text = Enregistrer en fichier texte
plan-save-json = Enregistrer une copie que Steady peut rétablir
# $path is where the file was saved.
plan-saved-to = Enregistré dans { $path }.
# $reason says why, in a full sentence.
plan-not-saved = Non enregistré. { $reason }
# The heading of the printed plan (and of the saved text file).
plan-export-title = Mon plan de sécurité

## Changing the plan (plan-edit.js) and the saving state (plan-items.js)

plan-edit-title = Modifier mon plan
plan-edit-hint = Les modifications s’enregistrent pendant que vous écrivez. Échap ou Terminé vous ramène en arrière.
plan-done = Terminé
plan-undo = Annuler
plan-saving = Enregistrement…
plan-all-saved = Toutes les modifications sont enregistrées.

## One section, editable (plan-items.js)

# $section is the section's title, $n the item's number in it.
plan-item-label = { $section }, élément { $n }
plan-contact-name = Nom
    .aria-label = Nom, { $section }, élément { $n }
plan-contact-phone = Téléphone
    .aria-label = Téléphone, { $section }, élément { $n }
plan-contact-hours = Horaires
    .aria-label = Horaires, { $section }, élément { $n }
plan-contact-note = Note
    .aria-label = Note, { $section }, élément { $n }
plan-item-up = Monter
    .aria-label = Monter { $section }, élément { $n }
plan-item-down = Descendre
    .aria-label = Descendre { $section }, élément { $n }
plan-item-delete = Supprimer
    .aria-label = Supprimer { $section }, élément { $n }
plan-item-deleted = Élément supprimé.
plan-add-to = Ajouter à « { $section } »
plan-example-label = Par exemple :
plan-example-show = Voir un exemple
plan-example-hide = Masquer l’exemple

## Earlier versions (plan-history.js)

plan-history-title = Versions antérieures de mon plan
# $kept is how many recent versions Steady keeps.
plan-history-intro = Steady garde les { $kept } dernières versions, ainsi que chaque plan que vous avez remplacé en rétablissant une version ou en important un fichier. Regardez-en une avant de la rétablir.
plan-history-none = Il n’y a pas encore de version antérieure.
# $when is the version's date and time, already formatted. $mark: kept, latest or other.
plan-history-entry = { $mark ->
        [kept] { $when } (conservé lors d’un remplacement)
        [latest] { $when } (dernière version)
       *[other] { $when }
    }
plan-history-version = La version du { $when }
plan-history-replaces = La rétablir remplace votre plan actuel. Votre plan actuel est alors conservé en haut de cette liste jusqu’à ce que vous le supprimiez.
plan-history-restore = Rétablir cette version
plan-history-not-restored = Non rétabli. { $reason }
plan-history-delete-kept = Supprimer ce plan conservé
plan-history-delete-confirm = Appuyez encore une fois pour le supprimer définitivement
plan-history-kept-deleted = Le plan conservé a été supprimé.
plan-history-not-deleted = Non supprimé. { $reason }

## Bringing in a plan from a file (plan-import.js)

plan-import-title = Importer un plan depuis un fichier
plan-import-intro = Choisissez une copie de plan enregistrée depuis Steady. Vous la verrez avant que quoi que ce soit ne change, et votre plan actuel sera conservé dans Versions antérieures.
plan-import-file = Fichier du plan
plan-import-too-large = Ce fichier dépasse 1 Mio, bien plus que n’importe quel plan. Rien n’a été modifié.
plan-import-preview = Voici le plan contenu dans le fichier
plan-import-use = Utiliser ce plan
plan-import-not-changed = Rien n’a changé. { $reason }

## The guided setup (plan-setup.js)

# $n is this part's number, $total how many parts there are.
plan-setup-heading = Votre plan, partie { $n } sur { $total }
plan-setup-next = Suivant
plan-setup-finish = Terminer
plan-setup-back = Retour
plan-setup-stop = M’arrêter là pour l’instant
plan-setup-hint = Laissez vide tout ce qui ne vous correspond pas. L’enregistrement se fait pendant que vous écrivez.

## Reading views, contacts, Call, Text and Copy (plan-view.js; Get help now uses them too)

plan-empty = Ce plan est vide.
plan-copy-number = Copier le numéro
# The Copy button's name for a screen reader: its label, then what it copies.
plan-copy-name = { $label } { $value }
plan-copied = Copié.
# $what: number or address.
plan-copy-failed = { $what ->
        [address] La copie n’a pas fonctionné. L’adresse est affichée à l’écran.
       *[number] La copie n’a pas fonctionné. Le numéro est affiché à l’écran.
    }
plan-dial-call = Appeler
plan-dial-text = SMS
# $who is the contact's name, or their number when they have no name.
plan-call-who = Appeler { $who }
plan-text-who = Envoyer un SMS à { $who }
plan-dial-call-opening = Votre application d’appel devrait s’ouvrir maintenant. Si rien ne s’ouvre, appelez depuis un téléphone.
plan-dial-text-opening = Votre application de messages devrait s’ouvrir maintenant. Si rien ne s’ouvre, envoyez le SMS depuis un téléphone.
plan-dial-call-failed = Cet ordinateur n’a pas pu lancer l’appel. Composez plutôt ce numéro sur un téléphone :
plan-dial-text-failed = Cet ordinateur n’a pas pu lancer le SMS. Envoyez plutôt ceci depuis un téléphone :

## The bridge to the phone: a QR code holding the number. $number is the number.

plan-phone-show = Afficher sur mon téléphone
plan-phone-hide = Masquer le code
# Read by a screen reader on the button, its words first. $what names the number: a
# person's name, a line's name and number, or the number alone.
plan-phone-show-what = Afficher sur mon téléphone : { $what }
plan-phone-hide-what = Masquer le code : { $what }
# What a screen reader says for the code itself.
plan-phone-code-call = Code QR qui place le { $number } dans le composeur de votre téléphone
plan-phone-code-text = Code QR qui prépare un SMS au { $number } sur votre téléphone
# $keyword is the word the text will already hold.
plan-phone-code-text-keyword = Code QR qui prépare un SMS au { $number } sur votre téléphone, avec { $keyword } déjà écrit
plan-phone-scan-call = Pointez l’appareil photo de votre téléphone vers le code et touchez ce qui s’affiche. Le numéro sera prêt à être appelé.
plan-phone-scan-text = Pointez l’appareil photo de votre téléphone vers le code et touchez ce qui s’affiche. Le SMS sera prêt à être envoyé.
plan-setup-protect = Si d’autres personnes utilisent cet ordinateur, vous pouvez protéger votre plan avec une phrase secrète.
plan-setup-protect-open = À propos de la protection
plan-save-readable-warning = La protection est activée, mais une copie enregistrée est un fichier ordinaire : toute personne qui l’ouvre peut lire votre plan. Une copie protégée ne s’ouvre qu’avec votre phrase secrète ou votre code de récupération, et Steady peut la réimporter.
plan-save-protected = Enregistrer une copie protégée
plan-save-readable-anyway = L’enregistrer lisible quand même
plan-save-cancel = Annuler
plan-import-protected = Cette copie est protégée
plan-import-passphrase = Sa phrase secrète
plan-import-by-code = Je saisis plutôt son code de récupération
plan-import-open = Ouvrir la copie
plan-import-wrong = Cela n’ouvre pas cette copie. Vérifiez la phrase secrète avec laquelle elle a été enregistrée (les majuscules comptent), ou utilisez son code de récupération.
plan-include-legend = Ajouter à l’impression et au fichier texte enregistré (seulement ce que vous cochez)
