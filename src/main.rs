//! The `cairn` command: parses the command line and hands over to the library.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    cairn::cli::run(cairn::cli::Cli::parse())
}
