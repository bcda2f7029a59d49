//! Limits that keep a hostile or broken workbook from costing more than a real product list: a
//! workbook is a ZIP (or, for .xls, an OLE compound file) whose few kilobytes can unpack to
//! gigabytes, or whose "repeat this cell a million times" turns into billions of cells in memory.
//! Every check here runs on the bytes before the reading library unpacks or lays out anything:
//!
//! - a ZIP's parts that the library reads (`*.xml`, `*.rels`, `mimetype`) must declare at most
//!   [`MAX_INFLATED_BYTES`] together, and each is unpacked once, into nothing, stopping as soon as
//!   it gives more than it declared;
//! - an .ods sheet's repeated rows and cells are counted as the library would lay them out, an
//!   .xls file's cells by the area each sheet spans: at most [`MAX_CELLS`].
//!
//! The .xlsx reader counts its cells itself as it streams them (`super::read`).

use super::WorkbookError;
use std::io::{Cursor, Read};

/// The most the parts of a workbook may unpack to, together.
pub const MAX_INFLATED_BYTES: u64 = 200 * 1_000_000;

/// The most cells a workbook may hold (a product list of 10,000 rows and 35 columns has 350,000).
pub const MAX_CELLS: usize = 2_000_000;

/// What a ZIP workbook is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZipKind {
    /// Office Open XML: .xlsx, .xlsm.
    Xlsx,
    /// OpenDocument spreadsheet: .ods.
    Ods,
}

/// The ODF spreadsheet media type, which an .ods file stores first as its `mimetype` part.
const ODS_MIMETYPE: &[u8] = b"application/vnd.oasis.opendocument.spreadsheet";

fn damaged(e: impl std::fmt::Display) -> WorkbookError {
    WorkbookError::Damaged(e.to_string())
}

fn too_large() -> WorkbookError {
    WorkbookError::TooLarge {
        megabytes: MAX_INFLATED_BYTES / 1_000_000,
    }
}

fn too_many_cells() -> WorkbookError {
    WorkbookError::TooManyCells { limit: MAX_CELLS }
}

/// Whether the reading library unpacks this part of the archive (pictures and the like it
/// leaves packed).
fn is_read(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".xml") || lower.ends_with(".rels") || lower == "mimetype"
}

/// Tells an .xlsx from an .ods and checks the sizes of the parts that will be unpacked: declared
/// first, then by unpacking each (into nothing) up to what it declared.
pub fn check_zip(bytes: &[u8]) -> Result<ZipKind, WorkbookError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
    let names: Vec<String> = zip
        .file_names_raw()
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    let lower: Vec<String> = names.iter().map(|n| n.to_ascii_lowercase()).collect();
    let kind = if lower
        .iter()
        .any(|n| n.starts_with("xl/") && n.ends_with("workbook.xml"))
    {
        ZipKind::Xlsx
    } else if names.iter().any(|n| n == "mimetype") {
        let mut mime = Vec::new();
        zip.by_name("mimetype")
            .map_err(damaged)?
            .take(ODS_MIMETYPE.len() as u64 + 64)
            .read_to_end(&mut mime)
            .map_err(damaged)?;
        if mime.trim_ascii() != ODS_MIMETYPE {
            return Err(WorkbookError::NotWorkbook);
        }
        ZipKind::Ods
    } else {
        return Err(WorkbookError::NotWorkbook);
    };
    let mut declared = 0u64;
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(damaged)?;
        if is_read(&String::from_utf8_lossy(entry.name_raw())) {
            declared = declared.saturating_add(entry.size());
        }
    }
    if declared > MAX_INFLATED_BYTES {
        return Err(too_large());
    }
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(damaged)?;
        if !is_read(&String::from_utf8_lossy(entry.name_raw())) {
            continue;
        }
        let size = entry.size();
        let real = std::io::copy(&mut (&mut entry).take(size + 1), &mut std::io::sink())
            .map_err(damaged)?;
        if real > size {
            return Err(too_large());
        }
    }
    Ok(kind)
}

/// The names of a ZIP's parts.
pub fn part_names(bytes: &[u8]) -> Result<Vec<String>, WorkbookError> {
    let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
    Ok(zip
        .file_names_raw()
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect())
}

/// Unpacks one part of a checked ZIP (at most what it declared).
pub fn unpack(bytes: &[u8], name: &str) -> Result<Vec<u8>, WorkbookError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
    let entry = zip.by_name(name).map_err(damaged)?;
    let size = entry.size().min(MAX_INFLATED_BYTES);
    let mut out = Vec::with_capacity(size as usize);
    entry.take(size).read_to_end(&mut out).map_err(damaged)?;
    Ok(out)
}

