# The tray menu and its tooltip (core/src/launch/tray.rs, by id): the shell words these,
# not the page.

tray-tooltip = Steady
# The window's title; with the discreet name on, the title and the tooltip are these.
tray-window-title = Steady
tray-window-title-discreet = Notizen
tray-tooltip-discreet = Notizen
tray-breathe = Atmen
tray-ground = Erden
tray-plan = Mein Plan
tray-help = Jetzt Hilfe holen
tray-show-hide = Steady zeigen/ausblenden
tray-lock = Sperren
tray-quit = Steady beenden
