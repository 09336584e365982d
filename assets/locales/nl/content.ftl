# Built-in content's words: breathing patterns (assets/breathing-patterns.json), grounding
# steps (assets/grounding.json) and the plan's sections (assets/plan-sections.json). The JSON
# files hold each item's id, its numbers and its sources; the words are here, by id, so a
# language is one folder. The core words the content when it sends it (core/src/content).

## Breathing patterns: name, what it is, and any advice

content-pattern-even-name = Gelijkmatig ademen
content-pattern-even-description = 5 tellen in, 5 tellen uit, zonder vasthouden. Een rustige plek om te beginnen.
content-pattern-longer-out-name = Langere uitademing
content-pattern-longer-out-description = 4 tellen in, 6 tellen uit. De langzamere uitademing helpt je lichaam tot rust te komen.
content-pattern-resonance-name = Resonantieademhaling
content-pattern-resonance-description = Ongeveer vijfenhalf keer per minuut ademen, langzaam en gelijkmatig, zonder vasthouden.
content-pattern-cyclic-sigh-name = Cyclisch zuchten
content-pattern-cyclic-sigh-description = Een volle inademing door je neus, een kort extra teugje lucht, en dan een lange, langzame uitademing door je mond.
content-pattern-box-name = Boxademhaling
content-pattern-box-description = In 4, vasthouden 4, uit 4, vasthouden 4. Bij dit patroon houd je je adem vast.
content-pattern-4-7-8-name = 4-7-8
content-pattern-4-7-8-description = In 4, vasthouden 7, uit 8. Bij dit patroon houd je je adem vast.
content-pattern-4-7-8-advice = Houd het in het begin bij ongeveer vier ademhalingen.

## Grounding: the groups steps belong to, then each step's title and words

content-grounding-group-arrive = Aankomen
content-grounding-group-5-4-3-2-1 = 5-4-3-2-1
content-grounding-group-here-and-now = Hier en nu
content-grounding-group-body = Lichaam
content-grounding-group-soothing = Troost

content-grounding-start-title = Ogen open, voeten op de grond
content-grounding-start-text = Houd je ogen open. Doe een lamp aan als dat kan. Laat je voeten in de vloer drukken en adem één keer langzaam, in je eigen tempo.
content-grounding-see-title = Vijf dingen die je ziet
content-grounding-see-text = Kijk om je heen en noem vijf dingen die je ziet. Kleine dingen tellen ook: een hoek, een kleur, een schaduw.
content-grounding-touch-title = Vier dingen die je voelt
content-grounding-touch-text = Merk vier dingen op die je voelt: de stoel onder je, je mouw, de lucht, de vloer.
content-grounding-hear-title = Drie dingen die je hoort
content-grounding-hear-text = Luister naar drie geluiden, dichtbij of ver weg.
content-grounding-smell-title = Twee dingen die je ruikt
content-grounding-smell-text = Zoek twee geuren, of twee dingen waarvan je de geur fijn vindt.
content-grounding-taste-title = Eén ding dat je proeft
content-grounding-taste-text = Merk één smaak op, of neem een slokje water.
content-grounding-now-title = Dit is nu
content-grounding-now-text = Lees de datum van vandaag en hoe laat het is. Zeg tegen jezelf waar je bent.
content-grounding-feet-title = Druk je hielen omlaag
content-grounding-feet-text = Druk je hielen in de vloer en voel hoe de grond terugduwt. Blijf daar een paar ademhalingen bij.
content-grounding-hands-title = Wrijf je handen tegen elkaar
content-grounding-hands-text = Wrijf je handpalmen tegen elkaar tot ze warm aanvoelen, en leg ze dan op je benen.
content-grounding-water-title = Koel water
content-grounding-water-text = Laat als het kan koel water over je handen of polsen lopen, en merk op hoe dat voelt.
content-grounding-object-title = Houd iets vast
content-grounding-object-text = Pak een voorwerp dat dichtbij is. Merk het gewicht op, de temperatuur, de randen.
content-grounding-place-title = Een veilige plek
content-grounding-place-text = Stel je een plek voor waar je je veilig voelt. Wat zie je daar, en wat hoor je?
content-grounding-people-title = Mensen om wie je geeft
content-grounding-people-text = Denk aan iemand om wie je geeft, of die om jou geeft. Zie het gezicht voor je.

## The safety plan's sections: title, the question that helps fill it, an example
# The examples are made-up entries in a person's own voice; translate them into what a
# person in that language and country would write (a local phone number format too).

content-plan-warning_signs-title = Signalen dat er een moeilijk moment aankomt
content-plan-warning_signs-prompt = Hoe weet je dat het tijd is om dit plan te openen? Gedachten, beelden, gevoelens, plekken of momenten die je laten merken dat er een moeilijke tijd begint.
content-plan-warning_signs-example = Ik ga steeds opnieuw afspelen wat ik gevonden heb en kan niet stilzitten.
content-plan-on_my_own-title = Wat ik zelf kan doen
content-plan-on_my_own-prompt = Wat kun je alleen doen, zonder iemand anders, om de golf door te komen?
content-plan-on_my_own-example = Iets kouds vasthouden, en dan één rondje om het blok lopen.
content-plan-distractions-title = Mensen en plekken die me afleiden
content-plan-distractions-prompt = Wie of wat leidt je af? Je hoeft niet te vertellen wat er aan de hand is.
content-plan-distractions-example = Het café in de bibliotheek; mijn buurvrouw Ria, die altijd een verhaal heeft.
content-plan-people-title = Mensen die ik om hulp kan vragen
content-plan-people-prompt = Wie kun je vertellen dat je het moeilijk hebt? Zet hun naam en nummer erbij.
content-plan-people-example = Mijn zus, 06 12345678. Ze zei dat ik op elk uur mag bellen.
content-plan-professionals-title = Hulpverleners en crisisdiensten
content-plan-professionals-prompt = Je therapeut, je huisarts of een hulplijn, met hun nummer en wanneer ze bereikbaar zijn.
content-plan-professionals-example = Mijn psycholoog, dinsdag en donderdag van 9 tot 5.
content-plan-safer_space-title = Mijn omgeving veiliger maken
content-plan-safer_space-prompt = Wat zou je kunnen wegleggen, wegsluiten, verwijderen of aan iemand geven, zodat deze plek veiliger voor je wordt?
content-plan-safer_space-example = Een vriendin vragen om deze week de reservesleutels van de auto te bewaren.
content-plan-matters-title = Wat voor mij het belangrijkst is
content-plan-matters-prompt = Wat is voor jou het belangrijkst? Waarvoor is het de moeite waard om hier doorheen te komen?
content-plan-matters-example = Op zondagochtend met mijn hond langs het strand wandelen.
content-plan-boundaries-title = Mijn grenzen
content-plan-boundaries-prompt = Wat heb je nodig om je veilig te voelen? Wat doe je nu wel, en wat niet?
content-plan-boundaries-example = Ik controleer vanavond hun telefoon niet. Ik mag om ruimte vragen tot morgen.
