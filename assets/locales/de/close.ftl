# After a slip: the close-call note (screens/close-call.js). No shame, no counter, no
# streak, nothing resets; never "you should".

close-title = Nach einem Ausrutscher
close-lead = Aus einem Ausrutscher kann man lernen; er ist kein Urteil über dich. Hier wird nichts gezählt, und nichts wird zurückgesetzt. Schreib so viel oder so wenig, wie du magst; nur das erste Feld ist nötig.
close-happened-label = Was passiert ist
close-happened-hint = In deinen eigenen Worten, so schlicht du kannst.
close-halt-legend = War etwas davon im Spiel? (HALT)
close-helped-label = Was geholfen hat oder hätte helfen können
close-helped-hint = Etwas, das du getan hast, oder etwas, das du nächstes Mal ausprobieren könntest.
close-next-label = Was ich als Nächstes tue
close-next-hint = Ein kleiner Schritt reicht.
close-tell-label = Wem ich es erzählen kann
close-tell-hint = Ein Mensch aus deinem Plan, dein Sponsor, deine Gruppe, deine Therapeutin oder dein Therapeut.
close-save = Diese Notiz behalten
close-kept = Behalten, privat, unter „Knappe Momente“ in „Deine eigenen Worte“.
close-open-lists = „Deine eigenen Worte“ öffnen
close-reach = Jetzt jemanden erreichen
