//! Colours and marks. With NO_COLOR (or --no-color) everything is drawn in
//! the terminal's own colours: selection is then shown by a marker glyph
//! and bold text, never by colour or reverse video alone.
//!
//! A theme is a value handed to the app: only the shell at the edge reads
//! NO_COLOR (`from_env`), so a seat serving someone else's terminal picks
//! its own.

use std::ffi::OsStr;

use ratatui::style::{Color, Modifier, Style};

/// The glyph in front of the highlighted line, in every theme.
pub const MARKER: &str = "▶ ";
/// The same width of blank space, for lines that are not highlighted.
pub const NO_MARKER: &str = "  ";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// This process's choice: colour unless NO_COLOR is set (to anything
    /// non-empty) or asked off. For the local terminal only.
    pub fn from_env(no_color_flag: bool) -> Theme {
        Theme::chosen(no_color_flag, std::env::var_os("NO_COLOR").as_deref())
    }

    /// Colour unless `no_color_var` (NO_COLOR's value, wherever it came
    /// from) is non-empty or colour is asked off.
    pub fn chosen(no_color_flag: bool, no_color_var: Option<&OsStr>) -> Theme {
        let no_color = no_color_var.is_some_and(|v| !v.is_empty());
        Theme {
            color: !(no_color || no_color_flag),
        }
    }

    pub fn mono() -> Theme {
        Theme { color: false }
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// The top bar and headings.
    pub fn title(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// The question itself: large-looking, bold.
    pub fn question(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The highlighted line of a list.
    pub fn selected(&self) -> Style {
        if self.color {
            Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    /// Secondary text: hints, sources, dates.
    pub fn dim(&self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new()
        }
    }

    /// Key names in the footer and help.
    pub fn key(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// The filled part of a bar.
    pub fn bar(&self) -> Style {
        self.fg(Color::Cyan)
    }

    /// The best fit and good news.
    pub fn good(&self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }

    /// Honest warnings: close call, flat, incomplete, retired.
    pub fn warn(&self) -> Style {
        self.fg(Color::Yellow)
    }

    /// The person's saved answer.
    pub fn answer(&self) -> Style {
        self.fg(Color::Green)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_set_to_anything_or_the_flag_turns_colour_off() {
        assert!(Theme::chosen(false, None).color);
        assert!(
            Theme::chosen(false, Some(OsStr::new(""))).color,
            "empty is unset"
        );
        assert!(!Theme::chosen(false, Some(OsStr::new("1"))).color);
        assert!(!Theme::chosen(true, None).color);
        assert_eq!(Theme::chosen(true, None), Theme::mono());
    }
}
