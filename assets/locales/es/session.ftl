# The end of a session, shared by breathing, grounding and the wave (lib/ending.js): how
# it felt, if the person wants to say, and whether to keep a private note in What helped.

session-after = Después de esta sesión
session-keep = Guardar una nota privada de esto en «Lo que me ayudó»
session-done = Listo
# $reason says why, in a full sentence.
session-not-kept = No se guardó. { $reason } Puedes seguir sin guardarla.
session-keep-locked = Steady está bloqueado, así que esta vez no se guarda nada en «Lo que me ayudó».
session-moment-label = Un momento que superaste, en una frase, si quieres
session-moment-hint = Va a «Momentos que superé», para volver a leerlo en un momento difícil. Nunca se lleva la cuenta.
# $reason says why, in plain words.
session-moment-not-kept = Tu frase no se guardó. { $reason } Sigue en el cuadro.
