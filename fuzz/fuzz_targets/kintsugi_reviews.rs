//! Fuzz target: Kintsugi's own `reviews.csv`.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    kintsugi::interchange::fuzzing::kintsugi_reviews(bytes);
});
