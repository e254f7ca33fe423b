//! Fuzz target: The encrypted container: preamble, wrapped key, body and the journal inside.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    kintsugi::storage::fuzzing::encrypted_journal(bytes);
});
