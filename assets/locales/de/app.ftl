# The page around every screen (index.html, app.js), home's choices (the screen registry
# in app.js), and shared pieces of lib/ (rating.js, closing.js).

## The bar at the top (index.html)

# The window's title.
app-name = Steady
app-skip = Zum Inhalt springen
app-brand = Steady
    .aria-label = Steady, Startseite
app-help-now = Jetzt Hilfe holen
app-dismiss = Schließen

## Home's choices: each screen's name and what it is for (app.js)

app-screen-breathe = Atmen
app-screen-breathe-about = Langsames, angeleitetes Atmen, mit Tönen für geschlossene Augen.
app-screen-ground = Erden
app-screen-ground-about = Zurück in diesen Raum, diesen Moment, diesen Körper.
app-screen-urge = Die Welle reiten
app-screen-urge-about = Einen Drang kommen und gehen lassen, ohne ihm nachzugeben.
app-screen-plan = Mein Plan
app-screen-plan-about = Deine eigenen Schritte, in deinen eigenen Worten, einer nach dem anderen.
app-screen-help = Jetzt Hilfe holen
app-screen-help-about = Einen Menschen erreichen: Notruf- und Krisennummern.
app-screen-helped = Was geholfen hat
app-screen-helped-about = Eine private Notiz darüber, was du genutzt hast und wie es sich angefühlt hat.
app-screen-urge-check = Den Drang zu kontrollieren vorbeiziehen lassen
app-screen-urge-check-about = Der Drang, ein Handy, ein Konto oder einen Suchverlauf zu kontrollieren: Lass ihn kommen und gehen, und entscheide später.
app-screen-reminder = Eine Erinnerung hat mich getroffen
app-screen-reminder-about = Für einen Trigger oder ein Bild, das nicht weggeht: Benenne es, komm zurück ins Jetzt und wähle dann, was hilft.
app-screen-close-call = Nach einem Ausrutscher
app-screen-close-call-about = Eine Notiz zu einem knappen Moment: was passiert ist, was geholfen hat, was du als Nächstes tust. Wird nie gezählt.
app-screen-lists = Deine eigenen Worte
app-screen-lists-about = Sätze, die für dich wahr sind, Dinge für deine nächste Sitzung, Momente, die du überstanden hast. Privat, nie gezählt.
app-screen-settings = Einstellungen
app-screen-settings-about = Design, Textgröße, Ton und wo deine Worte aufbewahrt werden.

## "How strong is it?", 0 to 10, never required (lib/rating.js)

app-rating-scale = 0 ist ruhig, 10 ist so stark, wie es nur werden kann.
# $scale is what the numbers mean (app-rating-scale, or a screen's own words).
app-rating-help = { $scale } Du kannst das überspringen.

## The first time closing the window would keep Steady in the tray (lib/closing.js)

app-tray-title = Steady bleibt im Infobereich bereit
app-tray-text = Wenn du das Fenster schließt, läuft Steady leise weiter und öffnet sich beim nächsten Mal sofort: über das Symbol im Infobereich, dein Tastenkürzel oder wenn du Steady erneut startest. Während Steady wartet, wird nichts angezeigt und nichts gesendet. Du kannst das in den Einstellungen ändern.
app-tray-keep = Steady im Infobereich lassen
app-tray-quit = Beenden, wenn ich es schließe
app-tray-cancel = Abbrechen
