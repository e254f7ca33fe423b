//! Fuzz target: one RedNotebook month file.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    kintsugi::interchange::fuzzing::rednotebook_month(bytes);
});