/// Checks that an .ods file's sheets lay out to at most [`MAX_CELLS`] cells.
pub fn check_ods(bytes: &[u8]) -> Result<(), WorkbookError> {
    let content = unpack(bytes, "content.xml")?;
    if ods_cells(&content) > MAX_CELLS as u64 {
        return Err(too_many_cells());
    }
    Ok(())
}

/// The cells the reading library lays out for an ODF document's tables: each table as wide as
/// its rows reach to their last value and as tall as its rows from the first with a value to the
/// last (repeats counted; rows without a value around them and empty cells at the end of a row,
/// which it does not lay out, left out), plus the cells it reads once per row on the way. An
/// upper bound: a cell that is not plainly empty counts as a value.
pub fn ods_cells(xml: &[u8]) -> u64 {
    const MAX_ROWS: u64 = 1_048_576;
    const MAX_COLUMNS: u64 = 16_384;
    #[derive(Default)]
    struct Sheet {
        width: u64,
        rows: u64,
        gap: u64,
        laid_out: u64,
    }
    let mut total = 0u64;
    let mut sheet = Sheet::default();
    // In the row being read: its repeat, the cells read so far, the empty cells not yet
    // followed by another, and where its last value ends.
    let (mut row_repeat, mut row_cells, mut pending, mut values_end) = (1u64, 0u64, 0u64, 0u64);
    let end_row = |sheet: &mut Sheet, repeat: u64, cells: u64, values_end: u64| {
        sheet.laid_out = sheet.laid_out.saturating_add(cells.min(MAX_COLUMNS));
        if values_end > 0 {
            sheet.rows = sheet.rows.saturating_add(sheet.gap).saturating_add(repeat);
            sheet.gap = 0;
            sheet.width = sheet.width.max(values_end.min(MAX_COLUMNS));
        } else if sheet.rows > 0 {
            sheet.gap = sheet.gap.saturating_add(repeat);
        }
    };
    let end_sheet = |sheet: &mut Sheet| -> u64 {
        let cells = sheet
            .rows
            .min(MAX_ROWS)
            .saturating_mul(sheet.width)
            .saturating_add(sheet.laid_out);
        *sheet = Sheet::default();
        cells
    };
    let mut i = 0;
    while let Some(offset) = xml[i..].iter().position(|b| *b == b'<') {
        let start = i + offset;
        if xml[start..].starts_with(b"<!--") {
            i = find(xml, start, b"-->").map_or(xml.len(), |e| e + 3);
            continue;
        }
        let Some(end) = find(xml, start, b">") else {
            break;
        };
        i = end + 1;
        let tag = &xml[start + 1..end];
        if let Some(name) = tag.strip_prefix(b"/") {
            match name.trim_ascii() {
                b"table:table-row" => end_row(&mut sheet, row_repeat, row_cells, values_end),
                b"table:table" => total = total.saturating_add(end_sheet(&mut sheet)),
                _ => {}
            }
            continue;
        }
        let self_closing = tag.ends_with(b"/");
        let name_end = tag
            .iter()
            .position(|b| b.is_ascii_whitespace() || *b == b'/')
            .unwrap_or(tag.len());
        match &tag[..name_end] {
            b"table:table" => sheet = Sheet::default(),
            b"table:table-row" => {
                row_repeat = attribute(tag, b"table:number-rows-repeated")
                    .unwrap_or(1)
                    .clamp(1, MAX_ROWS);
                (row_cells, pending, values_end) = (0, 0, 0);
                if self_closing {
                    end_row(&mut sheet, row_repeat, 0, 0);
                }
            }
            b"table:table-cell" | b"table:covered-table-cell" => {
                let repeat = attribute(tag, b"table:number-columns-repeated")
                    .unwrap_or(1)
                    .clamp(1, MAX_COLUMNS);
                let empty = self_closing
                    && !has_attribute(tag, b"office:value-type")
                    && !has_attribute(tag, b"table:formula");
                // Empty cells are read only when another cell follows them in the row.
                row_cells = row_cells.saturating_add(pending);
                if empty {
                    pending = repeat;
                } else {
                    pending = 0;
                    row_cells = row_cells.saturating_add(repeat);
                    values_end = row_cells;
                }
            }
            _ => {}
        }
    }
    total.saturating_add(end_sheet(&mut sheet))
}

