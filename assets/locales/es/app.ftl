# The page around every screen (index.html, app.js), home's choices (the screen registry
# in app.js), and shared pieces of lib/ (rating.js, closing.js).

## The bar at the top (index.html)

# The window's title.
app-name = Steady
app-skip = Saltar al contenido
app-brand = Steady
    .aria-label = Steady, inicio
app-help-now = Ayuda ahora
app-dismiss = Cerrar

## Home's choices: each screen's name and what it is for (app.js)

app-screen-breathe = Respirar
app-screen-breathe-about = Respiración lenta y guiada, con sonidos para seguirla con los ojos cerrados.
app-screen-ground = Anclaje
app-screen-ground-about = De vuelta a esta habitación, a este momento, a este cuerpo.
app-screen-urge = Surfear la ola
app-screen-urge-about = Deja que un impulso suba y pase sin seguirlo.
app-screen-plan = Mi plan
app-screen-plan-about = Tus propios pasos, con tus propias palabras, uno a uno.
app-screen-help = Ayuda ahora
app-screen-help-about = Habla con una persona: números de emergencia y líneas de ayuda en crisis.
app-screen-helped = Lo que me ayudó
app-screen-helped-about = Una nota privada de lo que usaste y de cómo te sentiste.
app-screen-urge-check = Dejar pasar el impulso de revisar
app-screen-urge-check-about = El impulso de revisar un teléfono, una cuenta o unas búsquedas: deja que suba y pase, y decide más tarde.
app-screen-reminder = Algo me lo recordó
app-screen-reminder-about = Para un detonante o una imagen que no se va: ponle nombre, vuelve al ahora y luego elige lo que te ayude.
app-screen-close-call = Después de un desliz
app-screen-close-call-about = Una nota sobre un desliz o un casi desliz: qué pasó, qué ayudó, qué harás a continuación. Nunca se lleva la cuenta.
app-screen-lists = Tus propias palabras
app-screen-lists-about = Frases que son verdad para ti, cosas para tu próxima sesión, momentos que superaste. Privado, y nunca se lleva la cuenta.
app-screen-settings = Ajustes
app-screen-settings-about = Tema, tamaño del texto, sonido y dónde se guardan tus palabras.

## "How strong is it?", 0 to 10, never required (lib/rating.js)

app-rating-scale = 0 es calma; 10, lo más fuerte que llega a ser.
# $scale is what the numbers mean (app-rating-scale, or a screen's own words).
app-rating-help = { $scale } Puedes omitir esto.

## The first time closing the window would keep Steady in the tray (lib/closing.js)

app-tray-title = Steady sigue disponible en la bandeja del sistema
app-tray-text = Al cerrar la ventana, Steady sigue funcionando en silencio y así se abre al instante la próxima vez: desde el icono de la bandeja, desde tu atajo o iniciando Steady de nuevo. Mientras espera, no muestra ni envía nada. Puedes cambiarlo en Ajustes.
app-tray-keep = Mantener Steady en la bandeja
app-tray-quit = Salir cuando cierre la ventana
app-tray-cancel = Cancelar
