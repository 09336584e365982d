# Words for a refusal of input (error code "invalid"), by its reason: invalid-<reason>,
# the reason as the core sends it (core/src/error.rs, enum Reason). The arguments are the
# reason's own: numbers ($max, $min, $n, $max_mib) and codes ($what, $phase), never the
# words the person typed. core/tests/catalogue.rs checks that every reason has words here.
#
# $what, for a text: text, name, phone, hours, note, contact, step, statement, pattern_name.
# $what, for a list: plan_section, own_steps, own_patterns, statements, helped.
# $what, for something gone: plan_item, deleted_item, kept_plan, version, step, pattern.
# $phase, a part of a breath: in, top_up, hold_in, out, hold_out.

invalid-too_long =
    { $what ->
        [text] Le texte
        [name] Le nom
        [phone] Le numéro
        [hours] Les horaires
        [note] La note
        [step] Une étape
        [statement] Une phrase
        [pattern_name] Un nom
        [passphrase] Une phrase secrète
       *[other] Ce champ
    } : { $max } caractères au maximum ; { $n ->
        [one] ici, { $n } caractère.
       *[other] ici, { $n } caractères.
    } Rien n’a été modifié.

invalid-control_character =
    { $what ->
        [pattern_name] Un nom ne peut pas contenir de retour à la ligne ni d’autres caractères invisibles.
        [passphrase] Une phrase secrète ne peut pas contenir de retour à la ligne ni d’autres caractères invisibles, car vous ne pourriez pas les voir pour les saisir à nouveau.
        [step] L’étape contient un caractère de contrôle invisible qui ne peut pas être gardé. Retirez-le et réessayez.
        [statement] La phrase contient un caractère de contrôle invisible qui ne peut pas être gardé. Retirez-le et réessayez.
        [name] Le nom contient un caractère de contrôle invisible qui ne peut pas être gardé. Retirez-le et réessayez.
        [phone] Le numéro contient un caractère de contrôle invisible qui ne peut pas être gardé. Retirez-le et réessayez.
        [hours] Les horaires contiennent un caractère de contrôle invisible qui ne peut pas être gardé. Retirez-le et réessayez.
        [note] La note contient un caractère de contrôle invisible qui ne peut pas être gardé. Retirez-le et réessayez.
       *[other] Le texte contient un caractère de contrôle invisible qui ne peut pas être gardé. Retirez-le et réessayez.
    }

invalid-empty =
    { $what ->
        [contact] Écrivez un nom ou un numéro.
        [step] Écrivez d’abord l’étape.
        [statement] Écrivez d’abord la phrase.
        [pattern_name] Donnez un nom au rythme, pour pouvoir le retrouver.
        [passphrase] Saisissez d’abord votre phrase secrète.
       *[other] Écrivez d’abord quelque chose.
    }

invalid-full =
    { $what ->
        [plan_section] Une section peut contenir jusqu’à { $max } éléments. Supprimez-en un pour faire de la place.
        [own_steps] Vous pouvez garder jusqu’à { $max } étapes à vous. Supprimez-en une pour faire de la place.
        [own_patterns] Vous pouvez garder jusqu’à { $max } rythmes à vous. Supprimez-en un pour faire de la place.
        [statements] Vous pouvez garder jusqu’à { $max } phrases.
        [helped] Vos notes « Ce qui a aidé » comptent { $max } entrées, le maximum que Steady garde. Rien n’a été retiré ; supprimez quelques anciennes entrées pour en garder de nouvelles.
       *[other] Cette liste contient déjà { $max } éléments, le maximum que Steady garde. Supprimez-en un pour faire de la place.
    }

invalid-too_many =
    { $what ->
        [plan_section] Une section de ce plan contient { $n } éléments ; une section peut en contenir jusqu’à { $max }. Rien n’a été modifié.
        [own_steps] Il y a { $n } étapes à vous ; Steady en garde jusqu’à { $max }. Rien n’a été modifié.
        [own_patterns] Il y a { $n } rythmes à vous ; Steady en garde jusqu’à { $max }. Rien n’a été modifié.
        [statements] Vous pouvez garder jusqu’à { $max } phrases ; ici, il y en a { $n }. Rien n’a été modifié.
        [helped] Il y a { $n } notes « Ce qui a aidé » ; Steady en garde jusqu’à { $max }. Rien n’a été modifié.
       *[other] Ceci en contient { $n } ; Steady en garde jusqu’à { $max }. Rien n’a été modifié.
    }

invalid-gone =
    { $what ->
        [plan_item] Cet élément n’est plus dans votre plan ; il a peut-être été supprimé.
        [deleted_item] Cet élément ne peut plus être récupéré.
        [kept_plan] Ce plan conservé n’est plus là.
        [version] Cette version antérieure n’est plus conservée.
        [step] Cette étape n’est plus là ; elle a peut-être été supprimée.
        [pattern] Ce rythme à vous n’est plus là ; il a peut-être été supprimé.
       *[other] Ce n’est plus là ; cela a peut-être été supprimé.
    }