/// Where `needle` first is in `haystack` from `from` on.
pub(super) fn find(haystack: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    haystack[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// The value of attribute `name` in the inside of a start tag (as written, entities and all).
pub(super) fn attribute_value<'a>(tag: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
    let mut from = 0;
    while let Some(p) = find(tag, from, name) {
        from = p + 1;
        let before = p.checked_sub(1).map(|b| tag[b]);
        let rest = &tag[p + name.len()..];
        if before.is_some_and(|b| b.is_ascii_whitespace()) && rest.first() == Some(&b'=') {
            let quote = *rest.get(1)?;
            let value = &rest[2..];
            let end = value.iter().position(|b| *b == quote)?;
            return Some(&value[..end]);
        }
    }
    None
}

fn has_attribute(tag: &[u8], name: &[u8]) -> bool {
    attribute_value(tag, name).is_some()
}

fn attribute(tag: &[u8], name: &[u8]) -> Option<u64> {
    std::str::from_utf8(attribute_value(tag, name)?)
        .ok()?
        .trim()
        .parse()
        .ok()
}

/// Whether an OLE compound file holds an Office document encrypted with a password (its
/// directory names an `EncryptedPackage` stream, in UTF-16).
pub fn is_encrypted_package(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    bytes.windows(name.len()).any(|w| w == name.as_slice())
}

/// Checks that an .xls file's sheets span at most [`MAX_CELLS`] cells: the reading library lays
/// out every sheet whole, from its first used cell to its last, when it opens the file.
pub fn check_xls(bytes: &[u8]) -> Result<(), WorkbookError> {
    let stream =
        super::compound::workbook_stream(bytes).ok_or_else(|| damaged("no workbook stream"))?;
    if xls_cells(&stream) > MAX_CELLS as u64 {
        return Err(too_many_cells());
    }
    Ok(())
}

/// The cells the sheets of a BIFF workbook stream span (values and formulas each laid out over
/// the area from their first cell to their last).
pub fn xls_cells(stream: &[u8]) -> u64 {
    #[derive(Default)]
    struct Area(Option<(u16, u16, u16, u16)>);
    impl Area {
        fn add(&mut self, row: u16, first: u16, last: u16) {
            self.0 = Some(match self.0 {
                None => (row, row, first, last),
                Some((r0, r1, c0, c1)) => (r0.min(row), r1.max(row), c0.min(first), c1.max(last)),
            });
        }
        fn cells(&self) -> u64 {
            self.0.map_or(0, |(r0, r1, c0, c1)| {
                (u64::from(r1 - r0) + 1) * (u64::from(c1.saturating_sub(c0)) + 1)
            })
        }
    }
    let (mut values, mut formulas) = (Area::default(), Area::default());
    let mut total = 0u64;
    let mut pos = 0;
    let u16_at = |d: &[u8], at: usize| -> Option<u16> {
        Some(u16::from_le_bytes([*d.get(at)?, *d.get(at + 1)?]))
    };
    while pos + 4 <= stream.len() {
        let kind = u16::from_le_bytes([stream[pos], stream[pos + 1]]);
        let len = usize::from(u16::from_le_bytes([stream[pos + 2], stream[pos + 3]]));
        let data = &stream[pos + 4..(pos + 4 + len).min(stream.len())];
        pos += 4 + len;
        match kind {
            // BOF: a new substream (a sheet).
            0x0809 => {
                total = total
                    .saturating_add(values.cells())
                    .saturating_add(formulas.cells());
                (values, formulas) = (Area::default(), Area::default());
            }
            // NUMBER, RK, BLANK, LABEL, LABELSST, BOOLERR, RSTRING, FORMULA.
            0x0203 | 0x027E | 0x0201 | 0x0204 | 0x00FD | 0x0205 | 0x00D6 | 0x0006 => {
                if let (Some(row), Some(col)) = (u16_at(data, 0), u16_at(data, 2)) {
                    values.add(row, col, col);
                    if kind == 0x0006 {
                        formulas.add(row, col, col);
                    }
                }
            }
            // MULRK, MULBLANK: a run of cells in one row, its last column at the end.
            0x00BD | 0x00BE => {
                if let (Some(row), Some(first), Some(last)) = (
                    u16_at(data, 0),
                    u16_at(data, 2),
                    data.len().checked_sub(2).and_then(|at| u16_at(data, at)),
                ) {
                    values.add(row, first.min(last), first.max(last));
                }
            }
            _ => {}
        }
    }
    total
        .saturating_add(values.cells())
        .saturating_add(formulas.cells())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut out);
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            for (name, bytes) in parts {
                zip.start_file(*name, options).unwrap();
                zip.write_all(bytes).unwrap();
            }
            zip.finish().unwrap();
        }
        out.into_inner()
    }

    #[test]
    fn zip_kinds_and_damage() {
        let xlsx = zip_of(&[
            ("[Content_Types].xml", b"<x/>"),
            ("xl/workbook.xml", b"<w/>"),
        ]);
        assert_eq!(check_zip(&xlsx), Ok(ZipKind::Xlsx));
        let ods = zip_of(&[("mimetype", ODS_MIMETYPE), ("content.xml", b"<c/>")]);
        assert_eq!(check_zip(&ods), Ok(ZipKind::Ods));
        let odt = zip_of(&[("mimetype", b"application/vnd.oasis.opendocument.text")]);
        assert_eq!(check_zip(&odt), Err(WorkbookError::NotWorkbook));
        let other = zip_of(&[("photo.jpg", b"\xFF\xD8")]);
        assert_eq!(check_zip(&other), Err(WorkbookError::NotWorkbook));
        let cut = &xlsx[..xlsx.len() / 2];
        assert!(matches!(check_zip(cut), Err(WorkbookError::Damaged(_))));
    }

    #[test]
    fn a_zip_bomb_is_refused_by_its_declared_size_and_by_what_it_really_gives() {
        let big = vec![b' '; (MAX_INFLATED_BYTES + 1) as usize];
        let bomb = zip_of(&[
            ("xl/workbook.xml", b"<w/>"),
            ("xl/worksheets/sheet1.xml", &big),
        ]);
        drop(big);
        assert!(bomb.len() < 1_000_000, "{}", bomb.len());
        assert_eq!(
            check_zip(&bomb),
            Err(WorkbookError::TooLarge { megabytes: 200 })
        );
        // The same part claiming to be small in both of its headers: unpacking stops at the claim.
        let honest = vec![b' '; 3_000_000];
        let mut liar = zip_of(&[
            ("xl/workbook.xml", b"<w/>"),
            ("xl/worksheets/sheet1.xml", &honest),
        ]);
        let real = (honest.len() as u32).to_le_bytes();
        let claimed = 1000u32.to_le_bytes();
        let mut patched = 0;
        for i in 0..liar.len() - 4 {
            if liar[i..i + 4] == real {
                liar[i..i + 4].copy_from_slice(&claimed);
                patched += 1;
            }
        }
        assert_eq!(patched, 2, "local header and central directory");
        assert!(matches!(
            check_zip(&liar),
            Err(WorkbookError::TooLarge { .. } | WorkbookError::Damaged(_))
        ));
    }

    #[test]
    fn ods_repeats_are_counted_as_laid_out() {
        let row = |cells: &str, repeat: u64| {
            format!(
                "<table:table-row table:number-rows-repeated=\"{repeat}\">{cells}</table:table-row>"
            )
        };
        let value = r#"<table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>"#;
        let empty = |n: u64| format!(r#"<table:table-cell table:number-columns-repeated="{n}"/>"#);
        // What LibreOffice writes: 3 rows of 3 values, then empty cells to the sheet's edge, and
        // empty rows to the bottom, some with dropdowns on their cells; none of it laid out.
        let dropdown = r#"<table:table-cell table:content-validation-name="val1"/>"#;
        let normal = format!(
            "<table:table table:name=\"P\">{}{}{}</table:table>",
            row(&format!("{value}{value}{value}{}", empty(1021)), 3),
            row(
                &format!("{}{dropdown}{}{dropdown}", empty(3), empty(10)),
                1_048_559
            ),
            row(&empty(16_384), 14),
        );
        assert_eq!(ods_cells(normal.as_bytes()), 3 * 3 + 3 + 14);
        // One value repeated to the edge, a million times over.
        let hostile = format!(
            "<table:table>{}</table:table>",
            row(
                r#"<table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/>"#,
                1_000_000
            )
        );
        assert!(ods_cells(hostile.as_bytes()) > MAX_CELLS as u64);
        // Empty rows between values are laid out too.
        let gap = format!(
            "<table:table>{}{}{}</table:table>",
            row(value, 1),
            row(&empty(5), 999_998),
            row(&format!("{}{value}", empty(99)), 1),
        );
        assert!(ods_cells(gap.as_bytes()) >= 1_000_000 * 100);
    }

    #[test]
    fn xls_cells_span_each_sheet() {
        let record = |kind: u16, data: &[u8]| {
            let mut r = kind.to_le_bytes().to_vec();
            r.extend((data.len() as u16).to_le_bytes());
            r.extend(data);
            r
        };
        let cell = |row: u16, col: u16| {
            let mut d = row.to_le_bytes().to_vec();
            d.extend(col.to_le_bytes());
            d.extend([0u8; 10]);
            record(0x0203, &d)
        };
        let mut stream = record(0x0809, &[0; 16]); // the workbook globals
        stream.extend(record(0x000A, &[]));
        stream.extend(record(0x0809, &[0; 16]));
        stream.extend(cell(0, 0));
        stream.extend(cell(9, 4));
        stream.extend(record(0x000A, &[]));
        assert_eq!(xls_cells(&stream), 10 * 5);
        let mut hostile = record(0x0809, &[0; 16]);
        hostile.extend(cell(0, 0));
        hostile.extend(cell(65_535, 255));
        assert!(xls_cells(&hostile) > MAX_CELLS as u64);
    }

    #[test]
    fn encrypted_packages_are_recognised() {
        let mut cfb = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        cfb.extend(vec![0; 600]);
        assert!(!is_encrypted_package(&cfb));
        cfb.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
        assert!(is_encrypted_package(&cfb));
    }
}
