# Built-in content's words: breathing patterns (assets/breathing-patterns.json), grounding
# steps (assets/grounding.json) and the plan's sections (assets/plan-sections.json). The JSON
# files hold each item's id, its numbers and its sources; the words are here, by id, so a
# language is one folder. The core words the content when it sends it (core/src/content).

## Breathing patterns: name, what it is, and any advice

content-pattern-even-name = Even breathing
content-pattern-even-description = In for 5, out for 5, no holding. A steady place to start.
content-pattern-longer-out-name = Longer out-breath
content-pattern-longer-out-description = In for 4, out for 6. The slower out-breath helps the body settle.
content-pattern-resonance-name = Resonance
content-pattern-resonance-description = About five and a half breaths a minute, slow and even, with no holding.
content-pattern-cyclic-sigh-name = Cyclic sigh
content-pattern-cyclic-sigh-description = A full breath in through the nose, a short extra sip of air, then a long, slow breath out through the mouth.
content-pattern-box-name = Box breathing
content-pattern-box-description = In 4, hold 4, out 4, hold 4. This one holds the breath.
content-pattern-4-7-8-name = 4-7-8
content-pattern-4-7-8-description = In 4, hold 7, out 8. This one holds the breath.
content-pattern-4-7-8-advice = Keep to about four breaths at first.

## Grounding: the groups steps belong to, then each step's title and words

content-grounding-group-arrive = Arrive
content-grounding-group-5-4-3-2-1 = 5-4-3-2-1
content-grounding-group-here-and-now = Here and now
content-grounding-group-body = Body
content-grounding-group-soothing = Soothing

content-grounding-start-title = Eyes open, feet on the floor
content-grounding-start-text = Keep your eyes open. Turn a light on if you can. Let your feet press into the floor, and take one slow breath at your own pace.
content-grounding-see-title = Five things you can see
content-grounding-see-text = Look around and name five things you can see. Small things count: a corner, a colour, a shadow.
content-grounding-touch-title = Four things you can touch
content-grounding-touch-text = Notice four things you can feel: the chair under you, your sleeve, the air, the floor.
content-grounding-hear-title = Three things you can hear
content-grounding-hear-text = Listen for three sounds, near or far.
content-grounding-smell-title = Two things you can smell
content-grounding-smell-text = Find two smells, or two things you like the smell of.
content-grounding-taste-title = One thing you can taste
content-grounding-taste-text = Notice one taste, or take a sip of water.
content-grounding-now-title = This is now
content-grounding-now-text = Read today's date and the time. Say to yourself where you are.
content-grounding-feet-title = Press your heels down
content-grounding-feet-text = Press your heels into the floor and feel the ground push back. Stay with that for a few breaths.
content-grounding-hands-title = Rub your hands together
content-grounding-hands-text = Rub your palms together until they feel warm, then rest them on your legs.
content-grounding-water-title = Cool water
content-grounding-water-text = If you can, run cool water over your hands or wrists, and notice how it feels.
content-grounding-object-title = Hold something
content-grounding-object-text = Pick up an object near you. Notice its weight, its temperature, its edges.
content-grounding-place-title = A safe place
content-grounding-place-text = Picture a place where you feel safe. What do you see there, and what do you hear?
content-grounding-people-title = People you care about
content-grounding-people-text = Think of someone you care about, or who cares about you. Picture their face.

## The safety plan's sections: title, the question that helps fill it, an example
# The examples are made-up entries in a person's own voice; translate them into what a
# person in that language and country would write (a local phone number format too).

content-plan-warning_signs-title = Signs that a hard moment is coming
content-plan-warning_signs-prompt = How will you know it is time to open this plan? Thoughts, images, feelings, places or moments that tell you a hard time is starting.
content-plan-warning_signs-example = I start replaying what I found, over and over, and can't sit still.
content-plan-on_my_own-title = Things I can do on my own
content-plan-on_my_own-prompt = What can you do by yourself, without anyone else, to get through the wave?
content-plan-on_my_own-example = Hold something cold, then walk once round the block.
content-plan-distractions-title = People and places that take my mind off things
content-plan-distractions-prompt = Who or where takes your mind off things? You do not have to talk about what is happening.
content-plan-distractions-example = The library café; my neighbour Ana, who always has a story.
content-plan-people-title = People I can ask for help
content-plan-people-prompt = Who can you tell that you are struggling? Add their name and number.
content-plan-people-example = My sister, 07700 900123. She said to call at any hour.
content-plan-professionals-title = Professionals and crisis services
content-plan-professionals-prompt = Your therapist, doctor, or a crisis line, with their number and when they answer.
content-plan-professionals-example = My counsellor, Tuesdays and Thursdays 9 to 5.
content-plan-safer_space-title = Making my space safer
content-plan-safer_space-prompt = What could you put away, lock up, delete or hand to someone, to make this place safer for you?
content-plan-safer_space-example = Ask a friend to keep the spare car keys this week.
content-plan-matters-title = What matters most to me
content-plan-matters-prompt = What matters most to you, and is worth getting through this for?
content-plan-matters-example = Walking my dog on the beach on Sunday mornings.
content-plan-boundaries-title = My boundaries
content-plan-boundaries-prompt = What do you need in order to feel safe? What will you do, and not do, right now?
content-plan-boundaries-example = I will not check their phone tonight. I can ask for space until tomorrow.
