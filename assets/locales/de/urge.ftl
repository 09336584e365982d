# Riding the wave, urge surfing (screens/urge.js). The plan's steps and people shown beside
# the wave are the person's own words: never catalogue text.

## Before the wave

urge-title = Die Welle reiten
urge-intro = Ein Drang steigt an, erreicht einen Höhepunkt und ebbt wieder ab, wie eine Welle, meist innerhalb einer halben Stunde. Du kannst ihn beobachten, ohne gegen ihn zu kämpfen und ohne ihm nachzugeben.
urge-rating-before = Wie stark ist der Drang gerade?
urge-start = Starten
# The summary of the folded options. $minutes is the wave's length in minutes; $checks is
# yes when Steady will ask how strong the urge is every few minutes, no when it will not.
urge-options-summary = Dauer und Nachfragen: { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }, { $checks ->
        [yes] mit einer Frage alle paar Minuten
       *[no] ohne Fragen
    }
# $least and $most are the shortest and the longest a wave can be, in minutes.
urge-minutes-label = Wie lange, in Minuten ({ $least } bis { $most })
urge-checks-label = Frag mich alle paar Minuten, wie stark es ist

## The wave

urge-running-title = Die Welle reiten
# The words follow the wave: rising, at its peak, easing. They never say it is easing
# when the person said it is still strong.
urge-words-rising = Der Drang steigt an. Nimm wahr, wo in deinem Körper du ihn spürst. Du musst nichts dagegen tun.
urge-words-peak = Das ist der Höhepunkt. So stark bleibt er nicht. Atme, und lass ihn da sein.
urge-words-still-strong = Du hast gesagt, dass er noch stark ist. Das ist in Ordnung. So stark bleibt er nicht für immer; atme, und lass ihn da sein.
urge-words-easing = Vielleicht lässt er nach. Ein Drang geht vorbei, ob du ihm nachgibst oder nicht. Du reitest die Welle.
# $time is how long is left, as minutes and seconds, such as 12:30.
urge-time-left = noch { $time }
urge-from-plan = Aus deinem Plan
urge-open-plan = Meinen Plan öffnen (P)
urge-plan-empty = Die Schritte und Menschen aus deinem Plan erscheinen hier, sobald du sie aufgeschrieben hast (P).
urge-stop = Beenden

## A check-in during the wave

urge-checkin = Nachfrage
urge-checkin-legend = Wie stark ist der Drang jetzt?
urge-checkin-note = Notieren
urge-checkin-skip = Überspringen
urge-checkin-announce = Eine Nachfrage: Wie stark ist der Drang jetzt? Antworte unten, oder überspring sie.

## When the time is up

urge-rating-after = Wie stark ist es jetzt?
urge-again = Noch eine Welle reiten
urge-breathe = Atmen
urge-done-title = Die Zeit, die du eingestellt hast, ist um.
urge-done-text = Was auch immer du getan oder nicht getan hast: Du bist dabeigeblieben. Das braucht Kraft.
# When the person said at the last check-in that the urge was still strong.
urge-done-still-strong = Du hast gesagt, dass er noch stark war. Du bist trotzdem dabeigeblieben. Du kannst noch eine Welle reiten, atmen oder deinen Plan öffnen (P).

## Beside the wave: HALT, and play it forward (for an urge to act out)

urge-halt-title = Bevor der Drang entscheidet: hungrig, wütend, einsam, müde?
urge-halt-lead = Oft steckt hinter einem Drang eines davon. Wenn du dich um das Bedürfnis kümmerst, kann ihm das etwas von seiner Kraft nehmen.
urge-halt-hungry = Hungrig?
urge-halt-hungry-do = Iss eine Kleinigkeit, oder trink ein Glas Wasser.
urge-halt-angry = Wütend?
urge-halt-angry-do = Lass die Wut durch deinen Körper ziehen: Geh ein paar Schritte, schüttle deine Hände aus, oder schreib auf, was dich wütend gemacht hat.
urge-halt-lonely = Einsam?
urge-halt-lonely-do = Erreiche jemanden: einen Menschen aus deinem Plan, deine Gruppe oder ein Meeting (H).
urge-halt-tired = Müde?
urge-halt-tired-do = Ruh dich aus, wenn du kannst: Leg dich hin, schließ die Augen, und lass die Welle vorbeiziehen, während du ruhst.
urge-forward-title = Zu Ende denken
urge-forward-lead = Was du in einer ruhigeren Stunde darüber geschrieben hast, was danach passiert:
urge-forward-none = In einer ruhigeren Stunde kannst du aufschreiben, was passiert, nachdem du einem Drang nachgegeben hast, in deinen eigenen Worten, unter „Deine eigenen Worte“ (L). Es wird dann hier angezeigt.
urge-reach = Jemanden erreichen (H)

## The urge to check (for a partner): the same wave, its own words

urge-check-title = Den Drang zu kontrollieren vorbeiziehen lassen
urge-check-intro = Der Drang, ein Handy, ein Konto oder einen Suchverlauf zu kontrollieren, kann sich unwiderstehlich anfühlen. Wie eine Welle steigt er an, erreicht einen Höhepunkt und ebbt wieder ab. Du kannst zusehen, wie er vorbeizieht, ohne ihm nachzugeben, und später, wenn du ruhig bist, entscheiden, was du wissen musst.
urge-check-running-title = Den Drang zu kontrollieren vorbeiziehen lassen
urge-check-words-rising = Der Drang zu kontrollieren steigt an. Nach dem, was passiert ist, ergibt das Sinn. Nimm wahr, wo du ihn spürst; du musst ihm jetzt nicht nachgeben.
urge-check-words-peak = Das ist der Höhepunkt. So stark bleibt er nicht. Atme, und lass ihn da sein.
urge-check-words-still-strong = Du hast gesagt, dass er noch stark ist. Das ist in Ordnung. So stark bleibt er nicht für immer; atme, und lass ihn da sein.
urge-check-words-easing = Vielleicht lässt er nach. Was auch immer du dir ansehen möchtest: Du kannst es entscheiden, wenn du ruhig bist.
urge-check-done-text = Du bist dabeigeblieben. Was du wissen musst, kann auf eine ruhigere Stunde warten, oder auf deine nächste Sitzung.
