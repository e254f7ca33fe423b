//! Fuzz target: The journal loader: a plain journal file.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    kintsugi::storage::fuzzing::journal_file(bytes);
});
