# Notices the core gives once, at start (core/src/app): notice-<code>. $doc says which of
# Steady's files: plan, settings, patterns, grounding or helped. No paths: Settings shows
# where the folder is.

# $kept_as is the name the unreadable file is kept under, such as
# plan.corrupt-20261124T101500.json.
notice-set_aside =
    Steady konnte { $doc ->
        [plan] deinen Krisenplan
        [settings] deine Einstellungen
        [patterns] deine Atemmuster
        [grounding] deine Erdungsschritte
        [helped] deine Notizen zu „Was geholfen hat“
       *[other] eine seiner Dateien
    } nicht lesen. Die Datei wird unverändert als { $kept_as } im Ordner von Steady aufbewahrt (er wird in den Einstellungen angezeigt), und Steady nutzt vorerst die Standardwerte. Alles andere funktioniert wie bisher.
notice-left_alone =
    Steady konnte { $doc ->
        [plan] deinen Krisenplan
        [settings] deine Einstellungen
        [patterns] deine Atemmuster
        [grounding] deine Erdungsschritte
        [helped] deine Notizen zu „Was geholfen hat“
       *[other] eine seiner Dateien
    } nicht verwenden. Die Datei wurde genau so gelassen, wie sie ist, und Änderungen, die du jetzt machst, werden nicht gespeichert. Alles andere funktioniert wie bisher.
notice-newer_version =
    { $doc ->
        [plan] Dein Krisenplan wurde
        [settings] Deine Einstellungen wurden
        [patterns] Deine Atemmuster wurden
        [grounding] Deine Erdungsschritte wurden
        [helped] Deine Notizen zu „Was geholfen hat“ wurden
       *[other] Eine Datei von Steady wurde
    } mit einer neueren Version von Steady gespeichert. Daran wurde nichts verändert, und Steady nutzt die Standardwerte, ohne zu speichern. Aktualisiere Steady, um sie zu verwenden.
notice-repaired =
    Beim Öffnen { $doc ->
        [plan] deines Krisenplans
        [settings] deiner Einstellungen
        [patterns] deiner Atemmuster
        [grounding] deiner Erdungsschritte
        [helped] deiner Notizen zu „Was geholfen hat“
       *[other] einer seiner Dateien
    } hat Steady etwas gefunden, das repariert werden musste, und es repariert. Es ist nichts verloren gegangen.
notice-sealed_now =
    { $doc ->
        [plan] Dein Krisenplan war
        [patterns] Deine Atemmuster waren
        [grounding] Deine Erdungsschritte waren
        [helped] Deine Notizen zu „Was geholfen hat“ waren
       *[other] Eine deiner Dateien war
    } ungeschützt, obwohl der Schutz eingeschaltet ist. Steady hat das jetzt geschützt, und nichts davon ist verloren gegangen.
notice-read_only = Steady darf nicht in seinen Ordner schreiben und ist deshalb schreibgeschützt geöffnet: Du kannst deinen Plan lesen und jede Übung nutzen, aber Änderungen werden nicht gespeichert. Prüf die Berechtigungen des Ordners oder schaff Platz auf dem Datenträger, und starte Steady dann neu.
notice-folder_tightened = Andere Benutzerkonten auf diesem Computer konnten den Ordner von Steady öffnen. Steady hat das geändert, sodass nur du ihn öffnen kannst.
# A notice this catalogue has no words for.
notice-unknown = Steady ist beim Öffnen etwas an seinen Dateien aufgefallen, hat dafür aber noch keine Worte.
