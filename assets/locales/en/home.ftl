# Home: the first screen (screens/home.js). Its choices are in app.ftl (app-screen-*).

home-title = You are here. Take your time.
home-lead = Choose what you need. Escape always brings you back here.
# Home's lead for someone who said a partner's betrayal or addiction brought them here.
home-lead-partner = What happened was not your doing. Choose what you need; Escape always brings you back here.
# For someone who said they are in recovery.
home-lead-recovery = An urge is a wave, not an order. Choose what you need; Escape always brings you back here.

## What brings you here: asked once, under the tools, and never again once answered.

home-brings-title = What brings you here? You do not have to say.
home-brings-lead = Your answer only changes which tools come first on this screen. It stays on this computer, and you can change it in Settings.
home-brings-partner = My partner's betrayal or addiction hurt me
home-brings-recovery = I am in recovery from compulsive sexual behaviour
home-brings-both = Both, or something else
home-brings-rather_not_say = I would rather not say
home-brings-skip = Skip this question
home-brings-kept = Kept. You can change this in Settings.
