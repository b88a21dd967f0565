//! Wall-clock time as UTC text, without a date library: "2026-11-25T14:10:03Z".

use std::time::{SystemTime, UNIX_EPOCH};

/// Now, as an RFC 3339 UTC timestamp to the second.
pub fn now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    timestamp(secs)
}

/// Seconds since 1970 as "YYYY-MM-DDTHH:MM:SSZ".
pub fn timestamp(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rest = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// "2026-11-25T14:10:03Z" as a person reads it: "2026-11-25 14:10 UTC".
pub fn readable(stamp: &str) -> String {
    match (stamp.get(..10), stamp.get(11..16)) {
        (Some(date), Some(time)) if stamp.len() >= 16 => format!("{date} {time} UTC"),
        _ => stamp.to_string(),
    }
}

/// A timestamp safe in a file name: "20261125T141003Z".
pub fn compact(stamp: &str) -> String {
    stamp
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect()
}

/// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        assert_eq!(timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(timestamp(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(timestamp(1_795_615_803), "2026-11-25T14:10:03Z");
        assert_eq!(readable("2026-11-25T14:10:03Z"), "2026-11-25 14:10 UTC");
        assert_eq!(compact("2026-11-25T14:10:03Z"), "20261125T141003Z");
    }
}
