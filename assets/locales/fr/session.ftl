# The end of a session, shared by breathing, grounding and the wave (lib/ending.js): how
# it felt, if the person wants to say, and whether to keep a private note in What helped.

session-after = Après cette séance
session-keep = Garder une note privée de ceci dans Ce qui a aidé
session-done = Terminé
# $reason says why, in a full sentence.
session-not-kept = Non gardé. { $reason } Vous pouvez continuer sans.
session-keep-locked = Steady est verrouillé : rien n’est gardé dans Ce qui a aidé cette fois-ci.
session-moment-label = Un moment que vous avez traversé, en une phrase, si vous le souhaitez
session-moment-hint = Il va dans « Des moments que j’ai traversés », pour le relire dans un moment difficile. Il n’est jamais compté.
# $reason says why, in plain words.
session-moment-not-kept = Votre phrase n’a pas été gardée. { $reason } Elle est toujours dans la case.
