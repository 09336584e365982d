# Words for errors from the core, by code: error-<code>, the code as the core sends it
# (core/src/error.rs, enum Code). A refusal of input (code "invalid") has its own words
# by reason (invalid-<reason>, elsewhere); error-invalid is for a reason without them.
# $doc, where given, says which of Steady's files: plan, settings, patterns, grounding,
# helped or history. No paths and no system error text: those go to the log.

error-invalid = Steady no puede usar eso tal como está. Revísalo y vuelve a intentarlo.
error-locked = Otra copia de Steady ya está usando su carpeta. Ciérrala o usa esa ventana.
error-newer_version =
    Una versión más reciente de Steady creó { $doc ->
        [plan] tu plan de seguridad
        [settings] tus ajustes
        [patterns] tus patrones de respiración
        [grounding] tus pasos de anclaje
        [helped] tus notas de lo que te ayudó
        [history] una versión anterior de tu plan
       *[other] este archivo
    }. Se ha dejado exactamente como está. Actualiza Steady para cambiarlo.
error-kept_unreadable =
    Steady conserva { $doc ->
        [plan] tu plan de seguridad
        [settings] tu archivo de ajustes
        [patterns] tu archivo de patrones de respiración
        [grounding] tu archivo de pasos de anclaje
        [helped] tu archivo de notas de lo que te ayudó
        [history] una versión anterior de tu plan
       *[other] este archivo
    } tal como está, para que no se pierda nada de lo que contiene. Los cambios que hagas ahora no se guardan.
error-disk_full =
    El disco está lleno, así que no se pudo guardar { $doc ->
        [plan] tu plan de seguridad
        [settings] tus ajustes
        [patterns] tus patrones de respiración
        [grounding] tus pasos de anclaje
        [helped] tus notas de lo que te ayudó
        [history] una versión anterior de tu plan
        [export] la copia de tu plan
        [autostart] el ajuste de inicio automático
       *[other] lo que cambiaste
    }. La última copia guardada no ha cambiado. Libera espacio y vuelve a intentarlo.
error-read_only =
    Steady no tiene permiso para escribir en su carpeta, así que no se pudo guardar { $doc ->
        [plan] tu plan de seguridad
        [settings] tus ajustes
        [patterns] tus patrones de respiración
        [grounding] tus pasos de anclaje
        [helped] tus notas de lo que te ayudó
        [history] una versión anterior de tu plan
        [export] la copia de tu plan
        [autostart] el ajuste de inicio automático
       *[other] lo que cambiaste
    }. La última copia guardada no ha cambiado.
error-io =
    No se pudo guardar { $doc ->
        [plan] tu plan de seguridad
        [settings] tus ajustes
        [patterns] tus patrones de respiración
        [grounding] tus pasos de anclaje
        [helped] tus notas de lo que te ayudó
        [history] una versión anterior de tu plan
        [export] la copia de tu plan
        [autostart] el ajuste de inicio automático
       *[other] lo que cambiaste
    }: el sistema no permitió escribirlo. La última copia guardada no ha cambiado y lo que escribiste sigue aquí.
error-encode =
    No se pudo preparar { $doc ->
        [plan] tu plan de seguridad
        [settings] tus ajustes
        [patterns] tus patrones de respiración
        [grounding] tus pasos de anclaje
        [helped] tus notas de lo que te ayudó
        [history] una versión anterior de tu plan
        [export] la copia de tu plan
        [autostart] el ajuste de inicio automático
       *[other] lo que cambiaste
    } para guardarlo. La última copia guardada no ha cambiado.
error-no_data_dir = Steady no encontró una carpeta para sus datos: no se conoce ninguna carpeta personal. Asigna a { "STEADY_DATA_DIR" } una carpeta que Steady pueda usar.
error-data_dir = Steady no pudo usar su carpeta de datos. Asigna a { "STEADY_DATA_DIR" } una carpeta en la que Steady pueda escribir.
error-already_running = Steady ya está abierto para esta carpeta de datos.
# Followed by a QR code for a phone's camera and the number, large. $kind is "call" or "text", if given.
error-no_phone_app =
    { $kind ->
        [call] Este equipo no puede hacer llamadas. Usa tu teléfono: escanea este código con su cámara o marca el número.
        [text] Este equipo no puede enviar mensajes de texto. Usa tu teléfono: escanea este código con su cámara o envía el mensaje tú.
       *[other] Este equipo no puede hacer llamadas ni enviar mensajes de texto. Usa un teléfono:
    }
error-unsupported = Abrir Steady al iniciar sesión todavía no está disponible en este sistema.
error-damaged = Una parte del propio Steady está dañada. Si vuelves a instalar Steady, se repara; tus propias palabras no se ven afectadas.
error-path = Steady no puede guardar en ese lugar. Elige una carpeta tuya, como Documentos.
error-print = No se pudo abrir el cuadro de impresión. Puedes guardar el plan como archivo de texto.
error-shortcut_unavailable =
    { $reason ->
        [taken] Otro programa ya usa esa combinación de teclas. Elige otra.
        [wayland] Este escritorio no permite que las aplicaciones asignen una tecla que funcione en todas partes. Puedes asignar la orden de Steady en la configuración de teclado de tu escritorio.
        [no_plugin] Aquí no están disponibles las teclas que funcionan en todas partes.
       *[other] No se pudo configurar esa combinación de teclas. Elige otra.
    }

## Errors of the page itself

# Any code this catalogue has no words for.
error-protected = Eso está bajo llave. Desbloquea Steady con tu frase de contraseña para usarlo. Respirar, Anclaje y Ayuda ahora funcionan sin ella.
error-wrong_secret = Eso no abre Steady. Revisa la frase de contraseña (las mayúsculas cuentan) y vuelve a intentarlo, o usa tu código de recuperación.
error-try_later =
    Demasiados intentos que no abrieron Steady. Puedes volver a intentarlo dentro de { $seconds ->
        [one] un segundo
       *[other] { $seconds } segundos
    }. Mientras tanto, Respirar, Anclaje y Ayuda ahora funcionan.
error-protection_on = La protección ya está activada.
error-protection_off = La protección está desactivada, así que no hay nada que desbloquear.
error-unknown = Algo salió mal y Steady no pudo hacerlo. Vuelve a intentarlo.
# The page was opened without Steady around it (in a plain browser).
error-no_core = No se puede acceder al núcleo de Steady desde esta página.
# A screen's code could not be loaded.
error-screen = No se pudo abrir esa pantalla. Vuelve a intentarlo.