invalid-id_clash = Deux éléments de ce plan ont le même numéro, ou un numéro est hors limites. Rien n’a été modifié.

invalid-no_more_ids = Steady ne peut plus numéroter d’éléments dans cette liste.

invalid-unknown_format = Steady ne peut pas enregistrer votre plan dans ce format.

invalid-encode_failed = Votre plan n’a pas pu être préparé pour l’enregistrement. Rien n’a été modifié.

invalid-file_too_large = Ce fichier dépasse { $max_mib } Mio, bien plus que n’importe quel plan. Rien n’a été modifié.

invalid-newer_plan = Ce plan a été enregistré par une version plus récente de Steady. Rien n’a été modifié.

invalid-not_a_plan = Ce n’est pas un plan de sécurité de Steady, ou il est endommagé. Rien n’a été modifié.

invalid-no_such_pattern = Steady n’a aucun rythme de respiration portant ce nom. Il a peut-être été supprimé.

invalid-session_length = Une séance dure 1, 3, 5 ou 10 minutes, ou jusqu’à ce que vous l’arrêtiez.

invalid-phase_range =
    { $phase ->
        [in] L’inspiration
        [top_up] L’inspiration complémentaire
        [hold_in] La pause après l’inspiration
        [out] L’expiration
        [hold_out] La pause après l’expiration
       *[other] Chaque partie d’une respiration
    } peut durer de 0 à { $max } secondes.

invalid-half_seconds =
    Les durées se comptent par demi-secondes, par exemple 4 ou 4,5. { $phase ->
        [in] Vérifiez la durée de l’inspiration.
        [top_up] Vérifiez la durée de l’inspiration complémentaire.
        [hold_in] Vérifiez la durée de la pause après l’inspiration.
        [out] Vérifiez la durée de l’expiration.
        [hold_out] Vérifiez la durée de la pause après l’expiration.
       *[other] Vérifiez chaque durée.
    }

invalid-needs_in_and_out = Un rythme a besoin d’une inspiration et d’une expiration, chacune d’au moins une demi-seconde.

invalid-wave_length = Une vague dure de { $min } à { $max } minutes.

invalid-volume_range = Le volume va de { $min } à { $max }.

invalid-unknown_country = Steady ne connaît pas ce pays. Choisissez-en un dans la liste.
invalid-unknown_language = Steady ne parle pas encore cette langue. Choisissez-en une dans la liste.

invalid-shortcut_empty = Saisissez une combinaison de touches, par exemple Ctrl+Alt+B.

invalid-shortcut_not_a_modifier = Avant la dernière touche, utilisez seulement Ctrl, Alt, Maj (Shift) ou Super, par exemple Ctrl+Alt+B.

invalid-shortcut_needs_modifier = Incluez Ctrl, Alt ou Super, pour que le raccourci ne prenne pas le dessus sur la saisie ordinaire.

invalid-shortcut_last_key = Terminez par une lettre, un chiffre ou une touche de fonction (F1 à F12), par exemple Ctrl+Alt+B.

invalid-no_such_tool = Steady ne peut pas garder de note pour cela.

invalid-rating_range = Votre ressenti va de { $min } à { $max }.

invalid-bad_detail = Une note « Ce qui a aidé » est plus longue que ce que Steady garde, ou contient un caractère invisible.

invalid-call_or_text = Steady peut seulement lancer un appel ou un SMS.

invalid-not_a_phone_number = Cela ne ressemble pas à un numéro de téléphone : il ne peut donc pas être composé d’ici. Vous pouvez quand même le copier.

invalid-phone_digits = Un numéro de téléphone compte entre { $min } et { $max } chiffres.

invalid-too_short =
    { $what ->
        [passphrase] Une phrase secrète doit compter au moins { $min } caractères. Quelques mots ordinaires séparés par des espaces sont faciles à retenir et difficiles à deviner.
       *[other] Il faut au moins { $min } caractères.
    }
invalid-not_a_code =
    { $what ->
        [recovery_code] Ce n’est pas un code de récupération. Un code de récupération compte 32 lettres et chiffres, en huit groupes de quatre.
       *[other] Ce n’est pas un code fourni par Steady.
    }
invalid-unreadable = Une partie du fichier de protection de Steady est illisible : il ne peut donc pas être utilisé.
invalid-lock_after = Steady peut se verrouiller après 5, 10, 15, 30 ou 60 minutes, ou jamais.
invalid-protected_file = Cette copie d’un plan est protégée. Saisissez la phrase secrète avec laquelle elle a été enregistrée, ou son code de récupération, pour l’ouvrir.
