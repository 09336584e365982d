# The tray menu and its tooltip (core/src/launch/tray.rs, by id): the shell words these,
# not the page.

tray-tooltip = Steady
# The window's title; with the discreet name on, the title and the tooltip are these.
tray-window-title = Steady
tray-window-title-discreet = Notas
tray-tooltip-discreet = Notas
tray-breathe = Respirar
tray-ground = Anclaje
tray-plan = Mi plan
tray-help = Ayuda ahora
tray-show-hide = Mostrar/ocultar Steady
tray-lock = Bloquear
tray-quit = Salir de Steady
