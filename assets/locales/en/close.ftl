# After a slip: the close-call note (screens/close-call.js). No shame, no counter, no
# streak, nothing resets; never "you should".

close-title = After a slip
close-lead = A slip is something to learn from, not a verdict on you. Nothing here is counted, and nothing resets. Write as much or as little as you like; only the first box is needed.
close-happened-label = What happened
close-happened-hint = In your own words, as plainly as you can.
close-halt-legend = Was any of these there? (HALT)
close-helped-label = What helped, or could have helped
close-helped-hint = Something you did, or something you could try next time.
close-next-label = What I will do next
close-next-hint = One small step is enough.
close-tell-label = Who I can tell
close-tell-hint = A person from your plan, your sponsor, your group, your therapist.
close-save = Keep this note
close-kept = Kept, privately, under Close calls in Your own words.
close-open-lists = Open Your own words
close-reach = Reach someone now
