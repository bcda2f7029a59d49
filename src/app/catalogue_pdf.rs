//! The Export screen's state: what the printable catalogue holds (language, layout, paper, which
//! products, prices) and a preview laid out on a worker thread from the same page model the PDF is
//! written from, so the screen shows the real first pages and what is missing before anything is
//! written. The export itself is a background job (see `jobs::export_pdf`).

use super::EtalaseApp;
use crate::domain::currency::{RateError, UsdRate};
use crate::domain::{CategoryId, Lang, ProducerId, ProductId};
use crate::pdf::{self, Layout, Notice, Options, Paper, model::Document};
use crate::storage::Store;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// Which products go in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    All,
    /// What the product list shows now (search and filters).
    Shown,
    /// The products ticked in the list.
    Selected,
    Category(CategoryId),
    Producer(ProducerId),
}

/// The choices on the Export screen.
#[derive(Clone, Debug, PartialEq)]
pub struct PdfForm {
    pub lang: Lang,
    pub layout: Layout,
    pub paper: Paper,
    pub prices: bool,
    pub featured_only: bool,
    /// Sections and contents by producer rather than by category.
    pub by_producer: bool,
    pub scope: Scope,
    /// For a print shop: 3 mm bleed on every side and crop marks.
    pub bleed: bool,
    /// The price list's dollar rate as typed (rupiah per dollar; empty: rupiah only).
    pub usd_rate: String,
}

impl PdfForm {
    /// The price list's dollar rate as typed: `Ok(None)` when left empty (rupiah only).
    pub fn usd_rate(&self) -> Result<Option<UsdRate>, RateError> {
        let text = self.usd_rate.trim();
        if text.is_empty() {
            return Ok(None);
        }
        UsdRate::parse(text).map(Some)
    }
}

/// A catalogue laid out for the preview: the same document the PDF would be written from.
pub struct Preview {
    pub doc: Document,
    pub notices: Vec<Notice>,
    /// How many products went in.
    pub products: usize,
}

/// A preview being laid out, and what for.
struct Pending {
    key: (Options, u64),
    result: Receiver<Preview>,
}

pub struct PdfView {
    pub form: PdfForm,
    /// The first page the preview shows.
    pub first_page: usize,
    preview: Option<((Options, u64), Preview)>,
    pending: Option<Pending>,
}

impl PdfView {
    pub fn new(lang: Lang) -> PdfView {
        PdfView {
            form: PdfForm {
                lang,
                layout: Layout::Grid,
                paper: Paper::A4,
                prices: true,
                featured_only: false,
                by_producer: false,
                scope: Scope::All,
                bleed: false,
                usd_rate: String::new(),
            },
            first_page: 0,
            preview: None,
            pending: None,
        }
    }

    /// The preview, once laid out (the last one stays shown while a newer one is made).
    pub fn preview(&self) -> Option<&Preview> {
        self.preview.as_ref().map(|(_, p)| p)
    }

    /// Whether the preview on screen is out of date and a new one is being laid out.
    pub fn updating(&self) -> bool {
        self.pending.is_some()
    }
}

impl EtalaseApp {
    /// What the list shows now, as a scope: the selection if there is one, else the filtered list
    /// when it is filtered, else everything.
    pub(super) fn scope_from_list(&mut self) -> Scope {
        self.refresh_visible();
        if !self.list.selected().is_empty() {
            Scope::Selected
        } else if self.list.visible().len() < self.catalogue.products.len() {
            Scope::Shown
        } else {
            Scope::All
        }
    }

    /// The products a scope names, as the list is now; `None` = all.
    pub fn scope_products(&self, scope: Scope) -> Option<Vec<ProductId>> {
        let products = &self.catalogue.products;
        match scope {
            Scope::All => None,
            Scope::Shown => Some(
                self.list
                    .visible()
                    .iter()
                    .map(|&i| products[i].id)
                    .collect(),
            ),
            Scope::Selected => Some(self.list.selected().iter().copied().collect()),
            Scope::Category(c) => Some(
                products
                    .iter()
                    .filter(|p| p.category == c)
                    .map(|p| p.id)
                    .collect(),
            ),
            Scope::Producer(x) => Some(
                products
                    .iter()
                    .filter(|p| p.producer == x)
                    .map(|p| p.id)
                    .collect(),
            ),
        }
    }

    /// The export's options from the form and the list as it is now.
    pub fn pdf_options(&self) -> Options {
        let form = &self.pdf.form;
        let only = self.scope_products(form.scope);
        Options {
            lang: form.lang,
            layout: form.layout,
            paper: form.paper,
            prices: form.prices,
            featured_only: form.featured_only,
            by_producer: form.by_producer,
            bleed: form.bleed,
            only,
            date: Some(self.today()),
            ..Options::default()
        }
    }

    /// Opens the Export screen on what the list shows: the selection if there is one, else the
    /// filtered list when it is filtered, else everything.
    pub(super) fn open_pdf_export(&mut self) {
        self.pdf.form.scope = self.scope_from_list();
        self.pdf.first_page = 0;
        self.screen = super::Screen::Export;
    }

    /// Keeps the preview in step with the form (called every frame the Export screen is drawn):
    /// takes a finished layout, or starts one when the choices or the catalogue changed.
    /// `ctx` is asked to repaint once the layout is ready.
    pub fn refresh_pdf_preview(&mut self, ctx: &egui::Context) {
        self.refresh_visible();
        let key = (self.pdf_options(), self.catalogue_version);
        if let Some(pending) = &self.pdf.pending {
            match pending.result.try_recv() {
                Ok(preview) => {
                    let done = self.pdf.pending.take().map(|p| p.key);
                    if let Some(done) = done {
                        let pages = preview.doc.pages.len();
                        self.pdf.first_page = self.pdf.first_page.min(pages.saturating_sub(1));
                        self.pdf.preview = Some((done, preview));
                    }
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => self.pdf.pending = None,
            }
        }
        let current = self.pdf.preview.as_ref().is_some_and(|(k, _)| *k == key);
        let coming = self.pdf.pending.as_ref().is_some_and(|p| p.key == key);
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
            .name("etalase-pdf-preview".into())
            .spawn(move || {
                let _ = send.send(lay_out(&store, &source, &options));
                ctx.request_repaint();
            })
            .expect("a thread can be started");
        // A preview still being made for older choices is dropped (its thread ends on its own).
        self.pdf.pending = Some(Pending { key, result });
    }
}

/// Lays out the catalogue as the export would, without making photo copies or writing a PDF.
pub fn lay_out(store: &Store, source: &crate::domain::Catalogue, options: &Options) -> Preview {
    match crate::ops::pdf::lay_out(store, source, options) {
        Ok(laid) => Preview {
            products: laid.chosen.len(),
            doc: laid.doc,
            notices: laid.notices,
        },
        // The store could not be read: an empty preview; the export will say why.
        Err(_) => Preview {
            doc: pdf::model::Document::default(),
            notices: Vec::new(),
            products: 0,
        },
    }
}
