//! Fair mode (showcase): full screen, no editing. An attract loop shows the chosen products
//! (featured first) on a timer; a touch pauses it and opens the product; after an idle time it
//! returns to the loop. Fair mode needs a PIN: the first entry asks for a new one (twice), and every
//! way out (Escape, a long press on the publisher's name, closing the window) leads only to the PIN
//! prompt; five wrong PINs make it wait a minute. Visitors may sign up (name, WhatsApp, product of interest, consent); a sign-up is
//! on disk before the thank-you shows. Time is the window's clock (`egui::InputState::time`), so
//! tests drive it by stepping the harness.

use super::EtalaseApp;
use crate::domain::lead::{LeadForm, LeadProblem};
use crate::domain::{CategoryId, ProducerId, Product, ProductId};

/// Fair mode's preferences (kept with the window's preferences, not in the catalogue).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ShowcasePrefs {
    /// Seconds each product stays in the attract loop.
    pub interval_secs: u32,
    /// Seconds without a touch before the loop comes back.
    pub idle_secs: u32,
    /// Digits asked for to leave; empty until the first start of fair mode asks for one.
    pub pin: String,
    /// Whether visitors can leave their name and WhatsApp number.
    pub signup: bool,
    /// Days sign-ups are kept before the Fair screen offers to delete them.
    pub retention_days: u32,
}

impl Default for ShowcasePrefs {
    fn default() -> Self {
        ShowcasePrefs {
            interval_secs: 6,
            idle_secs: 60,
            pin: String::new(),
            signup: true,
            retention_days: crate::domain::lead::DEFAULT_RETENTION_DAYS,
        }
    }
}

impl ShowcasePrefs {
    /// Whether `pin` is usable: empty (not set yet) or 4 to 8 digits.
    pub fn pin_is_valid(pin: &str) -> bool {
        pin.is_empty() || Self::pin_is_usable(pin)
    }

    /// Whether `pin` can guard fair mode: 4 to 8 digits.
    pub fn pin_is_usable(pin: &str) -> bool {
        (4..=8).contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit())
    }
}

/// Wrong PINs in a row before the prompt waits.
pub const PIN_TRIES: u32 = 5;
/// Seconds the prompt waits after that.
pub const PIN_WAIT_SECS: f64 = 60.0;

/// The new PIN asked for before fair mode first starts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PinSetup {
    pub first: String,
    pub second: String,
    pub problem: Option<PinProblem>,
}

/// Why a new PIN was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinProblem {
    /// Not 4 to 8 digits.
    Form,
    /// The two entries differ.
    Mismatch,
}

/// Seconds a press must last to open the way out.
pub const LONG_PRESS_SECS: f64 = 2.0;
/// Seconds the thank-you stays before the loop comes back.
pub const THANKS_SECS: f64 = 6.0;
/// Seconds a cross-fade between products takes.
pub const FADE_SECS: f64 = 0.6;

/// What the showcase shows.
#[derive(Clone, Debug, PartialEq)]
pub enum View {
    Loop,
    /// A product opened by a visitor, with the photo shown.
    Product {
        id: ProductId,
        photo: usize,
    },
    SignUp,
    Thanks,
}

/// The sign-up field the on-screen keyboard types into.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SignUpField {
    #[default]
    Name,
    Whatsapp,
}

/// The way out being asked for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExitPrompt {
    pub pin: String,
    /// The last PIN typed was wrong.
    pub wrong: bool,
}

