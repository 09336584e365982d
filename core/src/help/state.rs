//! "Get help now" in the running app: the directory and the country the system suggests.

use super::directory::Directory;
use super::HelpView;
use crate::plan::Plan;
use crate::settings::Settings;

pub struct Help {
    directory: Directory,
    system_country: Option<String>,
}

impl Help {
    pub(crate) fn new(directory: Directory, system_country: Option<String>) -> Self {
        Help {
            directory,
            system_country,
        }
    }

    /// The directory in the language Steady speaks now (the one from start, in English,
    /// should that language's content ever fail to load).
    pub fn directory(&self) -> &Directory {
        crate::content::Content::shared()
            .map(|c| &c.directory)
            .unwrap_or(&self.directory)
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
