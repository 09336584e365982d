# Words for errors from the core, by code: error-<code>, the code as the core sends it
# (core/src/error.rs, enum Code). A refusal of input (code "invalid") has its own words
# by reason (invalid-<reason>, elsewhere); error-invalid is for a reason without them.
# $doc, where given, says which of Steady's files: plan, settings, patterns, grounding,
# helped or history. No paths and no system error text: those go to the log.

error-invalid = Steady kann das so nicht verwenden. Bitte prüf es und versuch es noch einmal.
error-locked = Ein anderes geöffnetes Steady nutzt diesen Ordner schon. Schließ es, oder nutze sein Fenster.
error-newer_version =
    Eine neuere Version von Steady hat { $doc ->
        [plan] deinen Krisenplan
        [settings] deine Einstellungen
        [patterns] deine Atemmuster
        [grounding] deine Erdungsschritte
        [helped] deine Notizen zu „Was geholfen hat“
        [history] eine frühere Version deines Plans
       *[other] diese Datei
    } gespeichert. Daran wurde nichts verändert. Aktualisiere Steady, um etwas daran zu ändern.
error-kept_unreadable =
    { $doc ->
        [plan] Dein Krisenplan wird
        [settings] Deine Einstellungsdatei wird
        [patterns] Deine Datei mit Atemmustern wird
        [grounding] Deine Datei mit Erdungsschritten wird
        [helped] Deine Datei mit Notizen zu „Was geholfen hat“ wird
        [history] Eine frühere Version deines Plans wird
       *[other] Diese Datei wird
    } unverändert aufbewahrt, damit nichts darin verloren geht. Änderungen, die du jetzt machst, werden nicht gespeichert.
error-disk_full =
    Der Datenträger ist voll, deshalb { $doc ->
        [plan] konnte dein Krisenplan
        [settings] konnten deine Einstellungen
        [patterns] konnten deine Atemmuster
        [grounding] konnten deine Erdungsschritte
        [helped] konnten deine Notizen zu „Was geholfen hat“
        [history] konnte eine frühere Version deines Plans
        [export] konnte die Kopie deines Plans
        [autostart] konnte der Eintrag für den Start bei der Anmeldung
       *[other] konnte deine Änderung
    } nicht gespeichert werden. Die zuletzt gespeicherte Fassung ist unverändert. Schaff etwas Platz und versuch es noch einmal.
error-read_only =
    Steady darf nicht in seinen Ordner schreiben, deshalb { $doc ->
        [plan] konnte dein Krisenplan
        [settings] konnten deine Einstellungen
        [patterns] konnten deine Atemmuster
        [grounding] konnten deine Erdungsschritte
        [helped] konnten deine Notizen zu „Was geholfen hat“
        [history] konnte eine frühere Version deines Plans
        [export] konnte die Kopie deines Plans
        [autostart] konnte der Eintrag für den Start bei der Anmeldung
       *[other] konnte deine Änderung
    } nicht gespeichert werden. Die zuletzt gespeicherte Fassung ist unverändert.
error-io =
    { $doc ->
        [plan] Dein Krisenplan konnte
        [settings] Deine Einstellungen konnten
        [patterns] Deine Atemmuster konnten
        [grounding] Deine Erdungsschritte konnten
        [helped] Deine Notizen zu „Was geholfen hat“ konnten
        [history] Eine frühere Version deines Plans konnte
        [export] Die Kopie deines Plans konnte
        [autostart] Der Eintrag für den Start bei der Anmeldung konnte
       *[other] Deine Änderung konnte
    } nicht gespeichert werden: Das System hat das Schreiben verweigert. Die zuletzt gespeicherte Fassung ist unverändert, und was du geschrieben hast, ist noch da.
