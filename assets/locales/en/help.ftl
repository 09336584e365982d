# Get help now (screens/help.js). Numbers, the names of lines and groups, their hours and
# notes, and the name of a country come from the directory (assets/crisis-lines.json):
# they are arguments here, never catalogue text.

help-title = Get help now
help-loading = Loading…

## The emergency number

help-emergency-title = Emergency number
# $country is the country's name.
# $code is the country's ISO code: English says "the" before some names.
help-emergency-title-in = Emergency number in { $code ->
        [GB] the { $country }
        [NL] the { $country }
        [US] the { $country }
       *[other] { $country }
    }
# The Call button. $number is the number, such as 112.
help-call-number = Call { $number }
help-emergency-now = If you are in danger, or might act on thoughts of hurting yourself, call { $number } now. You do not have to explain everything; saying you need help is enough.
# Shown with 112 when Steady could not read its list of lines.
help-fallback-note = 112 reaches emergency services from any phone in the EU. Elsewhere it often works from a mobile, but use your local emergency number if you know it.
help-no-directory = Steady could not open its list of crisis lines just now. The number above works from most phones.

## Where a number came from. $source names it; $when is a month and year, such as November 2026.

help-source-checked = From { $source }. Last checked { $when }.
help-source = From { $source }.
help-checked = Last checked { $when }.

## The person's own people, from their plan

help-own-title = Your people
help-own-none = You have not added anyone yet. People you trust, and your therapist or doctor, can go in your plan and will be shown here.
help-own-add = Add your own people to your plan

## Crisis lines

help-lines-title = Crisis lines
# $country is the country's name.
help-lines-title-in = Crisis lines in { $code ->
        [GB] the { $country }
        [NL] the { $country }
        [US] the { $country }
       *[other] { $country }
    }
help-country-label = Your country
help-country-find = Find your country
# How many countries match what was typed in "Find your country".
help-country-matches = { $count ->
        [0] No country matches. Try its name in English or in its own language.
        [one] One country matches. Press Enter to choose it.
       *[other] { $count } countries match. Press Enter to choose the first.
    }
help-country-auto = Use this computer’s setting
help-country-not-listed = My country is not listed
help-lines-none = Steady has no checked crisis line for your country yet. If you know your local crisis line, add it to your plan under “Professionals and crisis services”, and it will be shown here with your people.
help-lines-none-here = Steady lists no crisis line open to everyone in this country. The emergency number above always answers. If you know a local line, add it to your plan under “Professionals and crisis services”, and it will be shown here with your people.
help-abuse-title = If someone is hurting you or making you feel unsafe

## One line's ways in. $name is the line's name, $number its number.

# Read by a screen reader on the Call button.
help-call-line = Call { $name } on { $number }
# $keyword is the word to send, exactly as the line asks for it.
help-text-keyword = Text { $keyword } to { $number }
help-text-number = Text { $number }
# Read by a screen reader on the Text button.
help-text-line = Text { $name } on { $number }
help-tty = Textphone (TTY): { $number }
# $address is an email address.
help-email = Email: { $address }
help-copy-tty = Copy textphone number
help-chat = Chat online: { $address }
help-whatsapp = WhatsApp messages: { $number }
# Read by a screen reader after "Show on my phone:" or "Hide the code:".
help-phone-line = { $name }, { $number }
help-phone-text-line = a text to { $name }, { $number }
help-copy-address = Copy address
help-hours-always = Open 24 hours, every day.
# $hours is when the line answers, as the directory says it.
help-hours = Open { $hours }.
# $languages is a list of languages, such as "English and Spanish".
help-languages = Answers in { $languages }.

## Support groups

help-partners-title = Support for partners
help-recovery-title = Support for people in recovery
help-never-contacts = Steady never contacts anyone by itself and sends nothing anywhere. Calls and texts go through your own phone apps, only when you press the button.
help-own-locked = Your own people are behind the lock. The lines below work without it.
help-own-unlock = Unlock to see my people
