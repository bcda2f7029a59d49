//! Export of a producer's grant/curation profile (PDF), for the command line and the window:
//! find the producer, read the catalogue, lay the profile out (`crate::documents::profile`),
//! make the print-size photo copies and write the PDF as the catalogue does
//! (`super::pdf::write_with_photos`). Returns typed outcomes, never words.

use super::export::ExportFailure;
use super::pdf::{Written, sizes_of, write_with_photos};
use super::{Phase, Progress};
use crate::documents::profile::{self, PHOTOS_PER_PRODUCT};
use crate::domain::parse::match_key;
use crate::domain::readiness::Readiness;
use crate::domain::{Date, Lang, PhotoId, Producer, ProducerId};
use crate::i18n::Translator;
use crate::pdf::{Notice, fonts, model};
use crate::storage::{Store, StoreError};
use std::collections::HashMap;
use std::path::Path;

/// Which producer: by id (the window) or by name (the command line; see [`find_producer`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProducerRef {
    Id(ProducerId),
    Name(String),
}

/// What to export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileOptions {
    pub producer: ProducerRef,
    pub lang: Lang,
    /// The date under the signature and the day certificates are judged on.
    pub today: Date,
}

/// No producer by that name (or id): the name asked for and the pesantren the catalogue has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownProducer {
    pub name: String,
    /// The catalogue's pesantren names, sorted.
    pub known: Vec<String>,
}

/// Why a profile was not made.
#[derive(Debug)]
pub enum ProfileFailure {
    UnknownProducer(UnknownProducer),
    Export(ExportFailure),
}

impl From<ExportFailure> for ProfileFailure {
    fn from(e: ExportFailure) -> Self {
        ProfileFailure::Export(e)
    }
}

impl From<StoreError> for ProfileFailure {
    fn from(e: StoreError) -> Self {
        ProfileFailure::Export(ExportFailure::Store(e))
    }
}

/// The producer whose pesantren name or Kopontren name is `name` (case and blanks ignored);
/// failing that, the one producer whose either name contains it ("darul falah"). A name that
/// matches none, or part of several, is unknown.
pub fn find_producer<'a>(
    producers: &'a [Producer],
    name: &str,
) -> Result<&'a Producer, UnknownProducer> {
    let key = match_key(name);
    if key.is_empty() {
        return Err(unknown(producers, name));
    }
    let names = |p: &Producer| [match_key(&p.pesantren), match_key(&p.kopontren)];
    if let Some(p) = producers
        .iter()
        .find(|p| names(p).iter().any(|n| !n.is_empty() && *n == key))
    {
        return Ok(p);
    }
    let mut partly = producers
        .iter()
        .filter(|p| names(p).iter().any(|n| n.contains(&key)));
    match (partly.next(), partly.next()) {
        (Some(p), None) => Ok(p),
        _ => Err(unknown(producers, name)),
    }
}

fn unknown(producers: &[Producer], name: &str) -> UnknownProducer {
    let mut known: Vec<String> = producers.iter().map(|p| p.pesantren.clone()).collect();
    known.sort_by(|a, b| crate::domain::sort::natural_cmp(a, b));
    UnknownProducer {
        name: name.trim().to_string(),
        known,
    }
}

/// A profile laid out: the pages, the producer's name, its checklist, the notices and the
/// photos' pixel sizes (what the export writes and a preview shows).
pub struct Laid {
    pub doc: model::Document,
    pub producer: String,
    pub readiness: Readiness,
    pub notices: Vec<Notice>,
    /// The listed products that went in.
    pub products: usize,
    pub sizes: HashMap<PhotoId, (u32, u32)>,
    /// SKUs and photos of the products in it (to name products whose photo could not be read).
    photos_of: Vec<(String, Vec<PhotoId>)>,
}

/// Finds the producer and lays its profile out.
pub fn lay_out(store: &Store, options: &ProfileOptions) -> Result<Laid, ProfileFailure> {
    let catalogue = store.catalogue()?;
    let id = match &options.producer {
        ProducerRef::Id(id) => catalogue
            .producer(*id)
            .map(|p| p.id)
            .ok_or_else(|| unknown(&catalogue.producers, ""))
            .map_err(ProfileFailure::UnknownProducer)?,
        ProducerRef::Name(name) => {
            find_producer(&catalogue.producers, name)
                .map_err(ProfileFailure::UnknownProducer)?
                .id
        }
    };
    let prepared = profile::prepare(&catalogue, id, options.lang, options.today)
        .ok_or_else(|| ProfileFailure::UnknownProducer(unknown(&catalogue.producers, "")))?;
    let ids = prepared
        .entries
        .iter()
        .flat_map(|e| e.product.photos.iter().take(PHOTOS_PER_PRODUCT))
        .chain(prepared.producer.logo.iter());
    let sizes = sizes_of(store, ids)?;
    let tr = Translator::new(options.lang);
    let input = profile::Input {
        tr: &tr,
        today: options.today,
        producer: prepared.producer,
        entries: &prepared.entries,
        readiness: &prepared.readiness,
        publisher: catalogue.settings.publisher_name.clone(),
        photo_sizes: &sizes,
    };
    let doc = profile::layout(&input, &fonts::Measure::new());
    let photos_of = prepared
        .entries
        .iter()
        .map(|e| (e.product.sku.clone(), e.product.photos.clone()))
        .collect();
    Ok(Laid {
        doc,
        producer: prepared.producer.pesantren.clone(),
        products: prepared.entries.len(),
        readiness: prepared.readiness,
        notices: prepared.notices,
        sizes,
        photos_of,
    })
}

