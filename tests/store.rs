//! The store across versions and processes: a catalogue written by schema version 1 (kept under
//! `tests/fixtures/store-v1`, made with `etalase sample` by the code of that version) still opens
//! and reads back whole; a store from a newer Etalase is refused untouched.

mod common;

use etalase::domain::HalalStatus;
use etalase::storage::{Store, StoreError};
use std::path::Path;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn fixture_copy() -> tempfile::TempDir {
    fixture_of("store-v1")
}

fn fixture_of(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .join("store");
    copy_dir(&fixture, &dir.path().join("store"));
    dir
}

#[test]
fn a_version_1_store_opens_and_reads_back_whole() {
    let dir = fixture_copy();
    let store = Store::open(&dir.path().join("store")).unwrap();
    let products = store.products().unwrap();
    assert_eq!(products.len(), 15);
    let kopi = store.product_by_sku("BAL-KOP-01").unwrap().unwrap();
    assert_eq!(kopi.name.en, "Dampit Robusta Ground Coffee");
    assert_eq!(kopi.price, Some(45_000));
    assert_eq!(kopi.wholesale[0].min_qty, 24);
    assert_eq!(kopi.export.hs_code, "0901.21");
    assert_eq!(kopi.halal.status, HalalStatus::Certified);
    let honey = store.product_by_sku("NHM-MDU-01").unwrap().unwrap();
    assert_eq!(honey.halal.valid_until.unwrap().to_string(), "2022-06-30");
    assert_eq!(store.producers().unwrap().len(), 4);
    assert_eq!(store.categories().unwrap().len(), 8);
    assert_eq!(
        store.settings().unwrap().publisher_name,
        "Forum Kopontren OPOP Jawa Timur"
    );
    let report = store.check().unwrap();
    assert!(report.damage.is_empty(), "{:?}", report.damage);
    assert_eq!(store.products_of_producer(kopi.producer).unwrap().len(), 3);
}

/// `tests/fixtures/store-v2`: the example catalogue's records (no photos) imported from CSV by
/// the build of schema 2 (commit 5be700b), before producers had a legal identity and products a
/// trademark.
#[test]
fn a_version_2_store_is_upgraded_and_takes_the_new_fields() {
    use etalase::domain::{Trademark, TrademarkStatus};
    let dir = fixture_of("store-v2");
    let path = dir.path().join("store");
    let (kopi_id, producer_id) = {
        let store = Store::open(&path).unwrap();
        let products = store.products().unwrap();
        assert_eq!(products.len(), 15);
        let kopi = store.product_by_sku("BAL-KOP-01").unwrap().unwrap();
        assert_eq!(kopi.name.en, "Dampit Robusta Ground Coffee");
        assert_eq!(kopi.price, Some(45_000));
        assert_eq!(kopi.export.hs_code, "0901.21");
        assert_eq!(kopi.halal.status, HalalStatus::Certified);
        assert_eq!(kopi.trademark, Trademark::default(), "no trademark yet");
        assert_eq!(kopi.sni, "");
        let producers = store.producers().unwrap();
        assert_eq!(producers.len(), 4);
        let baitul = producers
            .iter()
            .find(|p| p.pesantren == "Pondok Pesantren Baitul A'la")
            .unwrap();
        assert_eq!(baitul.whatsapp, "6281234567890");
        assert_eq!(baitul.legal, Default::default());
        let report = store.check().unwrap();
        assert!(report.damage.is_empty(), "{:?}", report.damage);

        // The new fields are kept once written.
        let mut kopi = kopi;
        kopi.trademark = Trademark {
            status: TrademarkStatus::Registered,
            number: "IDM000874512".into(),
        };
        kopi.sni = "SNI 01-3542-2004".into();
        store.save_product(&kopi).unwrap();
        let mut baitul = baitul.clone();
        baitul.legal.nik_koperasi = "3507010020004521".into();
        baitul.legal.kemenag_registered = Some(true);
        baitul.legal.founded_year = Some(1987);
        store
            .apply(&etalase::storage::ChangeSet {
                producers: vec![baitul.clone()],
                ..Default::default()
            })
            .unwrap();
        (kopi.id, baitul.id)
    };
    let db = sled::open(&path).unwrap();
    assert_eq!(
        db.open_tree("meta")
            .unwrap()
            .get("schema_version")
            .unwrap()
            .unwrap()
            .as_ref(),
        3u32.to_be_bytes(),
        "an older Etalase now refuses the store instead of calling its records damaged"
    );
    assert_eq!(db.open_tree("v2.products").unwrap().len(), 0);
    drop(db);
    let store = Store::open(&path).unwrap();
    let kopi = store.product(kopi_id).unwrap().unwrap();
    assert_eq!(kopi.trademark.number, "IDM000874512");
    assert_eq!(kopi.sni, "SNI 01-3542-2004");
    let baitul = store
        .producers()
        .unwrap()
        .into_iter()
        .find(|p| p.id == producer_id)
        .unwrap();
    assert_eq!(baitul.legal.founded_year, Some(1987));
    assert_eq!(baitul.legal.kemenag_registered, Some(true));
    assert_eq!(baitul.kopontren, "Kopontren Rukun Amanah Barokah");
}

