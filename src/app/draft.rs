//! The product editor's working copy: every field as the user types it, checked as they type, and
//! turned back into a [`Product`] only when it is valid. No egui here.

use crate::domain::halal::{
    HalalData, HalalNumberKind, classify_halal_number, normalize_halal_number,
};
use crate::domain::legal::TrademarkProblem;
use crate::domain::model::now;
use crate::domain::parse::{match_key, parse_count, parse_rupiah, tidy_text};
use crate::domain::registration::{parse_bpom, parse_pirt};
use crate::domain::{
    Bilingual, CategoryId, Date, HalalIssuer, HalalScheme, HalalStatus, PhotoId, ProducerId,
    Product, Trademark, TrademarkStatus, WholesaleTier,
};

/// An editor field that can carry a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Sku,
    NameId,
    Category,
    Producer,
    Price,
    Wholesale(usize),
    ShelfLife,
    MinOrder,
    UnitsPerCarton,
    HalalNumber,
    HalalIssued,
    HalalValidUntil,
    Pirt,
    Bpom,
    TrademarkNumber,
}

/// What is wrong (errors block saving) or odd (warnings do not).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Check {
    Required,
    SkuTaken,
    NotRupiah,
    NotCount,
    NotDate,
    WholesaleHalf,
    /// Warning: number kept, no halal mark.
    HalalNumberOdd,
    /// Warning: a registration number typed as a certificate number.
    HalalNumberIsRegistration,
    /// Warning: certified without a number.
    CertifiedWithoutNumber,
    PirtOdd,
    /// Warning with the decoded expiry year.
    PirtExpired(i32),
    /// Information: the PIRT holds until this year (digits 14-15).
    PirtValidUntil(i32),
    BpomOdd,
    /// Another record already has this name.
    NameTaken,
    NotWhatsapp,
    NotEmail,
    /// Warning: kept, but an NIB has 13 digits.
    NibOdd,
    /// Warning: kept, but a NIK koperasi has 16 digits.
    NikKoperasiOdd,
    /// Not a four-digit year.
    NotYear,
    /// Warning: "registered" without its IDM number.
    TrademarkNumberMissing,
    /// Warning: a trademark number not in DJKI's form.
    TrademarkNumberOdd,
}

impl Check {
    /// Information only: nothing to fix.
    pub fn is_info(&self) -> bool {
        matches!(self, Check::PirtValidUntil(_))
    }

    pub fn is_error(&self) -> bool {
        matches!(
            self,
            Check::Required
                | Check::SkuTaken
                | Check::NotRupiah
                | Check::NotCount
                | Check::NotDate
                | Check::WholesaleHalf
                | Check::NameTaken
                | Check::NotWhatsapp
                | Check::NotEmail
                | Check::NotYear
        )
    }
}

/// One wholesale tier as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TierDraft {
    pub min_qty: String,
    pub price: String,
}

/// The product as the editor holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProductDraft {
    pub sku: String,
    pub name: Bilingual,
    pub description: Bilingual,
    pub ingredients: Bilingual,
    pub storage: Bilingual,
    pub category: Option<CategoryId>,
    pub producer: Option<ProducerId>,
    pub price: String,
    pub wholesale: Vec<TierDraft>,
    pub net_content: String,
    pub shelf_life: String,
    pub halal_status: HalalStatus,
    pub halal_scheme: Option<HalalScheme>,
    pub halal_number: String,
    pub halal_issuer: Option<HalalIssuer>,
    pub halal_issued: String,
    pub halal_valid_until: String,
    pub halal_examiner: String,
    pub pirt: String,
    pub bpom: String,
    pub trademark_status: TrademarkStatus,
    pub trademark_number: String,
    pub sni: String,
    pub hs_code: String,
    pub min_order: String,
    pub units_per_carton: String,
    pub featured: bool,
    pub hidden: bool,
    /// Ordered; the first is the cover.
    pub photos: Vec<PhotoId>,
    /// Focus points set by clicking a photo (see `domain::photo`).
    pub photo_focus: Vec<crate::domain::photo::PhotoFocus>,
}

