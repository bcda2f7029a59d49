//! Turns the bytes of a spreadsheet's CSV into rows of cells with their line numbers: UTF-8 with or
//! without a byte-order mark (Windows-1252 accepted with a warning), `,` or `;` detected from the
//! header line, RFC 4180 quoting with cells that span lines. Knows nothing about products.

/// A row of cells and the physical line (1-based) where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRow {
    pub line: usize,
    pub cells: Vec<String>,
}

/// How the file's bytes were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// Not valid UTF-8: read as Windows-1252, what Excel's plain "CSV" writes on Windows.
    Windows1252,
}

/// Why a file could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is UTF-16 text, not CSV")]
    Utf16,
    #[error("a quoted cell starting on line {line} is never closed")]
    UnclosedQuote { line: usize },
}

/// The rows of a CSV file, header first.
#[derive(Debug)]
pub struct RawTable {
    pub encoding: Encoding,
    pub delimiter: u8,
    pub rows: Vec<RawRow>,
}

/// Decodes the bytes to text.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), ReadError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(ReadError::Utf16);
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), Encoding::Utf8)),
        Err(_) => Ok((
            bytes.iter().map(|b| windows_1252(*b)).collect(),
            Encoding::Windows1252,
        )),
    }
}

/// Reads a whole CSV file.
pub fn read_table(bytes: &[u8]) -> Result<RawTable, ReadError> {
    let (text, encoding) = decode(bytes)?;
    // One kind of line break from here on, so line numbers count as an editor shows them.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    let delimiter = detect_delimiter(&text);
    let rows = split_rows(&text, delimiter)?;
    Ok(RawTable {
        encoding,
        delimiter,
        rows,
    })
}

/// `;` when the header line has more semicolons than commas (Excel in an Indonesian locale), else `,`.
pub fn detect_delimiter(text: &str) -> u8 {
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |d: char| {
        let mut quoted = false;
        header
            .chars()
            .filter(|c| {
                if *c == '"' {
                    quoted = !quoted;
                }
                !quoted && *c == d
            })
            .count()
    };
    if count(';') > count(',') { b';' } else { b',' }
}

fn split_rows(text: &str, delimiter: u8) -> Result<Vec<RawRow>, ReadError> {
    let delim = char::from(delimiter);
    let mut rows = Vec::new();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut line = 1;
    let mut row_start = 1;
    let mut chars = text.chars().peekable();
    let mut at_cell_start = true;
    let mut in_quotes = false;
    let mut quote_line = 0;
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    cell.push('\n');
                }
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if at_cell_start => {
                in_quotes = true;
                quote_line = row_start;
                at_cell_start = false;
            }
            c if c == delim => {
                cells.push(std::mem::take(&mut cell));
                at_cell_start = true;
            }
            '\n' => {
                cells.push(std::mem::take(&mut cell));
                rows.push(RawRow {
                    line: row_start,
                    cells: std::mem::take(&mut cells),
                });
                line += 1;
                row_start = line;
                at_cell_start = true;
            }
            _ => {
                cell.push(c);
                at_cell_start = false;
            }
        }
    }
    if in_quotes {
        return Err(ReadError::UnclosedQuote { line: quote_line });
    }
    if !cell.is_empty() || !cells.is_empty() {
        cells.push(cell);
        rows.push(RawRow {
            line: row_start,
            cells,
        });
    }
    // Blank lines and rows of empty cells (`;;;;`, which spreadsheets leave at the end) are no rows.
    rows.retain(|r| r.cells.iter().any(|c| !c.trim().is_empty()));
    Ok(rows)
}

fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(t: &RawTable) -> Vec<Vec<&str>> {
        t.rows
            .iter()
            .map(|r| r.cells.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn excel_indonesian_semicolons_with_bom() {
        let t =
            read_table("\u{feff}sku;name_id;price\r\nA-1;Kopi;Rp 25.000\r\n".as_bytes()).unwrap();
        assert_eq!(t.delimiter, b';');
        assert_eq!(
            cells(&t),
            vec![
                vec!["sku", "name_id", "price"],
                vec!["A-1", "Kopi", "Rp 25.000"]
            ]
        );
    }

    #[test]
    fn libreoffice_commas_and_quoted_cells() {
        let t = read_table(b"sku,name_id,price\nA-1,\"Kopi, bubuk \"\"asli\"\"\",\"25,000\"\n")
            .unwrap();
        assert_eq!(t.delimiter, b',');
        assert_eq!(cells(&t)[1], vec!["A-1", "Kopi, bubuk \"asli\"", "25,000"]);
    }

    #[test]
    fn multi_line_cells_keep_the_starting_line_number() {
        let text = "sku;description_id\r\nA-1;\"baris satu\r\nbaris dua\"\r\nA-2;x\r\n\r\nA-3;y";
        let t = read_table(text.as_bytes()).unwrap();
        assert_eq!(
            t.rows.iter().map(|r| r.line).collect::<Vec<_>>(),
            vec![1, 2, 4, 6]
        );
        assert_eq!(t.rows[1].cells[1], "baris satu\nbaris dua");
        let mac = read_table(b"sku\rA\rB").unwrap();
        assert_eq!(
            mac.rows.iter().map(|r| r.line).collect::<Vec<_>>(),
            vec![1, 2, 3]
        );
    }

    #[test]
    fn trailing_empty_rows_are_dropped_and_quotes_must_close() {
        let t = read_table(b"sku;name\nA;b\n;\n;;\n").unwrap();
        assert_eq!(t.rows.len(), 2);
        assert_eq!(
            read_table(b"sku,name\nA,\"open\nB,c\n").unwrap_err(),
            ReadError::UnclosedQuote { line: 2 }
        );
        assert_eq!(read_table(b" \n").unwrap_err(), ReadError::Empty);
        assert_eq!(
            read_table(&[0xFF, 0xFE, b's', 0]).unwrap_err(),
            ReadError::Utf16
        );
    }

    #[test]
    fn windows_1252_is_read_with_a_note() {
        let t = read_table(b"sku;name_id\nA;Caf\xe9 \x93enak\x94\n").unwrap();
        assert_eq!(t.encoding, Encoding::Windows1252);
        assert_eq!(t.rows[1].cells[1], "Café “enak”");
    }
}
