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
        [text] Der Text
        [name] Der Name
        [phone] Die Nummer
        [hours] Die Erreichbarkeit
        [note] Die Notiz
        [step] Ein Schritt
        [statement] Ein Satz
        [pattern_name] Ein Name
        [passphrase] Eine Passphrase
       *[other] Das hier
    } darf bis zu { $max } Zeichen lang sein; im Moment { $n ->
        [one] ist es { $n } Zeichen.
       *[other] sind es { $n } Zeichen.
    } Es wurde nichts geändert.

invalid-control_character =
    { $what ->
        [pattern_name] Ein Name darf keine Zeilenumbrüche oder andere unsichtbare Zeichen enthalten.
        [passphrase] Eine Passphrase darf keine Zeilenumbrüche oder andere unsichtbare Zeichen enthalten, weil du sie nicht sehen und nicht noch einmal eingeben könntest.
        [step] Der Schritt enthält ein unsichtbares Steuerzeichen, das nicht gespeichert werden kann. Entferne es und versuch es noch einmal.
        [statement] Der Satz enthält ein unsichtbares Steuerzeichen, das nicht gespeichert werden kann. Entferne es und versuch es noch einmal.
        [name] Der Name enthält ein unsichtbares Steuerzeichen, das nicht gespeichert werden kann. Entferne es und versuch es noch einmal.
        [phone] Die Nummer enthält ein unsichtbares Steuerzeichen, das nicht gespeichert werden kann. Entferne es und versuch es noch einmal.
        [hours] Die Erreichbarkeit enthält ein unsichtbares Steuerzeichen, das nicht gespeichert werden kann. Entferne es und versuch es noch einmal.
        [note] Die Notiz enthält ein unsichtbares Steuerzeichen, das nicht gespeichert werden kann. Entferne es und versuch es noch einmal.
       *[other] Der Text enthält ein unsichtbares Steuerzeichen, das nicht gespeichert werden kann. Entferne es und versuch es noch einmal.
    }

invalid-empty =
    { $what ->
        [contact] Schreib einen Namen oder eine Nummer.
        [step] Schreib zuerst den Schritt.
        [statement] Schreib zuerst den Satz.
        [pattern_name] Gib dem Atemmuster einen Namen, damit du es wiederfindest.
        [passphrase] Gib zuerst deine Passphrase ein.
       *[other] Schreib zuerst etwas.
    }

invalid-full =
    { $what ->
        [plan_section] Ein Abschnitt kann bis zu { $max } Einträge enthalten. Lösch einen, um Platz zu schaffen.
        [own_steps] Du kannst bis zu { $max } eigene Schritte behalten. Lösch einen, um Platz zu schaffen.
        [own_patterns] Du kannst bis zu { $max } eigene Atemmuster behalten. Lösch eines, um Platz zu schaffen.
        [statements] Du kannst bis zu { $max } Sätze behalten.
        [helped] Deine Notizen zu „Was geholfen hat“ umfassen { $max } Einträge, so viele, wie Steady behält. Es wurde nichts verworfen; lösch einige ältere, um neue zu behalten.
       *[other] Diese Liste enthält schon { $max }, so viele, wie Steady behält. Lösch einen Eintrag, um Platz zu schaffen.
    }

invalid-too_many =
    { $what ->
        [plan_section] Ein Abschnitt dieses Plans hat { $n } Einträge; ein Abschnitt kann bis zu { $max } enthalten. Es wurde nichts geändert.
        [own_steps] Es gibt { $n } eigene Schritte; Steady behält bis zu { $max }. Es wurde nichts geändert.
        [own_patterns] Es gibt { $n } eigene Atemmuster; Steady behält bis zu { $max }. Es wurde nichts geändert.
        [statements] Du kannst bis zu { $max } Sätze behalten; { $n ->
            [one] das ist { $n }.
           *[other] das sind { $n }.
        } Es wurde nichts geändert.
        [helped] Es gibt { $n } Notizen zu „Was geholfen hat“; Steady behält bis zu { $max }. Es wurde nichts geändert.
       *[other] Das enthält { $n }; Steady behält bis zu { $max }. Es wurde nichts geändert.
    }

invalid-gone =
    { $what ->
        [plan_item] Dieser Eintrag ist nicht mehr in deinem Plan; vielleicht wurde er gelöscht.
        [deleted_item] Dieser Eintrag lässt sich nicht mehr zurückholen.
        [kept_plan] Dieser aufbewahrte Plan ist nicht mehr da.
        [version] Diese frühere Version wird nicht mehr aufbewahrt.
        [step] Dieser Schritt ist nicht mehr da; vielleicht wurde er gelöscht.
        [pattern] Dieses Atemmuster von dir ist nicht mehr da; vielleicht wurde es gelöscht.
       *[other] Das ist nicht mehr da; vielleicht wurde es gelöscht.
    }

invalid-id_clash = Zwei Einträge in diesem Plan haben dieselbe Nummer, oder eine Nummer liegt außerhalb des gültigen Bereichs. Es wurde nichts geändert.

