//! Signs that a spreadsheet changed an identifier on its way through a CSV file. Excel and
//! LibreOffice read a cell of digits as a number unless the column is formatted as Text: a long
//! number is then shown, and saved, in scientific notation (`6,28223E+12`) with all but its first
//! digits gone, and a leading zero vanishes (HS code `0901.21` becomes `901.21`, a 15-digit PIRT
//! number keeps 14). These rules recognise that damage from the cell alone; what to do about it
//! (refuse the row, or warn) is the import's, and the words are in `crate::messages`. Pure.

/// The identifiers a spreadsheet may damage, each with its own shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Identifier {
    Sku,
    Whatsapp,
    HalalNumber,
    /// PIRT number: 15 digits.
    Pirt,
    Bpom,
    /// HS code: a 4-digit heading, then pairs of digits (`0901.21`, `09012100`).
    HsCode,
    /// NIB: 13 digits.
    Nib,
    /// NIK koperasi: 16 digits, one more than a spreadsheet keeps in a number.
    NikKoperasi,
}

/// What a spreadsheet did to a cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Damage {
    /// The cell became a number in scientific notation: the digits past the first few are lost
    /// and cannot be recovered from the cell.
    ScientificNotation,
    /// A leading zero was dropped; `likely` is the value with it put back.
    LeadingZeroLost { likely: String },
}

/// The damage a spreadsheet did to the cell of an identifier, if its form shows any. An empty
/// cell, or one as the identifier is written, shows none.
pub fn damage(identifier: Identifier, cell: &str) -> Option<Damage> {
    let text = cell.trim();
    if is_scientific_notation(text) {
        return Some(Damage::ScientificNotation);
    }
    let likely = match identifier {
        Identifier::HsCode => hs_code_without_leading_zero(text),
        Identifier::Pirt => digits_one_short(text, 15),
        Identifier::Nib => digits_one_short(text, 13),
        Identifier::NikKoperasi => digits_one_short(text, 16),
        // A WhatsApp number without its 0 is still read right; the others are not numbers.
        Identifier::Sku | Identifier::Whatsapp | Identifier::HalalNumber | Identifier::Bpom => None,
    }?;
    Some(Damage::LeadingZeroLost { likely })
}

/// True for a number as spreadsheets write it in scientific notation: `6,28223E+12` (Indonesian
/// decimal comma), `6.28223E+12`, `1E+15`, `-2.5e-05`. The exponent's sign is always written, so
/// a code like `12E5` is not taken for one.
pub fn is_scientific_notation(text: &str) -> bool {
    let t = text.trim();
    let t = t.strip_prefix(['-', '+']).unwrap_or(t);
    let Some((mantissa, exponent)) = t.split_once(['e', 'E']) else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once(['.', ',']) {
        Some((whole, fraction)) => digits(whole) && digits(fraction),
        None => digits(mantissa),
    };
    let exponent_ok = exponent
        .strip_prefix(['+', '-'])
        .is_some_and(|e| digits(e) && e.len() <= 3);
    mantissa_ok && exponent_ok
}

/// The HS code with its leading zero put back, when it lost one: a heading of 3 digits before
/// the first dot (`901.21`, or `901,21` from a decimal comma), or digits only and an odd number
/// of them (`90121`). A number also loses trailing zeros, so a single digit after the only
/// separator gets its 0 back too (`901,1` was `0901.10`).
fn hs_code_without_leading_zero(text: &str) -> Option<String> {
    let is_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let groups: Vec<&str> = text.split(['.', ',']).collect();
    if !groups.iter().all(|g| is_digits(g)) {
        return None;
    }
    match groups.as_slice() {
        [digits] => (digits.len() % 2 == 1).then(|| format!("0{digits}")),
        [heading, rest @ ..] if heading.len() == 3 => {
            let mut likely = format!("0{heading}");
            for group in rest {
                likely.push('.');
                likely.push_str(group);
            }
            if let [subheading] = rest
                && subheading.len() == 1
            {
                likely.push('0');
            }
            Some(likely)
        }
        _ => None,
    }
}

