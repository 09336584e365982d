# The end of a session, shared by breathing, grounding and the wave (lib/ending.js): how
# it felt, if the person wants to say, and whether to keep a private note in What helped.

session-after = Na deze sessie
session-keep = Hiervan een privénotitie bewaren in Wat hielp
session-done = Klaar
# $reason says why, in a full sentence.
session-not-kept = Niet bewaard. { $reason } Je kunt ook zonder verder.
session-keep-locked = Steady is vergrendeld, dus deze keer wordt er niets bewaard in Wat hielp.
session-moment-label = Een moment waar je doorheen kwam, in één zin, als je wilt
session-moment-hint = Het komt in Momenten waar ik doorheen kwam, om op een moeilijk moment terug te lezen. Het wordt nooit geteld.
# $reason says why, in plain words.
session-moment-not-kept = Je zin is niet bewaard. { $reason } Hij staat nog in het vak.
