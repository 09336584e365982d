# Settings: look, sound, closing, keys, What helped, the shortcut to breathing, start at
# login, and where the person's words are kept.

settings-title = Einstellungen
settings-saved = Gespeichert.
# $reason says why, in a full sentence.
settings-not-saved = Nicht gespeichert. { $reason }
settings-not-changed = Nicht geändert. { $reason }

## Look and sound

settings-language = Sprache
settings-language-system = Die Sprache des Systems ({ $name })
settings-language-changed = Steady spricht jetzt { $name }.

settings-theme = Design
settings-theme-system = Wie das System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-text-size = Textgröße
settings-text-size-normal = Normal
settings-text-size-large = Groß
settings-text-size-larger = Größer
settings-motion = Bewegung
settings-motion-system = Wie das System
settings-motion-reduce = Bewegung reduzieren
settings-sound = Ton
settings-sound-about = Sanfte Töne, die das Atmen leiten, wenn deine Augen geschlossen sind.
settings-sound-play = Töne abspielen
settings-volume = Lautstärke

## Closing, keys, What helped

settings-closing = Fenster schließen
settings-close-to-tray = Steady im Infobereich lassen, wenn ich das Fenster schließe, damit es sich sofort wieder öffnet
settings-close-to-tray-about = Ist das aus, beendet das Schließen des Fensters Steady. Über das Menü im Infobereich kannst du jederzeit beenden.
settings-keys = Tasten
settings-single-keys = Einzelne Buchstaben öffnen Bildschirme (B Atmen, G Erden, U Welle reiten, P Mein Plan, W Was geholfen hat, H Jetzt Hilfe holen, S Einstellungen)
settings-single-keys-about = Schalte das aus, wenn ein versehentlicher Tastendruck dich woandershin bringen könnte. F1 öffnet weiterhin „Jetzt Hilfe holen“, Esc führt weiterhin zur Startseite, und die Leertaste pausiert weiterhin das Atmen.
settings-helped = Was geholfen hat
settings-keep-helped = Nach dem Atmen, dem Erden oder der Welle ohne Nachfrage eine private Notiz in „Was geholfen hat“ behalten
settings-keep-helped-about = Ist das aus, behält Steady nichts, außer du kreuzt am Ende einer Übung das Kästchen an.

## Shortcut to breathing

settings-shortcut-heading = Tastenkürzel zum Atmen
settings-shortcut-about = Eine Tastenkombination, die das Atmen von überall öffnet, auch wenn Steady im Infobereich ist. Du kannst diesen Befehl auch in den Tastatureinstellungen deines Desktops festlegen:
settings-shortcut-about-wayland = Dein Desktop erlaubt Steady vielleicht keine Taste, die überall funktioniert. Leg in den Tastatureinstellungen deines Desktops ein eigenes Tastenkürzel an, das Folgendes ausführt:
settings-shortcut-keys = Tastenkombination
# $example is the shortcut a new Steady uses, such as Ctrl+Alt+B.
settings-shortcut-hint = Drück die Tasten, während das Feld ausgewählt ist, oder tippe sie ein, zum Beispiel { $example }. Nimm Ctrl (Strg), Alt oder Super dazu.
settings-shortcut-use = Dieses Tastenkürzel verwenden
settings-shortcut-turn-off = Tastenkürzel ausschalten
# What the shortcut is doing now. $keys is the key combination.
settings-shortcut-on = { $keys } öffnet das Atmen von überall.
settings-shortcut-off = Das Tastenkürzel ist aus.
settings-shortcut-starting = Das Tastenkürzel wird eingerichtet.
settings-shortcut-wayland = Dieser Desktop (Wayland) erlaubt Apps keine Taste, die überall funktioniert. Du kannst den Befehl unten stattdessen in den Tastatureinstellungen deines Desktops festlegen.
settings-shortcut-taken = Ein anderes Programm nutzt { $keys } schon. Wähle eine andere Kombination.
settings-shortcut-failed = { $keys } konnte nicht eingerichtet werden. Wähle eine andere Kombination.
settings-shortcut-unavailable = Globale Tastenkürzel sind hier nicht verfügbar.

## Start at login

settings-login-heading = Start bei der Anmeldung
settings-login-box = Steady bei meiner Anmeldung starten, verborgen im Infobereich
settings-login-unavailable = Auf diesem System noch nicht verfügbar.
settings-login-on = Steady startet, wenn du dich anmeldest, verborgen im Infobereich.
settings-login-off = Steady startet nicht, wenn du dich anmeldest.

## Where your words are kept

settings-where-heading = Wo deine Worte aufbewahrt werden
settings-where-about = Alles, was du schreibst, bleibt auf diesem Computer, in diesem Ordner. Steady sendet nichts irgendwohin.
# $version is Steady's version number, such as 1.2.0.
settings-version = Steady { $version }
settings-privacy-heading = Privatsphäre
settings-privacy-about = Schütze, was du schreibst, mit einer Passphrase, sperre Steady, blende es mit F9 sofort aus, oder gib ihm einen unauffälligen Namen.
settings-privacy-open = Privatsphäre und Schutz

## What brings you here (home's question, changeable here)

settings-brings = Was dich zu Steady bringt
settings-brings-unanswered = Auf der Startseite fragen
settings-brings-about = Das ändert nur, welche Werkzeuge auf der Startseite zuerst kommen. Es bleibt auf diesem Computer.