/// The number with a 0 in front, when the cell is digits only and exactly one digit short of
/// `length`: what a spreadsheet leaves of a number that began with 0.
fn digits_one_short(text: &str, length: usize) -> Option<String> {
    (text.len() + 1 == length && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("0{text}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lost_zero(likely: &str) -> Option<Damage> {
        Some(Damage::LeadingZeroLost {
            likely: likely.into(),
        })
    }

    #[test]
    fn scientific_notation_as_excel_and_libreoffice_write_it() {
        for text in [
            "6,28223E+12",
            "6.28223E+12",
            " 6,28223E+12 ",
            "1E+15",
            "2,06351E+14",
            "-2.5e-05",
        ] {
            assert!(is_scientific_notation(text), "{text}");
        }
        for text in [
            "",
            "628122334455",
            "12E5",
            "E+12",
            "6,28E+",
            "6,28223E+12x",
            "KOPI-1E+2",
            ",5E+3",
            "6,,2E+12",
            "1E+1234",
        ] {
            assert!(!is_scientific_notation(text), "{text}");
        }
    }

    #[test]
    fn every_identifier_refuses_scientific_notation() {
        for id in [
            Identifier::Sku,
            Identifier::Whatsapp,
            Identifier::HalalNumber,
            Identifier::Pirt,
            Identifier::Bpom,
            Identifier::HsCode,
            Identifier::Nib,
            Identifier::NikKoperasi,
        ] {
            assert_eq!(
                damage(id, "6,28223E+12"),
                Some(Damage::ScientificNotation),
                "{id:?}"
            );
            assert_eq!(damage(id, ""), None, "{id:?}");
        }
        assert_eq!(damage(Identifier::Whatsapp, "81234567890"), None);
        assert_eq!(damage(Identifier::Sku, "90121"), None);
    }

    #[test]
    fn an_hs_code_with_a_three_digit_heading_or_odd_length_lost_its_zero() {
        assert_eq!(damage(Identifier::HsCode, "901.21"), lost_zero("0901.21"));
        assert_eq!(damage(Identifier::HsCode, "901,21"), lost_zero("0901.21"));
        assert_eq!(damage(Identifier::HsCode, "901,1"), lost_zero("0901.10"));
        assert_eq!(damage(Identifier::HsCode, "901"), lost_zero("0901"));
        assert_eq!(damage(Identifier::HsCode, "90121"), lost_zero("090121"));
        assert_eq!(damage(Identifier::HsCode, "9012100"), lost_zero("09012100"));
        assert_eq!(
            damage(Identifier::HsCode, "901.21.10"),
            lost_zero("0901.21.10")
        );
        for fine in [
            "0901.21",
            "0901",
            "090121",
            "1905.90.90",
            "2106.90",
            "21069099",
            "",
            "HS 0901",
            "901.2a",
            "9.01",
        ] {
            assert_eq!(damage(Identifier::HsCode, fine), None, "{fine}");
        }
    }

    #[test]
    fn a_pirt_number_or_nib_one_digit_short_lost_its_zero() {
        assert_eq!(
            damage(Identifier::Pirt, "20635070112342"),
            lost_zero("020635070112342")
        );
        assert_eq!(damage(Identifier::Pirt, "206350701123428"), None);
        assert_eq!(
            damage(Identifier::Pirt, "P-IRT 2063507011234-2"),
            None,
            "printed with separators: a typing slip, not a spreadsheet"
        );
        assert_eq!(damage(Identifier::Pirt, "2063507011234"), None);
        assert_eq!(
            damage(Identifier::Nib, "220001234567"),
            lost_zero("0220001234567")
        );
        assert_eq!(damage(Identifier::Nib, "9120001234567"), None);
        assert_eq!(damage(Identifier::Nib, "22000123456"), None);
    }
}
