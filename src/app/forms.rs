//! Drafts for the producer, category and settings screens: what the user typed, the checks shown
//! next to the fields, and the conversion back to records. Pure data, tested without a window.

use super::draft::Check;
use crate::domain::legal::is_valid_nik_koperasi;
use crate::domain::parse::{match_key, normalize_whatsapp, parse_count, tidy_text};
use crate::domain::registration::is_valid_nib;
use crate::domain::{
    Bilingual, Category, CategoryId, Date, LegalIdentity, OpopPillar, PhotoId, Producer, Settings,
};

/// When a form's field messages show: once the field was left or Save was tried, at once for a
/// record already saved (what is wrong with it is stored already). Shared by the product editor
/// and the producer form.
#[derive(Clone, Debug)]
pub struct Voice<F> {
    touched: std::collections::HashSet<F>,
    tried_save: bool,
    is_new: bool,
}

impl<F: Eq + std::hash::Hash> Voice<F> {
    pub fn new(is_new: bool) -> Voice<F> {
        Voice {
            touched: Default::default(),
            tried_save: false,
            is_new,
        }
    }

    pub fn speaks(&self, field: &F) -> bool {
        !self.is_new || self.tried_save || self.touched.contains(field)
    }

    /// Fields the user has just left.
    pub fn left(&mut self, fields: impl IntoIterator<Item = F>) {
        self.touched.extend(fields);
    }

    /// Save was tried: every message shows.
    pub fn tried_save(&mut self) {
        self.tried_save = true;
    }
}

/// The fields of the producer form that can carry a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProducerField {
    Pesantren,
    Whatsapp,
    Email,
    Nib,
    NikKoperasi,
    FoundedYear,
    Members,
    Santri,
}

/// A producer as the form holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProducerDraft {
    pub pesantren: String,
    pub kopontren: String,
    pub city: String,
    pub province: String,
    pub address: String,
    pub email: String,
    pub whatsapp: String,
    pub nib: String,
    pub nspp: String,
    pub pillar: Option<OpopPillar>,
    pub description: Bilingual,
    pub logo: Option<PhotoId>,
    pub legal_entity_number: String,
    pub nik_koperasi: String,
    pub kemenag_registered: Option<bool>,
    pub founded_year: String,
    pub members: String,
    pub santri: String,
    pub contact_person: String,
    pub contact_role: String,
}

fn opt_text<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

impl ProducerDraft {
    pub fn from_producer(p: &Producer) -> ProducerDraft {
        ProducerDraft {
            pesantren: p.pesantren.clone(),
            kopontren: p.kopontren.clone(),
            city: p.city.clone(),
            province: p.province.clone(),
            address: p.address.clone(),
            email: p.email.clone(),
            whatsapp: p.whatsapp.clone(),
            nib: p.nib.clone(),
            nspp: p.nspp.clone(),
            pillar: p.pillar,
            description: p.description.clone(),
            logo: p.logo,
            legal_entity_number: p.legal.legal_entity_number.clone(),
            nik_koperasi: p.legal.nik_koperasi.clone(),
            kemenag_registered: p.legal.kemenag_registered,
            founded_year: opt_text(p.legal.founded_year),
            members: opt_text(p.legal.members),
            santri: opt_text(p.legal.santri_involved),
            contact_person: p.legal.contact_person.clone(),
            contact_role: p.legal.contact_role.clone(),
        }
    }

    /// Errors block saving; an odd NIB is kept and only warned about (the rules issue marks it).
    pub fn checks(&self, name_taken: &dyn Fn(&str) -> bool) -> Vec<(ProducerField, Check)> {
        let mut out = Vec::new();
        let name = tidy_text(&self.pesantren);
        if name.is_empty() {
            out.push((ProducerField::Pesantren, Check::Required));
        } else if name_taken(&match_key(&name)) {
            out.push((ProducerField::Pesantren, Check::NameTaken));
        }
        if !self.whatsapp.trim().is_empty() && normalize_whatsapp(&self.whatsapp).is_err() {
            out.push((ProducerField::Whatsapp, Check::NotWhatsapp));
        }
        let email = self.email.trim();
        if !email.is_empty() && !looks_like_email(email) {
            out.push((ProducerField::Email, Check::NotEmail));
        }
        if !self.nib.trim().is_empty() && !is_valid_nib(&self.nib) {
            out.push((ProducerField::Nib, Check::NibOdd));
        }
        if !self.nik_koperasi.trim().is_empty() && !is_valid_nik_koperasi(&self.nik_koperasi) {
            out.push((ProducerField::NikKoperasi, Check::NikKoperasiOdd));
        }
        if !self.founded_year.trim().is_empty() && year(&self.founded_year).is_none() {
            out.push((ProducerField::FoundedYear, Check::NotYear));
        }
        for (field, text) in [
            (ProducerField::Members, &self.members),
            (ProducerField::Santri, &self.santri),
        ] {
            if !text.trim().is_empty() && parse_count(text).is_none() {
                out.push((field, Check::NotCount));
            }
        }
        out
    }

