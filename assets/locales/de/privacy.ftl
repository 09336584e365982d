# Privacy (ui/screens/privacy.js): protection with a passphrase, the recovery code,
# locking, hiding Steady at once, and the discreet name.

privacy-title = Privatsphäre
privacy-off = Der Schutz ist aus. Was du schreibst, liegt im Ordner von Steady auf diesem Computer und ist für alle lesbar, die diesen Ordner öffnen können.
privacy-on-heading = Schütze, was du schreibst, mit einer Passphrase
privacy-protects = Mit eingeschaltetem Schutz werden dein Plan und seine früheren Versionen, deine Notizen zu „Was geholfen hat“ und deine eigenen Erdungsschritte, Sätze und Atemmuster verschlüsselt auf diesem Computer gespeichert. Wer den Laptop aufklappt oder den Ordner von Steady kopiert, kann sie nicht lesen.
privacy-does-not = Er schützt nicht vor Spionagesoftware auf diesem Computer, vor jemandem, der deine Passphrase kennt, oder vor jemandem, der deinen Bildschirm sehen kann, während Steady offen ist.
privacy-forgetting = Wenn du die Passphrase vergisst, öffnet stattdessen ein Wiederherstellungscode deine Worte. Steady zeigt den Code ein einziges Mal, wenn du den Schutz einschaltest. Ohne die Passphrase oder den Code kann niemand deine Worte wieder lesen, auch Steady nicht.
privacy-help-open = Atmen, Erden und „Jetzt Hilfe holen“ funktionieren immer ohne die Passphrase.
privacy-new-passphrase = Neue Passphrase
privacy-repeat-passphrase = Dieselbe Passphrase noch einmal
privacy-current-passphrase = Deine Passphrase
privacy-passphrase-hint = Mindestens { $min } Zeichen. Ein paar gewöhnliche Wörter mit Leerzeichen dazwischen sind leicht zu merken und schwer zu erraten.
privacy-understood = Ich verstehe, dass meine Worte ohne meine Passphrase oder meinen Wiederherstellungscode nicht gelesen werden können.
privacy-turn-on = Schutz einschalten
privacy-turning-on = Deine Worte werden geschützt…
privacy-not-the-same = Die beiden Passphrasen stimmen nicht überein. Gib sie noch einmal ein.
privacy-tick-first = Bitte lies zuerst den Satz über die Passphrase und kreuze ihn an.
privacy-code-heading = Dein Wiederherstellungscode
privacy-code-about = Schreib ihn auf oder druck ihn aus, und bewahre ihn an einem Ort fern von diesem Computer auf. Er öffnet deine Worte, wenn du deine Passphrase vergisst. Steady zeigt ihn nur jetzt.
privacy-code-copy = Den Code kopieren
privacy-code-copied = Der Code ist kopiert. Füge ihn an einem sicheren Ort ein, fern von diesem Computer.
privacy-code-not-copied = Der Code konnte nicht kopiert werden. Schreib ihn stattdessen auf.
privacy-code-print = Den Code drucken
privacy-code-print-title = Wiederherstellungscode für Steady. An einem sicheren, privaten Ort aufbewahren.
privacy-code-done = Ich habe ihn sicher aufbewahrt
privacy-now-on = Der Schutz ist eingeschaltet.
privacy-on = Der Schutz ist eingeschaltet. Deine Worte werden verschlüsselt auf diesem Computer gespeichert.
privacy-locked = Steady ist gesperrt. Deine Worte bleiben gesperrt, bis du entsperrst.
privacy-lock-now = Jetzt sperren
privacy-lock-keys = Du kannst auch auf jedem Bildschirm { $keys } drücken oder im Infobereich „Sperren“ wählen. Steady sperrt sich außerdem, wenn sein Fenster ausgeblendet wird.
privacy-lock-after = Sperren, wenn ich Steady so lange nicht genutzt habe
privacy-lock-never = Nie
privacy-lock-minutes =
    { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }
privacy-saved = Gespeichert.
privacy-change-heading = Die Passphrase ändern
privacy-change = Die Passphrase ändern
privacy-changing = Die Passphrase wird geändert…
privacy-changed = Die Passphrase ist geändert. Dein Wiederherstellungscode funktioniert weiterhin.
privacy-off-heading = Schutz ausschalten
privacy-off-about = Deine Worte werden dann wieder als normale Dateien gespeichert, lesbar für alle, die den Ordner von Steady öffnen können.
privacy-turn-off = Schutz ausschalten
privacy-turning-off = Schutz wird ausgeschaltet…
privacy-now-off = Der Schutz ist aus.
privacy-hide-heading = Steady sofort ausblenden
privacy-hide-about = Drück auf jedem Bildschirm { $key }, um Steady sofort auszublenden. Was auf dem Bildschirm zu sehen war, verschwindet, und bei eingeschaltetem Schutz sperrt sich Steady. Über den Infobereich oder das Tastenkürzel kommt es zurück.
privacy-discreet = Einen unauffälligen Namen verwenden
privacy-discreet-about = Fenster und Infobereich zeigen „Notizen“ statt des Namens Steady, sodass ein Blick auf die Taskleiste nicht verrät, was es ist.
