# Settings: look, sound, closing, keys, What helped, the shortcut to breathing, start at
# login, and where the person's words are kept.

settings-title = Instellingen
settings-saved = Opgeslagen.
# $reason says why, in a full sentence.
settings-not-saved = Niet opgeslagen. { $reason }
settings-not-changed = Niet gewijzigd. { $reason }

## Look and sound

settings-language = Taal
settings-language-system = De taal van het systeem ({ $name })
settings-language-changed = Steady spreekt nu { $name }.

settings-theme = Thema
settings-theme-system = Systeem volgen
settings-theme-light = Licht
settings-theme-dark = Donker
settings-text-size = Tekstgrootte
settings-text-size-normal = Normaal
settings-text-size-large = Groot
settings-text-size-larger = Groter
settings-motion = Beweging
settings-motion-system = Systeem volgen
settings-motion-reduce = Minder beweging
settings-sound = Geluid
settings-sound-about = Zachte signalen die het ademen begeleiden als je ogen dicht zijn.
settings-sound-play = Geluidssignalen afspelen
settings-volume = Volume

## Closing, keys, What helped

settings-closing = Het venster sluiten
settings-close-to-tray = Steady in het systeemvak houden als ik het venster sluit, zodat het meteen weer opent
settings-close-to-tray-about = Staat dit uit, dan wordt Steady afgesloten als je het venster sluit. Via het menu in het systeemvak kun je altijd afsluiten.
settings-keys = Toetsen
settings-single-keys = Losse letters openen schermen (B ademen, G gronden, U met de golf mee, P mijn plan, W wat hielp, H direct hulp, S instellingen)
settings-single-keys-about = Zet dit uit als een verkeerde toetsaanslag je ergens anders heen zou kunnen brengen. F1 opent nog steeds Direct hulp, Esc gaat nog steeds naar het startscherm, en de spatiebalk pauzeert nog steeds het ademen.
settings-helped = Wat hielp
settings-keep-helped = Na ademen, gronden of de golf een privénotitie bewaren in Wat hielp, zonder het te vragen
settings-keep-helped-about = Staat dit uit, dan bewaart Steady niets, tenzij je aan het eind van een sessie het vakje aanvinkt.

## Shortcut to breathing

settings-shortcut-heading = Sneltoets voor ademen
settings-shortcut-about = Een toetscombinatie die het ademen overal opent, ook als Steady in het systeemvak staat. Je kunt deze opdracht ook koppelen in de toetsenbordinstellingen van je bureaublad:
settings-shortcut-about-wayland = Je bureaublad laat Steady misschien geen toets instellen die overal werkt. Voeg in de toetsenbordinstellingen van je bureaublad een eigen sneltoets toe die dit uitvoert:
settings-shortcut-keys = Toetscombinatie
# $example is the shortcut a new Steady uses, such as Ctrl+Alt+B.
settings-shortcut-hint = Druk op de toetsen terwijl het veld geselecteerd is, of typ ze, zoals { $example }. Gebruik Ctrl, Alt of Super.
settings-shortcut-use = Deze sneltoets gebruiken
settings-shortcut-turn-off = De sneltoets uitzetten
# What the shortcut is doing now. $keys is the key combination.
settings-shortcut-on = { $keys } opent het ademen overal.
settings-shortcut-off = De sneltoets staat uit.
settings-shortcut-starting = De sneltoets wordt ingesteld.
settings-shortcut-wayland = Dit bureaublad (Wayland) laat apps geen toets instellen die overal werkt. Je kunt de opdracht hieronder in plaats daarvan koppelen in de toetsenbordinstellingen van je bureaublad.
settings-shortcut-taken = Een ander programma gebruikt { $keys } al. Kies een andere combinatie.
settings-shortcut-failed = { $keys } kon niet worden ingesteld. Kies een andere combinatie.
settings-shortcut-unavailable = Algemene sneltoetsen zijn hier niet beschikbaar.

## Start at login

settings-login-heading = Starten bij inloggen
settings-login-box = Steady starten als ik inlog, verborgen in het systeemvak
settings-login-unavailable = Op dit systeem nog niet beschikbaar.
settings-login-on = Steady start als je inlogt, verborgen in het systeemvak.
settings-login-off = Steady start niet als je inlogt.

## Where your words are kept

settings-where-heading = Waar je woorden bewaard worden
settings-where-about = Alles wat je schrijft blijft op deze computer, in deze map. Steady verstuurt nergens iets heen.
# $version is Steady's version number, such as 1.2.0.
settings-version = Steady { $version }
settings-privacy-heading = Privacy
settings-privacy-about = Beveilig wat je schrijft met een wachtzin, vergrendel Steady, verberg het meteen met F9, of geef het een onopvallende naam.
settings-privacy-open = Privacy en beveiliging

## What brings you here (home's question, changeable here)

settings-brings = Wat je naar Steady brengt
settings-brings-unanswered = Vraag het me op het startscherm
settings-brings-about = Dit verandert alleen welke hulpmiddelen bovenaan het startscherm staan. Het blijft op deze computer.