pub struct Showcase {
    pub view: View,
    /// The products the loop runs through, in order.
    pub order: Vec<ProductId>,
    pub place: usize,
    /// When the current slide came on screen.
    pub slide_since: f64,
    /// When the screen was last touched.
    pub last_touch: f64,
    pub category: Option<CategoryId>,
    pub producer: Option<ProducerId>,
    pub exit: Option<ExitPrompt>,
    pub form: LeadForm,
    /// Problems shown once the visitor pressed Send.
    pub form_problems: Vec<LeadProblem>,
    /// A sign-up that could not be saved (translated).
    pub save_error: Option<String>,
    pub thanks_since: f64,
    /// When a long press on the corner began.
    pub press_since: Option<f64>,
    /// The manager's language: a visitor's choice lasts until the booth is idle again, and is
    /// never saved as the app's language.
    pub home_lang: crate::domain::Lang,
    /// The field the on-screen keyboard types into.
    pub typing: SignUpField,
    /// The keyboard's shift: flips the case of the next letter.
    pub shift: bool,
    /// Wrong PINs in a row.
    pub wrong_pins: u32,
    /// Until when (window clock) the PIN prompt waits after too many wrong PINs.
    pub locked_until: f64,
}

impl Showcase {
    pub fn new(now: f64) -> Showcase {
        Showcase {
            view: View::Loop,
            order: Vec::new(),
            place: 0,
            slide_since: now,
            last_touch: now,
            category: None,
            producer: None,
            exit: None,
            form: LeadForm::default(),
            form_problems: Vec::new(),
            save_error: None,
            thanks_since: now,
            press_since: None,
            home_lang: crate::domain::Lang::Id,
            typing: SignUpField::Name,
            shift: false,
            wrong_pins: 0,
            locked_until: 0.0,
        }
    }

    /// The product the loop shows now.
    pub fn current(&self) -> Option<ProductId> {
        self.order.get(self.place).copied()
    }

    /// The product after the current one (its photo is loaded ahead).
    pub fn next(&self) -> Option<ProductId> {
        if self.order.is_empty() {
            return None;
        }
        self.order.get((self.place + 1) % self.order.len()).copied()
    }

    /// Advances the clock: the loop moves on after `interval`, anything else goes back to the loop
    /// after `idle` without a touch (the thank-you after a few seconds). Returns the seconds until
    /// something changes by itself, for the next repaint.
    pub fn tick(&mut self, now: f64, prefs: &ShowcasePrefs) -> f64 {
        let interval = prefs.interval_secs.max(1) as f64;
        let idle = prefs.idle_secs.max(5) as f64;
        match self.view {
            View::Loop if self.exit.is_none() => {
                if !self.order.is_empty() && now - self.slide_since >= interval {
                    // After a long pause (a sleeping laptop) go on by one, not many.
                    self.place = (self.place + 1) % self.order.len();
                    self.slide_since = now;
                }
                let fading = now - self.slide_since < FADE_SECS;
                if fading {
                    0.0
                } else {
                    (self.slide_since + interval - now).max(0.0)
                }
            }
            View::Thanks => {
                if now - self.thanks_since >= THANKS_SECS {
                    self.back_to_loop(now);
                    0.0
                } else {
                    self.thanks_since + THANKS_SECS - now
                }
            }
            _ => {
                if now - self.last_touch >= idle {
                    self.back_to_loop(now);
                    0.0
                } else {
                    self.last_touch + idle - now
                }
            }
        }
    }

    /// Back to the attract loop; a half-filled form and the way-out prompt are dropped.
    pub fn back_to_loop(&mut self, now: f64) {
        self.view = View::Loop;
        self.slide_since = now;
        self.last_touch = now;
        self.exit = None;
        self.form = LeadForm::default();
        self.form_problems.clear();
        self.save_error = None;
    }

    /// A touch anywhere: the idle timer starts again.
    pub fn touched(&mut self, now: f64) {
        self.last_touch = now;
    }

    /// Opens a product (a tap on the loop or on a tile).
    pub fn open(&mut self, id: ProductId, now: f64) {
        self.view = View::Product { id, photo: 0 };
        self.last_touch = now;
    }

    pub fn open_sign_up(&mut self, product: Option<ProductId>, now: f64) {
        self.form = LeadForm {
            product,
            ..LeadForm::default()
        };
        self.form_problems.clear();
        self.save_error = None;
        self.typing = SignUpField::Name;
        self.shift = false;
        self.view = View::SignUp;
        self.last_touch = now;
    }
}

