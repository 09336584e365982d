# Privacy (ui/screens/privacy.js): protection with a passphrase, the recovery code,
# locking, hiding Steady at once, and the discreet name.

privacy-title = Privacidad
privacy-off = La protección está desactivada. Lo que escribes se guarda en la carpeta de Steady en este equipo, y puede leerlo cualquiera que pueda abrir esa carpeta.
privacy-on-heading = Protege lo que escribes con una frase de contraseña
privacy-protects = Con la protección activada, tu plan y sus versiones anteriores, tus notas de lo que te ayudó, y tus propios pasos de anclaje, frases y patrones de respiración se guardan cifrados en este equipo. Quien abra este equipo o copie la carpeta de Steady no podrá leerlos.
privacy-does-not = No protege frente a programas espía en este equipo, frente a alguien que conozca tu frase de contraseña ni frente a alguien que pueda ver tu pantalla mientras Steady está abierto.
privacy-forgetting = Si olvidas la frase de contraseña, un código de recuperación abre tus palabras en su lugar. Steady muestra el código una sola vez, cuando activas la protección. Sin la frase de contraseña ni el código, nadie podrá volver a leer tus palabras, tampoco Steady.
privacy-help-open = Respirar, Anclaje y Ayuda ahora funcionan siempre sin la frase de contraseña.
privacy-new-passphrase = Nueva frase de contraseña
privacy-repeat-passphrase = La misma frase de contraseña otra vez
privacy-current-passphrase = Tu frase de contraseña
privacy-passphrase-hint = Al menos { $min } caracteres. Unas cuantas palabras corrientes separadas por espacios son fáciles de recordar y difíciles de adivinar.
privacy-understood = Entiendo que, sin mi frase de contraseña o mi código de recuperación, nadie podrá leer mis palabras.
privacy-turn-on = Activar la protección
privacy-turning-on = Protegiendo tus palabras…
privacy-not-the-same = Las dos frases de contraseña no coinciden. Vuelve a escribirlas.
privacy-tick-first = Lee primero la afirmación sobre la frase de contraseña y márcala.
privacy-code-heading = Tu código de recuperación
privacy-code-about = Anótalo o imprímelo, y guárdalo en algún lugar lejos de este equipo. Abre tus palabras si olvidas tu frase de contraseña. Steady solo lo muestra ahora.
privacy-code-copy = Copiar el código
privacy-code-copied = El código se ha copiado. Pégalo en algún lugar seguro, lejos de este equipo.
privacy-code-not-copied = No se pudo copiar el código. Anótalo a mano.
privacy-code-print = Imprimir el código
privacy-code-print-title = Código de recuperación de Steady. Guárdalo en un lugar seguro y privado.
privacy-code-done = Ya lo he guardado en un lugar seguro
privacy-now-on = La protección está activada.
privacy-on = La protección está activada. Tus palabras se guardan cifradas en este equipo.
privacy-locked = Steady está bloqueado. Tus palabras están bajo llave hasta que lo desbloquees.
privacy-lock-now = Bloquear ahora
privacy-lock-keys = También puedes presionar { $keys } en cualquier pantalla, o elegir «Bloquear» en la bandeja del sistema. Steady también se bloquea cuando su ventana se oculta.
privacy-lock-after = Bloquear si no uso Steady durante
privacy-lock-never = Nunca
privacy-lock-minutes =
    { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
privacy-saved = Guardado.
privacy-change-heading = Cambiar la frase de contraseña
privacy-change = Cambiar la frase de contraseña
privacy-changing = Cambiando la frase de contraseña…
privacy-changed = La frase de contraseña se ha cambiado. Tu código de recuperación sigue funcionando.
privacy-off-heading = Desactivar la protección
privacy-off-about = Tus palabras volverán a guardarse como archivos normales, que puede leer cualquiera que pueda abrir la carpeta de Steady.
privacy-turn-off = Desactivar la protección
privacy-turning-off = Desactivando la protección…
privacy-now-off = La protección está desactivada.
privacy-hide-heading = Ocultar Steady al instante
privacy-hide-about = Presiona { $key } en cualquier pantalla para ocultar Steady al instante. Lo que había en la pantalla se borra y, con la protección activada, Steady se bloquea. La bandeja del sistema o el atajo lo hacen volver.
privacy-discreet = Usar un nombre discreto
privacy-discreet-about = La ventana y la bandeja dicen «Notas» en lugar de «Steady», así que un vistazo a la barra de tareas no revela qué es.
