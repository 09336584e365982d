# Home: the first screen (screens/home.js). Its choices are in app.ftl (app-screen-*).

home-title = Je bent hier. Neem je tijd.
home-lead = Kies wat je nodig hebt. Met Esc kom je altijd hier terug.
# Home's lead for someone who said a partner's betrayal or addiction brought them here.
home-lead-partner = Wat er gebeurd is, lag niet aan jou. Kies wat je nodig hebt; met Esc kom je altijd hier terug.
# For someone who said they are in recovery.
home-lead-recovery = Een drang is een golf, geen bevel. Kies wat je nodig hebt; met Esc kom je altijd hier terug.

## What brings you here: asked once, under the tools, and never again once answered.

home-brings-title = Wat brengt je hier? Je hoeft het niet te zeggen.
home-brings-lead = Je antwoord verandert alleen welke hulpmiddelen bovenaan dit scherm staan. Het blijft op deze computer, en je kunt het wijzigen in Instellingen.
home-brings-partner = Het verraad of de verslaving van mijn partner heeft me pijn gedaan
home-brings-recovery = Ik ben in herstel van dwangmatig seksueel gedrag
home-brings-both = Allebei, of iets anders
home-brings-rather_not_say = Dat zeg ik liever niet
home-brings-skip = Deze vraag overslaan
home-brings-kept = Bewaard. Je kunt dit wijzigen in Instellingen.