/// The loop's order: visible products matching the filters, featured first, then by category
/// order and SKU.
pub fn loop_order(
    products: &[Product],
    categories: &[crate::domain::Category],
    category: Option<CategoryId>,
    producer: Option<ProducerId>,
) -> Vec<ProductId> {
    let order_of = |c: CategoryId| categories.iter().find(|x| x.id == c).map(|x| x.sort_order);
    let mut chosen: Vec<&Product> = products
        .iter()
        .filter(|p| !p.hidden)
        .filter(|p| category.is_none_or(|c| p.category == c))
        .filter(|p| producer.is_none_or(|x| p.producer == x))
        .collect();
    chosen.sort_by(|a, b| {
        b.featured
            .cmp(&a.featured)
            .then_with(|| crate::domain::sort::catalogue_order(&order_of, a, b))
    });
    chosen.into_iter().map(|p| p.id).collect()
}

impl EtalaseApp {
    /// The preferences as they are kept between runs: in fair mode with the manager's language,
    /// not the one a visitor chose.
    pub fn saved_prefs(&self) -> super::Prefs {
        let mut prefs = self.prefs.clone();
        if let Some(s) = &self.showcase {
            prefs.lang = s.home_lang;
        }
        prefs
    }

    /// Enters fair mode (full screen) on the whole catalogue.
    pub fn enter_showcase(&mut self, now: f64) {
        if self.form_dirty() || self.store().is_none() {
            return;
        }
        // No booth without a way to lock it: the first time, a new PIN is asked for.
        if !ShowcasePrefs::pin_is_usable(&self.prefs.showcase.pin) {
            self.pin_setup = Some(PinSetup::default());
            return;
        }
        let mut showcase = Showcase::new(now);
        showcase.home_lang = self.prefs.lang;
        showcase.order = loop_order(
            &self.catalogue.products,
            &self.catalogue.categories,
            None,
            None,
        );
        self.showcase = Some(showcase);
        self.fullscreen = Some(true);
    }

    /// Leaves fair mode (the PIN or chord was checked by the caller).
    pub fn leave_showcase(&mut self) {
        if let Some(s) = self.showcase.take()
            && self.prefs.lang != s.home_lang
        {
            self.set_lang(s.home_lang);
        }
        self.fullscreen = Some(false);
        self.reload_leads();
    }

    /// Narrows the loop to a category and/or producer and starts it from the top.
    pub fn showcase_filter(
        &mut self,
        category: Option<CategoryId>,
        producer: Option<ProducerId>,
        now: f64,
    ) {
        let order = loop_order(
            &self.catalogue.products,
            &self.catalogue.categories,
            category,
            producer,
        );
        if let Some(s) = &mut self.showcase {
            s.category = category;
            s.producer = producer;
            s.order = order;
            s.place = 0;
            s.back_to_loop(now);
        }
    }

    /// Takes the new PIN typed twice and starts fair mode with it.
    pub fn set_showcase_pin(&mut self, now: f64) {
        let Some(setup) = &mut self.pin_setup else {
            return;
        };
        let problem = if !ShowcasePrefs::pin_is_usable(&setup.first) {
            Some(PinProblem::Form)
        } else if setup.first != setup.second {
            Some(PinProblem::Mismatch)
        } else {
            None
        };
        if problem.is_some() {
            setup.problem = problem;
            setup.second.clear();
            return;
        }
        self.prefs.showcase.pin = setup.first.clone();
        self.pin_setup = None;
        self.enter_showcase(now);
    }