    /// The record with the typed values tidied (WhatsApp in international digits).
    pub fn apply_to(&self, base: &Producer) -> Producer {
        let mut p = base.clone();
        p.pesantren = tidy_text(&self.pesantren);
        p.kopontren = tidy_text(&self.kopontren);
        p.city = tidy_text(&self.city);
        p.province = tidy_text(&self.province);
        p.address = self.address.trim().to_string();
        p.email = self.email.trim().to_string();
        p.whatsapp =
            normalize_whatsapp(&self.whatsapp).unwrap_or_else(|_| self.whatsapp.trim().to_string());
        p.nib = self.nib.trim().to_string();
        p.nspp = self.nspp.trim().to_string();
        p.pillar = self.pillar;
        p.description = Bilingual::new(self.description.id.trim(), self.description.en.trim());
        p.logo = self.logo;
        p.legal = LegalIdentity {
            legal_entity_number: one_line(&self.legal_entity_number),
            nik_koperasi: self.nik_koperasi.trim().to_string(),
            kemenag_registered: self.kemenag_registered,
            founded_year: year(&self.founded_year),
            members: parse_count(&self.members),
            santri_involved: parse_count(&self.santri),
            contact_person: one_line(&self.contact_person),
            contact_role: one_line(&self.contact_role),
        };
        p
    }
}

/// A one-line field: blanks collapsed.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A year as typed: four digits.
fn year(text: &str) -> Option<u16> {
    let t = text.trim();
    (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

fn looks_like_email(text: &str) -> bool {
    let Some((user, domain)) = text.split_once('@') else {
        return false;
    };
    !user.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.contains(char::is_whitespace)
}

/// One category row as the form holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategoryRow {
    /// `None` for a row added in this form.
    pub id: Option<CategoryId>,
    pub name: Bilingual,
    pub halal_mandatory: bool,
    pub registration_expected: bool,
}

/// All categories, in order, as the form holds them.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CategoriesDraft {
    pub rows: Vec<CategoryRow>,
    /// Stored categories removed in this form (only unused ones can be).
    pub removed: Vec<CategoryId>,
}

/// Where a category check belongs: the Indonesian or English name of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CategoryField {
    NameId(usize),
    NameEn(usize),
}

impl CategoriesDraft {
    pub fn from_categories(categories: &[Category]) -> CategoriesDraft {
        let mut sorted: Vec<&Category> = categories.iter().collect();
        sorted.sort_by_key(|c| c.sort_order);
        CategoriesDraft {
            rows: sorted
                .into_iter()
                .map(|c| CategoryRow {
                    id: Some(c.id),
                    name: c.name.clone(),
                    halal_mandatory: c.halal_mandatory,
                    registration_expected: c.registration_expected,
                })
                .collect(),
            removed: Vec::new(),
        }
    }

    /// Both names are required (a catalogue in either language shows them) and unique.
    pub fn checks(&self) -> Vec<(CategoryField, Check)> {
        let mut out = Vec::new();
        let mut seen_id = std::collections::HashSet::new();
        let mut seen_en = std::collections::HashSet::new();
        for (i, row) in self.rows.iter().enumerate() {
            for (text, field, seen) in [
                (&row.name.id, CategoryField::NameId(i), &mut seen_id),
                (&row.name.en, CategoryField::NameEn(i), &mut seen_en),
            ] {
                let key = match_key(text);
                if key.is_empty() {
                    out.push((field, Check::Required));
                } else if !seen.insert(key) {
                    out.push((field, Check::NameTaken));
                }
            }
        }
        out
    }

    pub fn move_row(&mut self, from: usize, up: bool) {
        let to = if up {
            from.checked_sub(1)
        } else {
            Some(from + 1)
        };
        if let Some(to) = to
            && to < self.rows.len()
        {
            self.rows.swap(from, to);
        }
    }

