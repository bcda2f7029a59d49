//! The `etalase` binary: the command line, and (in a later version) the desktop window.

fn main() {
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
