# The tray menu and its tooltip (core/src/launch/tray.rs, by id): the shell words these,
# not the page.

tray-tooltip = Steady
# The window's title; with the discreet name on, the title and the tooltip are these.
tray-window-title = Steady
tray-window-title-discreet = Notes
tray-tooltip-discreet = Notes
tray-breathe = Respirer
tray-ground = S’ancrer
tray-plan = Mon plan
tray-help = Aide immédiate
tray-show-hide = Afficher/Masquer Steady
tray-lock = Verrouiller
tray-quit = Quitter Steady