    /// Checks a PIN typed to leave; a wrong one is refused and said so, and after
    /// [`PIN_TRIES`] wrong ones the prompt waits [`PIN_WAIT_SECS`].
    pub fn try_leave_with_pin(&mut self, now: f64) {
        let pin = self.prefs.showcase.pin.clone();
        let Some(s) = &mut self.showcase else {
            return;
        };
        let Some(prompt) = &mut s.exit else {
            return;
        };
        if now < s.locked_until {
            prompt.pin.clear();
            return;
        }
        if ShowcasePrefs::pin_is_usable(&pin) && prompt.pin == pin {
            self.leave_showcase();
        } else {
            prompt.wrong = true;
            prompt.pin.clear();
            s.wrong_pins += 1;
            if s.wrong_pins >= PIN_TRIES {
                s.wrong_pins = 0;
                s.locked_until = now + PIN_WAIT_SECS;
            }
        }
    }

    /// Saves the visitor's sign-up (flushed to disk) and thanks them; a problem keeps the form.
    pub fn submit_sign_up(&mut self, now: f64) {
        let lang = self.prefs.lang;
        let consent = self.consent_text();
        let Some(s) = &mut self.showcase else {
            return;
        };
        let label = s
            .form
            .product
            .and_then(|id| self.catalogue.products.iter().find(|p| p.id == id))
            .map(|p| format!("{} {}", p.sku, p.name.shown(lang)))
            .unwrap_or_default();
        let lead = match s
            .form
            .to_lead(label, consent, lang, crate::domain::model::now())
        {
            Ok(lead) => lead,
            Err(problems) => {
                s.form_problems = problems;
                return;
            }
        };
        let Some(store) = &self.store else {
            return;
        };
        match store.add_lead(&lead) {
            Ok(()) => {
                self.last_save = Some(std::time::Instant::now());
                s.view = View::Thanks;
                s.thanks_since = now;
                s.form = LeadForm::default();
                s.form_problems.clear();
                s.save_error = None;
            }
            Err(e) => s.save_error = Some(crate::messages::store_error(&self.tr, &e)),
        }
    }

    /// The consent sentence in the UI language, naming the publisher.
    pub fn consent_text(&self) -> String {
        let publisher = &self.catalogue.settings.publisher_name;
        self.tr.t_args(
            "showcase-consent",
            &[("publisher", publisher.as_str().into())],
        )
    }

    /// Reads the sign-ups again (the Fair screen lists them).
    pub fn reload_leads(&mut self) {
        if let Some(store) = &self.store {
            match store.leads() {
                Ok(mut leads) => {
                    leads.reverse();
                    self.leads = leads;
                }
                Err(e) => self.notice = Some(crate::messages::store_error(&self.tr, &e)),
            }
        }
    }

    /// Sign-ups kept longer than the retention time.
    pub fn old_leads(&self) -> Vec<crate::domain::lead::LeadId> {
        crate::domain::lead::past_retention(
            &self.leads,
            self.today(),
            self.prefs.showcase.retention_days,
        )
    }

    /// Deletes the sign-ups kept longer than the retention time (asked before).
    pub fn delete_old_leads(&mut self) {
        self.confirm_delete_old_leads = false;
        let ids = self.old_leads();
        if let Some(store) = &self.store
            && let Err(e) = store.delete_leads(&ids)
        {
            self.notice = Some(crate::messages::store_error(&self.tr, &e));
        }
        self.reload_leads();
    }

    /// Deletes one sign-up, or all of them.
    pub fn delete_leads(&mut self, which: Option<crate::domain::lead::LeadId>) {
        let ids: Vec<_> = match which {
            Some(id) => vec![id],
            None => self.leads.iter().map(|l| l.id).collect(),
        };
        if let Some(store) = &self.store
            && let Err(e) = store.delete_leads(&ids)
        {
            self.notice = Some(crate::messages::store_error(&self.tr, &e));
        }
        self.confirm_delete_leads = None;
        self.reload_leads();
    }

    /// The sign-ups as CSV (UTF-8 with a byte-order mark, for Excel).
    pub fn leads_csv(&self) -> Vec<u8> {
        crate::interchange::lists::leads_csv(self.leads.iter().rev())
    }