#[test]
fn a_store_from_a_newer_etalase_is_refused_and_left_as_it_was() {
    let dir = fixture_copy();
    let path = dir.path().join("store");
    {
        let db = sled::open(&path).unwrap();
        db.open_tree("meta")
            .unwrap()
            .insert("schema_version", &99u32.to_be_bytes())
            .unwrap();
        db.flush().unwrap();
    }
    let err = Store::open(&path).err().unwrap();
    assert!(
        matches!(err, StoreError::NewerSchema { found: 99, .. }),
        "{err:?}"
    );
    let run = common::en(dir.path(), &["list"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("newer version of Etalase (schema 99)"),
        "{}",
        run.stderr
    );
    let db = sled::open(&path).unwrap();
    assert_eq!(
        db.open_tree("v1.products").unwrap().len(),
        15,
        "nothing was touched"
    );
}

#[test]
fn a_saved_product_is_there_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let id = {
        let store = Store::open(&path).unwrap();
        let cat = store.categories().unwrap()[0].id;
        let producer = etalase::domain::Producer::new("PP Tebuireng");
        let mut p = etalase::domain::Product::new("X-1", cat, producer.id);
        p.name.id = "Keripik".into();
        store
            .apply(&etalase::storage::ChangeSet {
                producers: vec![producer],
                products: vec![p.clone()],
                ..Default::default()
            })
            .unwrap();
        p.id
        // Dropped without any further flush: `apply` already made it durable.
    };
    let store = Store::open(&path).unwrap();
    assert_eq!(store.product(id).unwrap().unwrap().name.id, "Keripik");
}

#[test]
fn check_finds_a_broken_index_exits_one_and_fix_repairs_it() {
    let dir = fixture_copy();
    {
        let db = sled::open(dir.path().join("store")).unwrap();
        let index = db.open_tree("v1.index.sku").unwrap();
        index
            .remove("bal-kop-01")
            .unwrap()
            .expect("the SKU was indexed");
        index.insert("ghost-1", &[7u8; 16]).unwrap();
        db.flush().unwrap();
    }
    let common::Run {
        code,
        stdout: out,
        stderr: err,
    } = common::en(dir.path(), &["check"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("The SKU index disagrees with the records in 2 entries."),
        "{out}"
    );
    assert!(err.contains("etalase check --fix"), "{err}");
    let common::Run {
        code, stdout: out, ..
    } = common::en(dir.path(), &["check", "--fix"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Repaired") && out.contains("The catalogue is sound: 15 products"),
        "{out}"
    );
    let store = Store::open(&dir.path().join("store")).unwrap();
    assert!(store.product_by_sku("BAL-KOP-01").unwrap().is_some());
    assert!(store.product_by_sku("ghost-1").unwrap().is_none());
}
