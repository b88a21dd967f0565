//! Time, the one place it is read and written: a [`Stamp`] (a moment in
//! UTC, to the second, from the `time` crate) and every form careerfit
//! shows or stores it in.
//!
//! Files hold the RFC 3339 UTC form, "2026-11-25T14:10:03Z", unchanged
//! from before; a person reads "2026-11-25 14:10 UTC"; a file name carries
//! "20261125T141003Z". Text from a file that is not a timestamp is shown
//! as written (made safe by the caller), never cut by byte offset.

use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};

use crate::lang::Words;

/// A moment in UTC, to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Stamp(OffsetDateTime);

impl Stamp {
    /// Now.
    pub fn now() -> Stamp {
        Stamp::at(OffsetDateTime::now_utc())
    }

    /// Seconds since 1970 (the latest moment the calendar holds, the end
    /// of year 9999, for anything past it).
    pub fn from_unix(secs: u64) -> Stamp {
        let moment = i64::try_from(secs)
            .ok()
            .and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok())
            .unwrap_or_else(|| {
                time::PrimitiveDateTime::MAX
                    .assume_utc()
                    .replace_nanosecond(0)
                    .unwrap_or(OffsetDateTime::UNIX_EPOCH)
            });
        Stamp::at(moment)
    }

    /// An RFC 3339 timestamp ("2026-11-25T14:10:03Z", or with an offset
    /// such as "+02:00", which is turned into UTC); `None` for anything
    /// else.
    pub fn parse(text: &str) -> Option<Stamp> {
        OffsetDateTime::parse(text.trim(), &Rfc3339)
            .ok()
            .map(Stamp::at)
    }

    fn at(moment: OffsetDateTime) -> Stamp {
        let utc = moment.to_offset(UtcOffset::UTC);
        Stamp(utc.replace_nanosecond(0).unwrap_or(utc))
    }

    /// The stored form: "2026-11-25T14:10:03Z".
    pub fn stored(&self) -> String {
        format!("{}T{}Z", self.date(), self.time_of_day())
    }

    /// As a person reads it: "2026-11-25 14:10 UTC".
    pub fn readable(&self) -> String {
        format!("{} UTC", self.minute())
    }

    /// As a person reads it in a language: "2026-11-25 14:10 UTC" in
    /// English, "25 de noviembre de 2026, 14:10 UTC" in Spanish (the
    /// month's name from the catalogue).
    pub fn readable_in(&self, words: &Words) -> String {
        let t = self.0;
        let month = words.args(
            "files-month",
            &[("n", i64::from(u8::from(t.month())).into())],
        );
        let date = words.args(
            "files-date",
            &[
                ("iso", self.date().into()),
                ("day", t.day().to_string().into()),
                ("month", month.into()),
                ("year", t.year().to_string().into()),
            ],
        );
        let time = format!("{:02}:{:02}", t.hour(), t.minute());
        words.args(
            "files-when",
            &[("date", date.into()), ("time", time.into())],
        )
    }

    /// Date and time to the minute, for a table whose heading says UTC:
    /// "2026-11-25 14:10".
    pub fn minute(&self) -> String {
        let t = self.0;
        format!("{} {:02}:{:02}", self.date(), t.hour(), t.minute())
    }

    /// Safe in a file name: "20261125T141003Z".
    pub fn compact(&self) -> String {
        let t = self.0;
        format!(
            "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        )
    }

    /// The date alone: "2026-11-25".
    pub fn date(&self) -> String {
        let t = self.0;
        format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day())
    }

    /// The time of day alone: "14:10:03".
    pub fn time_of_day(&self) -> String {
        let t = self.0;
        format!("{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second())
    }
}

/// Now, in the stored form: "2026-11-25T14:10:03Z".
pub fn now() -> String {
    Stamp::now().stored()
}

/// Today's date: "2026-11-25".
pub fn today() -> String {
    Stamp::now().date()
}

