//! The columns of the CSV interchange format, in the order `export csv` writes them, and what kind
//! of value each holds (which decides how a workbook cell is read and written).

/// What a column holds. A CSV has only text; a workbook keeps the kind in its cells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellKind {
    /// Free text.
    Text,
    /// A code made of digits and marks that must stay as written (SKU, WhatsApp, PIRT, BPOM,
    /// halal certificate number, HS code): a text cell, never a number.
    Identifier,
    /// Whole rupiah.
    Rupiah,
    /// A whole count.
    Count,
    /// A calendar date.
    Date,
    /// Yes or no.
    Flag,
}

/// One column of the CSV format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    Sku,
    NameId,
    NameEn,
    Category,
    CategoryEn,
    DescriptionId,
    DescriptionEn,
    IngredientsId,
    IngredientsEn,
    Price,
    WholesalePrice,
    WholesaleMinQty,
    NetContent,
    ShelfLifeMonths,
    Producer,
    Kopontren,
    City,
    Whatsapp,
    HalalStatus,
    HalalScheme,
    HalalNumber,
    HalalIssuer,
    HalalIssued,
    HalalValidUntil,
    Pirt,
    Bpom,
    HsCode,
    MinOrder,
    Photos,
    Featured,
    Hidden,
    HalalExaminer,
    StorageId,
    StorageEn,
    UnitsPerCarton,
    TrademarkStatus,
    TrademarkNumber,
    Sni,
    Nib,
    Nspp,
    LegalEntityNumber,
    NikKoperasi,
    KemenagRegistered,
    YearFounded,
    Members,
    SantriInvolved,
    ContactPerson,
    ContactRole,
}

impl Column {
    /// Every column, in the order written.
    pub const ALL: [Column; 48] = [
        Column::Sku,
        Column::NameId,
        Column::NameEn,
        Column::Category,
        Column::CategoryEn,
        Column::DescriptionId,
        Column::DescriptionEn,
        Column::IngredientsId,
        Column::IngredientsEn,
        Column::Price,
        Column::WholesalePrice,
        Column::WholesaleMinQty,
        Column::NetContent,
        Column::ShelfLifeMonths,
        Column::Producer,
        Column::Kopontren,
        Column::City,
        Column::Whatsapp,
        Column::HalalStatus,
        Column::HalalScheme,
        Column::HalalNumber,
        Column::HalalIssuer,
        Column::HalalIssued,
        Column::HalalValidUntil,
        Column::Pirt,
        Column::Bpom,
        Column::HsCode,
        Column::MinOrder,
        Column::Photos,
        Column::Featured,
        Column::Hidden,
        Column::HalalExaminer,
        Column::StorageId,
        Column::StorageEn,
        Column::UnitsPerCarton,
        Column::TrademarkStatus,
        Column::TrademarkNumber,
        Column::Sni,
        Column::Nib,
        Column::Nspp,
        Column::LegalEntityNumber,
        Column::NikKoperasi,
        Column::KemenagRegistered,
        Column::YearFounded,
        Column::Members,
        Column::SantriInvolved,
        Column::ContactPerson,
        Column::ContactRole,
    ];

    /// Columns a file must have.
    pub const REQUIRED: [Column; 5] = [
        Column::Sku,
        Column::NameId,
        Column::Category,
        Column::Price,
        Column::Producer,
    ];

    /// The header name.
    pub fn name(self) -> &'static str {
        match self {
            Column::Sku => "sku",
            Column::NameId => "name_id",
            Column::NameEn => "name_en",
            Column::Category => "category",
            Column::CategoryEn => "category_en",
            Column::DescriptionId => "description_id",
            Column::DescriptionEn => "description_en",
            Column::IngredientsId => "ingredients_id",
            Column::IngredientsEn => "ingredients_en",
            Column::Price => "price",
            Column::WholesalePrice => "wholesale_price",
            Column::WholesaleMinQty => "wholesale_min_qty",
            Column::NetContent => "net_content",
            Column::ShelfLifeMonths => "shelf_life_months",
            Column::Producer => "producer",
            Column::Kopontren => "kopontren",
            Column::City => "city",
            Column::Whatsapp => "whatsapp",
            Column::HalalStatus => "halal_status",
            Column::HalalScheme => "halal_scheme",
            Column::HalalNumber => "halal_number",
            Column::HalalIssuer => "halal_issuer",
            Column::HalalIssued => "halal_issued",
            Column::HalalValidUntil => "halal_valid_until",
            Column::Pirt => "pirt",
            Column::Bpom => "bpom",
            Column::HsCode => "hs_code",
            Column::MinOrder => "min_order",
            Column::Photos => "photos",
            Column::Featured => "featured",
            Column::Hidden => "hidden",
            Column::HalalExaminer => "halal_examiner",
            Column::StorageId => "storage_id",
            Column::StorageEn => "storage_en",
            Column::UnitsPerCarton => "units_per_carton",
            Column::TrademarkStatus => "trademark_status",
            Column::TrademarkNumber => "trademark_number",
            Column::Sni => "sni",
            Column::Nib => "nib",
            Column::Nspp => "nspp",
            Column::LegalEntityNumber => "legal_entity_number",
            Column::NikKoperasi => "nik_koperasi",
            Column::KemenagRegistered => "kemenag_registered",
            Column::YearFounded => "year_founded",
            Column::Members => "members",
            Column::SantriInvolved => "santri_involved",
            Column::ContactPerson => "contact_person",
            Column::ContactRole => "contact_role",
        }
    }

    /// What the column holds.
    pub fn kind(self) -> CellKind {
        match self {
            Column::Sku
            | Column::Whatsapp
            | Column::HalalNumber
            | Column::Pirt
            | Column::Bpom
            | Column::HsCode
            | Column::TrademarkNumber
            | Column::Sni
            | Column::Nib
            | Column::Nspp
            | Column::LegalEntityNumber
            | Column::NikKoperasi => CellKind::Identifier,
            Column::Price | Column::WholesalePrice => CellKind::Rupiah,
            Column::WholesaleMinQty
            | Column::ShelfLifeMonths
            | Column::MinOrder
            | Column::UnitsPerCarton
            | Column::YearFounded
            | Column::Members
            | Column::SantriInvolved => CellKind::Count,
            Column::HalalIssued | Column::HalalValidUntil => CellKind::Date,
            Column::Featured | Column::Hidden | Column::KemenagRegistered => CellKind::Flag,
            _ => CellKind::Text,
        }
    }

    /// True for the columns written as plain digits (amounts and counts); every other column is
    /// text, guarded against formula evaluation when written.
    pub fn is_number(self) -> bool {
        matches!(self.kind(), CellKind::Rupiah | CellKind::Count)
    }

    /// Matches a header cell: case-insensitive, surrounding blanks ignored.
    pub fn from_header(text: &str) -> Option<Column> {
        let key = text.trim().to_lowercase();
        Column::ALL.into_iter().find(|c| c.name() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_loosely_and_names_are_unique() {
        assert_eq!(Column::from_header(" SKU "), Some(Column::Sku));
        assert_eq!(Column::from_header("Name_ID"), Some(Column::NameId));
        assert_eq!(Column::from_header("colour"), None);
        let names: std::collections::HashSet<_> = Column::ALL.iter().map(|c| c.name()).collect();
        assert_eq!(names.len(), Column::ALL.len());
    }
}