    pub fn remove_row(&mut self, index: usize) {
        if index < self.rows.len() {
            let row = self.rows.remove(index);
            if let Some(id) = row.id {
                self.removed.push(id);
            }
        }
    }

    /// The records to write, numbered 10, 20, 30... in the order shown.
    pub fn to_categories(&self, stored: &[Category]) -> Vec<Category> {
        self.rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let order = (i as u32 + 1) * 10;
                let mut c = row
                    .id
                    .and_then(|id| stored.iter().find(|c| c.id == id).cloned())
                    .unwrap_or_else(|| Category::new("", "", order));
                c.name = Bilingual::new(&tidy_text(&row.name.id), &tidy_text(&row.name.en));
                c.sort_order = order;
                c.halal_mandatory = row.halal_mandatory;
                c.registration_expected = row.registration_expected;
                c
            })
            .collect()
    }
}

/// The settings fields that can carry a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingsField {
    PublisherName,
    Whatsapp,
    Email,
    Deadline,
}

/// The settings as the form holds them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsDraft {
    pub publisher_name: String,
    pub publisher_address: String,
    pub publisher_whatsapp: String,
    pub publisher_email: String,
    pub publisher_website: String,
    pub cover_title: Bilingual,
    pub halal_deadline: String,
    pub order_template: Bilingual,
}

impl SettingsDraft {
    pub fn from_settings(s: &Settings) -> SettingsDraft {
        SettingsDraft {
            publisher_name: s.publisher_name.clone(),
            publisher_address: s.publisher_address.clone(),
            publisher_whatsapp: s.publisher_whatsapp.clone(),
            publisher_email: s.publisher_email.clone(),
            publisher_website: s.publisher_website.clone(),
            cover_title: s.cover_title.clone(),
            halal_deadline: s.halal_deadline.to_string(),
            order_template: s.order_template.clone(),
        }
    }

    pub fn checks(&self) -> Vec<(SettingsField, Check)> {
        let mut out = Vec::new();
        if self.publisher_name.trim().is_empty() {
            out.push((SettingsField::PublisherName, Check::Required));
        }
        if !self.publisher_whatsapp.trim().is_empty()
            && normalize_whatsapp(&self.publisher_whatsapp).is_err()
        {
            out.push((SettingsField::Whatsapp, Check::NotWhatsapp));
        }
        let email = self.publisher_email.trim();
        if !email.is_empty() && !looks_like_email(email) {
            out.push((SettingsField::Email, Check::NotEmail));
        }
        if Date::parse(&self.halal_deadline).is_err() {
            out.push((SettingsField::Deadline, Check::NotDate));
        }
        out
    }

