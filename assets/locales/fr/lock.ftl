# The unlock form and the locked panel (ui/lib/lock.js).

lock-form-name = Déverrouiller Steady
lock-passphrase-label = Phrase secrète
lock-code-label = Code de récupération
lock-use-code = Utiliser plutôt mon code de récupération
lock-use-passphrase = Utiliser plutôt ma phrase secrète
lock-unlock = Déverrouiller
lock-opening = Ouverture…
lock-help-still-works = La respiration, l’ancrage et Aide immédiate fonctionnent sans déverrouiller.
lock-plan = Votre plan est derrière le verrou. Saisissez votre phrase secrète pour l’ouvrir.
lock-lists = Vos propres mots sont derrière le verrou. Saisissez votre phrase secrète pour les ouvrir.
lock-helped = Vos notes « Ce qui a aidé » sont derrière le verrou. Saisissez votre phrase secrète pour les ouvrir.
lock-own-steps = Vos propres étapes et phrases sont derrière le verrou. Saisissez votre phrase secrète pour les ouvrir.
lock-own-patterns = Vos propres rythmes de respiration sont derrière le verrou. Saisissez votre phrase secrète pour les ouvrir.
