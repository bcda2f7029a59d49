//! The Social media screen's state: which products get a card (the same choices as the PDF
//! catalogue), in which size, style and language, the card on screen (drawn on a worker thread by
//! the same code that writes the files, `ops::cards`) and its caption to copy. Exporting the cards
//! is a background job (see `jobs::export_cards`).

use super::EtalaseApp;
use super::catalogue_pdf::Scope;
use crate::cards::{CardOptions, CardSize, Style};
use crate::domain::{Lang, ProductId};
use crate::ops::cards::PreviewError;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// The choices on the Social media screen.
#[derive(Clone, Debug, PartialEq)]
pub struct CardForm {
    pub lang: Lang,
    pub size: CardSize,
    pub style: Style,
    pub prices: bool,
    pub featured_only: bool,
    pub scope: Scope,
}

/// What a drawn card is for: the choices, the product and the catalogue's version.
type Key = (CardOptions, ProductId, u64);

/// A card drawn for the screen.
pub struct Drawn {
    pub texture: egui::TextureHandle,
}

pub struct CardsView {
    pub form: CardForm,
    /// The product whose card is shown (one of those the choices name).
    pub shown: Option<ProductId>,
    drawn: Option<(Key, Drawn)>,
    pending: Option<(Key, Receiver<Result<egui::ColorImage, PreviewError>>)>,
    /// Why the card for these choices could not be drawn (a store that cannot be read).
    failed: Option<(Key, PreviewError)>,
    /// Whether the export in progress writes every card or only the one shown.
    pub export_all: bool,
    /// How long the last card took to draw (for the benchmark and the curious).
    pub last_draw: Option<std::time::Duration>,
}

impl CardsView {
    pub fn new(lang: Lang) -> CardsView {
        CardsView {
            form: CardForm {
                lang,
                size: CardSize::Square,
                style: Style::Band,
                prices: true,
                featured_only: false,
                scope: Scope::All,
            },
            shown: None,
            drawn: None,
            pending: None,
            failed: None,
            export_all: true,
            last_draw: None,
        }
    }

    /// The card on screen, once drawn (the last one stays while a newer one is drawn).
    pub fn drawn(&self) -> Option<&Drawn> {
        self.drawn.as_ref().map(|(_, d)| d)
    }

    /// Why the card could not be drawn, when it could not.
    pub fn failure(&self) -> Option<&PreviewError> {
        self.failed.as_ref().map(|(_, e)| e)
    }

    /// Whether the card on screen is out of date and a new one is being drawn.
    pub fn updating(&self) -> bool {
        self.pending.is_some()
    }
}

impl EtalaseApp {
    /// The card options the form gives.
    pub fn card_options(&self) -> CardOptions {
        let form = &self.cards.form;
        CardOptions {
            lang: form.lang,
            size: form.size,
            style: form.style,
            prices: form.prices,
            date: Some(self.today()),
        }
    }

    /// The products that get a card, in the catalogue's order (category, then SKU): the scope's,
    /// never hidden ones, only featured ones when asked.
    pub fn card_products(&self) -> Vec<ProductId> {
        let form = &self.cards.form;
        let only = self.scope_products(form.scope);
        let wanted: Option<std::collections::HashSet<ProductId>> =
            only.map(|ids| ids.into_iter().collect());
        let mut products: Vec<&crate::domain::Product> = self
            .catalogue
            .products
            .iter()
            .filter(|p| !p.hidden && (!form.featured_only || p.featured))
            .filter(|p| wanted.as_ref().is_none_or(|w| w.contains(&p.id)))
            .collect();
        let order_of = |c| self.catalogue.category(c).map(|c| c.sort_order);
        products.sort_by(|a, b| crate::domain::sort::catalogue_order(&order_of, a, b));
        products.into_iter().map(|p| p.id).collect()
    }

