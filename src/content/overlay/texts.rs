//! The one rule for a text in an overlay: given and not empty, it replaces
//! the base text; empty, or for something the base file does not have, it
//! is an error; left out, the base text stays and `check` warns. Keys that
//! only the base file may hold (weights, pay, web addresses...) are errors.

use std::ops::Range;

use toml::Spanned;

use super::super::problem::{Locator, Problem};
use super::{Findings, OverlayFile};
use crate::lang::Said;

/// A text as an overlay file gives it.
pub(super) type Text = Option<Spanned<String>>;
/// A list of texts as an overlay file gives it, in the base file's order.
pub(super) type Texts = Option<Spanned<Vec<Spanned<String>>>>;
/// A key an overlay may not hold; read only to say so at its line.
pub(super) type BaseOnly = Option<Spanned<toml::Value>>;

/// Where one thing (a question, an option, a role's duties) is written in
/// the base file: the strings to find, one after the other (`id =
/// "office-move"`, then `id = "pack-and-reconnect"` after it).
pub(super) type Needles<'n> = &'n [&'n str];

/// Lays one overlay file over its base, collecting what it finds.
pub(super) struct Lay<'a> {
    pub(super) at: Locator<'a>,
    lang: &'a str,
    base_name: &'a str,
    base: &'a str,
    pub(super) findings: Findings,
}

impl<'a> Lay<'a> {
    pub(super) fn new(file: &'a OverlayFile, base_name: &'a str, base: &'a str) -> Lay<'a> {
        Lay {
            at: Locator::new(&file.name, &file.text),
            lang: &file.lang,
            base_name,
            base,
            findings: Findings::default(),
        }
    }

    /// Reads the overlay's TOML as `T`, its problems (syntax, unknown keys)
    /// kept as errors; `None` when it cannot be read at all.
    pub(super) fn read<T: serde::de::DeserializeOwned>(&mut self) -> Option<T> {
        match super::super::toml_file::read::<T>(&self.at) {
            Ok((raw, problems)) => {
                self.errors(problems);
                Some(raw)
            }
            Err(problems) => {
                self.errors(problems);
                None
            }
        }
    }

    /// The overlay's problems while reading it (syntax, unknown keys) as errors.
    pub(super) fn errors(&mut self, mut problems: Vec<Problem>) {
        self.findings.errors.append(&mut problems);
    }

    /// An error at `span` of the overlay.
    pub(super) fn error(&mut self, span: Range<usize>, message: Said) {
        self.findings.errors.push(self.at.at(span, message));
    }

    /// A key only the base file may hold: an error at its line. `what`
    /// says what the key holds ("a web address").
    pub(super) fn base_only(&mut self, given: BaseOnly, key: &str, what: Said) {
        if let Some(given) = given {
            let message = Said::new("content-overlay-base-only")
                .text("key", key)
                .said("what", what)
                .text("base", self.base_name);
            self.error(given.span(), message);
        }
    }

    /// `base` is a text the base file has (a title, a question's text):
    /// the overlay's text replaces it, or a warning says it is missing.
    /// `owner` is where the thing it belongs to is written in the overlay,
    /// if it is; `add` says what to write, e.g. `text = "..."` under
    /// `[question.office-move]`.
    pub(super) fn text(
        &mut self,
        base: &mut String,
        given: Text,
        owner: Option<Range<usize>>,
        what: Said,
        add: Said,
        needles: Needles<'_>,
    ) {
        match given {
            Some(given) => {
                if let Some(text) = self.not_empty(given, &what) {
                    *base = text;
                }
            }
            None => self.missing(owner, what, add, needles),
        }
    }

    /// Like [`Lay::text`] for a text the base file may leave out (a hint,
    /// an intro): a translation of a text the base does not have is an error.
    pub(super) fn optional(
        &mut self,
        base: &mut Option<String>,
        given: Text,
        owner: Option<Range<usize>>,
        what: Said,
        add: Said,
        needles: Needles<'_>,
    ) {
        match (base.as_mut(), given) {
            (Some(base), given) => self.text(base, given, owner, what, add, needles),
            (None, Some(given)) => {
                let message = Said::new("content-overlay-not-in-base")
                    .said("what", what)
                    .text("base", self.base_name);
                self.error(given.span(), message);
            }
            (None, None) => {}
        }
    }

    /// A list of texts, item by item in the base file's order: more items
    /// than the base has is an error, fewer a warning (the rest stay as
    /// the base has them).
    pub(super) fn list(
        &mut self,
        base: &mut [String],
        given: Texts,
        owner: Option<Range<usize>>,
        what: Said,
        add: Said,
        needles: Needles<'_>,
    ) {
        if base.is_empty() && given.is_none() {
            return;
        }
        let Some(given) = given else {
            self.missing(owner, what, add, needles);
            return;
        };
        let span = given.span();
        let items = given.into_inner();
        if items.len() > base.len() {
            let message = Said::new("content-overlay-list-too-long")
                .said("what", what.clone())
                .number("n", items.len())
                .number("total", base.len())
                .text("base", self.base_name);
            self.error(span.clone(), message);
        }
        let given_count = items.len();
        for (n, item) in items.into_iter().enumerate() {
            if let (Some(slot), Some(text)) = (base.get_mut(n), self.not_empty(item, &what)) {
                *slot = text;
            }
        }
        if given_count < base.len() {
            let message = Said::new("content-overlay-list-too-short")
                .said("what", what)
                .number("n", given_count)
                .number("total", base.len())
                .text("where", self.base_line(needles));
            self.findings.warnings.push(self.at.at(span, message));
        }
    }

    /// The text of a given item, or an error when it is empty.
    fn not_empty(&mut self, given: Spanned<String>, what: &Said) -> Option<String> {
        if given.get_ref().trim().is_empty() {
            let message = Said::new("content-overlay-empty")
                .said("what", what.clone())
                .text("lang", self.lang);
            self.error(given.span(), message);
            None
        } else {
            Some(given.into_inner())
        }
    }

    /// A base text with no translation: a warning, at the owner's line in
    /// the overlay when it is there, naming the base file's line.
    fn missing(
        &mut self,
        owner: Option<Range<usize>>,
        what: Said,
        add: Said,
        needles: Needles<'_>,
    ) {
        let message = Said::new("content-overlay-missing")
            .said("what", what)
            .text("lang", self.lang)
            .said("add", add)
            .text("where", self.base_line(needles));
        let problem = match owner {
            Some(span) => self.at.at(span, message),
            None => self.at.whole_file(message),
        };
        self.findings.warnings.push(problem);
    }

    /// "base file:line", where the needles are found in the base file
    /// one after the other; "base file" when they are not.
    fn base_line(&self, needles: Needles<'_>) -> String {
        let mut from = 0;
        for needle in needles {
            match self.base[from..].find(needle) {
                Some(i) => from += i + needle.len(),
                None => return self.base_name.to_string(),
            }
        }
        if needles.is_empty() || self.base.is_empty() {
            return self.base_name.to_string();
        }
        let start = from - needles[needles.len() - 1].len();
        let line = self.base[..start].matches('\n').count()
            + 1
            + usize::from(self.base[start..].starts_with('\n'));
        format!("{}:{line}", self.base_name)
    }
}
