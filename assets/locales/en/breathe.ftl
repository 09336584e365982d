# Guided breathing (screens/breathe.js): choosing a pattern and a length, the session, and
# its gentle close. Patterns' names, descriptions and advice come from the core (built-in
# data or the person's own): they are arguments here, never catalogue text.

## Choosing

breathe-choose-title = Choose how to breathe
breathe-choose-intro = Steady starts with your choice from now on. Follow the shape, or close your eyes and follow the sounds. If you feel dizzy or light-headed, stop and breathe normally.
breathe-pattern-legend = Pattern
# The parts of the person's own pattern, each with $seconds, its length in seconds (such
# as 4 or 4.5). They are listed together in breathe-own-parts.
breathe-own-part-in = in { $seconds }
breathe-own-part-top_up = top-up { $seconds }
breathe-own-part-hold_in = hold { $seconds }
breathe-own-part-out = out { $seconds }
breathe-own-part-hold_out = hold { $seconds }
# $parts is the list of the parts above, already joined (such as "in 4, hold 2, out 6").
breathe-own-parts = Your own: { $parts }.
breathe-length-legend = How long
# A session's length, as a choice. $minutes is a number.
breathe-length-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
breathe-length-open = Until I stop
# What Start will begin: $pattern is the pattern's name; $minutes the length in minutes,
# or "open" for a session that runs until the person stops it.
breathe-choice = { $pattern }, { $minutes ->
        [open] until I stop
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
breathe-start = Start
breathe-own-patterns = Your own patterns

## Sound, on the choosing screen

breathe-sound-cues = Soft sound cues will guide you: a rising note to breathe in, a falling one to breathe out.
breathe-sound-off = Sound cues are off (you can turn them on in Settings).
# Why there are no cues: $reason is no_device (no output device could be opened) or
# failed (the sound could not start).
breathe-sound-missing = { $reason ->
        [failed] Sound could not start, so breathing goes on without sound cues.
       *[no_device] No sound device found, so breathing goes on without sound cues.
    }

## The session

# The phase words, one per kind of phase, shown large on the shape.
breathe-phase-in = Breathe in
breathe-phase-top_up = A little more in
breathe-phase-hold_in = Hold, gently
breathe-phase-out = Breathe out
breathe-phase-hold_out = Rest
# Said to a screen reader for a breath in that a short top-up follows, so the two are
# one announcement.
breathe-phase-in-then-top-up = Breathe in, then a little more
breathe-settle = Settle in
breathe-paused = Paused
# $time is how long is left (or has passed), as minutes and seconds, such as 2:05.
breathe-time-left = { $time } left
breathe-time-so-far = { $time } so far
breathe-pause = Pause
breathe-resume = Resume
breathe-stop = Stop
breathe-change = Change pattern or length
# Under the session. $minutes is its length in minutes, or "open" when it runs until the
# person stops it; $sound is on, off, no_device (no sound device) or failed (sound could
# not start).
breathe-session-notes = { $minutes ->
        [open] Until you stop.
       *[other] { $minutes } min.
    } { $sound ->
        [on] Sound cues are on.
        [no_device] No sound device found.
        [failed] Sound could not start.
        [opening] Sound is still starting: the cues join from your next session.
       *[off] Sound cues are off.
    } Space pauses, Escape stops.
# Announced as a session starts; $pattern is the pattern's name.
breathe-announce-start = { $pattern }. Settle in. The first breath comes in a few seconds.
breathe-announce-paused = Paused. Press Space to go on.
breathe-announce-going-on = Going on.

## The close

breathe-feel-legend = How do you feel now?
breathe-feel-scale = 0 is calm, 10 is the worst it gets.
breathe-again = Breathe again
breathe-done-title = You took this time for yourself.
breathe-done-text = Notice how your body feels now. There is no right answer.
breathe-announce-ended = The session has ended.
