# Privacy (ui/screens/privacy.js): protection with a passphrase, the recovery code,
# locking, hiding Steady at once, and the discreet name.

privacy-title = Confidentialité
privacy-off = La protection est désactivée. Ce que vous écrivez est conservé dans le dossier de Steady sur cet ordinateur, lisible par toute personne qui peut ouvrir ce dossier.
privacy-on-heading = Protéger ce que vous écrivez avec une phrase secrète
privacy-protects = Avec la protection activée, votre plan et ses versions antérieures, vos notes « Ce qui a aidé », ainsi que vos propres étapes d’ancrage, phrases et rythmes de respiration sont conservés sous forme chiffrée sur cet ordinateur. Une personne qui ouvre l’ordinateur portable ou copie le dossier de Steady ne peut pas les lire.
privacy-does-not = Elle ne protège pas contre un logiciel espion sur cet ordinateur, contre une personne qui connaît votre phrase secrète, ni contre une personne qui peut voir votre écran pendant que Steady est ouvert.
privacy-forgetting = Si vous oubliez la phrase secrète, un code de récupération ouvre vos mots à sa place. Steady affiche ce code une seule fois, quand vous activez la protection. Sans la phrase secrète ni le code, personne ne pourra plus lire vos mots, pas même Steady.
privacy-help-open = La respiration, l’ancrage et Aide immédiate fonctionnent toujours sans la phrase secrète.
privacy-new-passphrase = Nouvelle phrase secrète
privacy-repeat-passphrase = La même phrase secrète, encore une fois
privacy-current-passphrase = Votre phrase secrète
privacy-passphrase-hint = Au moins { $min } caractères. Quelques mots ordinaires séparés par des espaces sont faciles à retenir et difficiles à deviner.
privacy-understood = Je comprends que sans ma phrase secrète ni mon code de récupération, mes mots ne pourront pas être lus.
privacy-turn-on = Activer la protection
privacy-turning-on = Protection de vos mots…
privacy-not-the-same = Les deux phrases secrètes ne sont pas identiques. Saisissez-les à nouveau.
privacy-tick-first = Lisez d’abord la mention concernant la phrase secrète, puis cochez-la.
privacy-code-heading = Votre code de récupération
privacy-code-about = Notez-le ou imprimez-le, et gardez-le quelque part loin de cet ordinateur. Il ouvre vos mots si vous oubliez votre phrase secrète. Steady ne l’affiche que maintenant.
privacy-code-copy = Copier le code
privacy-code-copied = Le code est copié. Collez-le en lieu sûr, loin de cet ordinateur.
privacy-code-not-copied = Le code n’a pas pu être copié. Notez-le plutôt à la main.
privacy-code-print = Imprimer le code
privacy-code-print-title = Code de récupération de Steady. À garder en lieu sûr, à l’abri des regards.
privacy-code-done = Je l’ai mis en lieu sûr
privacy-now-on = La protection est activée.
privacy-on = La protection est activée. Vos mots sont conservés sous forme chiffrée sur cet ordinateur.
privacy-locked = Steady est verrouillé. Vos mots restent derrière le verrou jusqu’à ce que vous le déverrouilliez.
privacy-lock-now = Verrouiller maintenant
privacy-lock-keys = Vous pouvez aussi appuyer sur { $keys } depuis n’importe quel écran, ou choisir Verrouiller dans la zone de notification. Steady se verrouille aussi quand sa fenêtre est masquée.
privacy-lock-after = Verrouiller quand je n’ai pas utilisé Steady depuis
privacy-lock-never = Jamais
privacy-lock-minutes =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
privacy-saved = Enregistré.
privacy-change-heading = Changer la phrase secrète
privacy-change = Changer la phrase secrète
privacy-changing = Changement de la phrase secrète…
privacy-changed = La phrase secrète est changée. Votre code de récupération fonctionne toujours.
privacy-off-heading = Désactiver la protection
privacy-off-about = Vos mots seront de nouveau conservés en fichiers ordinaires, lisibles par toute personne qui peut ouvrir le dossier de Steady.
privacy-turn-off = Désactiver la protection
privacy-turning-off = Désactivation de la protection…
privacy-now-off = La protection est désactivée.
privacy-hide-heading = Masquer Steady d’un coup
privacy-hide-about = Appuyez sur { $key } depuis n’importe quel écran pour masquer Steady d’un coup. Ce qui était à l’écran est effacé et, si la protection est activée, Steady se verrouille. La zone de notification ou le raccourci le font réapparaître.
privacy-discreet = Utiliser un nom discret
privacy-discreet-about = La fenêtre et la zone de notification affichent « Notes » au lieu du nom de Steady, pour qu’un coup d’œil à la barre des tâches ne dise pas de quoi il s’agit.
