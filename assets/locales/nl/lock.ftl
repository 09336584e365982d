# The unlock form and the locked panel (ui/lib/lock.js).

lock-form-name = Steady ontgrendelen
lock-passphrase-label = Wachtzin
lock-code-label = Herstelcode
lock-use-code = Mijn herstelcode gebruiken
lock-use-passphrase = Mijn wachtzin gebruiken
lock-unlock = Ontgrendelen
lock-opening = Openen…
lock-help-still-works = Ademen, gronden en Direct hulp werken ook zonder.
lock-plan = Je plan zit achter slot. Typ je wachtzin om het te openen.
lock-lists = Je eigen woorden zitten achter slot. Typ je wachtzin om ze te openen.
lock-helped = Je notities in Wat hielp zitten achter slot. Typ je wachtzin om ze te openen.
lock-own-steps = Je eigen stappen en zinnen zitten achter slot. Typ je wachtzin om ze te openen.
lock-own-patterns = Je eigen ademhalingspatronen zitten achter slot. Typ je wachtzin om ze te openen.
