# Grounding (screens/ground.js) and shaping its steps (screens/ground-shape.js). The
# steps' titles, words and groups come from assets/grounding.json or from the person:
# they are arguments here, never catalogue text.

## Walking the steps (ground.js)

ground-title = Ground
ground-intro = Back to this room, this moment, this body. Go at your own pace; skip anything that does not suit you.
ground-rating-before = How strong is it right now?
ground-begin = Begin
ground-shape-steps = Shape these steps
# The keys that lead on from a step. Keep the key names as the keyboard shows them.
ground-ways-on = B breathe · P my plan · H get help now · Escape home
# The same, on a step that asks the person to type, where letters go into the field.
ground-ways-on-typing = F1 get help now · Escape home
# $n is this step's number, $total how many steps there are.
ground-step = Step { $n } of { $total }
# The same, with $group, the kind of step (such as "The senses").
ground-step-group = Step { $n } of { $total } · { $group }
# The heading of a step the person wrote, which has no title.
ground-own-step = Your own step
ground-next = Next
ground-finish = Finish
ground-skip = Skip this step
# $n is how many things the person has typed so far, $count how many the step asks for.
ground-noticed = { $n } of { $count } noticed
ground-notice-label = Type what you notice, if you like, and press Enter
ground-statements-none = You can write your own sentences for this step, such as your name or “this is now, not then”, under Shape these steps.
ground-rating-after = And now, how strong is it?
ground-done-title = You are here, now.
ground-done-text = Take a moment before you move on.

## Shaping the steps (ground-shape.js). $name is a step's title, or the start of its words.

ground-shape-title = Shape your grounding steps
ground-shape-intro = Not every step suits everyone. Leave out what does not help, move what helps most to the top, and add your own.
ground-shape-list = Your grounding steps
ground-shape-include = Include { $name }
# After the name of a step the person wrote.
ground-shape-yours = (yours)
ground-shape-up = Up
    .aria-label = Move { $name } up
ground-shape-down = Down
    .aria-label = Move { $name } down
ground-shape-delete = Delete
    .aria-label = Delete { $name }
ground-shape-own-title = A step of your own
ground-shape-own-label = What to do
# $most is the longest a step may be, in characters.
ground-shape-own-label-most = { $most ->
    [one] What to do (up to { $most } character)
   *[other] What to do (up to { $most } characters)
}
ground-shape-add = Add my step
ground-shape-statements-title = Sentences for “This is now”
ground-shape-statements-label = One per line, such as your name, “this is now, not then”, or “I am safe in this room”.
ground-shape-save-statements = Save these sentences
ground-shape-back = Back to grounding
ground-shape-saved = Saved.
# $reason says why, in a full sentence.
ground-shape-not-saved = Not saved. { $reason }
