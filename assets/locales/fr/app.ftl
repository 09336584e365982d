# The page around every screen (index.html, app.js), home's choices (the screen registry
# in app.js), and shared pieces of lib/ (rating.js, closing.js).

## The bar at the top (index.html)

# The window's title.
app-name = Steady
app-skip = Aller au contenu
app-brand = Steady
    .aria-label = Steady, accueil
app-help-now = Aide immédiate
app-dismiss = Fermer

## Home's choices: each screen's name and what it is for (app.js)

app-screen-breathe = Respirer
app-screen-breathe-about = Une respiration lente et guidée, avec des repères sonores pour les yeux fermés.
app-screen-ground = S’ancrer
app-screen-ground-about = Revenir dans cette pièce, dans ce moment, dans ce corps.
app-screen-urge = Surfer sur la vague
app-screen-urge-about = Laisser une envie monter puis passer, sans y céder.
app-screen-plan = Mon plan
app-screen-plan-about = Vos propres étapes, avec vos propres mots, une à la fois.
app-screen-help = Aide immédiate
app-screen-help-about = Joindre quelqu’un : numéros d’urgence et lignes d’écoute.
app-screen-helped = Ce qui a aidé
app-screen-helped-about = Une note privée de ce que vous avez utilisé et de ce que vous avez ressenti.
app-screen-urge-check = Laisser passer l’envie de vérifier
app-screen-urge-check-about = L’envie de vérifier un téléphone, un compte ou un historique : la laisser monter puis passer, et décider plus tard.
app-screen-reminder = Quelque chose me l’a rappelé
app-screen-reminder-about = Pour un déclencheur ou une image qui ne vous quitte pas : le nommer, revenir au présent, puis choisir ce qui aide.
app-screen-close-call = Après un faux pas
app-screen-close-call-about = Une note après un faux pas, ou presque : ce qui s’est passé, ce qui a aidé, ce que vous ferez ensuite. Jamais comptée.
app-screen-lists = Vos propres mots
app-screen-lists-about = Des phrases vraies pour vous, des choses pour votre prochaine séance, des moments que vous avez traversés. Privé, jamais compté.
app-screen-settings = Paramètres
app-screen-settings-about = Thème, taille du texte, son, et endroit où vos mots sont conservés.

## "How strong is it?", 0 to 10, never required (lib/rating.js)

app-rating-scale = 0, c’est le calme ; 10, c’est le plus fort possible.
# $scale is what the numbers mean (app-rating-scale, or a screen's own words).
app-rating-help = { $scale } Vous pouvez passer cette question.

## The first time closing the window would keep Steady in the tray (lib/closing.js)

app-tray-title = Steady reste disponible dans la zone de notification
app-tray-text = Fermer la fenêtre laisse Steady tourner discrètement, pour qu’il s’ouvre aussitôt la prochaine fois : depuis l’icône de la zone de notification, votre raccourci, ou en relançant Steady. Rien n’est affiché ni envoyé pendant qu’il attend. Vous pouvez changer cela dans les Paramètres.
app-tray-keep = Garder Steady dans la zone de notification
app-tray-quit = Quitter quand je ferme la fenêtre
app-tray-cancel = Annuler
