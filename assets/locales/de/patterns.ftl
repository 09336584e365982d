# The person's own breathing patterns. Their names are the person's own words: they are
# arguments here, never catalogue text.

patterns-title = Deine eigenen Atemmuster
# $max is the longest a part can be, in seconds.
patterns-intro = Bis zu fünf Teile pro Atemzug, jeder von 0 bis { $max } Sekunden, in halben Sekunden. Lass einen Teil auf 0, um ihn auszulassen.
patterns-back = Zurück zum Atmen
patterns-none = Du hast noch keine eigenen Atemmuster.

## The form

patterns-form-new = Neues Atemmuster
patterns-form-change = { $name } ändern
patterns-heading-new = Ein neues Atemmuster anlegen
patterns-heading-change = „{ $name }“ ändern
patterns-name = Name
patterns-part-in = Einatmen (Sekunden)
patterns-part-top_up = Nachatmen (Sekunden)
patterns-part-hold_in = Halten nach dem Einatmen (Sekunden)
patterns-part-out = Ausatmen (Sekunden)
patterns-part-hold_out = Halten nach dem Ausatmen (Sekunden)
patterns-save-new = Atemmuster speichern
patterns-save-changes = Änderungen speichern
patterns-cancel = Abbrechen

## Each pattern in the list

patterns-change = Ändern
    .aria-label = { $name } ändern
patterns-delete = Löschen
    .aria-label = { $name } löschen

## What happened

patterns-saved = „{ $name }“ gespeichert.
# $reason says why, in a full sentence.
patterns-not-saved = Nicht gespeichert. { $reason }
patterns-deleted = „{ $name }“ gelöscht.
patterns-not-deleted = Nicht gelöscht. { $reason }
patterns-undo = Rückgängig
patterns-back-again = „{ $name }“ ist wieder da.
