# Privacy (ui/screens/privacy.js): protection with a passphrase, the recovery code,
# locking, hiding Steady at once, and the discreet name.

privacy-title = Privacy
privacy-off = Protection is off. What you write is kept in Steady's folder on this computer, readable by anyone who can open that folder.
privacy-on-heading = Protect what you write with a passphrase
privacy-protects = With protection on, your plan and its earlier versions, your what-helped notes, and your own grounding steps, sentences and breathing patterns are kept scrambled on this computer. Someone who opens the laptop or copies Steady's folder cannot read them.
privacy-does-not = It does not protect against spying software on this computer, someone who knows your passphrase, or someone who can see your screen while Steady is open.
privacy-forgetting = If you forget the passphrase, a recovery code opens your words instead. Steady shows the code once, when you turn protection on. Without the passphrase or the code, nobody can read your words again, Steady included.
privacy-help-open = Breathing, grounding and Get help now always work without the passphrase.
privacy-new-passphrase = New passphrase
privacy-repeat-passphrase = The same passphrase again
privacy-current-passphrase = Your passphrase
privacy-passphrase-hint = At least { $min } characters. A few ordinary words with spaces between them are easy to remember and hard to guess.
privacy-understood = I understand that without my passphrase or my recovery code, my words cannot be read.
privacy-turn-on = Turn on protection
privacy-turning-on = Protecting your words…
privacy-not-the-same = The two passphrases are not the same. Type them again.
privacy-tick-first = Please read the sentence about the passphrase and tick it first.
privacy-code-heading = Your recovery code
privacy-code-about = Write it down or print it, and keep it somewhere away from this computer. It opens your words if you forget your passphrase. Steady shows it only now.
privacy-code-copy = Copy the code
privacy-code-copied = The code is copied. Paste it somewhere safe, away from this computer.
privacy-code-not-copied = The code could not be copied. Write it down instead.
privacy-code-print = Print the code
privacy-code-print-title = Steady recovery code. Keep it somewhere safe and private.
privacy-code-done = I have kept it safe
privacy-now-on = Protection is on.
privacy-on = Protection is on. Your words are kept scrambled on this computer.
privacy-locked = Steady is locked. Your words are behind the lock until you unlock it.
privacy-lock-now = Lock now
privacy-lock-keys = You can also press { $keys } on any screen, or choose Lock from the tray. Steady also locks when its window is hidden.
privacy-lock-after = Lock when I have not used Steady for
privacy-lock-never = Never
privacy-lock-minutes =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
privacy-saved = Saved.
privacy-change-heading = Change the passphrase
privacy-change = Change the passphrase
privacy-changing = Changing the passphrase…
privacy-changed = The passphrase is changed. Your recovery code still works.
privacy-off-heading = Turn off protection
privacy-off-about = Your words will be kept as plain files again, readable by anyone who can open Steady's folder.
privacy-turn-off = Turn off protection
privacy-turning-off = Turning protection off…
privacy-now-off = Protection is off.
privacy-hide-heading = Hide Steady at once
privacy-hide-about = Press { $key } on any screen to hide Steady at once. What was on the screen is cleared and, with protection on, Steady locks. The tray or the shortcut bring it back.
privacy-discreet = Use a discreet name
privacy-discreet-about = The window and the tray say “Notes” instead of naming Steady, so a glance at the taskbar does not say what it is.
