# Notices the core gives once, at start (core/src/app): notice-<code>. $doc says which of
# Steady's files: plan, settings, patterns, grounding or helped. No paths: Settings shows
# where the folder is.

# $kept_as is the name the unreadable file is kept under, such as
# plan.corrupt-20261124T101500.json.
notice-set_aside =
    Steady n’a pas pu lire { $doc ->
        [plan] votre plan de sécurité
        [settings] vos paramètres
        [patterns] vos rythmes de respiration
        [grounding] vos étapes d’ancrage
        [helped] vos notes « Ce qui a aidé »
       *[other] l’un de ses fichiers
    }. Le fichier est conservé, sans modification, sous le nom { $kept_as } dans le dossier de Steady (indiqué dans les Paramètres), et Steady utilise pour l’instant les réglages par défaut. Tout le reste fonctionne comme avant.
notice-left_alone =
    Steady n’a pas pu utiliser { $doc ->
        [plan] votre plan de sécurité
        [settings] vos paramètres
        [patterns] vos rythmes de respiration
        [grounding] vos étapes d’ancrage
        [helped] vos notes « Ce qui a aidé »
       *[other] l’un de ses fichiers
    }. Steady n’a pas touché au fichier, et les modifications faites maintenant ne seront pas enregistrées. Tout le reste fonctionne comme avant.
notice-newer_version =
    Une version plus récente de Steady a enregistré { $doc ->
        [plan] votre plan de sécurité
        [settings] vos paramètres
        [patterns] vos rythmes de respiration
        [grounding] vos étapes d’ancrage
        [helped] vos notes « Ce qui a aidé »
       *[other] l’un des fichiers de Steady
    }. Steady n’y a pas touché, et utilise les réglages par défaut sans rien enregistrer. Mettez Steady à jour pour pouvoir vous en servir.
notice-repaired =
    En ouvrant { $doc ->
        [plan] votre plan de sécurité
        [settings] vos paramètres
        [patterns] vos rythmes de respiration
        [grounding] vos étapes d’ancrage
        [helped] vos notes « Ce qui a aidé »
       *[other] l’un de ses fichiers
    }, Steady a trouvé quelque chose à réparer, et l’a réparé. Rien n’a été perdu.
notice-sealed_now =
    Steady a trouvé { $doc ->
        [plan] votre plan de sécurité
        [patterns] vos rythmes de respiration
        [grounding] vos étapes d’ancrage
        [helped] vos notes « Ce qui a aidé »
       *[other] l’un de vos fichiers
    } sans protection, alors que la protection est activée. Steady vient d’y remédier, et rien n’a été perdu.
notice-read_only = Steady n’a pas le droit d’écrire dans son dossier : il s’est donc ouvert en lecture seule. Vous pouvez lire votre plan et utiliser chaque exercice, mais les modifications ne seront pas enregistrées. Vérifiez les droits du dossier ou libérez de l’espace disque, puis relancez Steady.
notice-folder_tightened = D’autres personnes sur cet ordinateur pouvaient ouvrir le dossier de Steady. Steady l’a modifié pour que vous soyez la seule personne à pouvoir l’ouvrir.
# A notice this catalogue has no words for.
notice-unknown = Steady a remarqué quelque chose dans ses fichiers à l’ouverture, mais n’a pas encore de mots pour le décrire.
