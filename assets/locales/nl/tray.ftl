# The tray menu and its tooltip (core/src/launch/tray.rs, by id): the shell words these,
# not the page.

tray-tooltip = Steady
# The window's title; with the discreet name on, the title and the tooltip are these.
tray-window-title = Steady
tray-window-title-discreet = Notities
tray-tooltip-discreet = Notities
tray-breathe = Ademen
tray-ground = Gronden
tray-plan = Mijn plan
tray-help = Direct hulp
tray-show-hide = Steady tonen/verbergen
tray-lock = Vergrendelen
tray-quit = Steady afsluiten
