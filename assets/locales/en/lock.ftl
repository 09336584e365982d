# The unlock form and the locked panel (ui/lib/lock.js).

lock-form-name = Unlock Steady
lock-passphrase-label = Passphrase
lock-code-label = Recovery code
lock-use-code = Use my recovery code instead
lock-use-passphrase = Use my passphrase instead
lock-unlock = Unlock
lock-opening = Opening…
lock-help-still-works = Breathing, grounding and Get help now work without it.
lock-plan = Your plan is behind the lock. Type your passphrase to open it.
lock-lists = Your own words are behind the lock. Type your passphrase to open them.
lock-helped = Your what-helped notes are behind the lock. Type your passphrase to open them.
lock-own-steps = Your own steps and sentences are behind the lock. Type your passphrase to open them.
lock-own-patterns = Your own breathing patterns are behind the lock. Type your passphrase to open them.
