# The unlock form and the locked panel (ui/lib/lock.js).

lock-form-name = Steady entsperren
lock-passphrase-label = Passphrase
lock-code-label = Wiederherstellungscode
lock-use-code = Stattdessen meinen Wiederherstellungscode verwenden
lock-use-passphrase = Stattdessen meine Passphrase verwenden
lock-unlock = Entsperren
lock-opening = Wird geöffnet…
lock-help-still-works = Atmen, Erden und „Jetzt Hilfe holen“ funktionieren auch ohne.
lock-plan = Dein Plan ist gesperrt. Gib deine Passphrase ein, um ihn zu öffnen.
lock-lists = Deine eigenen Worte sind gesperrt. Gib deine Passphrase ein, um sie zu öffnen.
lock-helped = Deine Notizen zu „Was geholfen hat“ sind gesperrt. Gib deine Passphrase ein, um sie zu öffnen.
lock-own-steps = Deine eigenen Schritte und Sätze sind gesperrt. Gib deine Passphrase ein, um sie zu öffnen.
lock-own-patterns = Deine eigenen Atemmuster sind gesperrt. Gib deine Passphrase ein, um sie zu öffnen.
