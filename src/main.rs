//! The `cairn` command: parses the command line and hands over to the library.

use clap::Parser;
use std::process::ExitCode;

// A build allocates and frees millions of small strings from two or more threads at once;
// glibc's allocator spent about a fifth of a build's time in malloc and free. Without
// transparent huge pages (`no_thp`): faulting in 2 MiB pages cost a build more kernel time
// zeroing them than it saved (sys 1.5 -> 0.7 s at 5,000 pages, and 7% less peak memory).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cairn::cli::run(cairn::cli::Cli::parse())
}
