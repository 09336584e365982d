# After a slip: the close-call note (screens/close-call.js). No shame, no counter, no
# streak, nothing resets; never "you should".

close-title = Na een uitglijder
close-lead = Een uitglijder is iets om van te leren, geen oordeel over jou. Niets hier wordt geteld en niets begint opnieuw bij nul. Schrijf zoveel of zo weinig als je wilt; alleen het eerste vak is nodig.
close-happened-label = Wat er gebeurde
close-happened-hint = In je eigen woorden, zo eenvoudig als je kunt.
close-halt-legend = Was een van deze er? (HALT)
close-helped-label = Wat hielp, of had kunnen helpen
close-helped-hint = Iets wat je deed, of iets wat je een volgende keer kunt proberen.
close-next-label = Wat ik hierna doe
close-next-hint = Eén kleine stap is genoeg.
close-tell-label = Wie ik het kan vertellen
close-tell-hint = Iemand uit je plan, je sponsor, je groep, je therapeut.
close-save = Deze notitie bewaren
close-kept = Bewaard, privé, onder Op het randje in Je eigen woorden.
close-open-lists = Je eigen woorden openen
close-reach = Nu iemand bereiken
