# The person's own breathing patterns. Their names are the person's own words: they are
# arguments here, never catalogue text.

patterns-title = Your own patterns
# $max is the longest a part can be, in seconds.
patterns-intro = Up to five parts to a breath, each from 0 to { $max } seconds in half seconds. Leave a part at 0 to skip it.
patterns-back = Back to breathing
patterns-none = You have no patterns of your own yet.

## The form

patterns-form-new = New pattern
patterns-form-change = Change { $name }
patterns-heading-new = Make a new pattern
patterns-heading-change = Change “{ $name }”
patterns-name = Name
patterns-part-in = Breathe in (seconds)
patterns-part-top_up = Top-up breath in (seconds)
patterns-part-hold_in = Hold after breathing in (seconds)
patterns-part-out = Breathe out (seconds)
patterns-part-hold_out = Hold after breathing out (seconds)
patterns-save-new = Save pattern
patterns-save-changes = Save changes
patterns-cancel = Cancel

## Each pattern in the list

patterns-change = Change
    .aria-label = Change { $name }
patterns-delete = Delete
    .aria-label = Delete { $name }

## What happened

patterns-saved = Saved “{ $name }”.
# $reason says why, in a full sentence.
patterns-not-saved = Not saved. { $reason }
patterns-deleted = Deleted “{ $name }”.
patterns-not-deleted = Not deleted. { $reason }
patterns-undo = Undo
patterns-back-again = “{ $name }” is back.