fn opt_text<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

impl ProductDraft {
    /// A draft of an existing product.
    pub fn from_product(p: &Product) -> ProductDraft {
        ProductDraft {
            sku: p.sku.clone(),
            name: p.name.clone(),
            description: p.description.clone(),
            ingredients: p.ingredients.clone(),
            storage: p.storage.clone(),
            category: Some(p.category),
            producer: Some(p.producer),
            price: opt_text(p.price),
            wholesale: p
                .wholesale
                .iter()
                .map(|t| TierDraft {
                    min_qty: t.min_qty.to_string(),
                    price: t.price.to_string(),
                })
                .collect(),
            net_content: p.net_content.clone(),
            shelf_life: opt_text(p.shelf_life_months),
            halal_status: p.halal.status,
            halal_scheme: p.halal.scheme,
            halal_number: p.halal.number.clone(),
            halal_issuer: p.halal.issuer,
            halal_issued: opt_text(p.halal.issued),
            halal_valid_until: opt_text(p.halal.valid_until),
            halal_examiner: p.halal.examiner.clone(),
            pirt: p.pirt.clone(),
            bpom: p.bpom.clone(),
            trademark_status: p.trademark.status,
            trademark_number: p.trademark.number.clone(),
            sni: p.sni.clone(),
            hs_code: p.export.hs_code.clone(),
            min_order: opt_text(p.export.min_order),
            units_per_carton: opt_text(p.export.units_per_carton),
            featured: p.featured,
            hidden: p.hidden,
            photos: p.photos.clone(),
            photo_focus: p.photo_focus.clone(),
        }
    }

    /// The focus point of one of the draft's photos.
    pub fn focus_of(&self, photo: PhotoId) -> crate::domain::photo::Focus {
        self.photo_focus
            .iter()
            .find(|f| f.photo == photo)
            .map(|f| f.focus)
            .unwrap_or_default()
    }

    /// An empty draft for a new product.
    pub fn new_product(category: Option<CategoryId>, producer: Option<ProducerId>) -> ProductDraft {
        let mut d = ProductDraft::from_product(&Product::new(
            "",
            category.unwrap_or_default(),
            producer.unwrap_or_default(),
        ));
        d.category = category;
        d.producer = producer;
        d
    }

