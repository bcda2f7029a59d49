//! The Welcome screen's two ways to start: the example catalogue (written in the background) or
//! an empty one under the publisher's name.

use super::{EtalaseApp, Screen};
use std::time::Instant;

impl EtalaseApp {
    /// Loads the example catalogue with its illustrations, in the background.
    pub(super) fn load_sample(&mut self) {
        let Some(store) = self.store.clone() else {
            return;
        };
        if !store.is_empty() || self.busy() {
            return;
        }
        let publisher = self.welcome_publisher.trim().to_string();
        self.job = Some(super::jobs::load_sample(store, publisher, self.today()));
    }

    /// After the example catalogue was written.
    pub(super) fn sample_loaded(&mut self, result: Result<(), crate::storage::StoreError>) {
        match result {
            Ok(()) => {
                self.notice = Some(self.tr.t("app-sample-loaded"));
                self.last_save = Some(Instant::now());
                self.screen = Screen::Products;
                self.reload();
            }
            Err(e) => self.notice = Some(crate::messages::store_error(&self.tr, &e)),
        }
    }

    pub(super) fn start_empty(&mut self) {
        let name = self.welcome_publisher.trim().to_string();
        if name.is_empty() {
            self.welcome_missing_name = true;
            return;
        }
        let Some(store) = self.store() else {
            return;
        };
        let result = store.settings().and_then(|mut s| {
            s.publisher_name = name;
            store.save_settings(&s)
        });
        match result {
            Ok(()) => {
                self.last_save = Some(Instant::now());
                self.screen = Screen::Products;
                self.reload();
            }
            Err(e) => self.notice = Some(crate::messages::store_error(&self.tr, &e)),
        }
    }
}
