# Home: the first screen (screens/home.js). Its choices are in app.ftl (app-screen-*).

home-title = Du bist hier. Lass dir Zeit.
home-lead = Wähle, was du brauchst. Mit Esc kommst du immer hierher zurück.
# Home's lead for someone who said a partner's betrayal or addiction brought them here.
home-lead-partner = Was passiert ist, hast du nicht verursacht. Wähle, was du brauchst; mit Esc kommst du immer hierher zurück.
# For someone who said they are in recovery.
home-lead-recovery = Ein Drang ist eine Welle, kein Befehl. Wähle, was du brauchst; mit Esc kommst du immer hierher zurück.

## What brings you here: asked once, under the tools, and never again once answered.

home-brings-title = Was bringt dich hierher? Du musst es nicht sagen.
home-brings-lead = Deine Antwort ändert nur, welche Werkzeuge auf diesem Bildschirm zuerst kommen. Sie bleibt auf diesem Computer, und du kannst sie in den Einstellungen ändern.
home-brings-partner = Der Verrat oder die Sucht meines Partners oder meiner Partnerin hat mich verletzt
home-brings-recovery = Ich bin in Genesung von zwanghaftem Sexualverhalten
home-brings-both = Beides, oder etwas anderes
home-brings-rather_not_say = Das möchte ich lieber nicht sagen
home-brings-skip = Diese Frage überspringen
home-brings-kept = Gespeichert. Du kannst das in den Einstellungen ändern.