    /// Every message for the draft. `other_skus` are the match keys of the other products' SKUs.
    pub fn checks(&self, other_skus: &dyn Fn(&str) -> bool, today: Date) -> Vec<(Field, Check)> {
        let mut out = Vec::new();
        if self.sku.trim().is_empty() {
            out.push((Field::Sku, Check::Required));
        } else if other_skus(&match_key(&self.sku)) {
            out.push((Field::Sku, Check::SkuTaken));
        }
        if self.name.id.trim().is_empty() {
            out.push((Field::NameId, Check::Required));
        }
        if self.category.is_none() {
            out.push((Field::Category, Check::Required));
        }
        if self.producer.is_none() {
            out.push((Field::Producer, Check::Required));
        }
        if !self.price.trim().is_empty() && parse_rupiah(&self.price).is_err() {
            out.push((Field::Price, Check::NotRupiah));
        }
        for (i, t) in self.wholesale.iter().enumerate() {
            let (q, p) = (t.min_qty.trim(), t.price.trim());
            if q.is_empty() != p.is_empty() {
                out.push((Field::Wholesale(i), Check::WholesaleHalf));
            } else if !q.is_empty() && parse_count(q).is_none() {
                out.push((Field::Wholesale(i), Check::NotCount));
            } else if !p.is_empty() && parse_rupiah(p).is_err() {
                out.push((Field::Wholesale(i), Check::NotRupiah));
            }
        }
        for (field, text) in [
            (Field::ShelfLife, &self.shelf_life),
            (Field::MinOrder, &self.min_order),
            (Field::UnitsPerCarton, &self.units_per_carton),
        ] {
            if !text.trim().is_empty() && parse_count(text).is_none() {
                out.push((field, Check::NotCount));
            }
        }
        for (field, text) in [
            (Field::HalalIssued, &self.halal_issued),
            (Field::HalalValidUntil, &self.halal_valid_until),
        ] {
            if !text.trim().is_empty() && Date::parse(text).is_err() {
                out.push((field, Check::NotDate));
            }
        }
        let number = self.halal_number.trim();
        if number.is_empty() {
            if self.halal_status == HalalStatus::Certified {
                out.push((Field::HalalNumber, Check::CertifiedWithoutNumber));
            }
        } else {
            match classify_halal_number(number) {
                HalalNumberKind::Malformed => out.push((Field::HalalNumber, Check::HalalNumberOdd)),
                HalalNumberKind::Registration if self.halal_status == HalalStatus::Certified => {
                    out.push((Field::HalalNumber, Check::HalalNumberIsRegistration))
                }
                _ => {}
            }
        }
        if !self.pirt.trim().is_empty() {
            match parse_pirt(&self.pirt) {
                None => out.push((Field::Pirt, Check::PirtOdd)),
                Some(p) if p.expiry_year < today.year() => {
                    out.push((Field::Pirt, Check::PirtExpired(p.expiry_year)))
                }
                Some(p) => out.push((Field::Pirt, Check::PirtValidUntil(p.expiry_year))),
            }
        }
        if !self.bpom.trim().is_empty() && parse_bpom(&self.bpom).is_none() {
            out.push((Field::Bpom, Check::BpomOdd));
        }
        match self.trademark().problem() {
            Some(TrademarkProblem::NumberMissing) => {
                out.push((Field::TrademarkNumber, Check::TrademarkNumberMissing))
            }
            Some(TrademarkProblem::NumberMalformed) => {
                out.push((Field::TrademarkNumber, Check::TrademarkNumberOdd))
            }
            None => {}
        }
        out
    }

    /// The trademark as it would be saved.
    pub fn trademark(&self) -> Trademark {
        Trademark {
            status: self.trademark_status,
            number: self.trademark_number.trim().to_string(),
        }
    }

    /// The halal data as it would be saved (the editor previews the mark from it).
    pub fn halal(&self) -> HalalData {
        HalalData {
            status: self.halal_status,
            scheme: self.halal_scheme,
            number: normalize_halal_number(&self.halal_number),
            issuer: self.halal_issuer,
            issued: Date::parse(&self.halal_issued).ok(),
            valid_until: Date::parse(&self.halal_valid_until).ok(),
            examiner: self.halal_examiner.trim().to_string(),
        }
    }

