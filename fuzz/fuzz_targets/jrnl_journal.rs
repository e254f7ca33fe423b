//! Fuzz target: a jrnl journal, JSON export or text file.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    kintsugi::interchange::fuzzing::jrnl_journal(bytes);
});
