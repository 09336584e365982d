# Riding the wave, urge surfing (screens/urge.js). The plan's steps and people shown beside
# the wave are the person's own words: never catalogue text.

## Before the wave

urge-title = Ride the wave
urge-intro = An urge rises, peaks and falls, like a wave, usually within half an hour. You can watch it without fighting it and without acting on it.
urge-rating-before = How strong is the urge right now?
urge-start = Start
# The summary of the folded options. $minutes is the wave's length in minutes; $checks is
# yes when Steady will ask how strong the urge is every few minutes, no when it will not.
urge-options-summary = Length and check-ins: { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, { $checks ->
        [yes] with a question every few minutes
       *[no] with no questions
    }
# $least and $most are the shortest and the longest a wave can be, in minutes.
urge-minutes-label = How long, in minutes ({ $least } to { $most })
urge-checks-label = Ask me every few minutes how strong it is

## The wave

urge-running-title = Riding the wave
# The words follow the wave: rising, at its peak, easing. They never say it is easing
# when the person said it is still strong.
urge-words-rising = The urge is rising. Notice where you feel it in your body. You do not have to do anything about it.
urge-words-peak = This is the peak. It will not stay this strong. Breathe, and let it be there.
urge-words-still-strong = You said it is still strong. That is all right. It will not stay this strong forever; breathe, and let it be there.
urge-words-easing = It may be easing. Urges pass, whether or not you act on them. You are riding it.
# $time is how long is left, as minutes and seconds, such as 12:30.
urge-time-left = { $time } left
urge-from-plan = From your plan
urge-open-plan = Open my plan (P)
urge-plan-empty = Your plan’s own steps and people will show here once you have written them (P).
urge-stop = Stop

## A check-in during the wave

urge-checkin = Check-in
urge-checkin-legend = How strong is the urge now?
urge-checkin-note = Note it
urge-checkin-skip = Skip
urge-checkin-announce = A check-in: how strong is the urge now? Answer it below, or skip it.

## When the time is up

urge-rating-after = How strong is it now?
urge-again = Ride another wave
urge-breathe = Breathe
urge-done-title = The time you set is up.
urge-done-text = Whatever you did or did not do, you stayed with it. That takes strength.
# When the person said at the last check-in that the urge was still strong.
urge-done-still-strong = You said it was still strong. You stayed with it all the same. You can ride another wave, breathe, or open your plan (P).
