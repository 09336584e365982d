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

## Beside the wave: HALT, and play it forward (for an urge to act out)

urge-halt-title = Before the urge decides: hungry, angry, lonely, tired?
urge-halt-lead = An urge often rides on one of these. Meeting the need can take some of its strength.
urge-halt-hungry = Hungry?
urge-halt-hungry-do = Eat something small, or drink a glass of water.
urge-halt-angry = Angry?
urge-halt-angry-do = Let it move through your body: walk, shake out your hands, or write down what made you angry.
urge-halt-lonely = Lonely?
urge-halt-lonely-do = Reach someone: a person from your plan, your group, or a meeting (H).
urge-halt-tired = Tired?
urge-halt-tired-do = Rest if you can: lie down, close your eyes, and let the wave pass while you rest.
urge-forward-title = Play it forward
urge-forward-lead = What you wrote in a calmer hour about what happens after:
urge-forward-none = In a calmer hour, you can write what happens after acting on an urge, in your own words, under Your own words (L). It will be shown here.
urge-reach = Reach someone (H)

## The urge to check (for a partner): the same wave, its own words

urge-check-title = Ride out the urge to check
urge-check-intro = The urge to check a phone, an account or a search history can feel impossible to resist. Like a wave, it rises, peaks and falls. You can watch it pass without acting on it, and decide later, when calm, what you need to know.
urge-check-running-title = Riding out the urge to check
urge-check-words-rising = The urge to check is rising. After what happened, that makes sense. Notice where you feel it; you do not have to act on it right now.
urge-check-words-peak = This is the peak. It will not stay this strong. Breathe, and let it be there.
urge-check-words-still-strong = You said it is still strong. That is all right. It will not stay this strong forever; breathe, and let it be there.
urge-check-words-easing = It may be easing. Whatever you want to look into, you can decide it when you are calm.
urge-check-done-text = You stayed with it. What you need to know can wait for a calmer hour, or for your next session.
