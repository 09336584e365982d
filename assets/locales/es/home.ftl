# Home: the first screen (screens/home.js). Its choices are in app.ftl (app-screen-*).

home-title = Estás aquí. Tómate tu tiempo.
home-lead = Elige lo que necesites. Esc siempre te trae de vuelta aquí.
# Home's lead for someone who said a partner's betrayal or addiction brought them here.
home-lead-partner = Lo que pasó no fue culpa tuya. Elige lo que necesites; Esc siempre te trae de vuelta aquí.
# For someone who said they are in recovery.
home-lead-recovery = Un impulso es una ola, no una orden. Elige lo que necesites; Esc siempre te trae de vuelta aquí.

## What brings you here: asked once, under the tools, and never again once answered.

home-brings-title = ¿Qué te trae aquí? No hace falta que lo digas.
home-brings-lead = Tu respuesta solo cambia qué herramientas aparecen primero en esta pantalla. Se queda en este equipo y puedes cambiarla en Ajustes.
home-brings-partner = La traición o la adicción de mi pareja me hizo daño
home-brings-recovery = Estoy en recuperación de una conducta sexual compulsiva
home-brings-both = Ambas cosas, u otra cosa
home-brings-rather_not_say = Prefiero no decirlo
home-brings-skip = Saltar esta pregunta
home-brings-kept = Guardado. Puedes cambiarlo en Ajustes.
