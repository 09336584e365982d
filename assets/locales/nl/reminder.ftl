# "A reminder hit me" (screens/reminder.js): for a partner when a trigger or an image of
# what happened hits. Never say the feeling is wrong, never say "you should", never blame.

reminder-title = Iets herinnerde me eraan
# $n is this step's number, $count how many there are.
reminder-step-of = Stap { $n } van { $count }
reminder-next = Volgende
reminder-back = Terug

reminder-name-title = Iets bracht het terug
reminder-name-text = Iets wat je zag, een woord, een telefoon met het scherm naar beneden, een laat bericht, een scène in een film: iets herinnerde je aan wat er gebeurd is. Wat je voelt, is begrijpelijk. Zo’n herinnering gaat over wat er gebeurd is; het is niet altijd een teken dat er nu iets gebeurt. Je hoeft nu niet uit te zoeken welke van de twee het is.

reminder-now-title = Dit is nu
reminder-now-text = Lees de datum van vandaag en hoe laat het is. Kijk om je heen en merk op waar je bent, en dat je hier bent.
reminder-now-none = Onder Je eigen woorden kun je zinnen schrijven die voor jou waar zijn, zoals “Ik heb dit niet veroorzaakt” of “Ik hoef vanavond niets te beslissen”. Ze worden dan hier getoond.
reminder-now-locked = Je eigen zinnen zitten achter slot. Deze stap werkt ook zonder.

reminder-body-title = Eén ding voor je lichaam
reminder-body-text = Druk je voeten in de vloer en voel hoe die terugduwt. Adem in, en laat je adem dan langzaam weer uit, iets langer dan je inademde. Drie keer, in je eigen tempo.

reminder-choose-title = Wat zou nu helpen?
reminder-choose-text = Er is geen goede keuze, en je kunt hier altijd op terugkomen.
reminder-choose-breathe = Begeleid ademen
reminder-choose-ground = Mezelf gronden
reminder-choose-check = De drang om te controleren uitzitten
reminder-choose-note = Het noteren voor later
reminder-choose-reach = Iemand bereiken

reminder-note-label = Waar wil je later naar kijken?
reminder-note-help = Voor je volgende therapiesessie, of voor een rustiger moment waarop je kunt beslissen wat het betekent. Het blijft op deze computer, in Voor mijn volgende sessie.
reminder-note-save = Bewaren voor later
reminder-note-kept = Bewaard in Voor mijn volgende sessie. Je hoeft er nu verder niets mee te doen.
reminder-note-open = Mijn lijsten openen
