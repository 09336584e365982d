# Words for errors from the core, by code: error-<code>, the code as the core sends it
# (core/src/error.rs, enum Code). A refusal of input (code "invalid") has its own words
# by reason (invalid-<reason>, elsewhere); error-invalid is for a reason without them.
# $doc, where given, says which of Steady's files: plan, settings, patterns, grounding,
# helped or history. No paths and no system error text: those go to the log.

error-invalid = Steady cannot use that as it is. Please check it and try again.
error-locked = Another copy of Steady is already using its folder. Close it, or use that window.
error-newer_version =
    A newer version of Steady made { $doc ->
        [plan] your safety plan
        [settings] your settings
        [patterns] your breathing patterns
        [grounding] your grounding steps
        [helped] your what-helped notes
        [history] an earlier version of your plan
       *[other] this file
    }. It has been left exactly as it is. Update Steady to change it.
error-kept_unreadable =
    { $doc ->
        [plan] Your safety plan
        [settings] Your settings file
        [patterns] Your breathing patterns file
        [grounding] Your grounding steps file
        [helped] Your what-helped notes file
        [history] An earlier version of your plan
       *[other] This file
    } is being kept as it is, so nothing in it is lost. Changes made now are not saved.
error-disk_full =
    The disk is full, so { $doc ->
        [plan] your safety plan
        [settings] your settings
        [patterns] your breathing patterns
        [grounding] your grounding steps
        [helped] your what-helped notes
        [history] an earlier version of your plan
        [export] the copy of your plan
        [autostart] the start-at-login entry
       *[other] what you changed
    } could not be saved. The last saved copy is unchanged. Free some space and try again.
error-read_only =
    Steady is not allowed to write in its folder, so { $doc ->
        [plan] your safety plan
        [settings] your settings
        [patterns] your breathing patterns
        [grounding] your grounding steps
        [helped] your what-helped notes
        [history] an earlier version of your plan
        [export] the copy of your plan
        [autostart] the start-at-login entry
       *[other] what you changed
    } could not be saved. The last saved copy is unchanged.
error-io =
    { $doc ->
        [plan] Your safety plan
        [settings] Your settings
        [patterns] Your breathing patterns
        [grounding] Your grounding steps
        [helped] Your what-helped notes
        [history] An earlier version of your plan
        [export] The copy of your plan
        [autostart] The start-at-login entry
       *[other] What you changed
    } could not be saved: the system refused to write it. The last saved copy is unchanged, and what you wrote is still here.
error-encode =
    { $doc ->
        [plan] Your safety plan
        [settings] Your settings
        [patterns] Your breathing patterns
        [grounding] Your grounding steps
        [helped] Your what-helped notes
        [history] An earlier version of your plan
        [export] The copy of your plan
        [autostart] The start-at-login entry
       *[other] What you changed
    } could not be prepared for saving. The last saved copy is unchanged.
error-no_data_dir = Steady could not find a folder for its data: no home folder is known. Set { "STEADY_DATA_DIR" } to a folder Steady may use.
error-data_dir = Steady could not use its data folder. Set { "STEADY_DATA_DIR" } to a folder Steady may write to.
error-already_running = Steady is already open for this data folder.
# Followed by a QR code for a phone's camera and the number, large. $kind is "call" or "text", if given.
error-no_phone_app =
    { $kind ->
        [call] This computer cannot place calls. Use your phone instead: scan this code with its camera, or dial the number.
        [text] This computer cannot send texts. Use your phone instead: scan this code with its camera, or send the text yourself.
       *[other] This computer cannot place calls or send texts. Use a phone instead:
    }
error-unsupported = Starting at login is not available on this system yet.
error-damaged = Part of Steady itself is damaged. Installing Steady again mends it; your own words are not affected.
error-path = Steady cannot save to that place. Choose a folder of your own, such as Documents.
error-print = The print dialog could not open. You can save the plan as a text file instead.
error-shortcut_unavailable =
    { $reason ->
        [taken] Another program already uses that key combination. Choose another one.
        [wayland] This desktop does not let apps set a key that works everywhere. You can bind Steady's command in your desktop's keyboard settings instead.
        [no_plugin] Keys that work everywhere are not available here.
       *[other] That key combination could not be set up. Choose another one.
    }

## Errors of the page itself

# Any code this catalogue has no words for.
error-protected = That is behind the lock. Unlock Steady with your passphrase to use it. Breathing, grounding and Get help now work without it.
error-wrong_secret = That does not open Steady. Check the passphrase (capital letters count) and try again, or use your recovery code.
error-try_later =
    Too many tries that did not open Steady. You can try again in { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    }. Breathing, grounding and Get help now work in the meantime.
error-protection_on = Protection is already on.
error-protection_off = Protection is off, so there is nothing to unlock.
error-unknown = Something went wrong, and Steady could not do that. Please try again.
# The page was opened without Steady around it (in a plain browser).
error-no_core = Steady's core is not reachable from this page.
# A screen's code could not be loaded.
error-screen = That screen could not open. Please try again.
