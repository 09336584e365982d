# The tray menu and its tooltip (core/src/launch/tray.rs, by id): the shell words these,
# not the page.

tray-tooltip = Steady
tray-breathe = Breathe
tray-ground = Ground
tray-plan = My plan
tray-help = Get help now
tray-show-hide = Show/Hide Steady
tray-quit = Quit Steady
