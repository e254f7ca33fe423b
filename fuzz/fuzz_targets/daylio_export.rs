//! Fuzz target: Daylio's CSV export.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    kintsugi::interchange::fuzzing::daylio_export(bytes);
});
