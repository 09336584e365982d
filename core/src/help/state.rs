//! "Get help now" in the running app: the directory and the country the system suggests.

use super::directory::Directory;
use super::HelpView;
use crate::plan::Plan;
use crate::settings::Settings;

pub struct Help {
    /// The built-in content in English, the fallback of every language (`Content::now_or`).
    english: &'static crate::content::Content,
    system_country: Option<String>,
}

impl Help {
    pub(crate) fn new(
        english: &'static crate::content::Content,
        system_country: Option<String>,
    ) -> Self {
        Help {
            english,
            system_country,
        }
    }

    /// The directory in the language Steady speaks now.
    pub fn directory(&self) -> &'static Directory {
        &crate::content::Content::now_or(self.english).directory
    }

    /// Everything the screen shows, in the order it shows it. `plan` is `None` while
    /// Steady is locked: the person's own people are then behind the lock.
    pub fn view(&self, settings: &Settings, plan: Option<&Plan>) -> HelpView {
        super::view(
            self.directory(),
            plan,
            settings.country.as_deref(),
            self.system_country.as_deref(),
        )
    }
}