    /// Writes the sign-ups as an Excel workbook (a name ending in `.xlsx`, the default) or CSV.
    pub(super) fn export_leads(&mut self, path: std::path::PathBuf) {
        use super::transfer::{Failure, Finished};
        use crate::ops::export::Sheet;
        let rows = self.leads.len();
        let bytes = match Sheet::of_file(&path) {
            Sheet::Csv => Ok(self.leads_csv()),
            Sheet::Xlsx => crate::interchange::lists::leads_xlsx(self.leads.iter().rev()),
        };
        self.finished = Some(match bytes {
            Ok(bytes) => match crate::fsio::write_atomically(&path, &bytes) {
                Ok(()) => Finished::LeadsExported { path, rows },
                Err(e) => Finished::Failed(Failure::Write(path, e)),
            },
            Err(e) => Finished::Failed(Failure::Workbook(e)),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefs() -> ShowcasePrefs {
        ShowcasePrefs::default()
    }

    fn ids(n: usize) -> Vec<ProductId> {
        (0..n).map(|_| ProductId::new()).collect()
    }

    #[test]
    fn the_loop_moves_on_after_the_interval_and_wraps() {
        let mut s = Showcase::new(0.0);
        s.order = ids(3);
        s.tick(5.9, &prefs());
        assert_eq!(s.place, 0);
        s.tick(6.0, &prefs());
        assert_eq!(s.place, 1);
        s.tick(12.0, &prefs());
        s.tick(18.0, &prefs());
        assert_eq!(s.place, 0, "wraps after the last");
        // A long pause moves on by one only.
        s.tick(1000.0, &prefs());
        assert_eq!(s.place, 1);
    }

    #[test]
    fn an_open_product_waits_for_the_idle_time_then_the_loop_returns() {
        let mut s = Showcase::new(0.0);
        s.order = ids(3);
        s.open(s.order[0], 1.0);
        s.tick(30.0, &prefs());
        assert!(matches!(s.view, View::Product { .. }), "paused");
        s.touched(40.0);
        s.tick(99.0, &prefs());
        assert!(
            matches!(s.view, View::Product { .. }),
            "a touch restarts the idle timer"
        );
        s.tick(100.0, &prefs());
        assert_eq!(s.view, View::Loop);
        assert_eq!(s.place, 0, "the loop did not advance while paused");
    }

    #[test]
    fn a_half_filled_sign_up_is_dropped_when_the_loop_returns() {
        let mut s = Showcase::new(0.0);
        s.open_sign_up(None, 0.0);
        s.form.name = "Budi".into();
        s.tick(60.0, &prefs());
        assert_eq!(s.view, View::Loop);
        assert_eq!(s.form, LeadForm::default());
    }

    #[test]
    fn featured_products_lead_the_loop_and_hidden_ones_stay_out() {
        let cat = CategoryId::new();
        let producer = ProducerId::new();
        let mut a = Product::new("A-1", cat, producer);
        let mut b = Product::new("B-1", cat, producer);
        let mut c = Product::new("C-1", cat, producer);
        b.featured = true;
        c.hidden = true;
        a.featured = false;
        let order = loop_order(&[a.clone(), b.clone(), c], &[], None, None);
        assert_eq!(order, vec![b.id, a.id]);
        let other = ProducerId::new();
        assert!(loop_order(&[a, b], &[], None, Some(other)).is_empty());
    }

    #[test]
    fn a_pin_is_four_to_eight_digits_or_none() {
        assert!(ShowcasePrefs::pin_is_valid(""));
        assert!(ShowcasePrefs::pin_is_valid("1234"));
        assert!(ShowcasePrefs::pin_is_valid("12345678"));
        assert!(!ShowcasePrefs::pin_is_valid("123"));
        assert!(!ShowcasePrefs::pin_is_valid("123456789"));
        assert!(!ShowcasePrefs::pin_is_valid("12a4"));
    }
}