    pub fn apply_to(&self, base: &Settings) -> Settings {
        let mut s = base.clone();
        s.publisher_name = tidy_text(&self.publisher_name);
        s.publisher_address = self.publisher_address.trim().to_string();
        s.publisher_whatsapp = normalize_whatsapp(&self.publisher_whatsapp)
            .unwrap_or_else(|_| self.publisher_whatsapp.trim().to_string());
        s.publisher_email = self.publisher_email.trim().to_string();
        s.publisher_website = self.publisher_website.trim().to_string();
        s.cover_title = Bilingual::new(self.cover_title.id.trim(), self.cover_title.en.trim());
        if let Ok(d) = Date::parse(&self.halal_deadline) {
            s.halal_deadline = d;
        }
        s.order_template =
            Bilingual::new(self.order_template.id.trim(), self.order_template.en.trim());
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_legal_identity_is_typed_checked_and_saved() {
        let base = Producer::new("Pondok Pesantren Darul Falah Sumenep");
        let mut d = ProducerDraft::from_producer(&base);
        d.legal_entity_number = "  AHU-0009911.AH.01.26.TAHUN  2020 ".into();
        d.nik_koperasi = "352901002000881".into();
        d.kemenag_registered = Some(true);
        d.founded_year = "95".into();
        d.members = "sembilan".into();
        d.santri = "40".into();
        d.contact_person = " KH. Abdul  Mun'im ".into();
        d.contact_role = "Ketua Kopontren".into();
        let checks = d.checks(&|_| false);
        assert_eq!(
            checks,
            vec![
                (ProducerField::NikKoperasi, Check::NikKoperasiOdd),
                (ProducerField::FoundedYear, Check::NotYear),
                (ProducerField::Members, Check::NotCount),
            ]
        );
        assert!(
            !checks[0].1.is_error(),
            "an odd NIK is kept, like an odd NIB"
        );
        assert!(checks[1].1.is_error() && checks[2].1.is_error());
        d.nik_koperasi = "3529010020008811".into();
        d.founded_year = "1995".into();
        d.members = "88".into();
        assert!(d.checks(&|_| false).is_empty());
        let p = d.apply_to(&base);
        assert_eq!(
            p.legal,
            LegalIdentity {
                legal_entity_number: "AHU-0009911.AH.01.26.TAHUN 2020".into(),
                nik_koperasi: "3529010020008811".into(),
                kemenag_registered: Some(true),
                founded_year: Some(1995),
                members: Some(88),
                santri_involved: Some(40),
                contact_person: "KH. Abdul Mun'im".into(),
                contact_role: "Ketua Kopontren".into(),
            }
        );
        assert_eq!(ProducerDraft::from_producer(&p).founded_year, "1995");
    }

    #[test]
    fn a_producer_needs_a_unique_name_and_a_reachable_number() {
        let mut d = ProducerDraft::from_producer(&Producer::new(""));
        let taken = |k: &str| k == match_key("Pondok Pesantren Sidogiri");
        assert_eq!(
            d.checks(&taken),
            vec![(ProducerField::Pesantren, Check::Required)]
        );
        d.pesantren = "  pondok pesantren  SIDOGIRI ".into();
        assert_eq!(
            d.checks(&taken),
            vec![(ProducerField::Pesantren, Check::NameTaken)]
        );
        d.pesantren = "Pondok Pesantren Al-Amien".into();
        d.whatsapp = "0812-3456".into();
        d.email = "koperasi@".into();
        d.nib = "12345".into();
        let fields: Vec<_> = d.checks(&taken).into_iter().map(|(f, _)| f).collect();
        assert_eq!(
            fields,
            [
                ProducerField::Whatsapp,
                ProducerField::Email,
                ProducerField::Nib
            ]
        );
        d.whatsapp = "0812-3456-7890".into();
        d.email = "kopontren@alamien.sch.id".into();
        d.nib = "9120001234567".into();
        assert!(d.checks(&taken).is_empty());
        let p = d.apply_to(&Producer::new(""));
        assert_eq!(p.whatsapp, "6281234567890");
        assert_eq!(p.pesantren, "Pondok Pesantren Al-Amien");
    }

    #[test]
    fn categories_are_renumbered_in_the_order_shown_and_names_must_differ() {
        let stored = vec![
            Category::new("Makanan", "Food", 10),
            Category::new("Minuman", "Beverages", 20),
        ];
        let mut d = CategoriesDraft::from_categories(&stored);
        d.move_row(1, true);
        d.rows.push(CategoryRow {
            id: None,
            name: Bilingual::new("makanan", ""),
            halal_mandatory: true,
            registration_expected: false,
        });
        assert_eq!(
            d.checks(),
            vec![
                (CategoryField::NameId(2), Check::NameTaken),
                (CategoryField::NameEn(2), Check::Required)
            ]
        );
        d.rows[2].name = Bilingual::new("Jamu", "Herbal drinks");
        assert!(d.checks().is_empty());
        let out = d.to_categories(&stored);
        let names: Vec<_> = out
            .iter()
            .map(|c| (c.name.id.as_str(), c.sort_order))
            .collect();
        assert_eq!(names, [("Minuman", 10), ("Makanan", 20), ("Jamu", 30)]);
        assert_eq!(out[0].id, stored[1].id, "an existing category keeps its id");
        d.remove_row(0);
        assert_eq!(d.removed, vec![stored[1].id]);
    }

    #[test]
    fn settings_need_a_publisher_and_a_real_deadline() {
        let mut d = SettingsDraft::from_settings(&Settings::default());
        assert_eq!(
            d.checks(),
            vec![(SettingsField::PublisherName, Check::Required)]
        );
        d.publisher_name = "Kopontren Sidogiri".into();
        d.halal_deadline = "31/02/2026".into();
        assert_eq!(d.checks(), vec![(SettingsField::Deadline, Check::NotDate)]);
        d.halal_deadline = "17/10/2026".into();
        assert!(d.checks().is_empty());
        let s = d.apply_to(&Settings::default());
        assert_eq!(s.halal_deadline, Date::new(2026, 10, 17).unwrap());
    }
}
