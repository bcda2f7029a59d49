//! The `etalase` binary: the desktop window (no subcommand) and the command line.
//!
//! On Windows the binary is a window program (no console of its own opens behind the window);
//! a subcommand started from a terminal writes to that terminal's console.

#![cfg_attr(windows, windows_subsystem = "windows")]

fn main() {
    #[cfg(windows)]
    console::attach_for_subcommands();
    etalase::app::window::mark_process_start();
    let code = {
        let mut stdout = std::io::stdout().lock();
        let mut stderr = std::io::stderr().lock();
        let mut output = etalase::cli::Output {
            out: &mut stdout,
            err: &mut stderr,
        };
        let code = etalase::cli::run(
            std::env::args_os().collect(),
            &mut output,
            etalase::app::window::run,
        );
        let _ = std::io::Write::flush(&mut stdout);
        code
    };
    std::process::exit(code);
}

/// Windows: a window program has no console; a subcommand (or `--help`) typed in a terminal
/// attaches to the terminal's console so its lines appear there, in UTF-8. Output already sent
/// somewhere (a pipe, a file) is left as it is.
#[cfg(windows)]
mod console {
    use std::ffi::c_void;

    const ATTACH_PARENT_PROCESS: u32 = u32::MAX;
    const STD_OUTPUT_HANDLE: u32 = -11i32 as u32;
    const UTF8: u32 = 65001;

    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn AttachConsole(process: u32) -> i32;
        fn GetStdHandle(which: u32) -> *mut c_void;
        fn SetConsoleOutputCP(page: u32) -> i32;
    }

    pub fn attach_for_subcommands() {
        // Only `--showcase` and `--data-dir DIR` (or nothing) open the window.
        let mut args = std::env::args().skip(1);
        let mut window_only = true;
        while let Some(a) = args.next() {
            match a.as_str() {
                "--showcase" => {}
                "--data-dir" => {
                    args.next();
                }
                _ if a.starts_with("--data-dir=") => {}
                _ => window_only = false,
            }
        }
        if window_only {
            return;
        }
        // SAFETY: plain Win32 calls with constant arguments; a null handle means "none".
        unsafe {
            if GetStdHandle(STD_OUTPUT_HANDLE).is_null()
                && AttachConsole(ATTACH_PARENT_PROCESS) != 0
            {
                SetConsoleOutputCP(UTF8);
            }
        }
    }
}
