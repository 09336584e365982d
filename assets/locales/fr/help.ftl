# Get help now (screens/help.js). Numbers, the names of lines and groups, their hours and
# notes, and the name of a country come from the directory (assets/crisis-lines.json):
# they are arguments here, never catalogue text.

help-title = Aide immédiate
help-loading = Chargement…

## The emergency number

help-emergency-title = Numéro d’urgence
# $country is the country's name.
# $code is the country's ISO code: English says "the" before some names.
# French: the title names the country after a colon, so no article or preposition is
# needed and $code is not used.
help-emergency-title-in = Numéro d’urgence : { $country }
# The Call button. $number is the number, such as 112.
help-call-number = Appeler le { $number }
help-emergency-now = Si vous êtes en danger, ou si vous pensez à vous faire du mal et risquez de passer à l’acte, appelez le { $number } maintenant. Vous n’avez pas à tout expliquer ; dire que vous avez besoin d’aide suffit.
# Shown with 112 when Steady could not read its list of lines.
help-fallback-note = Le 112 joint les secours depuis n’importe quel téléphone dans l’UE. Ailleurs, il fonctionne souvent depuis un portable, mais utilisez votre numéro d’urgence local si vous le connaissez.
help-no-directory = Steady n’a pas pu ouvrir sa liste de lignes d’écoute pour l’instant. Le numéro ci-dessus fonctionne depuis la plupart des téléphones.

## Where a number came from. $source names it; $when is a month and year, such as November 2026.

help-source-checked = Source : { $source }. Dernière vérification : { $when }.
help-source = Source : { $source }.
help-checked = Dernière vérification : { $when }.

## The person's own people, from their plan

help-own-title = Vos contacts
help-own-none = Vous n’avez encore ajouté personne. Les personnes en qui vous avez confiance, ainsi que votre thérapeute ou votre médecin, peuvent figurer dans votre plan, et elles s’afficheront ici.
help-own-add = Ajouter vos propres contacts à votre plan

## Crisis lines

help-lines-title = Lignes d’écoute
# $country is the country's name.
# French: as help-emergency-title-in, the country after a colon; $code is not used.
help-lines-title-in = Lignes d’écoute : { $country }
help-country-label = Votre pays
help-country-find = Trouver votre pays
# How many countries match what was typed in "Find your country".
help-country-matches = { $count ->
        [0] Aucun pays ne correspond. Essayez son nom en anglais ou dans sa propre langue.
        [one] Un pays correspond. Appuyez sur Entrée pour le choisir.
       *[other] { $count } pays correspondent. Appuyez sur Entrée pour choisir le premier.
    }
help-country-auto = Utiliser le réglage de cet ordinateur
help-country-not-listed = Mon pays n’est pas dans la liste
help-lines-none = Steady n’a pas encore de ligne d’écoute vérifiée pour votre pays. Si vous connaissez une ligne d’écoute locale, ajoutez-la à votre plan sous « Professionnels et lignes d’écoute » : elle s’affichera ici avec vos contacts.
help-lines-none-here = Steady ne connaît aucune ligne d’écoute ouverte à tous dans ce pays. Le numéro d’urgence ci-dessus répond toujours. Si vous connaissez une ligne locale, ajoutez-la à votre plan sous « Professionnels et lignes d’écoute » : elle s’affichera ici avec vos contacts.
help-abuse-title = Si quelqu’un vous fait du mal ou vous fait craindre pour votre sécurité

## One line's ways in. $name is the line's name, $number its number.

# Read by a screen reader on the Call button.
help-call-line = Appeler { $name } au { $number }
# $keyword is the word to send, exactly as the line asks for it.
help-text-keyword = Envoyer { $keyword } par SMS au { $number }
help-text-number = SMS au { $number }
# Read by a screen reader on the Text button.
help-text-line = Envoyer un SMS à { $name } au { $number }
help-tty = Téléscripteur (ATS) : { $number }
# $address is an email address.
help-email = E-mail : { $address }
help-copy-tty = Copier le numéro du téléscripteur
help-chat = Discussion en ligne : { $address }
help-whatsapp = Messages WhatsApp : { $number }
# Read by a screen reader after "Show on my phone:" or "Hide the code:".
help-phone-line = { $name }, { $number }
help-phone-text-line = un SMS à { $name }, { $number }
help-copy-address = Copier l’adresse
help-hours-always = Joignable 24 h/24, tous les jours.
# $hours is when the line answers, as the directory says it.
help-hours = Horaires : { $hours }.
# $languages is a list of languages, such as "English and Spanish".
help-languages = Répond en { $languages }.

## Support groups

help-partners-title = Soutien pour les partenaires
help-recovery-title = Soutien pour les personnes en rétablissement
help-never-contacts = Steady ne contacte jamais personne de lui-même et n’envoie rien nulle part. Les appels et les SMS passent par les applications de votre propre téléphone, seulement quand vous appuyez sur le bouton.
help-own-locked = Vos contacts sont derrière le verrou. Les lignes ci-dessous fonctionnent sans déverrouiller.
help-own-unlock = Déverrouiller pour voir mes contacts
