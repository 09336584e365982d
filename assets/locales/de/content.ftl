# Built-in content's words: breathing patterns (assets/breathing-patterns.json), grounding
# steps (assets/grounding.json) and the plan's sections (assets/plan-sections.json). The JSON
# files hold each item's id, its numbers and its sources; the words are here, by id, so a
# language is one folder. The core words the content when it sends it (core/src/content).

## Breathing patterns: name, what it is, and any advice

content-pattern-even-name = Gleichmäßiges Atmen
content-pattern-even-description = 5 ein, 5 aus, ohne Anhalten. Ein ruhiger Einstieg.
content-pattern-longer-out-name = Längeres Ausatmen
content-pattern-longer-out-description = 4 ein, 6 aus. Das langsamere Ausatmen hilft dem Körper, zur Ruhe zu kommen.
content-pattern-resonance-name = Resonanzatmung
content-pattern-resonance-description = Etwa fünfeinhalb Atemzüge pro Minute, langsam und gleichmäßig, ohne Anhalten.
content-pattern-cyclic-sigh-name = Zyklisches Seufzen
content-pattern-cyclic-sigh-description = Ein voller Atemzug durch die Nase ein, ein kurzes zusätzliches Nachatmen, dann lang und langsam durch den Mund aus.
content-pattern-box-name = Boxatmung
content-pattern-box-description = 4 ein, 4 halten, 4 aus, 4 halten. Hier wird der Atem angehalten.
content-pattern-4-7-8-name = 4-7-8
content-pattern-4-7-8-description = 4 ein, 7 halten, 8 aus. Hier wird der Atem angehalten.
content-pattern-4-7-8-advice = Bleib anfangs bei etwa vier Atemzügen.

## Grounding: the groups steps belong to, then each step's title and words

content-grounding-group-arrive = Ankommen
content-grounding-group-5-4-3-2-1 = 5-4-3-2-1
content-grounding-group-here-and-now = Hier und jetzt
content-grounding-group-body = Körper
content-grounding-group-soothing = Beruhigen

content-grounding-start-title = Augen offen, Füße auf dem Boden
content-grounding-start-text = Lass die Augen offen. Mach ein Licht an, wenn du kannst. Spür, wie deine Füße auf den Boden drücken, und nimm einen langsamen Atemzug in deinem eigenen Tempo.
content-grounding-see-title = Fünf Dinge, die du sehen kannst
content-grounding-see-text = Schau dich um und benenne fünf Dinge, die du sehen kannst. Kleine Dinge zählen auch: eine Ecke, eine Farbe, ein Schatten.
content-grounding-touch-title = Vier Dinge, die du spüren kannst
content-grounding-touch-text = Nimm vier Dinge wahr, die du spüren kannst: den Stuhl unter dir, deinen Ärmel, die Luft, den Boden.
content-grounding-hear-title = Drei Dinge, die du hören kannst
content-grounding-hear-text = Lausche nach drei Geräuschen, nah oder fern.
content-grounding-smell-title = Zwei Dinge, die du riechen kannst
content-grounding-smell-text = Finde zwei Gerüche, oder zwei Dinge, deren Geruch du magst.
content-grounding-taste-title = Eine Sache, die du schmecken kannst
content-grounding-taste-text = Nimm einen Geschmack wahr, oder trink einen Schluck Wasser.
content-grounding-now-title = Das ist jetzt
content-grounding-now-text = Lies das heutige Datum und die Uhrzeit. Sag dir, wo du bist.
content-grounding-feet-title = Drück die Fersen nach unten
content-grounding-feet-text = Drück deine Fersen in den Boden und spür, wie der Boden zurückdrückt. Bleib ein paar Atemzüge dabei.
content-grounding-hands-title = Reib deine Hände aneinander
content-grounding-hands-text = Reib deine Handflächen aneinander, bis sie warm werden, und leg sie dann auf deine Beine.
content-grounding-water-title = Kühles Wasser
content-grounding-water-text = Wenn du kannst, lass kühles Wasser über deine Hände oder Handgelenke laufen, und spür, wie es sich anfühlt.
content-grounding-object-title = Halte etwas fest
content-grounding-object-text = Nimm einen Gegenstand in deiner Nähe in die Hand. Spür sein Gewicht, seine Temperatur, seine Kanten.
content-grounding-place-title = Ein sicherer Ort
content-grounding-place-text = Stell dir einen Ort vor, an dem du dich sicher fühlst. Was siehst du dort, und was hörst du?
content-grounding-people-title = Menschen, die dir wichtig sind
content-grounding-people-text = Denk an jemanden, der dir wichtig ist oder dem du wichtig bist. Stell dir das Gesicht dieses Menschen vor.

## The safety plan's sections: title, the question that helps fill it, an example
# The examples are made-up entries in a person's own voice; translate them into what a
# person in that language and country would write (a local phone number format too).

content-plan-warning_signs-title = Anzeichen, dass ein schwerer Moment kommt
content-plan-warning_signs-prompt = Woran merkst du, dass es Zeit ist, diesen Plan zu öffnen? Gedanken, Bilder, Gefühle, Orte oder Momente, die dir sagen, dass eine schwere Zeit beginnt.
content-plan-warning_signs-example = Ich gehe immer wieder durch, was ich gefunden habe, und kann nicht still sitzen.
content-plan-on_my_own-title = Was ich allein tun kann
content-plan-on_my_own-prompt = Was kannst du für dich allein tun, ohne andere, um durch die Welle zu kommen?
content-plan-on_my_own-example = Etwas Kaltes in der Hand halten, dann einmal um den Block gehen.
content-plan-distractions-title = Menschen und Orte, die mich auf andere Gedanken bringen
content-plan-distractions-prompt = Wer oder welcher Ort bringt dich auf andere Gedanken? Du musst nicht darüber sprechen, was gerade los ist.
content-plan-distractions-example = Das Café in der Stadtbibliothek; meine Nachbarin Anna, die immer eine Geschichte zu erzählen hat.
content-plan-people-title = Menschen, die ich um Hilfe bitten kann
content-plan-people-prompt = Wem kannst du sagen, dass es dir schlecht geht? Schreib den Namen und die Nummer dazu.
content-plan-people-example = Meine Schwester, 0170 1234567. Sie hat gesagt, ich kann zu jeder Uhrzeit anrufen.
content-plan-professionals-title = Fachleute und Krisendienste
content-plan-professionals-prompt = Deine Therapeutin oder dein Therapeut, deine Ärztin oder dein Arzt oder ein Krisentelefon, mit Nummer und wann sie erreichbar sind.
content-plan-professionals-example = Meine Beraterin, dienstags und donnerstags 9 bis 17 Uhr.
content-plan-safer_space-title = Meine Umgebung sicherer machen
content-plan-safer_space-prompt = Was könntest du wegräumen, wegschließen, löschen oder jemandem geben, damit dieser Ort sicherer für dich wird?
content-plan-safer_space-example = Eine Freundin bitten, diese Woche den Ersatzautoschlüssel aufzubewahren.
content-plan-matters-title = Was mir am wichtigsten ist
content-plan-matters-prompt = Was ist dir am wichtigsten, und wofür lohnt es sich, das hier durchzustehen?
content-plan-matters-example = Sonntagmorgens mit meinem Hund am See spazieren gehen.
content-plan-boundaries-title = Meine Grenzen
content-plan-boundaries-prompt = Was brauchst du, um dich sicher zu fühlen? Was wirst du gerade jetzt tun, und was nicht?
content-plan-boundaries-example = Ich kontrolliere heute Abend kein Handy. Ich kann bis morgen um Abstand bitten.
