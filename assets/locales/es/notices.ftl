# Notices the core gives once, at start (core/src/app): notice-<code>. $doc says which of
# Steady's files: plan, settings, patterns, grounding or helped. No paths: Settings shows
# where the folder is.

# $kept_as is the name the unreadable file is kept under, such as
# plan.corrupt-20261124T101500.json.
notice-set_aside =
    Steady no pudo leer { $doc ->
        [plan] tu plan de seguridad
        [settings] tus ajustes
        [patterns] tus patrones de respiración
        [grounding] tus pasos de anclaje
        [helped] tus notas de lo que te ayudó
       *[other] uno de sus archivos
    }. El archivo se conserva, sin cambios, como { $kept_as } en la carpeta de Steady (se muestra en Ajustes), y por ahora Steady usa los valores predeterminados. Todo lo demás funciona como antes.
notice-left_alone =
    Steady no pudo usar { $doc ->
        [plan] tu plan de seguridad
        [settings] tus ajustes
        [patterns] tus patrones de respiración
        [grounding] tus pasos de anclaje
        [helped] tus notas de lo que te ayudó
       *[other] uno de sus archivos
    }. El archivo se ha dejado exactamente como está, y los cambios que hagas ahora no se guardarán. Todo lo demás funciona como antes.
notice-newer_version =
    Una versión más reciente de Steady guardó { $doc ->
        [plan] tu plan de seguridad
        [settings] tus ajustes
        [patterns] tus patrones de respiración
        [grounding] tus pasos de anclaje
        [helped] tus notas de lo que te ayudó
       *[other] uno de los archivos de Steady
    }. Se ha dejado exactamente como está, y Steady usa los valores predeterminados sin guardar. Actualiza Steady para usarlo.
notice-repaired =
    Al abrir { $doc ->
        [plan] tu plan de seguridad
        [settings] tus ajustes
        [patterns] tus patrones de respiración
        [grounding] tus pasos de anclaje
        [helped] tus notas de lo que te ayudó
       *[other] uno de sus archivos
    }, Steady encontró algo que reparar y lo reparó. No se perdió nada.
notice-sealed_now =
    { $doc ->
        [plan] Tu plan de seguridad estaba
        [patterns] Tus patrones de respiración estaban
        [grounding] Tus pasos de anclaje estaban
        [helped] Tus notas de lo que te ayudó estaban
       *[other] Uno de tus archivos estaba
    } sin proteger, aunque la protección está activada. Steady ya lo ha protegido, y no se perdió nada de su contenido.
notice-read_only = Steady no puede escribir en su carpeta, así que se ha abierto en modo de solo lectura: puedes leer tu plan y usar todos los ejercicios, pero los cambios no se guardarán. Revisa los permisos de la carpeta o libera espacio en el disco, y luego vuelve a iniciar Steady.
notice-folder_tightened = Otras personas de este equipo podían abrir la carpeta de Steady. Steady la ha cambiado para que solo tú puedas hacerlo.
# A notice this catalogue has no words for.
notice-unknown = Steady notó algo en sus archivos al abrirse, pero todavía no tiene palabras para ello.
