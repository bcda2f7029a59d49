//! Passphrase-protected backups: the backup ZIP wrapped, whole, in a standard age v1 file
//! encrypted to a passphrase (scrypt), with the `age` crate. The booth laptop's backups hold
//! visitors' phone numbers; a protected one can travel on a USB stick. Anyone with the passphrase
//! can also open it with the `age` or `rage` tools (`age -d`), so the format outlives this app.
//!
//! Opening decrypts into a temporary file beside the data (removed when dropped); a wrong
//! passphrase is found from the file's header, before anything is written.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

pub use age::secrecy::SecretString as Passphrase;

/// The first bytes of every age v1 file.
const MAGIC: &[u8] = b"age-encryption.org/v1\n";
/// scrypt's work factor for new files: 2^18 rounds, about 256 MB and a second, as `age` uses.
const WORK_FACTOR: u8 = 18;
/// Shortest passphrase accepted for a new protected backup.
pub const MIN_CHARS: usize = 8;

/// Why a protected file could not be made or opened.
#[derive(Debug, thiserror::Error)]
pub enum ProtectError {
    #[error("cannot read or write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the backup is protected by a passphrase")]
    NeedsPassphrase,
    #[error("wrong passphrase")]
    WrongPassphrase,
    #[error("the protected backup is damaged: {0}")]
    Damaged(String),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ProtectError + '_ {
    move |source| ProtectError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Whether the file at `path` is protected (an age file), read from its first bytes.
pub fn is_protected(path: &Path) -> Result<bool, ProtectError> {
    let mut head = [0u8; MAGIC.len()];
    let mut file = std::fs::File::open(path).map_err(io(path))?;
    let mut read = 0;
    while read < head.len() {
        match file.read(&mut head[read..]).map_err(io(path))? {
            0 => break,
            n => read += n,
        }
    }
    Ok(read == head.len() && head == MAGIC)
}

/// Encrypts the file `plain` into `out` with `passphrase` (atomically: a whole file or none).
pub fn seal(plain: &Path, out: &Path, passphrase: &Passphrase) -> Result<(), ProtectError> {
    let tmp = partial(out);
    let result = (|| {
        let mut input = std::fs::File::open(plain).map_err(io(plain))?;
        let file = std::fs::File::create(&tmp).map_err(io(&tmp))?;
        let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
        recipient.set_work_factor(WORK_FACTOR);
        let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as _))
            .map_err(|e| ProtectError::Damaged(e.to_string()))?;
        let mut writer = encryptor
            .wrap_output(std::io::BufWriter::with_capacity(1 << 20, file))
            .map_err(io(&tmp))?;
        std::io::copy(&mut input, &mut writer).map_err(io(&tmp))?;
        let file = writer
            .finish()
            .map_err(io(&tmp))?
            .into_inner()
            .map_err(|e| io(&tmp)(e.into_error()))?;
        file.sync_all().map_err(io(&tmp))
    })();
    match result {
        Ok(()) => std::fs::rename(&tmp, out).map_err(io(out)),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

fn partial(out: &Path) -> PathBuf {
    let mut name = out.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    out.with_file_name(name)
}

/// A backup ready to be read as a plain ZIP: the file itself, or its decrypted copy (a temporary
/// file, removed when this is dropped).
#[derive(Debug)]
pub struct Opened {
    path: PathBuf,
    temporary: bool,
}

impl Opened {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the backup was protected.
    pub fn was_protected(&self) -> bool {
        self.temporary
    }
}

impl Drop for Opened {
    fn drop(&mut self) {
        if self.temporary {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Opens `archive` for reading: a plain backup as it is; a protected one decrypted with
/// `passphrase` into a temporary file in `scratch` (the data folder: the same disk, and as private
/// as the catalogue itself). Refuses without a passphrase or with a wrong one, writing nothing.
pub fn open(
    archive: &Path,
    passphrase: Option<&Passphrase>,
    scratch: &Path,
) -> Result<Opened, ProtectError> {
    if !is_protected(archive)? {
        return Ok(Opened {
            path: archive.to_path_buf(),
            temporary: false,
        });
    }
    let passphrase = passphrase.ok_or(ProtectError::NeedsPassphrase)?;
    let file = std::fs::File::open(archive).map_err(io(archive))?;
    let decryptor = age::Decryptor::new_buffered(std::io::BufReader::new(file))
        .map_err(|e| ProtectError::Damaged(e.to_string()))?;
    if !decryptor.is_scrypt() {
        return Err(ProtectError::Damaged(
            "not protected by a passphrase".into(),
        ));
    }
    let identity = age::scrypt::Identity::new(passphrase.clone());
    let mut reader = match decryptor.decrypt(std::iter::once(&identity as _)) {
        Ok(reader) => reader,
        Err(age::DecryptError::DecryptionFailed | age::DecryptError::KeyDecryptionFailed) => {
            return Err(ProtectError::WrongPassphrase);
        }
        Err(e) => return Err(ProtectError::Damaged(e.to_string())),
    };
    std::fs::create_dir_all(scratch).map_err(io(scratch))?;
    let opened = Opened {
        path: scratch.join(format!(
            "opening-{}-{}.zip.partial",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0)
        )),
        temporary: true,
    };
    let mut out = std::fs::File::create(&opened.path).map_err(io(&opened.path))?;
    let mut buffer = vec![0u8; 1 << 20];
    loop {
        let n = match reader.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            // The payload is authenticated chunk by chunk: a changed byte fails here.
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                return Err(ProtectError::Damaged(e.to_string()));
            }
            Err(e) => return Err(io(archive)(e)),
        };
        out.write_all(&buffer[..n]).map_err(io(&opened.path))?;
    }
    out.flush().map_err(io(&opened.path))?;
    Ok(opened)
}

/// Why a new passphrase is refused, if it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseProblem {
    TooShort,
    Mismatch,
}

