//! Fuzzes the SSH key decoder (src/serve/keys.rs): any bytes, split into
//! packets anyhow and with ticks between, never panic, give a bounded
//! number of keys, leave nothing waiting once the deadline passes, and
//! (without ticks) give the same keys however they are split.
#![no_main]

use std::time::Instant;

use careerfit::serve::keys::{Decoder, ESC_TIMEOUT};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the packet size (1 to 16 bytes); the rest is
    // what the client sent.
    let Some((&cut, bytes)) = data.split_first() else {
        return;
    };
    let t0 = Instant::now();
    let whole = Decoder::default().feed(bytes, t0);
    assert!(whole.len() <= 2 * bytes.len());

    let step = usize::from(cut % 16) + 1;
    let mut split = Decoder::default();
    let mut keys = Vec::new();
    for packet in bytes.chunks(step) {
        keys.extend(split.feed(packet, t0));
    }
    assert_eq!(keys, whole);

    // The same bytes with the deadline passing between packets.
    let mut ticked = Decoder::default();
    let mut count = 0;
    for (i, packet) in bytes.chunks(step).enumerate() {
        let now = t0 + ESC_TIMEOUT * i as u32;
        count += ticked.tick(now).len();
        count += ticked.feed(packet, now).len();
    }
    count += ticked
        .tick(t0 + ESC_TIMEOUT * (bytes.len() as u32 + 1))
        .len();
    assert!(count <= 2 * bytes.len() + 1);
    assert!(!ticked.pending());
});
