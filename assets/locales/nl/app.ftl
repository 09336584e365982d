# The page around every screen (index.html, app.js), home's choices (the screen registry
# in app.js), and shared pieces of lib/ (rating.js, closing.js).

## The bar at the top (index.html)

# The window's title.
app-name = Steady
app-skip = Naar de inhoud
app-brand = Steady
    .aria-label = Steady, startscherm
app-help-now = Direct hulp
app-dismiss = Sluiten

## Home's choices: each screen's name and what it is for (app.js)

app-screen-breathe = Ademen
app-screen-breathe-about = Rustig, begeleid ademen, met geluidssignalen voor als je je ogen sluit.
app-screen-ground = Gronden
app-screen-ground-about = Terug naar deze kamer, dit moment, dit lichaam.
app-screen-urge = Met de golf mee
app-screen-urge-about = Laat een drang opkomen en weer wegebben, zonder ernaar te handelen.
app-screen-plan = Mijn plan
app-screen-plan-about = Je eigen stappen, in je eigen woorden, één voor één.
app-screen-help = Direct hulp
app-screen-help-about = Bereik een mens: nood- en hulplijnnummers.
app-screen-helped = Wat hielp
app-screen-helped-about = Een privénotitie van wat je gebruikte en hoe het voelde.
app-screen-urge-check = De drang om te controleren uitzitten
app-screen-urge-check-about = De drang om een telefoon, een account of een zoekgeschiedenis te controleren: laat hem opkomen en wegebben, en beslis later.
app-screen-reminder = Iets herinnerde me eraan
app-screen-reminder-about = Voor een trigger of een beeld dat maar niet weggaat: benoem het, kom terug naar nu en kies dan wat helpt.
app-screen-close-call = Na een uitglijder
app-screen-close-call-about = Een notitie na een uitglijder of bijna-uitglijder: wat er gebeurde, wat hielp, wat je hierna doet. Wordt nooit geteld.
app-screen-lists = Je eigen woorden
app-screen-lists-about = Zinnen die voor jou waar zijn, dingen voor je volgende sessie, momenten waar je doorheen kwam. Privé, nooit geteld.
app-screen-settings = Instellingen
app-screen-settings-about = Thema, tekstgrootte, geluid, en waar je woorden bewaard worden.

## "How strong is it?", 0 to 10, never required (lib/rating.js)

app-rating-scale = 0 is rustig, 10 is zo sterk als het maar kan worden.
# $scale is what the numbers mean (app-rating-scale, or a screen's own words).
app-rating-help = { $scale } Je mag dit overslaan.

## The first time closing the window would keep Steady in the tray (lib/closing.js)

app-tray-title = Steady blijft klaarstaan in het systeemvak
app-tray-text = Als je het venster sluit, blijft Steady stil op de achtergrond draaien, zodat het de volgende keer meteen opent: via het pictogram in het systeemvak, je sneltoets, of door Steady opnieuw te starten. Zolang het wacht, wordt er niets getoond of verstuurd. Je kunt dit wijzigen in Instellingen.
app-tray-keep = Steady in het systeemvak houden
app-tray-quit = Afsluiten als ik het sluit
app-tray-cancel = Annuleren
