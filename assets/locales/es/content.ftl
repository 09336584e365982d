# Built-in content's words: breathing patterns (assets/breathing-patterns.json), grounding
# steps (assets/grounding.json) and the plan's sections (assets/plan-sections.json). The JSON
# files hold each item's id, its numbers and its sources; the words are here, by id, so a
# language is one folder. The core words the content when it sends it (core/src/content).

## Breathing patterns: name, what it is, and any advice

content-pattern-even-name = Respiración uniforme
content-pattern-even-description = Inhala 5, exhala 5, sin retener el aire. Un punto de partida estable.
content-pattern-longer-out-name = Exhalación más larga
content-pattern-longer-out-description = Inhala 4, exhala 6. La exhalación más lenta ayuda a que el cuerpo se calme.
content-pattern-resonance-name = Respiración de resonancia
content-pattern-resonance-description = Unas cinco respiraciones y media por minuto, lentas y uniformes, sin retener el aire.
content-pattern-cyclic-sigh-name = Suspiro cíclico
content-pattern-cyclic-sigh-description = Una inhalación completa por la nariz, un pequeño sorbo extra de aire y, después, una exhalación larga y lenta por la boca.
content-pattern-box-name = Respiración cuadrada
content-pattern-box-description = Inhala 4, retén 4, exhala 4, retén 4. En este patrón se retiene el aire.
content-pattern-4-7-8-name = 4-7-8
content-pattern-4-7-8-description = Inhala 4, retén 7, exhala 8. En este patrón se retiene el aire.
content-pattern-4-7-8-advice = Al principio, limítate a unas cuatro respiraciones.

## Grounding: the groups steps belong to, then each step's title and words

content-grounding-group-arrive = Llegar
content-grounding-group-5-4-3-2-1 = 5-4-3-2-1
content-grounding-group-here-and-now = Aquí y ahora
content-grounding-group-body = Cuerpo
content-grounding-group-soothing = Calmarse

content-grounding-start-title = Ojos abiertos, pies en el suelo
content-grounding-start-text = Mantén los ojos abiertos. Enciende una luz si puedes. Deja que tus pies presionen el suelo y haz una respiración lenta, a tu ritmo.
content-grounding-see-title = Cinco cosas que puedes ver
content-grounding-see-text = Mira a tu alrededor y nombra cinco cosas que puedas ver. Las cosas pequeñas cuentan: una esquina, un color, una sombra.
content-grounding-touch-title = Cuatro cosas que puedes tocar
content-grounding-touch-text = Fíjate en cuatro cosas que puedas sentir: la silla debajo de ti, tu manga, el aire, el suelo.
content-grounding-hear-title = Tres cosas que puedes oír
content-grounding-hear-text = Intenta oír tres sonidos, cercanos o lejanos.
content-grounding-smell-title = Dos cosas que puedes oler
content-grounding-smell-text = Encuentra dos olores, o dos cosas cuyo olor te guste.
content-grounding-taste-title = Una cosa que puedes saborear
content-grounding-taste-text = Fíjate en un sabor, o toma un sorbo de agua.
content-grounding-now-title = Esto es ahora
content-grounding-now-text = Lee la fecha de hoy y la hora. Di para ti dónde estás.
content-grounding-feet-title = Presiona con los talones
content-grounding-feet-text = Presiona los talones contra el suelo y siente cómo el suelo te devuelve el empuje. Quédate con esa sensación durante unas respiraciones.
content-grounding-hands-title = Frótate las manos
content-grounding-hands-text = Frota las palmas una contra otra hasta que estén calientes y luego apóyalas en las piernas.
content-grounding-water-title = Agua fresca
content-grounding-water-text = Si puedes, deja correr agua fresca sobre las manos o las muñecas, y fíjate en lo que sientes.
content-grounding-object-title = Sostén algo
content-grounding-object-text = Toma un objeto que tengas cerca. Fíjate en su peso, su temperatura, sus bordes.
content-grounding-place-title = Un lugar seguro
content-grounding-place-text = Imagina un lugar donde te sientas a salvo. ¿Qué ves allí y qué oyes?
content-grounding-people-title = Personas que te importan
content-grounding-people-text = Piensa en alguien que te importa, o a quien le importas. Imagina su cara.

## The safety plan's sections: title, the question that helps fill it, an example
# The examples are made-up entries in a person's own voice; translate them into what a
# person in that language and country would write (a local phone number format too).

content-plan-warning_signs-title = Señales de que se acerca un momento difícil
content-plan-warning_signs-prompt = ¿Cómo sabrás que es el momento de abrir este plan? Pensamientos, imágenes, sentimientos, lugares o momentos que te avisan de que empieza un momento difícil.
content-plan-warning_signs-example = Empiezo a repasar una y otra vez lo que encontré y no puedo parar de moverme.
content-plan-on_my_own-title = Cosas que puedo hacer por mi cuenta
content-plan-on_my_own-prompt = ¿Qué puedes hacer por tu cuenta, sin nadie más, para atravesar la ola?
content-plan-on_my_own-example = Sostener algo frío y después dar una vuelta a la manzana.
content-plan-distractions-title = Personas y lugares que me ayudan a distraerme
content-plan-distractions-prompt = ¿Quién o qué lugar te ayuda a distraerte? No hace falta que hables de lo que está pasando.
content-plan-distractions-example = La cafetería de la biblioteca; mi vecina Ana, que siempre tiene algo que contar.
content-plan-people-title = Personas a las que puedo pedir ayuda
content-plan-people-prompt = ¿A quién puedes decirle que lo estás pasando mal? Añade su nombre y su número.
content-plan-people-example = Mi hermana, 600 123 456. Me dijo que la llame a cualquier hora.
content-plan-professionals-title = Profesionales y servicios de crisis
content-plan-professionals-prompt = Tu terapeuta, tu médico o una línea de ayuda en crisis, con su número y cuándo atienden.
content-plan-professionals-example = Mi terapeuta, martes y jueves de 9 a 17 h.
content-plan-safer_space-title = Hacer más seguro mi entorno
content-plan-safer_space-prompt = ¿Qué podrías guardar, poner bajo llave, borrar o dejar a otra persona para que este lugar sea más seguro para ti?
content-plan-safer_space-example = Pedirle a una amiga que guarde esta semana las llaves de repuesto del coche.
content-plan-matters-title = Lo que más me importa
content-plan-matters-prompt = ¿Qué es lo que más te importa, aquello por lo que vale la pena atravesar esto?
content-plan-matters-example = Pasear a mi perro por la playa los domingos por la mañana.
content-plan-boundaries-title = Mis límites
content-plan-boundaries-prompt = ¿Qué necesitas para sentirte a salvo? ¿Qué vas a hacer, y qué no, ahora mismo?
content-plan-boundaries-example = Esta noche no voy a revisar su teléfono. Puedo pedir espacio hasta mañana.
