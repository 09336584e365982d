# Your own words (screens/lists.js): three private lists. Never counted, scored or charted.

lists-title = Je eigen woorden
lists-intro = Deze blijven op deze computer, en niemand anders ziet ze. Schrijf zoveel of zo weinig als je wilt.
lists-add = Toevoegen
lists-added = Toegevoegd.
lists-delete = Verwijderen
    .aria-label = “{ $text }” verwijderen
# $when is a date, such as 2 Dec 2026.
lists-added-on = { $when }
lists-deleted = Verwijderd.
lists-undo = Ongedaan maken
lists-restored = Teruggezet.
lists-print = Deze lijst afdrukken
lists-save-markdown = Opslaan als Markdown-bestand
# $path is where the file was saved.
lists-saved = Opgeslagen in { $path }.

lists-true_sentences-title = Zinnen die voor mij waar zijn
lists-true_sentences-about = Woorden om naar terug te keren als iets je eraan herinnert. Ze worden getoond in Iets herinnerde me eraan.
lists-true_sentences-add-label = Een zin die voor jou waar is
lists-true_sentences-hint = Bijvoorbeeld: “Ik heb dit niet veroorzaakt.” “Ik hoef vanavond niets te beslissen.”
lists-true_sentences-empty = Hier staat nog niets.

lists-next_session-title = Voor mijn volgende sessie
lists-next_session-about = Dingen om mee te nemen naar therapie, of om naar te kijken als je rustig bent.
lists-next_session-add-label = Iets om te bespreken
lists-next_session-hint = Een gedachte, een vraag, iets wat er gebeurde. Een paar woorden zijn genoeg.
lists-next_session-empty = Hier staat nog niets.

lists-moments-title = Momenten waar ik doorheen kwam
lists-moments-about = Eén zin na een moeilijk moment, om bij het volgende moment terug te lezen.
lists-moments-add-label = Een moment waar je doorheen kwam
lists-moments-hint = Bijvoorbeeld: “De scène in de film raakte me, ik ademde, en het ging voorbij.”
lists-moments-empty = Hier staat nog niets.

lists-play_forward-title = Spoel de film door
lists-play_forward-about = Geschreven op een rustig moment: wat er gebeurt nadat je aan een drang toegeeft, in je eigen woorden. Getoond naast de golf.
lists-play_forward-add-label = Wat er daarna gebeurt
lists-play_forward-hint = Bijvoorbeeld: “Ik voel me slechter, niet beter, en ik verberg het weer.”
lists-play_forward-empty = Hier staat nog niets.

lists-close_calls-title = Op het randje
lists-close_calls-about = Notities geschreven na een uitglijder. Nooit geteld, en niets begint opnieuw bij nul.
lists-close_calls-add-label = Schrijf een notitie na een uitglijder
lists-close_calls-hint = Wat er gebeurde, wat hielp of had kunnen helpen, wat je hierna doet, wie je het kunt vertellen.
lists-close_calls-empty = Hier staat nog niets.
lists-close-halt = Speelde mee: { $needs }
lists-close-helped = Wat hielp, of had kunnen helpen: { $text }
lists-close-next = Hierna: { $text }
lists-close-tell = Wie ik het kan vertellen: { $text }
