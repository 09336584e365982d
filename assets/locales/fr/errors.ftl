# Words for errors from the core, by code: error-<code>, the code as the core sends it
# (core/src/error.rs, enum Code). A refusal of input (code "invalid") has its own words
# by reason (invalid-<reason>, elsewhere); error-invalid is for a reason without them.
# $doc, where given, says which of Steady's files: plan, settings, patterns, grounding,
# helped or history. No paths and no system error text: those go to the log.

error-invalid = Steady ne peut pas utiliser cela tel quel. Vérifiez et réessayez.
error-locked = Une autre copie de Steady utilise déjà son dossier. Fermez-la, ou utilisez cette fenêtre-là.
error-newer_version =
    Une version plus récente de Steady a créé { $doc ->
        [plan] votre plan de sécurité
        [settings] vos paramètres
        [patterns] vos rythmes de respiration
        [grounding] vos étapes d’ancrage
        [helped] vos notes « Ce qui a aidé »
        [history] une version antérieure de votre plan
       *[other] ce fichier
    }. Steady n’y a pas touché. Mettez Steady à jour pour pouvoir y apporter des changements.
error-kept_unreadable =
    Steady garde { $doc ->
        [plan] votre plan de sécurité
        [settings] votre fichier de paramètres
        [patterns] votre fichier de rythmes de respiration
        [grounding] votre fichier d’étapes d’ancrage
        [helped] votre fichier de notes « Ce qui a aidé »
        [history] une version antérieure de votre plan
       *[other] ce fichier
    } sans y toucher, pour que rien ne s’y perde. Les modifications faites maintenant ne sont pas enregistrées.
error-disk_full =
    Le disque est plein : impossible d’enregistrer { $doc ->
        [plan] votre plan de sécurité
        [settings] vos paramètres
        [patterns] vos rythmes de respiration
        [grounding] vos étapes d’ancrage
        [helped] vos notes « Ce qui a aidé »
        [history] une version antérieure de votre plan
        [export] la copie de votre plan
        [autostart] le démarrage à l’ouverture de session
       *[other] vos modifications
    }. La dernière copie enregistrée n’a pas changé. Libérez de l’espace et réessayez.
error-read_only =
    Steady n’a pas le droit d’écrire dans son dossier : impossible d’enregistrer { $doc ->
        [plan] votre plan de sécurité
        [settings] vos paramètres
        [patterns] vos rythmes de respiration
        [grounding] vos étapes d’ancrage
        [helped] vos notes « Ce qui a aidé »
        [history] une version antérieure de votre plan
        [export] la copie de votre plan
        [autostart] le démarrage à l’ouverture de session
       *[other] vos modifications
    }. La dernière copie enregistrée n’a pas changé.
error-io =
    Impossible d’enregistrer { $doc ->
        [plan] votre plan de sécurité
        [settings] vos paramètres
        [patterns] vos rythmes de respiration
        [grounding] vos étapes d’ancrage
        [helped] vos notes « Ce qui a aidé »
        [history] une version antérieure de votre plan
        [export] la copie de votre plan
        [autostart] le démarrage à l’ouverture de session
       *[other] vos modifications
    } : le système a refusé l’écriture. La dernière copie enregistrée n’a pas changé, et ce que vous avez écrit est toujours là.
error-encode =
    Impossible de préparer { $doc ->
        [plan] votre plan de sécurité
        [settings] vos paramètres
        [patterns] vos rythmes de respiration
        [grounding] vos étapes d’ancrage
        [helped] vos notes « Ce qui a aidé »
        [history] une version antérieure de votre plan
        [export] la copie de votre plan
        [autostart] le démarrage à l’ouverture de session
       *[other] vos modifications
    } pour l’enregistrement. La dernière copie enregistrée n’a pas changé.
error-no_data_dir = Steady n’a pas trouvé de dossier pour ses données : aucun dossier personnel n’est connu. Donnez à { "STEADY_DATA_DIR" } le chemin d’un dossier que Steady peut utiliser.
error-data_dir = Steady n’a pas pu utiliser son dossier de données. Donnez à { "STEADY_DATA_DIR" } le chemin d’un dossier où Steady peut écrire.
error-already_running = Steady est déjà ouvert pour ce dossier de données.
# Followed by a QR code for a phone's camera and the number, large. $kind is "call" or "text", if given.
error-no_phone_app =
    { $kind ->
        [call] Cet ordinateur ne peut pas passer d’appels. Utilisez plutôt votre téléphone : scannez ce code avec son appareil photo, ou composez le numéro.
        [text] Cet ordinateur ne peut pas envoyer de SMS. Utilisez plutôt votre téléphone : scannez ce code avec son appareil photo, ou envoyez le SMS vous-même.
       *[other] Cet ordinateur ne peut pas passer d’appels ni envoyer de SMS. Utilisez plutôt un téléphone :
    }
error-unsupported = Le démarrage à l’ouverture de session n’est pas encore disponible sur ce système.
error-damaged = Une partie de Steady lui-même est endommagée. Réinstaller Steady la répare ; vos propres mots ne sont pas touchés.
error-path = Steady ne peut pas enregistrer à cet endroit. Choisissez l’un de vos propres dossiers, par exemple Documents.
error-print = La fenêtre d’impression n’a pas pu s’ouvrir. Vous pouvez plutôt enregistrer le plan dans un fichier texte.
error-shortcut_unavailable =
    { $reason ->
        [taken] Un autre programme utilise déjà cette combinaison de touches. Choisissez-en une autre.
        [wayland] Ce bureau ne permet pas aux applications de définir une touche qui fonctionne partout. Vous pouvez plutôt associer la commande de Steady à une touche dans les paramètres clavier de votre bureau.
        [no_plugin] Les raccourcis qui fonctionnent partout ne sont pas disponibles ici.
       *[other] Cette combinaison de touches n’a pas pu être configurée. Choisissez-en une autre.
    }

## Errors of the page itself

# Any code this catalogue has no words for.
error-protected = C’est derrière le verrou. Déverrouillez Steady avec votre phrase secrète pour y accéder. La respiration, l’ancrage et Aide immédiate fonctionnent sans elle.
error-wrong_secret = Cela n’ouvre pas Steady. Vérifiez la phrase secrète (les majuscules comptent) et réessayez, ou utilisez votre code de récupération.
error-try_later =
    Trop d’essais n’ont pas ouvert Steady. Vous pourrez réessayer dans { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }. La respiration, l’ancrage et Aide immédiate fonctionnent en attendant.
error-protection_on = La protection est déjà activée.
error-protection_off = La protection est désactivée : il n’y a donc rien à déverrouiller.
error-unknown = Un problème est survenu, et Steady n’a pas pu faire cela. Réessayez.
# The page was opened without Steady around it (in a plain browser).
error-no_core = Le cœur de Steady n’est pas joignable depuis cette page.
# A screen's code could not be loaded.
error-screen = Cet écran n’a pas pu s’ouvrir. Réessayez.
