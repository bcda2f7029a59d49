//! The text of .xlsx cells that have no type. Excel and LibreOffice type every cell, but other
//! programs (web shops' exports, small libraries) may write `<c r="H2"><v>0812345</v></c>`, which
//! the reading library takes for the number 812345: the leading zero of a phone number or a code
//! is gone. Such a cell's own text is what was meant, so it is found here, straight from the
//! sheet's XML, wherever a number would change it (a leading zero, more digits than a number
//! keeps), and read as text.

use super::WorkbookError;
use super::limits::{attribute_value, find, part_names, unpack};
use std::collections::HashMap;

/// The texts, by (row, column), of the untyped cells of sheet `sheet` that a number would change.
/// Empty when the workbook's parts cannot be followed to the sheet (the cells are then read as
/// the library reads them).
pub fn untyped_texts(
    bytes: &[u8],
    sheet: &str,
) -> Result<HashMap<(u32, u32), String>, WorkbookError> {
    let names = part_names(bytes)?;
    let Some(path) = sheet_path(bytes, &names, sheet)? else {
        return Ok(HashMap::new());
    };
    let xml = unpack(bytes, &path)?;
    Ok(scan(&xml))
}

/// Where the sheet's XML is in the archive: the workbook names the sheet's relationship, its
/// relationships file names the part.
fn sheet_path(
    bytes: &[u8],
    names: &[String],
    sheet: &str,
) -> Result<Option<String>, WorkbookError> {
    let Some(workbook) = names.iter().find(|n| {
        let lower = n.to_ascii_lowercase();
        lower.starts_with("xl/") && lower.ends_with("workbook.xml")
    }) else {
        return Ok(None);
    };
    let (dir, file) = workbook.rsplit_once('/').unwrap_or(("", workbook));
    let rels_name = format!("{dir}/_rels/{file}.rels");
    if !names.contains(&rels_name) {
        return Ok(None);
    }
    let book = unpack(bytes, workbook)?;
    let Some(id) = tags(&book, b"sheet").find_map(|tag| {
        let name = unescape(attribute_value(tag, b"name")?);
        (name == sheet).then(|| attribute_value(tag, b"r:id").map(unescape))?
    }) else {
        return Ok(None);
    };
    let rels = unpack(bytes, &rels_name)?;
    let Some(target) = tags(&rels, b"Relationship").find_map(|tag| {
        (unescape(attribute_value(tag, b"Id")?) == id)
            .then(|| attribute_value(tag, b"Target").map(unescape))?
    }) else {
        return Ok(None);
    };
    let path = match target.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None => format!("{dir}/{target}"),
    };
    Ok(names.contains(&path).then_some(path))
}

/// The start tags named `name` in an XML text (their inside, without `<` and `>`).
fn tags<'a>(xml: &'a [u8], name: &'a [u8]) -> impl Iterator<Item = &'a [u8]> + 'a {
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(start) = find(xml, i, b"<") {
            let end = find(xml, start, b">")?;
            i = end + 1;
            let tag = &xml[start + 1..end];
            if tag.starts_with(name)
                && tag
                    .get(name.len())
                    .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
            {
                return Some(tag);
            }
        }
        None
    })
}

/// The untyped cells of a sheet's XML whose text a number would change.
fn scan(xml: &[u8]) -> HashMap<(u32, u32), String> {
    let mut out = HashMap::new();
    let mut i = 0;
    while let Some(start) = find(xml, i, b"<c ") {
        let Some(end) = find(xml, start, b">") else {
            break;
        };
        i = end + 1;
        let tag = &xml[start + 1..end];
        if tag.ends_with(b"/") || attribute_value(tag, b"t").is_some_and(|t| t != b"n") {
            continue;
        }
        let Some(close) = find(xml, end, b"</c>") else {
            break;
        };
        let inside = &xml[end + 1..close];
        i = close;
        let Some(v) = find(inside, 0, b"<v>") else {
            continue;
        };
        let Some(v_end) = find(inside, v, b"</v>") else {
            continue;
        };
        let Ok(text) = std::str::from_utf8(&inside[v + 3..v_end]) else {
            continue;
        };
        if changed_by_a_number(text)
            && let Some(place) = attribute_value(tag, b"r").and_then(position)
        {
            out.insert(place, text.to_string());
        }
    }
    out
}

/// Whether reading this text as a number loses something: a leading zero before a digit
/// (`0812`), or more digits than a number keeps.
fn changed_by_a_number(text: &str) -> bool {
    let t = text.trim();
    let digits = t.bytes().filter(u8::is_ascii_digit).count();
    let leading_zero = t.len() > 1 && t.starts_with('0') && t.as_bytes()[1].is_ascii_digit();
    t.bytes().all(|b| b.is_ascii_digit() || b == b'.') && (leading_zero || digits > 15)
}

/// A cell reference (`H2`) as (row, column), 0-based.
fn position(reference: &[u8]) -> Option<(u32, u32)> {
    let letters = reference
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    if letters == 0 || letters > 3 {
        return None;
    }
    let mut col = 0u32;
    for b in &reference[..letters] {
        col = col * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1);
    }
    let row: u32 = std::str::from_utf8(&reference[letters..])
        .ok()?
        .parse()
        .ok()?;
    Some((row.checked_sub(1)?, col - 1))
}

/// The five entities XML predefines; the names and targets this reads use no others.
fn unescape(text: &[u8]) -> String {
    String::from_utf8_lossy(text)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untyped_cells_keep_a_leading_zero_and_long_digits() {
        let xml = br#"<sheetData><row r="2"><c r="A2" t="s"><v>3</v></c><c r="H2"><v>0812345</v></c><c r="I2" s="1"><v>25000</v></c><c r="J2" t="n"><v>2063507011234529</v></c><c r="K2"/><c r="L2"><v>0.5</v></c><c r="AB2"><f>A1</f><v>007</v></c></row></sheetData>"#;
        let found = scan(xml);
        assert_eq!(found.get(&(1, 7)).map(String::as_str), Some("0812345"));
        assert_eq!(
            found.get(&(1, 9)).map(String::as_str),
            Some("2063507011234529")
        );
        assert_eq!(found.get(&(1, 27)).map(String::as_str), Some("007"));
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(position(b"XFD1048576"), Some((1_048_575, 16_383)));
        assert_eq!(position(b"12"), None);
    }
}
