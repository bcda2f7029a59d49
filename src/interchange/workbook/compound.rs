//! Just enough of the OLE compound file format (the container of .xls files) to find a workbook's
//! stream, so that its cells can be counted before the reading library lays them out
//! (`super::limits`): the header, the sector allocation table, the directory, the short-stream
//! table. Every chain is bounded, so a looped or truncated file ends the reading instead of
//! spinning.

/// Chain markers: free, end of chain, and the allocation table's own sectors.
const FREE_OR_END: u32 = 0xFFFF_FFFA;

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

/// Sector `n` of the file (sector 0 starts after the header, which is one sector long).
fn sector(bytes: &[u8], size: usize, n: u32) -> Option<&[u8]> {
    let start = (n as usize).checked_add(1)?.checked_mul(size)?;
    bytes.get(start..start.checked_add(size)?)
}

/// The pieces of a chain, concatenated, cut to `size` when given. A chain longer than its
/// table (a loop) or pointing outside the file is no stream.
fn follow<'b>(
    first: u32,
    table: &[u32],
    piece: impl Fn(u32) -> Option<&'b [u8]>,
    size: Option<usize>,
) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut n = first;
    let mut steps = 0;
    while n < FREE_OR_END {
        out.extend_from_slice(piece(n)?);
        if size.is_some_and(|s| out.len() >= s) {
            break;
        }
        n = *table.get(n as usize)?;
        steps += 1;
        if steps > table.len() {
            return None;
        }
    }
    if let Some(s) = size {
        out.truncate(s);
    }
    Some(out)
}

/// The `Workbook` (BIFF8) or `Book` (BIFF5) stream of an .xls file.
pub fn workbook_stream(bytes: &[u8]) -> Option<Vec<u8>> {
    let shift = u16_at(bytes, 30)?;
    let mini_shift = u16_at(bytes, 32)?;
    if !(7..=16).contains(&shift) || mini_shift > shift {
        return None;
    }
    let size = 1usize << shift;
    let get = |n: u32| sector(bytes, size, n);
    // The allocation table's own sectors: 109 named in the header, the rest in a chain of
    // further sectors, each ending with the next one's number.
    let mut fat_sectors: Vec<u32> = (0..109).filter_map(|i| u32_at(bytes, 76 + 4 * i)).collect();
    let per = size / 4 - 1;
    let mut next = u32_at(bytes, 68)?;
    let mut steps = 0;
    while next < FREE_OR_END {
        let s = get(next)?;
        fat_sectors.extend((0..per).filter_map(|i| u32_at(s, 4 * i)));
        next = u32_at(s, 4 * per)?;
        steps += 1;
        if steps > bytes.len() / size {
            return None;
        }
    }
    let mut fat = Vec::new();
    for n in fat_sectors.into_iter().filter(|n| *n < FREE_OR_END) {
        let s = get(n)?;
        fat.extend((0..size / 4).filter_map(|i| u32_at(s, 4 * i)));
    }
    let directory = follow(u32_at(bytes, 48)?, &fat, get, None)?;
    let cutoff = u32_at(bytes, 56)? as usize;
    let (mut root, mut book) = (None, None);
    for entry in directory.chunks_exact(128) {
        let len = usize::from(u16_at(entry, 64)?).min(64);
        let units: Vec<u16> = entry[..len.saturating_sub(2)]
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        let name = String::from_utf16_lossy(&units);
        let place = (u32_at(entry, 116)?, u32_at(entry, 120)? as usize);
        match entry[66] {
            5 => root = Some(place),
            2 if name.eq_ignore_ascii_case("Workbook") || name.eq_ignore_ascii_case("Book") => {
                book = book.or(Some(place))
            }
            _ => {}
        }
    }
    let (start, length) = book?;
    if length >= cutoff {
        return follow(start, &fat, get, Some(length));
    }
    // A small stream lives in the short-stream container (the root entry's stream), in
    // 64-byte pieces allocated by the short-sector table.
    let (root_start, root_length) = root?;
    let container = follow(root_start, &fat, get, Some(root_length))?;
    let table: Vec<u32> = follow(u32_at(bytes, 60)?, &fat, get, None)?
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let mini = 1usize << mini_shift;
    let piece = |n: u32| {
        let at = (n as usize).checked_mul(mini)?;
        container.get(at..at.checked_add(mini)?)
    };
    follow(start, &table, piece, Some(length))
}