error-encode =
    { $doc ->
        [plan] Dein Krisenplan konnte
        [settings] Deine Einstellungen konnten
        [patterns] Deine Atemmuster konnten
        [grounding] Deine Erdungsschritte konnten
        [helped] Deine Notizen zu „Was geholfen hat“ konnten
        [history] Eine frühere Version deines Plans konnte
        [export] Die Kopie deines Plans konnte
        [autostart] Der Eintrag für den Start bei der Anmeldung konnte
       *[other] Deine Änderung konnte
    } nicht zum Speichern vorbereitet werden. Die zuletzt gespeicherte Fassung ist unverändert.
error-no_data_dir = Steady hat keinen Ordner für seine Daten gefunden: Es ist kein Benutzerordner bekannt. Setze { "STEADY_DATA_DIR" } auf einen Ordner, den Steady nutzen darf.
error-data_dir = Steady konnte seinen Datenordner nicht nutzen. Setze { "STEADY_DATA_DIR" } auf einen Ordner, in den Steady schreiben darf.
error-already_running = Steady ist für diesen Datenordner schon offen.
# Followed by a QR code for a phone's camera and the number, large. $kind is "call" or "text", if given.
error-no_phone_app =
    { $kind ->
        [call] Dieser Computer kann keine Anrufe tätigen. Nimm stattdessen dein Handy: Scanne diesen Code mit seiner Kamera, oder wähle die Nummer.
        [text] Dieser Computer kann keine SMS senden. Nimm stattdessen dein Handy: Scanne diesen Code mit seiner Kamera, oder schreib die SMS selbst.
       *[other] Dieser Computer kann weder anrufen noch SMS senden. Nimm stattdessen ein Handy:
    }
error-unsupported = Der Start bei der Anmeldung ist auf diesem System noch nicht verfügbar.
error-damaged = Ein Teil von Steady selbst ist beschädigt. Wenn du Steady neu installierst, ist es repariert; deine eigenen Worte sind davon nicht betroffen.
error-path = Steady kann dort nicht speichern. Wähle einen eigenen Ordner, zum Beispiel „Dokumente“.
error-print = Der Druckdialog konnte nicht geöffnet werden. Du kannst den Plan stattdessen als Textdatei speichern.
error-shortcut_unavailable =
    { $reason ->
        [taken] Ein anderes Programm nutzt diese Tastenkombination schon. Wähle eine andere.
        [wayland] Dieser Desktop erlaubt Apps keine Taste, die überall funktioniert. Du kannst den Befehl von Steady stattdessen in den Tastatureinstellungen deines Desktops festlegen.
        [no_plugin] Tasten, die überall funktionieren, sind hier nicht verfügbar.
       *[other] Diese Tastenkombination konnte nicht eingerichtet werden. Wähle eine andere.
    }

## Errors of the page itself

# Any code this catalogue has no words for.
error-protected = Das ist gesperrt. Entsperre Steady mit deiner Passphrase, um es zu nutzen. Atmen, Erden und „Jetzt Hilfe holen“ funktionieren auch ohne.
error-wrong_secret = Damit lässt sich Steady nicht öffnen. Prüf die Passphrase (Groß- und Kleinschreibung zählt) und versuch es noch einmal, oder nutze deinen Wiederherstellungscode.
error-try_later =
    Zu viele Versuche, die Steady nicht geöffnet haben. Du kannst es in { $seconds ->
        [one] einer Sekunde
       *[other] { $seconds } Sekunden
    } noch einmal versuchen. Atmen, Erden und „Jetzt Hilfe holen“ funktionieren in der Zwischenzeit.
error-protection_on = Der Schutz ist schon eingeschaltet.
error-protection_off = Der Schutz ist aus, es gibt also nichts zu entsperren.
error-unknown = Etwas ist schiefgegangen, und Steady konnte das nicht tun. Bitte versuch es noch einmal.
# The page was opened without Steady around it (in a plain browser).
error-no_core = Der Kern von Steady ist von dieser Seite aus nicht erreichbar.
# A screen's code could not be loaded.
error-screen = Dieser Bildschirm konnte sich nicht öffnen. Bitte versuch es noch einmal.
