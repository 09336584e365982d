# Privacy (ui/screens/privacy.js): protection with a passphrase, the recovery code,
# locking, hiding Steady at once, and the discreet name.

privacy-title = Privacy
privacy-off = De beveiliging staat uit. Wat je schrijft wordt bewaard in de map van Steady op deze computer, leesbaar voor iedereen die die map kan openen.
privacy-on-heading = Beveilig wat je schrijft met een wachtzin
privacy-protects = Met de beveiliging aan worden je plan en de eerdere versies ervan, je notities in Wat hielp, en je eigen grondingsstappen, zinnen en ademhalingspatronen versleuteld bewaard op deze computer. Iemand die de laptop openklapt of de map van Steady kopieert, kan ze niet lezen.
privacy-does-not = Het beschermt niet tegen spionagesoftware op deze computer, tegen iemand die je wachtzin kent, of tegen iemand die je scherm kan zien terwijl Steady open is.
privacy-forgetting = Als je de wachtzin vergeet, opent een herstelcode je woorden. Steady toont de code één keer, als je de beveiliging aanzet. Zonder de wachtzin of de code kan niemand je woorden ooit nog lezen, ook Steady niet.
privacy-help-open = Ademen, gronden en Direct hulp werken altijd, ook zonder de wachtzin.
privacy-new-passphrase = Nieuwe wachtzin
privacy-repeat-passphrase = Dezelfde wachtzin nog een keer
privacy-current-passphrase = Je wachtzin
privacy-passphrase-hint = Minstens { $min } tekens. Een paar gewone woorden met spaties ertussen zijn makkelijk te onthouden en moeilijk te raden.
privacy-understood = Ik begrijp dat mijn woorden zonder mijn wachtzin of mijn herstelcode niet gelezen kunnen worden.
privacy-turn-on = Beveiliging aanzetten
privacy-turning-on = Je woorden worden beveiligd…
privacy-not-the-same = De twee wachtzinnen zijn niet hetzelfde. Typ ze opnieuw.
privacy-tick-first = Lees eerst de zin over de wachtzin en vink hem aan.
privacy-code-heading = Je herstelcode
privacy-code-about = Schrijf hem op of druk hem af, en bewaar hem ergens ver van deze computer. Hij opent je woorden als je je wachtzin vergeet. Steady toont hem alleen nu.
privacy-code-copy = De code kopiëren
privacy-code-copied = De code is gekopieerd. Plak hem ergens waar hij veilig is, niet op deze computer.
privacy-code-not-copied = De code kon niet worden gekopieerd. Schrijf hem in plaats daarvan op.
privacy-code-print = De code afdrukken
privacy-code-print-title = Herstelcode voor Steady. Bewaar hem op een veilige, privé plek.
privacy-code-done = Ik heb hem veilig bewaard
privacy-now-on = De beveiliging staat aan.
privacy-on = De beveiliging staat aan. Je woorden worden versleuteld bewaard op deze computer.
privacy-locked = Steady is vergrendeld. Je woorden zitten achter slot tot je het ontgrendelt.
privacy-lock-now = Nu vergrendelen
privacy-lock-keys = Je kunt ook op elk scherm op { $keys } drukken, of Vergrendelen kiezen in het systeemvak. Steady vergrendelt ook als het venster verborgen wordt.
privacy-lock-after = Vergrendelen als ik Steady niet heb gebruikt gedurende
privacy-lock-never = Nooit
privacy-lock-minutes =
    { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }
privacy-saved = Opgeslagen.
privacy-change-heading = De wachtzin wijzigen
privacy-change = De wachtzin wijzigen
privacy-changing = De wachtzin wordt gewijzigd…
privacy-changed = De wachtzin is gewijzigd. Je herstelcode werkt nog steeds.
privacy-off-heading = Beveiliging uitzetten
privacy-off-about = Je woorden worden dan weer als gewone bestanden bewaard, leesbaar voor iedereen die de map van Steady kan openen.
privacy-turn-off = Beveiliging uitzetten
privacy-turning-off = Beveiliging wordt uitgezet…
privacy-now-off = De beveiliging staat uit.
privacy-hide-heading = Steady meteen verbergen
privacy-hide-about = Druk op elk scherm op { $key } om Steady meteen te verbergen. Wat er op het scherm stond, wordt gewist, en met de beveiliging aan vergrendelt Steady. Via het systeemvak of de sneltoets komt het terug.
privacy-discreet = Een onopvallende naam gebruiken
privacy-discreet-about = Het venster en het systeemvak tonen “Notities” in plaats van Steady, zodat een blik op de taakbalk niet verraadt wat het is.