/// Checks a new passphrase typed twice.
pub fn check_new(first: &str, second: &str) -> Result<(), PassphraseProblem> {
    if first.chars().count() < MIN_CHARS {
        Err(PassphraseProblem::TooShort)
    } else if first != second {
        Err(PassphraseProblem::Mismatch)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pass(text: &str) -> Passphrase {
        Passphrase::from(text.to_string())
    }

    #[test]
    fn a_sealed_file_opens_with_its_passphrase_only() {
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("plain.zip");
        let bytes: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&plain, &bytes).unwrap();
        let sealed = dir.path().join("sealed.age");
        seal(&plain, &sealed, &pass("kopontren sejahtera")).unwrap();
        assert!(is_protected(&sealed).unwrap());
        assert!(!is_protected(&plain).unwrap());
        let scratch = dir.path().join("scratch");
        assert!(matches!(
            open(&sealed, None, &scratch),
            Err(ProtectError::NeedsPassphrase)
        ));
        assert!(matches!(
            open(&sealed, Some(&pass("kopontren sejahterA")), &scratch),
            Err(ProtectError::WrongPassphrase)
        ));
        assert!(!scratch.exists(), "nothing written for a wrong passphrase");
        let opened = open(&sealed, Some(&pass("kopontren sejahtera")), &scratch).unwrap();
        assert!(opened.was_protected());
        assert_eq!(std::fs::read(opened.path()).unwrap(), bytes);
        let path = opened.path().to_path_buf();
        drop(opened);
        assert!(!path.exists(), "the decrypted copy is removed");
        // A plain file is read as it is.
        let opened = open(&plain, None, &scratch).unwrap();
        assert_eq!(opened.path(), plain);
        drop(opened);
        assert!(plain.exists());
    }

    #[test]
    fn a_changed_byte_is_named_damage_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("plain.zip");
        std::fs::write(&plain, vec![7u8; 200_000]).unwrap();
        let sealed = dir.path().join("sealed.age");
        seal(&plain, &sealed, &pass("rahasia-koperasi")).unwrap();
        let mut bytes = std::fs::read(&sealed).unwrap();
        let last = bytes.len() - 10;
        bytes[last] ^= 1;
        std::fs::write(&sealed, &bytes).unwrap();
        let scratch = dir.path().join("scratch");
        assert!(matches!(
            open(&sealed, Some(&pass("rahasia-koperasi")), &scratch),
            Err(ProtectError::Damaged(_))
        ));
        let left: Vec<_> = std::fs::read_dir(&scratch).unwrap().collect();
        assert!(left.is_empty(), "the partial copy is removed");
    }

    #[test]
    fn a_new_passphrase_is_long_enough_and_typed_twice_alike() {
        assert_eq!(
            check_new("pendek", "pendek"),
            Err(PassphraseProblem::TooShort)
        );
        assert_eq!(
            check_new("cukup panjang", "cukup panjanq"),
            Err(PassphraseProblem::Mismatch)
        );
        assert_eq!(check_new("cukup panjang", "cukup panjang"), Ok(()));
    }
}
