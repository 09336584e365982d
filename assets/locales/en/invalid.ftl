# Words for a refusal of input (error code "invalid"), by its reason: invalid-<reason>,
# the reason as the core sends it (core/src/error.rs, enum Reason). The arguments are the
# reason's own: numbers ($max, $min, $n, $max_mib) and codes ($what, $phase), never the
# words the person typed. core/tests/catalogue.rs checks that every reason has words here.
#
# $what, for a text: text, name, phone, hours, note, contact, step, statement, pattern_name.
# $what, for a list: plan_section, own_steps, own_patterns, statements, helped.
# $what, for something gone: plan_item, deleted_item, kept_plan, version, step, pattern.
# $phase, a part of a breath: in, top_up, hold_in, out, hold_out.

invalid-too_long =
    { $what ->
        [text] The text
        [name] The name
        [phone] The number
        [hours] The hours
        [note] The note
        [step] A step
        [statement] A statement
        [pattern_name] A name
        [passphrase] A passphrase
       *[other] This
    } can be up to { $max } characters; { $n ->
        [one] this one is { $n } character.
       *[other] this one is { $n } characters.
    } Nothing has been changed.

invalid-control_character =
    { $what ->
        [pattern_name] A name cannot hold line breaks or other invisible characters.
        [passphrase] A passphrase cannot hold line breaks or other invisible characters, because you could not see them to type them again.
        [step] The step holds an invisible control character that cannot be kept. Remove it and try again.
        [statement] The statement holds an invisible control character that cannot be kept. Remove it and try again.
        [name] The name holds an invisible control character that cannot be kept. Remove it and try again.
        [phone] The number holds an invisible control character that cannot be kept. Remove it and try again.
        [hours] The hours hold an invisible control character that cannot be kept. Remove it and try again.
        [note] The note holds an invisible control character that cannot be kept. Remove it and try again.
       *[other] The text holds an invisible control character that cannot be kept. Remove it and try again.
    }

invalid-empty =
    { $what ->
        [contact] Write a name or a number.
        [step] Write the step first.
        [statement] Write the statement first.
        [pattern_name] Give the pattern a name, so you can find it again.
        [passphrase] Type your passphrase first.
       *[other] Write something first.
    }

invalid-full =
    { $what ->
        [plan_section] A section can hold up to { $max } items. Delete one to make room.
        [own_steps] You can keep up to { $max } steps of your own. Delete one to make room.
        [own_patterns] You can keep up to { $max } patterns of your own. Delete one to make room.
        [statements] You can keep up to { $max } statements.
        [helped] Your what-helped notes hold { $max } entries, as many as Steady keeps. Nothing was dropped; delete some older ones to keep new ones.
       *[other] This list already holds { $max }, as many as Steady keeps. Delete one to make room.
    }

invalid-too_many =
    { $what ->
        [plan_section] A section of that plan has { $n } items; a section can hold up to { $max }. Nothing has been changed.
        [own_steps] There are { $n } steps of your own; Steady keeps up to { $max }. Nothing has been changed.
        [own_patterns] There are { $n } patterns of your own; Steady keeps up to { $max }. Nothing has been changed.
        [statements] You can keep up to { $max } statements; { $n ->
            [one] this is { $n }.
           *[other] these are { $n }.
        } Nothing has been changed.
        [helped] There are { $n } what-helped notes; Steady keeps up to { $max }. Nothing has been changed.
       *[other] This holds { $n }; Steady keeps up to { $max }. Nothing has been changed.
    }

invalid-gone =
    { $what ->
        [plan_item] That item is no longer in your plan; it may have been deleted.
        [deleted_item] That item can no longer be brought back.
        [kept_plan] That kept plan is no longer there.
        [version] That earlier version is no longer kept.
        [step] That step is no longer there; it may have been deleted.
        [pattern] That pattern of yours is no longer there; it may have been deleted.
       *[other] That is no longer there; it may have been deleted.
    }

invalid-id_clash = Two items in that plan share a number, or a number is out of range. Nothing has been changed.

invalid-no_more_ids = Steady cannot number any more items in this list.

invalid-unknown_format = Steady cannot save your plan in that format.

invalid-encode_failed = Your plan could not be prepared for saving. Nothing has been changed.

invalid-file_too_large = That file is larger than { $max_mib } MiB, far larger than any plan. Nothing has been changed.

invalid-newer_plan = That plan was saved by a newer version of Steady. Nothing has been changed.

invalid-not_a_plan = That is not a Steady safety plan, or it is damaged. Nothing has been changed.

invalid-no_such_pattern = Steady has no breathing pattern by that name. It may have been deleted.

invalid-session_length = A session lasts 1, 3, 5 or 10 minutes, or until you stop it.

invalid-phase_range =
    { $phase ->
        [in] Breathing in
        [top_up] The top-up breath
        [hold_in] Holding after breathing in
        [out] Breathing out
        [hold_out] Holding after breathing out
       *[other] Each part of a breath
    } can last from 0 to { $max } seconds.

invalid-half_seconds =
    Times go in half seconds, such as 4 or 4.5. { $phase ->
        [in] Check the time for breathing in.
        [top_up] Check the time for the top-up breath.
        [hold_in] Check the time for holding after breathing in.
        [out] Check the time for breathing out.
        [hold_out] Check the time for holding after breathing out.
       *[other] Check each time.
    }

invalid-needs_in_and_out = A pattern needs a breath in and a breath out, each of at least half a second.

invalid-wave_length = A wave lasts from { $min } to { $max } minutes.

invalid-volume_range = Volume goes from { $min } to { $max }.

invalid-unknown_country = Steady does not know that country. Choose one from the list.
invalid-unknown_language = Steady does not speak that language yet. Choose one from the list.

invalid-shortcut_empty = Type a key combination, such as Ctrl+Alt+B.

invalid-shortcut_not_a_modifier = Before the last key, use only Ctrl, Alt, Shift or Super, such as Ctrl+Alt+B.

invalid-shortcut_needs_modifier = Include Ctrl, Alt or Super, so the shortcut does not take over ordinary typing.

invalid-shortcut_last_key = End with one letter, digit or function key (F1 to F12), such as Ctrl+Alt+B.

invalid-no_such_tool = Steady cannot keep a note for that.

invalid-rating_range = How you feel goes from { $min } to { $max }.

invalid-bad_detail = A what-helped note is longer than Steady keeps, or holds an invisible character.

invalid-call_or_text = Steady can only start a call or a text.

invalid-not_a_phone_number = That does not look like a phone number, so it cannot be dialled from here. You can still copy it.

invalid-phone_digits = A phone number has between { $min } and { $max } digits.

invalid-too_short =
    { $what ->
        [passphrase] A passphrase needs at least { $min } characters. A few ordinary words with spaces between them are easy to remember and hard to guess.
       *[other] This needs at least { $min } characters.
    }
invalid-not_a_code =
    { $what ->
        [recovery_code] That is not a recovery code. A recovery code is 32 letters and digits, in eight groups of four.
       *[other] That is not a code Steady gives.
    }
invalid-unreadable = Part of Steady's protection file cannot be read, so it cannot be used.
invalid-lock_after = Steady can lock itself after 5, 10, 15, 30 or 60 minutes, or never.
invalid-protected_file = This copy of a plan is protected. Type the passphrase it was saved with, or its recovery code, to open it.