invalid-no_more_ids = Steady kann in dieser Liste keine weiteren Einträge nummerieren.

invalid-unknown_format = Steady kann deinen Plan nicht in diesem Format speichern.

invalid-encode_failed = Dein Plan konnte nicht zum Speichern vorbereitet werden. Es wurde nichts geändert.

invalid-file_too_large = Diese Datei ist größer als { $max_mib } MiB, viel größer als jeder Plan. Es wurde nichts geändert.

invalid-newer_plan = Dieser Plan wurde mit einer neueren Version von Steady gespeichert. Es wurde nichts geändert.

invalid-not_a_plan = Das ist kein Krisenplan aus Steady, oder er ist beschädigt. Es wurde nichts geändert.

invalid-no_such_pattern = Steady hat kein Atemmuster mit diesem Namen. Vielleicht wurde es gelöscht.

invalid-session_length = Eine Übung dauert 1, 3, 5 oder 10 Minuten, oder bis du sie beendest.

invalid-phase_range =
    { $phase ->
        [in] Das Einatmen
        [top_up] Das Nachatmen
        [hold_in] Das Halten nach dem Einatmen
        [out] Das Ausatmen
        [hold_out] Das Halten nach dem Ausatmen
       *[other] Jeder Teil eines Atemzugs
    } kann 0 bis { $max } Sekunden dauern.

invalid-half_seconds =
    Zeiten gehen in halben Sekunden, zum Beispiel 4 oder 4,5. { $phase ->
        [in] Prüf die Zeit für das Einatmen.
        [top_up] Prüf die Zeit für das Nachatmen.
        [hold_in] Prüf die Zeit für das Halten nach dem Einatmen.
        [out] Prüf die Zeit für das Ausatmen.
        [hold_out] Prüf die Zeit für das Halten nach dem Ausatmen.
       *[other] Prüf jede Zeit.
    }

invalid-needs_in_and_out = Ein Atemmuster braucht ein Einatmen und ein Ausatmen, jeweils mindestens eine halbe Sekunde lang.

invalid-wave_length = Eine Welle dauert { $min } bis { $max } Minuten.

invalid-volume_range = Die Lautstärke reicht von { $min } bis { $max }.

invalid-unknown_country = Steady kennt dieses Land nicht. Wähle eines aus der Liste.

invalid-unknown_language = Diese Sprache spricht Steady noch nicht. Wähle eine aus der Liste.

invalid-shortcut_empty = Gib eine Tastenkombination ein, zum Beispiel Ctrl+Alt+B.

invalid-shortcut_not_a_modifier = Verwende vor der letzten Taste nur Ctrl (Strg), Alt, Shift (Umschalt) oder Super, zum Beispiel Ctrl+Alt+B.

invalid-shortcut_needs_modifier = Nimm Ctrl (Strg), Alt oder Super dazu, damit das Tastenkürzel nicht das normale Tippen übernimmt.

invalid-shortcut_last_key = Als letzte Taste geht ein Buchstabe, eine Ziffer oder eine Funktionstaste (F1 bis F12), zum Beispiel Ctrl+Alt+B.

invalid-no_such_tool = Dafür kann Steady keine Notiz behalten.

invalid-rating_range = Wie du dich fühlst, reicht von { $min } bis { $max }.

invalid-bad_detail = Eine Notiz zu „Was geholfen hat“ ist länger, als Steady behält, oder enthält ein unsichtbares Zeichen.

invalid-call_or_text = Steady kann nur einen Anruf oder eine SMS starten.

invalid-not_a_phone_number = Das sieht nicht wie eine Telefonnummer aus, deshalb kann sie von hier aus nicht gewählt werden. Du kannst sie trotzdem kopieren.

invalid-phone_digits = Eine Telefonnummer hat zwischen { $min } und { $max } Ziffern.

invalid-too_short =
    { $what ->
        [passphrase] Eine Passphrase braucht mindestens { $min } Zeichen. Ein paar gewöhnliche Wörter mit Leerzeichen dazwischen sind leicht zu merken und schwer zu erraten.
       *[other] Hier sind mindestens { $min } Zeichen nötig.
    }
invalid-not_a_code =
    { $what ->
        [recovery_code] Das ist kein Wiederherstellungscode. Ein Wiederherstellungscode besteht aus 32 Buchstaben und Ziffern, in acht Gruppen zu je vier.
       *[other] Das ist kein Code, den Steady vergibt.
    }
invalid-unreadable = Ein Teil der Schutzdatei von Steady kann nicht gelesen werden, deshalb kann sie nicht verwendet werden.
invalid-lock_after = Steady kann sich nach 5, 10, 15, 30 oder 60 Minuten sperren, oder nie.
invalid-protected_file = Diese Kopie eines Plans ist geschützt. Gib die Passphrase ein, mit der sie gespeichert wurde, oder ihren Wiederherstellungscode, um sie zu öffnen.
