//! Build script: on Windows targets, puts the app icon and the version information into the exe
//! (what Explorer, the taskbar and the installer show), with `winresource` and mingw's windres.

fn main() {
    println!("cargo:rerun-if-changed=assets/etalase.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut res = winresource::WindowsResource::new();
    res.set_icon("assets/etalase.ico")
        .set("ProductName", "Etalase")
        .set(
            "FileDescription",
            "Etalase: katalog produk halal pesantren dan Kopontren",
        )
        .set("CompanyName", "Etalase")
        .set("LegalCopyright", "Etalase contributors")
        .set("OriginalFilename", "etalase.exe");
    if let Err(e) = res.compile() {
        panic!("the Windows resources (icon, version) could not be built: {e}");
    }
}
