# The unlock form and the locked panel (ui/lib/lock.js).

lock-form-name = Desbloquear Steady
lock-passphrase-label = Frase de contraseña
lock-code-label = Código de recuperación
lock-use-code = Usar mi código de recuperación
lock-use-passphrase = Usar mi frase de contraseña
lock-unlock = Desbloquear
lock-opening = Abriendo…
lock-help-still-works = Respirar, Anclaje y Ayuda ahora funcionan sin ella.
lock-plan = Tu plan está bajo llave. Escribe tu frase de contraseña para abrirlo.
lock-lists = Tus propias palabras están bajo llave. Escribe tu frase de contraseña para abrirlas.
lock-helped = Tus notas de lo que te ayudó están bajo llave. Escribe tu frase de contraseña para abrirlas.
lock-own-steps = Tus propios pasos y frases están bajo llave. Escribe tu frase de contraseña para abrirlos.
lock-own-patterns = Tus propios patrones de respiración están bajo llave. Escribe tu frase de contraseña para abrirlos.