/// Seconds since 1970 in the stored form: "2026-11-25T14:10:03Z".
pub fn timestamp(secs: u64) -> String {
    Stamp::from_unix(secs).stored()
}

/// A stored timestamp as a person reads it: "2026-11-25 14:10 UTC"; text
/// that is not a timestamp is returned as it is.
pub fn readable(stamp: &str) -> String {
    Stamp::parse(stamp).map_or_else(|| stamp.to_string(), |s| s.readable())
}

/// A stored timestamp as a person reads it in `words`' language (see
/// [`Stamp::readable_in`]); text that is not a timestamp is returned as it
/// is. The one place a saved result's or progress's date is worded.
pub fn readable_in(words: &Words, stamp: &str) -> String {
    Stamp::parse(stamp).map_or_else(|| stamp.to_string(), |s| s.readable_in(words))
}

/// A stored timestamp safe in a file name: "20261125T141003Z"; for text
/// that is not a timestamp, its letters and digits.
pub fn compact(stamp: &str) -> String {
    Stamp::parse(stamp).map_or_else(
        || stamp.chars().filter(char::is_ascii_alphanumeric).collect(),
        |s| s.compact(),
    )
}

/// A stored timestamp to the minute ("2026-11-25 14:10"), or `None` when
/// the text is not a timestamp.
pub fn minute(stamp: &str) -> Option<String> {
    Stamp::parse(stamp).map(|s| s.minute())
}

/// A stored timestamp's time of day ("14:10:03"), or `None` when the text
/// is not a timestamp.
pub fn time_of_day(stamp: &str) -> Option<String> {
    Stamp::parse(stamp).map(|s| s.time_of_day())
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
        assert_eq!(timestamp(u64::MAX), "9999-12-31T23:59:59Z");
    }

    #[test]
    fn every_form_of_one_moment() {
        let s = Stamp::parse("2026-11-25T14:10:03Z").unwrap();
        assert_eq!(s.stored(), "2026-11-25T14:10:03Z");
        assert_eq!(s.readable(), "2026-11-25 14:10 UTC");
        assert_eq!(s.minute(), "2026-11-25 14:10");
        assert_eq!(s.compact(), "20261125T141003Z");
        assert_eq!(s.date(), "2026-11-25");
        assert_eq!(s.time_of_day(), "14:10:03");
        assert_eq!(s, Stamp::from_unix(1_795_615_803));
    }

    #[test]
    fn offsets_become_utc_and_other_text_is_kept() {
        assert_eq!(
            readable("2026-11-25T16:10:03.5+02:00"),
            "2026-11-25 14:10 UTC"
        );
        assert_eq!(readable("yesterday"), "yesterday");
        assert_eq!(readable("2026-11-25"), "2026-11-25");
        assert_eq!(minute("not a time"), None);
        assert_eq!(time_of_day("2026-11-25T14:10:03Z").unwrap(), "14:10:03");
        assert_eq!(compact("a-b c"), "abc");
    }

    #[test]
    fn dates_in_a_language() {
        let es = Words::new(crate::lang::Lang::find("es").unwrap());
        assert_eq!(
            readable_in(&es, "2026-12-02T14:10:03Z"),
            "2 de diciembre de 2026, 14:10 UTC"
        );
        assert_eq!(
            readable_in(&es, "2027-01-31T09:05:00Z"),
            "31 de enero de 2027, 09:05 UTC"
        );
        assert_eq!(
            readable_in(&Words::english(), "2026-12-02T14:10:03Z"),
            "2026-12-02 14:10 UTC"
        );
        assert_eq!(readable_in(&es, "yesterday"), "yesterday");
    }

    #[test]
    fn now_is_in_the_stored_form() {
        let now = now();
        assert_eq!(now.len(), 20, "{now}");
        assert_eq!(Stamp::parse(&now).unwrap().stored(), now);
        assert_eq!(today().len(), 10);
    }
}
