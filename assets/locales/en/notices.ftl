# Notices the core gives once, at start (core/src/app): notice-<code>. $doc says which of
# Steady's files: plan, settings, patterns, grounding or helped. No paths: Settings shows
# where the folder is.

# $kept_as is the name the unreadable file is kept under, such as
# plan.corrupt-20261124T101500.json.
notice-set_aside =
    Steady could not read { $doc ->
        [plan] your safety plan
        [settings] your settings
        [patterns] your breathing patterns
        [grounding] your grounding steps
        [helped] your what-helped notes
       *[other] one of its files
    }. The file is kept, unchanged, as { $kept_as } in Steady's folder (shown in Settings), and Steady is using the defaults for now. Everything else works as before.
notice-left_alone =
    Steady could not use { $doc ->
        [plan] your safety plan
        [settings] your settings
        [patterns] your breathing patterns
        [grounding] your grounding steps
        [helped] your what-helped notes
       *[other] one of its files
    }. The file has been left exactly as it is, and changes made now will not be saved. Everything else works as before.
notice-newer_version =
    { $doc ->
        [plan] Your safety plan
        [settings] Your settings
        [patterns] Your breathing patterns
        [grounding] Your grounding steps
        [helped] Your what-helped notes
       *[other] One of Steady's files
    } was saved by a newer version of Steady. It has been left exactly as it is, and Steady is using the defaults without saving. Update Steady to use it.
notice-repaired =
    When Steady opened { $doc ->
        [plan] your safety plan
        [settings] your settings
        [patterns] your breathing patterns
        [grounding] your grounding steps
        [helped] your what-helped notes
       *[other] one of its files
    }, it found something to mend, and mended it. Nothing was lost.
notice-sealed_now =
    { $doc ->
        [plan] Your safety plan
        [patterns] Your breathing patterns
        [grounding] Your grounding steps
        [helped] Your what-helped notes
       *[other] One of your files
    } was found unprotected, although protection is on. Steady has protected it now, and nothing in it was lost.
notice-read_only = Steady may not write in its folder, so it has opened read-only: you can read your plan and use every exercise, but changes will not be saved. Check the folder's permissions or free the disk, then start Steady again.
notice-folder_tightened = Other people on this computer could open Steady's folder. Steady has changed it so only you can.
# A notice this catalogue has no words for.
notice-unknown = Steady noticed something about its files as it opened, but has no words for it yet.
