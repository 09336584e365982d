# "A reminder hit me" (screens/reminder.js): for a partner when a trigger or an image of
# what happened hits. Never say the feeling is wrong, never say "you should", never blame.

reminder-title = A reminder hit me
# $n is this step's number, $count how many there are.
reminder-step-of = Step { $n } of { $count }
reminder-next = Next
reminder-back = Back

reminder-name-title = Something brought it back
reminder-name-text = A sight, a word, a phone face down, a late message, a scene in a film: something reminded you of what happened. What you feel makes sense. A reminder is about what happened; it is not always a sign that something is happening now. You do not have to work out which right now.

reminder-now-title = This is now
reminder-now-text = Read today's date and the time. Look around and notice where you are, and that you are here.
reminder-now-none = You can write sentences that are true for you, such as “I did not cause this” or “I do not have to decide anything tonight”, under Your own words. They will be shown here.
reminder-now-locked = Your own sentences are behind the lock. This step works without them.

reminder-body-title = One thing for your body
reminder-body-text = Press your feet into the floor and feel it press back. Breathe in, then let the breath out slowly, a little longer than it came in. Three times, at your own pace.

reminder-choose-title = What would help now?
reminder-choose-text = There is no right choice, and you can come back to this at any time.
reminder-choose-breathe = Breathe with a guide
reminder-choose-ground = Ground myself
reminder-choose-check = Ride out the urge to check
reminder-choose-note = Note it for later
reminder-choose-reach = Reach someone

reminder-note-label = What do you want to look at later?
reminder-note-help = For your next therapy session, or for a calmer hour when you can decide what it means. It stays on this computer, in For my next session.
reminder-note-save = Keep it for later
reminder-note-kept = Kept in For my next session. You do not have to do anything more with it now.
reminder-note-open = Open my lists
