# After a slip: the close-call note (screens/close-call.js). No shame, no counter, no
# streak, nothing resets; never "you should".

close-title = Después de un desliz
close-lead = Un desliz es algo de lo que aprender, no un veredicto sobre ti. Aquí no se lleva la cuenta de nada y nada vuelve a cero. Escribe tanto o tan poco como quieras; solo hace falta el primer cuadro.
close-happened-label = Qué pasó
close-happened-hint = Con tus propias palabras, de la forma más sencilla que puedas.
close-halt-legend = ¿Estaba presente alguna de estas?
close-helped-label = Qué ayudó, o qué podría haber ayudado
close-helped-hint = Algo que hiciste, o algo que podrías probar la próxima vez.
close-next-label = Qué haré a continuación
close-next-hint = Un paso pequeño es suficiente.
close-tell-label = A quién se lo puedo contar
close-tell-hint = Una persona de tu plan, tu padrino o madrina, tu grupo, tu terapeuta.
close-save = Guardar esta nota
close-kept = Guardada, en privado, en «Deslices y casi deslices», dentro de «Tus propias palabras».
close-open-lists = Abrir «Tus propias palabras»
close-reach = Hablar con alguien ahora
