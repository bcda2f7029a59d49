//! How complete a product listing is, per language, Akeneo-style: the share of the fields a
//! catalogue needs (name, description, price, cover photo, net content, halal data) that are filled.

use super::halal::HalalStatus;
use super::lang::Lang;
use super::model::Product;

/// A field the completeness score counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NeededField {
    Name,
    Description,
    Price,
    CoverPhoto,
    NetContent,
    /// Certified with a well-formed number, in process, or not required; "not yet" is still open.
    HalalData,
}

/// The completeness of one product in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completeness {
    /// 0 to 100, rounded down.
    pub percent: u8,
    pub missing: Vec<NeededField>,
}

const NEEDED: [NeededField; 6] = [
    NeededField::Name,
    NeededField::Description,
    NeededField::Price,
    NeededField::CoverPhoto,
    NeededField::NetContent,
    NeededField::HalalData,
];

/// Scores `product` for `lang`.
pub fn completeness(product: &Product, lang: Lang) -> Completeness {
    let text = |b: &super::model::Bilingual| match lang {
        Lang::Id => !b.id.trim().is_empty(),
        Lang::En => !b.en.trim().is_empty(),
    };
    let filled = |f: NeededField| match f {
        NeededField::Name => text(&product.name),
        NeededField::Description => text(&product.description),
        NeededField::Price => product.price.is_some(),
        NeededField::CoverPhoto => !product.photos.is_empty(),
        NeededField::NetContent => !product.net_content.trim().is_empty(),
        NeededField::HalalData => match product.halal.status {
            HalalStatus::Certified => product.halal.mark_number().is_some(),
            HalalStatus::InProcess | HalalStatus::NotRequired => true,
            HalalStatus::NotYet => false,
        },
    };
    let missing: Vec<NeededField> = NEEDED.into_iter().filter(|f| !filled(*f)).collect();
    let done = NEEDED.len() - missing.len();
    Completeness {
        percent: (done * 100 / NEEDED.len()) as u8,
        missing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{CategoryId, PhotoId, ProducerId};

    #[test]
    fn scores_each_language_on_its_own_text() {
        let mut p = Product::new("A", CategoryId::new(), ProducerId::new());
        assert_eq!(completeness(&p, Lang::Id).percent, 0);
        p.name.id = "Kopi".into();
        p.description.id = "Kopi robusta".into();
        p.price = Some(25_000);
        p.net_content = "250 g".into();
        p.halal.status = HalalStatus::InProcess;
        p.photos.push(PhotoId([1; 32]));
        assert_eq!(
            completeness(&p, Lang::Id),
            Completeness {
                percent: 100,
                missing: vec![]
            }
        );
        let en = completeness(&p, Lang::En);
        assert_eq!(en.percent, 66);
        assert_eq!(
            en.missing,
            vec![NeededField::Name, NeededField::Description]
        );
    }

    #[test]
    fn a_certified_status_without_a_valid_number_is_not_complete() {
        let mut p = Product::new("A", CategoryId::new(), ProducerId::new());
        p.halal.status = HalalStatus::Certified;
        p.halal.number = "12345".into();
        assert!(
            completeness(&p, Lang::Id)
                .missing
                .contains(&NeededField::HalalData)
        );
        p.halal.number = "ID35110017058840424".into();
        assert!(
            !completeness(&p, Lang::Id)
                .missing
                .contains(&NeededField::HalalData)
        );
    }
}
