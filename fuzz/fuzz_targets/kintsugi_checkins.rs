//! Fuzz target: Kintsugi's own `checkins.csv`.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    kintsugi::interchange::fuzzing::kintsugi_check_ins(bytes);
});
