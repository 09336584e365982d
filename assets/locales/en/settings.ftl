# Settings: look, sound, closing, keys, What helped, the shortcut to breathing, start at
# login, and where the person's words are kept.

settings-title = Settings
settings-saved = Saved.
# $reason says why, in a full sentence.
settings-not-saved = Not saved. { $reason }
settings-not-changed = Not changed. { $reason }

## Look and sound

# The language Steady speaks. Each language is offered by its own name ("Deutsch"), from
# the system; $name is the system's language, named in itself.
settings-language = Language
settings-language-system = The system's language ({ $name })
# Said once Steady speaks the language chosen; $name names it in itself.
settings-language-changed = Steady now speaks { $name }.

settings-theme = Theme
settings-theme-system = Follow the system
settings-theme-light = Light
settings-theme-dark = Dark
settings-text-size = Text size
settings-text-size-normal = Normal
settings-text-size-large = Large
settings-text-size-larger = Larger
settings-motion = Motion
settings-motion-system = Follow the system
settings-motion-reduce = Reduce motion
settings-sound = Sound
settings-sound-about = Soft cues that guide breathing when your eyes are closed.
settings-sound-play = Play sound cues
settings-volume = Volume

## Closing, keys, What helped

settings-closing = Closing the window
settings-close-to-tray = Keep Steady in the tray when I close the window, so it opens again at once
settings-close-to-tray-about = When this is off, closing the window quits Steady. Quit from the tray menu at any time.
settings-keys = Keys
settings-single-keys = Single letters open screens (B breathe, G ground, U ride the wave, P my plan, W what helped, H get help now, S settings)
settings-single-keys-about = Turn this off if a stray key press might move you away. F1 still opens Get help now, Escape still goes home, and Space still pauses breathing.
settings-helped = What helped
settings-keep-helped = After breathing, grounding or the wave, keep a private note in What helped without asking
settings-keep-helped-about = When this is off, Steady keeps nothing unless you tick the box at the end of a session.

## Shortcut to breathing

settings-shortcut-heading = Shortcut to breathing
settings-shortcut-about = A key combination that opens breathing from anywhere, even when Steady is in the tray. You can also bind this command in your desktop's keyboard settings:
settings-shortcut-about-wayland = Your desktop may not let Steady set a key that works everywhere. In your desktop's keyboard settings, add a custom shortcut that runs:
settings-shortcut-keys = Key combination
# $example is the shortcut a new Steady uses, such as Ctrl+Alt+B.
settings-shortcut-hint = Press the keys while the field is selected, or type them, such as { $example }. Include Ctrl, Alt or Super.
settings-shortcut-use = Use this shortcut
settings-shortcut-turn-off = Turn the shortcut off
# What the shortcut is doing now. $keys is the key combination.
settings-shortcut-on = { $keys } opens breathing from anywhere.
settings-shortcut-off = The shortcut is off.
settings-shortcut-starting = The shortcut is being set up.
settings-shortcut-wayland = This desktop (Wayland) does not let apps set a key that works everywhere. You can bind the command below in your desktop's keyboard settings instead.
settings-shortcut-taken = Another program already uses { $keys }. Choose another combination.
settings-shortcut-failed = { $keys } could not be set up. Choose another combination.
settings-shortcut-unavailable = Global shortcuts are not available here.

## Start at login

settings-login-heading = Start at login
settings-login-box = Start Steady when I log in, hidden in the tray
settings-login-unavailable = Not available on this system yet.
settings-login-on = Steady will start when you log in, hidden in the tray.
settings-login-off = Steady will not start when you log in.

## Where your words are kept

settings-where-heading = Where your words are kept
settings-where-about = Everything you write stays on this computer, in this folder. Steady sends nothing anywhere.
# $version is Steady's version number, such as 1.2.0.
settings-version = Steady { $version }
settings-privacy-heading = Privacy
settings-privacy-about = Protect what you write with a passphrase, lock Steady, hide it at once with F9, or give it a discreet name.
settings-privacy-open = Privacy and protection

## What brings you here (home's question, changeable here)

settings-brings = What brings you to Steady
settings-brings-unanswered = Ask me on the home screen
settings-brings-about = This only changes which tools come first on the home screen. It stays on this computer.
