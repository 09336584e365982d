# My plan: reading it, changing it, its earlier versions, bringing one in, the guided
# setup, and the shared pieces (plan-view.js, plan-items.js).
# Section titles, prompts and examples come from the core, and items are the person's
# own words: they are arguments here, never catalogue text.

## Reading the plan (plan.js)

plan-title = My plan
plan-empty-intro = A safety plan is a short list, in your own words, of what helps when things get hard: the signs to watch for, what you can do, and who you can reach.
plan-empty-time = Writing it takes a few minutes. You can stop at any point, skip anything, and come back later. Everything stays on this computer.
plan-start-writing = Start writing my plan
plan-bring-back-earlier = Bring back an earlier version
plan-bring-in-file = Bring in a plan from a file
plan-read-hint = One step at a time. If a step does not help, go on to the next one. The arrow keys move between steps.
plan-step-back = Back a step
plan-step-next = Next step
# $n is this step's number, $total how many steps there are, $title the section's title.
plan-step-heading = Step { $n } of { $total }: { $title }
plan-last-step = This is the last step. If you are not safe right now, use Get help now (H) to reach a person.
plan-whole-show = See the whole plan
plan-whole-hide = Hide the whole plan
plan-change = Change my plan
plan-earlier-versions = Earlier versions
plan-print = Print
plan-save-text = Save as a text file
plan-save-json = Save a copy Steady can bring back
# $path is where the file was saved.
plan-saved-to = Saved to { $path }.
# $reason says why, in a full sentence.
plan-not-saved = Not saved. { $reason }
# The heading of the printed plan (and of the saved text file).
plan-export-title = My safety plan

## Changing the plan (plan-edit.js) and the saving state (plan-items.js)

plan-edit-title = Change my plan
plan-edit-hint = Changes save as you type. Escape or Done takes you back.
plan-done = Done
plan-undo = Undo
plan-saving = Saving…
plan-all-saved = All changes saved.

## One section, editable (plan-items.js)

# $section is the section's title, $n the item's number in it.
plan-item-label = { $section }, item { $n }
plan-contact-name = Name
    .aria-label = Name, { $section }, item { $n }
plan-contact-phone = Phone
    .aria-label = Phone, { $section }, item { $n }
plan-contact-hours = When they answer
    .aria-label = When they answer, { $section }, item { $n }
plan-contact-note = Note
    .aria-label = Note, { $section }, item { $n }
plan-item-up = Up
    .aria-label = Move { $section }, item { $n } up
plan-item-down = Down
    .aria-label = Move { $section }, item { $n } down
plan-item-delete = Delete
    .aria-label = Delete { $section }, item { $n }
plan-item-deleted = Item deleted.
plan-add-to = Add to “{ $section }”
plan-example-label = For example:
plan-example-show = Show an example
plan-example-hide = Hide the example

## Earlier versions (plan-history.js)

plan-history-title = Earlier versions of my plan
# $kept is how many recent versions Steady keeps.
plan-history-intro = Steady keeps the last { $kept } versions, and every plan you replaced by bringing one back or bringing in a file. Look at one before you bring it back.
plan-history-none = There are no earlier versions yet.
# $when is the version's date and time, already formatted. $mark: kept, latest or other.
plan-history-entry = { $mark ->
        [kept] { $when } (kept when replaced)
        [latest] { $when } (the latest)
       *[other] { $when }
    }
plan-history-version = The version from { $when }
plan-history-replaces = Bringing it back replaces your current plan. Your current plan is then kept at the top of this list until you delete it.
plan-history-restore = Bring back this version
plan-history-not-restored = Not restored. { $reason }
plan-history-delete-kept = Delete this kept plan
plan-history-delete-confirm = Press again to delete it for good
plan-history-kept-deleted = The kept plan has been deleted.
plan-history-not-deleted = Not deleted. { $reason }

## Bringing in a plan from a file (plan-import.js)

plan-import-title = Bring in a plan from a file
plan-import-intro = Choose a copy of a plan saved from Steady. You will see it before anything changes, and your current plan is kept under Earlier versions.
plan-import-file = Plan file
plan-import-too-large = That file is larger than 1 MiB, far larger than any plan. Nothing has been changed.
plan-import-preview = This is the plan in the file
plan-import-use = Use this plan
plan-import-not-changed = Not changed. { $reason }

## The guided setup (plan-setup.js)

# $n is this part's number, $total how many parts there are.
plan-setup-heading = Your plan, part { $n } of { $total }
plan-setup-next = Next
plan-setup-finish = Finish
plan-setup-back = Back
plan-setup-stop = Stop for now
plan-setup-hint = Leave anything empty that does not fit you. It saves as you type.

## Reading views, contacts, Call, Text and Copy (plan-view.js; Get help now uses them too)

plan-empty = This plan is empty.
plan-copy-number = Copy number
# The Copy button's name for a screen reader: its label, then what it copies.
plan-copy-name = { $label } { $value }
plan-copied = Copied.
# $what: number or address.
plan-copy-failed = { $what ->
        [address] Could not copy. The address is on the screen.
       *[number] Could not copy. The number is on the screen.
    }
plan-dial-call = Call
plan-dial-text = Text
# $who is the contact's name, or their number when they have no name.
plan-call-who = Call { $who }
plan-text-who = Text { $who }
plan-dial-call-opening = Your calling app should open now. If nothing opens, call from a phone.
plan-dial-text-opening = Your texting app should open now. If nothing opens, text from a phone.
plan-dial-call-failed = This computer could not start the call. Dial this number on a phone instead:
plan-dial-text-failed = This computer could not start the text. Send this from a phone instead:

## The bridge to the phone: a QR code holding the number. $number is the number.

plan-phone-show = Show on my phone
plan-phone-hide = Hide the code
# Read by a screen reader on the button, its words first. $what names the number: a
# person's name, a line's name and number, or the number alone.
plan-phone-show-what = Show on my phone: { $what }
plan-phone-hide-what = Hide the code: { $what }
# What a screen reader says for the code itself.
plan-phone-code-call = QR code that puts { $number } into your phone's dialler
plan-phone-code-text = QR code that starts a text to { $number } on your phone
# $keyword is the word the text will already hold.
plan-phone-code-text-keyword = QR code that starts a text to { $number } on your phone, with { $keyword } already written
plan-phone-scan-call = Point your phone's camera at the code and tap what it shows. The number will be ready to call.
plan-phone-scan-text = Point your phone's camera at the code and tap what it shows. The text will be ready to send.
plan-setup-protect = If others use this computer, you can protect your plan with a passphrase.
plan-setup-protect-open = About protection
plan-save-readable-warning = Protection is on, but a saved copy is an ordinary file: anyone who opens it can read your plan. A protected copy opens only with your passphrase or recovery code, and Steady can bring it back in.
plan-save-protected = Save a protected copy
plan-save-readable-anyway = Save it readable anyway
plan-save-cancel = Cancel
plan-import-protected = This copy is protected
plan-import-passphrase = Its passphrase
plan-import-by-code = I am typing its recovery code instead
plan-import-open = Open the copy
plan-import-wrong = That does not open this copy. Check the passphrase it was saved with (capital letters count), or use its recovery code.
plan-include-legend = Add to the printout and the saved text file (only what you tick)
