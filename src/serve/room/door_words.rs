//! The words a connection is told before it has a seat: the door's
//! prompt and refusals, said before the participant's language is known
//! (keyboard-interactive sign-in comes before the client sends its LANG),
//! so in every shipped language, the room's first and in ASCII (OpenSSH
//! shows them through its own filter); and the refusals once the channel
//! is open (full, locked, ended), in the client's language when it sent
//! one.

use std::sync::LazyLock;

use crate::lang::{Lang, Said, Words};

/// What a connection gets when every seat is taken (in English; the
/// seat says [`full`] in the participant's words).
pub static FULL: LazyLock<String> = LazyLock::new(|| full(&Words::english()));

/// What a newcomer gets once the facilitator has locked joins (someone
/// coming back with their code is still let in), in English.
pub static LOCKED: LazyLock<String> = LazyLock::new(|| locked(&Words::english()));

/// What a connection gets once the workshop is ending, in English.
pub static ENDED: LazyLock<String> = LazyLock::new(|| ended(&Words::english()));

/// Why a connection gets no seat once its channel is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NoSeat {
    Full,
    Locked,
    Ended,
}

impl NoSeat {
    /// The words, one line each, as the catalogue has them.
    fn text(self, words: &Words) -> String {
        match self {
            NoSeat::Full => words.get("seat-full"),
            NoSeat::Locked => words.get("seat-locked"),
            NoSeat::Ended => words.get("seat-ended"),
        }
    }

    /// The words as the raw channel takes them: in `words` when the
    /// client said its language, else in every shipped language, the
    /// room's (`first`) first.
    pub(crate) fn said(self, words: Option<&Words>, first: Lang) -> String {
        match words {
            Some(words) => refusal(self.text(words)),
            None => refusal(in_every_language(first, |words| self.text(words))),
        }
    }
}

/// A refusal's lines as the raw channel takes them ("\r\n").
fn refusal(text: String) -> String {
    format!("{}\r\n", text.replace('\n', "\r\n"))
}

/// Every seat is taken.
pub fn full(words: &Words) -> String {
    NoSeat::Full.said(Some(words), words.lang())
}

/// Joins are locked.
pub fn locked(words: &Words) -> String {
    NoSeat::Locked.said(Some(words), words.lang())
}

/// The workshop is ending.
pub fn ended(words: &Words) -> String {
    NoSeat::Ended.said(Some(words), words.lang())
}

/// The door's lines are wrapped to this many columns, so an 80-column
/// terminal shows each whole.
pub const DOOR_WIDTH: usize = 78;

/// Words side by side on one line are at most this wide: OpenSSH puts
/// "(user@host) " before a prompt's first line.
const SIDE_BY_SIDE: usize = 48;

/// Every shipped language's words, `first`'s first: the door speaks to
/// someone whose language it does not know yet (keyboard-interactive
/// sign-in comes before the client sends its LANG), so it speaks every
/// language the room may use, and a new one adds itself.
pub fn every_language(first: Lang) -> Vec<Words> {
    let mut langs = Lang::shipped();
    langs.sort_by_key(|lang| *lang != first);
    langs.into_iter().map(Words::new).collect()
}

/// The texts `say` gives in every language, `first`'s first, each
/// wrapped to [`DOOR_WIDTH`], a blank line between languages (a text the
/// same in two languages, say a word missing in one, is said once).
pub fn in_every_language(first: Lang, say: impl Fn(&Words) -> String) -> String {
    let mut texts: Vec<String> = Vec::new();
    for words in every_language(first) {
        let text = crate::text::wrap(&say(&words), DOOR_WIDTH).join("\n");
        if !texts.contains(&text) {
            texts.push(text);
        }
    }
    texts.join("\n\n")
}

/// Short words in every language, `first`'s first, side by side on one
/// line ("Código de sesión / Session code") when they fit, else one
/// language a line.
pub fn side_by_side(first: Lang, say: impl Fn(&Words) -> String) -> String {
    let mut texts: Vec<String> = Vec::new();
    for words in every_language(first) {
        let text = say(&words);
        if !texts.contains(&text) {
            texts.push(text);
        }
    }
    let one_line = texts.join(" / ");
    if crate::text::width(&one_line) <= SIDE_BY_SIDE {
        one_line
    } else {
        texts.join("\n")
    }
}

/// The prompt a participant who did not type the code as user name sees,
/// in every language, the room's (`first`) first. OpenSSH shows only the
/// prompt (not the name or instructions), so all it says is here.
pub fn code_prompt(first: Lang) -> String {
    ascii(&format!(
        "{}: ",
        side_by_side(first, |words| words.get("door-code"))
    ))
}

