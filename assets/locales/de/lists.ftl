# Your own words (screens/lists.js): three private lists. Never counted, scored or charted.

lists-title = Deine eigenen Worte
lists-intro = Sie bleiben auf diesem Computer, und niemand sonst sieht sie. Schreib so viel oder so wenig, wie du magst.
lists-add = Hinzufügen
lists-added = Hinzugefügt.
lists-delete = Löschen
    .aria-label = „{ $text }“ löschen
# $when is a date, such as 2 Dec 2026.
lists-added-on = { $when }
lists-deleted = Gelöscht.
lists-undo = Rückgängig
lists-restored = Wiederhergestellt.
lists-print = Diese Liste drucken
lists-save-markdown = Als Markdown-Datei speichern
# $path is where the file was saved.
lists-saved = Gespeichert unter { $path }.

lists-true_sentences-title = Sätze, die für mich wahr sind
lists-true_sentences-about = Worte, zu denen du zurückkehren kannst, wenn eine Erinnerung dich trifft. Sie erscheinen in „Eine Erinnerung hat mich getroffen“.
lists-true_sentences-add-label = Ein Satz, der für dich wahr ist
lists-true_sentences-hint = Zum Beispiel: „Ich habe das nicht verursacht.“ „Ich muss heute Nacht nichts entscheiden.“
lists-true_sentences-empty = Hier ist noch nichts.

lists-next_session-title = Für meine nächste Sitzung
lists-next_session-about = Dinge, die du in die Therapie mitnehmen oder dir ansehen möchtest, wenn du ruhig bist.
lists-next_session-add-label = Etwas, das ich ansprechen möchte
lists-next_session-hint = Ein Gedanke, eine Frage, etwas, das passiert ist. Ein paar Worte reichen.
lists-next_session-empty = Hier ist noch nichts.

lists-moments-title = Momente, die ich überstanden habe
lists-moments-about = Ein Satz nach einem schweren Moment, um ihn im nächsten wieder zu lesen.
lists-moments-add-label = Ein Moment, den du überstanden hast
lists-moments-hint = Zum Beispiel: „Die Filmszene hat mich getroffen, ich habe geatmet, und es ist vorbeigegangen.“
lists-moments-empty = Hier ist noch nichts.

lists-play_forward-title = Zu Ende denken
lists-play_forward-about = In einer ruhigen Stunde geschrieben: was passiert, nachdem du einem Drang nachgegeben hast, in deinen eigenen Worten. Wird neben der Welle angezeigt.
lists-play_forward-add-label = Was danach passiert
lists-play_forward-hint = Zum Beispiel: „Ich fühle mich schlechter, nicht besser, und verstecke es wieder.“
lists-play_forward-empty = Hier ist noch nichts.

lists-close_calls-title = Knappe Momente
lists-close_calls-about = Notizen nach einem Ausrutscher. Nie gezählt, und nichts wird zurückgesetzt.
lists-close_calls-add-label = Eine Notiz zu einem knappen Moment schreiben
lists-close_calls-hint = Was passiert ist, was geholfen hat oder helfen könnte, was du als Nächstes tust, wem du es erzählen kannst.
lists-close_calls-empty = Hier ist noch nichts.
lists-close-halt = Im Spiel: { $needs }
lists-close-helped = Was geholfen hat oder helfen könnte: { $text }
lists-close-next = Als Nächstes: { $text }
lists-close-tell = Wem ich es erzählen kann: { $text }
