# The end of a session, shared by breathing, grounding and the wave (lib/ending.js): how
# it felt, if the person wants to say, and whether to keep a private note in What helped.

session-after = Nach dieser Übung
session-keep = Eine private Notiz dazu in „Was geholfen hat“ behalten
session-done = Fertig
# $reason says why, in a full sentence.
session-not-kept = Nicht gespeichert. { $reason } Du kannst auch ohne weitermachen.
session-keep-locked = Steady ist gesperrt, deshalb wird diesmal nichts in „Was geholfen hat“ gespeichert.
session-moment-label = Ein Moment, den du überstanden hast, in einem Satz, wenn du magst
session-moment-hint = Er kommt in „Momente, die ich überstanden habe“, damit du ihn in einem schweren Moment wieder lesen kannst. Er wird nie gezählt.
# $reason says why, in plain words.
session-moment-not-kept = Dein Satz wurde nicht gespeichert. { $reason } Er steht noch im Feld.