/// The prompt after a wrong code was typed: says so, then asks again.
pub fn wrong_code_prompt(first: Lang) -> String {
    ascii(&format!(
        "{}\n{}",
        side_by_side(first, |words| words.get("door-wrong-code")),
        code_prompt(first)
    ))
}

/// The prompt of a connection the door refuses whatever code it gives:
/// why and what to do, in every language, then Enter to leave. It starts
/// on a line of its own, below OpenSSH's "(user@host)".
pub fn door_refusal(first: Lang, why: &Said) -> String {
    ascii(&format!(
        "\n{}\n\n{}: ",
        in_every_language(first, |words| why.say(words)),
        side_by_side(first, |words| words.get("door-enter-to-leave"))
    ))
}

/// What a connection still open at the end is told as it is let go
/// (OpenSSH shows it on one line, through the same filter as a prompt).
pub fn door_ended(first: Lang) -> String {
    ascii(&side_by_side(first, |words| words.get("door-ended")).replace('\n', " / "))
}

/// The door's words as OpenSSH can show them. It shows a prompt through
/// its own filter, which turns every byte past ASCII into an octal escape
/// (`C\303\263digo`) in a locale that is not UTF-8 and in Windows'
/// OpenSSH (PowerShell/Win32-OpenSSH#2266), which is what most
/// participants' laptops run. So the door speaks ASCII: a letter loses its
/// accent ("Codigo de sesion", still read at once), ¿ and ¡ go, curly
/// quotes and dashes become straight ones, anything else becomes `?`.
/// The seat's own screens reach the terminal as they are, accents and all.
pub fn ascii(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '¿' | '¡'))
        .map(|c| match c {
            c if c.is_ascii() => c,
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'A',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'É' | 'È' | 'Ê' | 'Ë' => 'E',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'O',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
            'ñ' => 'n',
            'Ñ' => 'N',
            'ç' => 'c',
            'Ç' => 'C',
            '‘' | '’' => '\'',
            '“' | '”' | '«' | '»' => '"',
            '–' | '—' => '-',
            'º' => 'o',
            '·' => '-',
            _ => '?',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spanish() -> Lang {
        Lang::find("es").unwrap()
    }

    #[test]
    fn the_code_prompt_is_in_every_language_the_rooms_first() {
        assert_eq!(code_prompt(spanish()), "Codigo de sesion / Session code: ");
        assert_eq!(
            code_prompt(Lang::english()),
            "Session code / Codigo de sesion: "
        );
        assert_eq!(
            wrong_code_prompt(spanish()),
            "Codigo incorrecto / Wrong code\nCodigo de sesion / Session code: "
        );
    }

    #[test]
    fn a_refusal_is_each_language_in_turn_within_80_columns_in_ascii() {
        let why = Said::new("door-too-many").number("n", 10);
        let said = door_refusal(spanish(), &why);
        assert!(said.starts_with("\nHay demasiadas conexiones"), "{said}");
        let english = said.find("Too many connections").expect("English too");
        assert!(
            said.find("pregunte").is_some_and(|at| at < english),
            "{said}"
        );
        assert!(
            said.ends_with("\n\nPresione Enter para salir / Press Enter to leave: "),
            "{said}"
        );
        assert!(said.is_ascii(), "{said}");
        for line in said.lines() {
            assert!(line.len() <= DOOR_WIDTH, "{line:?}");
        }
    }

    #[test]
    fn ascii_keeps_spanish_readable() {
        assert_eq!(
            ascii("¿Sigue ahí? Código de sesión · año “sí” — Ñandú"),
            "Sigue ahi? Codigo de sesion - ano \"si\" - Nandu"
        );
        assert_eq!(ascii("日本"), "??");
    }

    #[test]
    fn without_the_clients_language_a_full_room_says_so_in_every_language() {
        let said = NoSeat::Full.said(None, spanish());
        let spanish_at = said.find("este taller está lleno").expect("Spanish");
        let english_at = said.find("this workshop is full").expect("English");
        assert!(spanish_at < english_at, "{said}");
        assert!(
            !said.contains("\n\n") && said.contains("\r\n\r\n"),
            "{said:?}"
        );
        let english = NoSeat::Full.said(Some(&Words::english()), spanish());
        assert!(!english.contains("lleno"), "{english}");
    }

    #[test]
    fn words_too_wide_to_stand_side_by_side_go_one_a_line() {
        let long = side_by_side(Lang::english(), |words| words.get("door-too-many"));
        assert!(long.contains('\n'), "{long}");
        assert_eq!(
            door_ended(spanish()),
            "El taller ha terminado. / The workshop has ended."
        );
    }
}
