//! The `etalase` binary: the desktop window (no subcommand) and the command line.

fn main() {
    etalase::app::window::mark_process_start();
    let code = {
        let mut stdout = std::io::stdout().lock();
        let mut stderr = std::io::stderr().lock();
        let mut output = etalase::cli::Output {
            out: &mut stdout,
            err: &mut stderr,
        };
        let code = etalase::cli::run(std::env::args_os().collect(), &mut output);
        let _ = std::io::Write::flush(&mut stdout);
        code
    };
    std::process::exit(code);
}