    /// Writes the draft into `base` (the stored product, or a new one), keeping its id and
    /// creation time, and tracking which language's text changed. Call only without errors.
    pub fn apply_to(&self, base: &Product) -> Product {
        let t = now();
        let mut p = base.clone();
        p.sku = self.sku.trim().to_string();
        let tidy = |b: &Bilingual| Bilingual {
            id: tidy_text(&b.id),
            en: tidy_text(&b.en),
        };
        p.name = tidy(&self.name);
        p.description = tidy(&self.description);
        p.ingredients = tidy(&self.ingredients);
        p.storage = tidy(&self.storage);
        if let Some(c) = self.category {
            p.category = c;
        }
        if let Some(x) = self.producer {
            p.producer = x;
        }
        p.price = parse_rupiah(&self.price).ok();
        p.wholesale = self
            .wholesale
            .iter()
            .filter_map(|t| {
                Some(WholesaleTier {
                    min_qty: parse_count(&t.min_qty)?,
                    price: parse_rupiah(&t.price).ok()?,
                })
            })
            .collect();
        p.wholesale.sort_by_key(|t| t.min_qty);
        p.photos = self.photos.clone();
        // Focus points of photos the product no longer has go with them.
        p.photo_focus = self
            .photo_focus
            .iter()
            .filter(|f| self.photos.contains(&f.photo))
            .copied()
            .collect();
        p.net_content = self.net_content.trim().to_string();
        p.shelf_life_months = parse_count(&self.shelf_life);
        p.halal = self.halal();
        p.pirt = self.pirt.trim().to_string();
        p.bpom = self.bpom.trim().to_string();
        p.trademark = self.trademark();
        p.sni = self.sni.trim().to_string();
        p.export.hs_code = self.hs_code.trim().to_string();
        p.export.min_order = parse_count(&self.min_order);
        p.export.units_per_carton = parse_count(&self.units_per_carton);
        p.featured = self.featured;
        p.hidden = self.hidden;
        let side = |q: &Product, en: bool| {
            q.texts()
                .map(|b| if en { b.en.clone() } else { b.id.clone() })
        };
        if side(&p, false) != side(base, false) {
            p.text_id_changed = t;
        }
        if side(&p, true) != side(base, true) {
            p.text_en_changed = t;
        }
        if p != *base {
            p.updated = t;
        }
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 28).unwrap()
    }

    #[test]
    fn a_new_draft_needs_sku_name_category_and_producer() {
        let d = ProductDraft::new_product(None, None);
        let checks = d.checks(&|_| false, today());
        let fields: Vec<Field> = checks.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            vec![Field::Sku, Field::NameId, Field::Category, Field::Producer]
        );
    }

    #[test]
    fn typed_values_are_checked_as_the_user_types() {
        let mut d = ProductDraft::new_product(Some(CategoryId::new()), Some(ProducerId::new()));
        d.sku = "kpg-01".into();
        d.name.id = "Kopi".into();
        d.price = "Rp 25.000,50".into();
        d.wholesale.push(TierDraft {
            min_qty: "24".into(),
            price: String::new(),
        });
        d.halal_status = HalalStatus::Certified;
        d.halal_number = "SH2024-1-0123456".into();
        d.pirt = "206350701123420".into();
        d.halal_valid_until = "31/02/2027".into();
        let checks = d.checks(&|k| k == "kpg-01", today());
        assert!(checks.contains(&(Field::Sku, Check::SkuTaken)));
        assert!(checks.contains(&(Field::Price, Check::NotRupiah)));
        assert!(checks.contains(&(Field::Wholesale(0), Check::WholesaleHalf)));
        assert!(checks.contains(&(Field::HalalNumber, Check::HalalNumberIsRegistration)));
        assert!(checks.contains(&(Field::Pirt, Check::PirtExpired(2020))));
        assert!(checks.contains(&(Field::HalalValidUntil, Check::NotDate)));
        assert!(!Check::PirtExpired(2020).is_error());
        // A PIRT ending this year still holds; its year is shown.
        let mut d = ProductDraft::new_product(None, None);
        d.pirt = "P-IRT No. 2063507011234-26".into();
        let today = Date::parse("2026-11-28").unwrap();
        let checks = d.checks(&|_| false, today);
        assert!(checks.contains(&(Field::Pirt, Check::PirtValidUntil(2026))));
        d.pirt = "P-IRT No. 2063507011234-25".into();
        let checks = d.checks(&|_| false, today);
        assert!(checks.contains(&(Field::Pirt, Check::PirtExpired(2025))));
    }

    #[test]
    fn applying_marks_the_english_stale_when_only_indonesian_changed() {
        let mut base = Product::new("A", CategoryId::new(), ProducerId::new());
        base.name = Bilingual::new("Kopi", "Coffee");
        base.text_id_changed = 1;
        base.text_en_changed = 1;
        let mut d = ProductDraft::from_product(&base);
        assert_eq!(
            d.apply_to(&base),
            base,
            "an untouched draft changes nothing"
        );
        d.name.id = "Kopi Bubuk ".into();
        d.price = "25.000".into();
        let p = d.apply_to(&base);
        assert_eq!(p.name.id, "Kopi Bubuk");
        assert_eq!(p.price, Some(25_000));
        assert!(p.english_is_stale());
        d.name.en = "Ground Coffee".into();
        assert!(!d.apply_to(&base).english_is_stale());
    }
}
