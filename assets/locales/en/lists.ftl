# Your own words (screens/lists.js): three private lists. Never counted, scored or charted.

lists-title = Your own words
lists-intro = These stay on this computer, and nobody else sees them. Write as much or as little as you like.
lists-add = Add
lists-added = Added.
lists-delete = Delete
    .aria-label = Delete “{ $text }”
# $when is a date, such as 2 Dec 2026.
lists-added-on = { $when }
lists-deleted = Deleted.
lists-undo = Undo
lists-restored = Brought back.
lists-print = Print this list
lists-save-markdown = Save as a Markdown file
# $path is where the file was saved.
lists-saved = Saved to { $path }.

lists-true_sentences-title = Sentences that are true for me
lists-true_sentences-about = Words to come back to when a reminder hits. They are shown in A reminder hit me.
lists-true_sentences-add-label = A sentence that is true for you
lists-true_sentences-hint = For example: “I did not cause this.” “I do not have to decide anything tonight.”
lists-true_sentences-empty = Nothing here yet.

lists-next_session-title = For my next session
lists-next_session-about = Things to bring to therapy, or to look at when you are calm.
lists-next_session-add-label = Something to bring up
lists-next_session-hint = A thought, a question, something that happened. A few words are enough.
lists-next_session-empty = Nothing here yet.

lists-moments-title = Moments I got through
lists-moments-about = One sentence after a hard moment, to read again in the next one.
lists-moments-add-label = A moment you got through
lists-moments-hint = For example: “The film scene hit me, I breathed, and it passed.”
lists-moments-empty = Nothing here yet.

lists-play_forward-title = Play it forward
lists-play_forward-about = Written in a calm hour: what happens after acting on an urge, in your own words. Shown beside the wave.
lists-play_forward-add-label = What happens after
lists-play_forward-hint = For example: “I feel worse, not better, and I hide it again.”
lists-play_forward-empty = Nothing here yet.

lists-close_calls-title = Close calls
lists-close_calls-about = Notes written after a slip. Never counted, and nothing resets.
lists-close_calls-add-label = Write a close-call note
lists-close_calls-hint = What happened, what helped or could, what you will do next, who you can tell.
lists-close_calls-empty = Nothing here yet.
lists-close-halt = Going on: { $needs }
lists-close-helped = What helped, or could: { $text }
lists-close-next = Next: { $text }
lists-close-tell = Who I can tell: { $text }
