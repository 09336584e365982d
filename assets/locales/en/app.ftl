# The page around every screen (index.html, app.js), home's choices (the screen registry
# in app.js), and shared pieces of lib/ (rating.js, closing.js).

## The bar at the top (index.html)

# The window's title.
app-name = Steady
app-skip = Skip to content
app-brand = Steady
    .aria-label = Steady, home
app-help-now = Get help now
app-dismiss = Dismiss

## Home's choices: each screen's name and what it is for (app.js)

app-screen-breathe = Breathe
app-screen-breathe-about = Slow, guided breathing, with sound cues for closed eyes.
app-screen-ground = Ground
app-screen-ground-about = Back to this room, this moment, this body.
app-screen-urge = Ride the wave
app-screen-urge-about = Let an urge rise and pass without acting on it.
app-screen-plan = My plan
app-screen-plan-about = Your own steps, in your own words, one at a time.
app-screen-help = Get help now
app-screen-help-about = Reach a person: emergency and crisis numbers.
app-screen-helped = What helped
app-screen-helped-about = A private note of what you used and how it felt.
app-screen-urge-check = Ride out the urge to check
app-screen-urge-check-about = The urge to check a phone, an account or a search: let it rise and pass, and decide later.
app-screen-reminder = A reminder hit me
app-screen-reminder-about = For a trigger or an image that will not leave: name it, come back to now, then choose what helps.
app-screen-close-call = After a slip
app-screen-close-call-about = A close-call note: what happened, what helped, what you will do next. Never counted.
app-screen-lists = Your own words
app-screen-lists-about = Sentences that are true for you, things for your next session, moments you got through. Private, never counted.
app-screen-settings = Settings
app-screen-settings-about = Theme, text size, sound, and where your words are kept.

## "How strong is it?", 0 to 10, never required (lib/rating.js)

app-rating-scale = 0 is calm, 10 is the strongest it gets.
# $scale is what the numbers mean (app-rating-scale, or a screen's own words).
app-rating-help = { $scale } You can skip this.

## The first time closing the window would keep Steady in the tray (lib/closing.js)

app-tray-title = Steady stays ready in the tray
app-tray-text = Closing the window keeps Steady running quietly, so it opens at once next time: from the tray icon, your shortcut, or by starting Steady again. Nothing is shown or sent while it waits. You can change this in Settings.
app-tray-keep = Keep Steady in the tray
app-tray-quit = Quit when I close it
app-tray-cancel = Cancel
