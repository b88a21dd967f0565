//! A stable digest of some bytes: the same bytes give the same 32 hex
//! digits in every careerfit build, on every machine (unlike std's hasher,
//! which is keyed at random). Used where a hash is written to disk and
//! compared later: a quiz's identity, a spreadsheet's bytes.

/// 128-bit FNV-1a over the parts, with a separator after each part so
/// `["ab", "c"]` and `["a", "bc"]` differ; 32 hex digits.
pub fn digest(parts: &[&[u8]]) -> String {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;
    let mut h = OFFSET;
    for part in parts {
        for b in *part {
            h ^= u128::from(*b);
            h = h.wrapping_mul(PRIME);
        }
        h ^= 0xff;
        h = h.wrapping_mul(PRIME);
    }
    format!("{h:032x}")
}

#[cfg(test)]
mod tests {
    use super::digest;

    #[test]
    fn digests_are_stable_and_parts_are_kept_apart() {
        // Written to disk: these digits must never change.
        assert_eq!(digest(&[b""]), digest(&[b""]));
        assert_eq!(digest(&[b"ab", b"c"]), digest(&[b"ab", b"c"]));
        assert_ne!(digest(&[b"ab", b"c"]), digest(&[b"a", b"bc"]));
        assert_eq!(digest(&[]), "6c62272e07bb014262b821756295c58d");
    }
}
