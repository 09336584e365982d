# The tray menu and its tooltip (core/src/launch/tray.rs, by id): the shell words these,
# not the page.

tray-tooltip = Steady
# The window's title; with the discreet name on, the title and the tooltip are these.
tray-window-title = Steady
tray-window-title-discreet = Notes
tray-tooltip-discreet = Notes
tray-breathe = Breathe
tray-ground = Ground
tray-plan = My plan
tray-help = Get help now
tray-show-hide = Show/Hide Steady
tray-lock = Lock
tray-quit = Quit Steady
