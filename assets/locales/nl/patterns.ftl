# The person's own breathing patterns. Their names are the person's own words: they are
# arguments here, never catalogue text.

patterns-title = Je eigen patronen
# $max is the longest a part can be, in seconds.
patterns-intro = Tot vijf delen per ademhaling, elk van 0 tot { $max } seconden, per halve seconde. Laat een deel op 0 staan om het over te slaan.
patterns-back = Terug naar ademen
patterns-none = Je hebt nog geen eigen patronen.

## The form

patterns-form-new = Nieuw patroon
patterns-form-change = { $name } wijzigen
patterns-heading-new = Een nieuw patroon maken
patterns-heading-change = “{ $name }” wijzigen
patterns-name = Naam
patterns-part-in = Inademen (seconden)
patterns-part-top_up = Bijademen (seconden)
patterns-part-hold_in = Vasthouden na het inademen (seconden)
patterns-part-out = Uitademen (seconden)
patterns-part-hold_out = Vasthouden na het uitademen (seconden)
patterns-save-new = Patroon opslaan
patterns-save-changes = Wijzigingen opslaan
patterns-cancel = Annuleren

## Each pattern in the list

patterns-change = Wijzigen
    .aria-label = { $name } wijzigen
patterns-delete = Verwijderen
    .aria-label = { $name } verwijderen

## What happened

patterns-saved = “{ $name }” opgeslagen.
# $reason says why, in a full sentence.
patterns-not-saved = Niet opgeslagen. { $reason }
patterns-deleted = “{ $name }” verwijderd.
patterns-not-deleted = Niet verwijderd. { $reason }
patterns-undo = Ongedaan maken
patterns-back-again = “{ $name }” is terug.
