//! The `cairn` command: parses the command line and hands over to the library.

use clap::Parser;
use std::process::ExitCode;

// A build allocates and frees millions of small strings from two or more threads at once;
// glibc's allocator spent about a fifth of a build's time in malloc and free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cairn::cli::run(cairn::cli::Cli::parse())
}