    /// Opens the Social media screen on a product (from the editor) or on what the list shows.
    pub(super) fn open_cards(&mut self, product: Option<ProductId>) {
        match product {
            Some(id) => {
                self.cards.form.scope = Scope::All;
                self.cards.shown = Some(id);
            }
            None => {
                self.cards.form.scope = self.scope_from_list();
                self.cards.shown = None;
            }
        }
        self.screen = super::Screen::Cards;
        self.keep_card_in_scope();
    }

    /// Keeps the card shown among the products the choices name (the first one otherwise).
    pub(super) fn keep_card_in_scope(&mut self) {
        let products = self.card_products();
        if self.cards.shown.is_none_or(|id| !products.contains(&id)) {
            self.cards.shown = products.first().copied();
        }
    }

    /// Shows the card of the product `step` places on (wrapping round).
    pub(super) fn step_card(&mut self, step: isize) {
        let products = self.card_products();
        if products.is_empty() {
            return;
        }
        let at = self
            .cards
            .shown
            .and_then(|id| products.iter().position(|p| *p == id))
            .unwrap_or(0) as isize;
        let n = products.len() as isize;
        self.cards.shown = Some(products[(at + step).rem_euclid(n) as usize]);
    }

    /// The caption of the card shown, in the card's language.
    pub fn card_caption(&self) -> Option<String> {
        let id = self.cards.shown?;
        let product = self.catalogue.products.iter().find(|p| p.id == id)?;
        Some(crate::ops::cards::caption_for(
            &self.catalogue,
            product,
            &self.card_options(),
        ))
    }

    /// Keeps the card on screen in step with the choices (called every frame the screen is
    /// drawn): takes a finished drawing, or starts one when the choices, the product or the
    /// catalogue changed.
    pub fn refresh_card(&mut self, ctx: &egui::Context) {
        self.keep_card_in_scope();
        let Some(product) = self.cards.shown else {
            self.cards.drawn = None;
            return;
        };
        let key = (self.card_options(), product, self.catalogue_version);
        if let Some((done, result)) = &self.cards.pending {
            match result.try_recv() {
                Ok(result) => {
                    let done = done.clone();
                    self.cards.pending = None;
                    match result {
                        Ok(image) => {
                            let texture = ctx.load_texture(
                                "social-card",
                                image,
                                egui::TextureOptions::LINEAR,
                            );
                            self.cards.drawn = Some((done, Drawn { texture }));
                            self.cards.failed = None;
                        }
                        // Said on screen instead of the card; tried again when anything changes.
                        Err(e) => {
                            self.cards.drawn = None;
                            self.cards.failed = Some((done, e));
                        }
                    }
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => self.cards.pending = None,
            }
        }
        let current = self.cards.drawn.as_ref().is_some_and(|(k, _)| *k == key)
            || self.cards.failed.as_ref().is_some_and(|(k, _)| *k == key);
        let coming = self.cards.pending.as_ref().is_some_and(|(k, _)| *k == key);
        if current || coming {
            return;
        }
        let Some(store) = self.store().cloned() else {
            return;
        };
        let source = self.catalogue.clone();
        let options = key.0.clone();
        let (send, result) = channel();
        let ctx = ctx.clone();
        std::thread::Builder::new()
            .name("etalase-card-preview".into())
            .spawn(move || {
                let image =
                    crate::ops::cards::preview(&store, &source, product, &options).map(|rgba| {
                        egui::ColorImage::from_rgba_unmultiplied(
                            [rgba.width() as usize, rgba.height() as usize],
                            rgba.as_raw(),
                        )
                    });
                let _ = send.send(image);
                ctx.request_repaint();
            })
            .expect("a thread can be started");
        // A card still being drawn for older choices is dropped (its thread ends on its own).
        self.cards.pending = Some((key, result));
    }

    /// The filters an export of the cards uses: every card the choices name, or the one shown.
    pub fn card_filters(&self) -> crate::ops::cards::Filters {
        let only = if self.cards.export_all {
            self.card_products()
        } else {
            self.cards.shown.into_iter().collect()
        };
        crate::ops::cards::Filters {
            only: Some(only),
            ..Default::default()
        }
    }
}