/// What a profile export made.
#[derive(Debug)]
pub struct Made {
    /// The PDF, or `None` when cancelled.
    pub pdf: Option<Vec<u8>>,
    /// The producer's pesantren name.
    pub producer: String,
    pub readiness: Readiness,
    pub notices: Vec<Notice>,
    /// How many products went in.
    pub products: usize,
}

/// The whole export: find the producer, lay out, prepare photos, write. `progress(done, total)`
/// covers photo copies then pages, and cancels by returning false (`pdf` is then `None`).
pub fn make(
    store: &Store,
    options: &ProfileOptions,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Made, ProfileFailure> {
    let laid = lay_out(store, options)?;
    let Written { pdf, unreadable } = write_with_photos(store, &laid.doc, &laid.sizes, progress)?;
    let mut made = Made {
        pdf,
        producer: laid.producer,
        readiness: laid.readiness,
        notices: laid.notices,
        products: laid.products,
    };
    for (sku, ids) in &laid.photos_of {
        if ids.iter().any(|id| unreadable.contains(id)) {
            made.notices
                .push(Notice::PhotoUnreadable { sku: sku.clone() });
        }
    }
    Ok(made)
}

/// Makes the profile and writes it to `file` (replaced only once the new one is complete).
/// Returns what went in, with `pdf` emptied; `Ok(None)` when cancelled (nothing written).
pub fn write(
    store: &Store,
    options: &ProfileOptions,
    file: &Path,
    progress: &Progress,
) -> Result<Option<Made>, ProfileFailure> {
    progress.set_phase(Phase::PdfSteps);
    let mut made = make(store, options, &mut |d, t| progress.report(d, t))?;
    let Some(bytes) = made.pdf.take() else {
        return Ok(None);
    };
    crate::fsio::write_atomically(file, &bytes).map_err(ExportFailure::Write)?;
    Ok(Some(made))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn producers() -> Vec<Producer> {
        let mut a = Producer::new("Pondok Pesantren Darul Falah Sumenep");
        a.kopontren = "Kopontren Darul Falah".into();
        let mut b = Producer::new("Pondok Pesantren Baitul A'la");
        b.kopontren = "Kopontren Rukun Amanah Barokah".into();
        let c = Producer::new("Pondok Pesantren Al-Ikhlas Banyuwangi");
        vec![a, b, c]
    }

    #[test]
    fn a_producer_by_either_name_in_any_case_or_by_a_part_only_it_has() {
        let all = producers();
        let found = |name: &str| find_producer(&all, name).map(|p| p.pesantren.clone());
        let darul = Ok("Pondok Pesantren Darul Falah Sumenep".to_string());
        assert_eq!(found("  pondok pesantren DARUL falah  sumenep "), darul);
        assert_eq!(found("kopontren darul falah"), darul);
        assert_eq!(found("Darul Falah"), darul);
        assert_eq!(
            found("KOPONTREN RUKUN AMANAH BAROKAH"),
            Ok("Pondok Pesantren Baitul A'la".to_string())
        );
        // The kopontren name of one beats a part of another's.
        assert!(found("Al-Ikhlas").is_ok());
    }

    #[test]
    fn an_unknown_or_ambiguous_name_lists_the_producers_there_are() {
        let all = producers();
        let known = vec![
            "Pondok Pesantren Al-Ikhlas Banyuwangi".to_string(),
            "Pondok Pesantren Baitul A'la".to_string(),
            "Pondok Pesantren Darul Falah Sumenep".to_string(),
        ];
        for name in ["Nurul Huda", "pondok pesantren", "Kopontren", "  ", ""] {
            let e = find_producer(&all, name).unwrap_err();
            assert_eq!(e.known, known, "{name}");
            assert_eq!(e.name, name.trim());
        }
        assert!(
            find_producer(&[], "Darul Falah")
                .unwrap_err()
                .known
                .is_empty()
        );
    }
}
