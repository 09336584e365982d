# "A reminder hit me" (screens/reminder.js): for a partner when a trigger or an image of
# what happened hits. Never say the feeling is wrong, never say "you should", never blame.

reminder-title = Eine Erinnerung hat mich getroffen
# $n is this step's number, $count how many there are.
reminder-step-of = Schritt { $n } von { $count }
reminder-next = Weiter
reminder-back = Zurück

reminder-name-title = Etwas hat es wieder hochgeholt
reminder-name-text = Ein Anblick, ein Wort, ein Handy mit dem Display nach unten, eine späte Nachricht, eine Szene in einem Film: Etwas hat dich an das erinnert, was passiert ist. Was du fühlst, ergibt Sinn. Eine Erinnerung handelt von dem, was passiert ist; sie ist nicht immer ein Zeichen, dass jetzt gerade etwas passiert. Was davon zutrifft, musst du jetzt nicht herausfinden.

reminder-now-title = Das ist jetzt
reminder-now-text = Lies das heutige Datum und die Uhrzeit. Schau dich um und nimm wahr, wo du bist, und dass du hier bist.
reminder-now-none = Unter „Deine eigenen Worte“ kannst du Sätze schreiben, die für dich wahr sind, zum Beispiel „Ich habe das nicht verursacht“ oder „Ich muss heute Nacht nichts entscheiden“. Sie werden dann hier angezeigt.
reminder-now-locked = Deine eigenen Sätze sind gesperrt. Dieser Schritt funktioniert auch ohne sie.

reminder-body-title = Eine Sache für deinen Körper
reminder-body-text = Drück deine Füße in den Boden und spür, wie er zurückdrückt. Atme ein, und lass den Atem dann langsam ausströmen, etwas länger, als er hereingekommen ist. Dreimal, in deinem eigenen Tempo.

reminder-choose-title = Was würde jetzt helfen?
reminder-choose-text = Es gibt keine richtige Wahl, und du kannst jederzeit hierher zurückkommen.
reminder-choose-breathe = Mit Anleitung atmen
reminder-choose-ground = Mich erden
reminder-choose-check = Den Drang zu kontrollieren vorbeiziehen lassen
reminder-choose-note = Für später notieren
reminder-choose-reach = Jemanden erreichen

reminder-note-label = Was möchtest du dir später ansehen?
reminder-note-help = Für deine nächste Therapiesitzung, oder für eine ruhigere Stunde, in der du entscheiden kannst, was es bedeutet. Es bleibt auf diesem Computer, in „Für meine nächste Sitzung“.
reminder-note-save = Für später aufbewahren
reminder-note-kept = Aufbewahrt in „Für meine nächste Sitzung“. Du musst jetzt nichts weiter damit tun.
reminder-note-open = Meine Listen öffnen
