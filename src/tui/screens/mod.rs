//! Drawing: one file per screen. Every function here reads the app's state
//! and never changes it.

mod compare;
mod help;
mod name;
mod question;
mod results;
mod resume;
mod review;
mod role;
mod welcome;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::app::{App, Overlay, Screen};
pub use compare::Cache as CompareCache;

/// The smallest terminal the screens are laid out for.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

/// How far the screen on view can scroll on a terminal of `area`'s size.
pub fn max_scroll(app: &App, area: Rect) -> u16 {
    let area = laid_out(app, area);
    match app.screen() {
        Screen::Welcome => welcome::max_scroll(app, area),
        Screen::Results => results::max_scroll(app, area),
        Screen::Role => role::max_scroll(app, area),
        Screen::Compare => compare::max_scroll(app, area),
        _ => 0,
    }
}

/// The rows of text a page of the screen on view holds (what PgDn moves).
pub fn page(app: &App, area: Rect) -> u16 {
    let area = laid_out(app, area);
    match app.screen() {
        Screen::Results => results::view(app, area).0,
        Screen::Role => role::page(area),
        Screen::Compare => compare::page(area),
        Screen::Welcome => welcome::page(area),
        _ => 1,
    }
}

/// Where the highlighted role's line is in the results' text (first and
/// last row), so it can be kept in view.
pub fn highlighted_role_rows(app: &App, area: Rect) -> Option<(u16, u16)> {
    results::view(app, laid_out(app, area)).1
}

/// Draws the whole frame for the app's state.
pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area);
        // q and Esc still ask their question; it must be seen to be answered.
        if matches!(
            app.overlay,
            Some(Overlay::ConfirmLeave | Overlay::EndWorkshop)
        ) {
            overlay(app, frame, area);
        }
        return;
    }
    // A notice or warning takes the rows just above the keys; the screen
    // is laid out in the rows left, so the message covers none of it.
    let (status, style) = status_lines(app, area);
    let screen = screen_area(area, status.len());
    match app.screen() {
        Screen::Resume => resume::draw(app, frame, screen),
        Screen::Name => name::draw(app, frame, screen),
        Screen::Welcome => welcome::draw(app, frame, screen),
        Screen::Question(n) => question::draw(app, n, frame, screen),
        Screen::Review => review::draw(app, frame, screen),
        Screen::Results => results::draw(app, frame, screen),
        Screen::Role => role::draw(app, frame, screen),
        Screen::Compare => compare::draw(app, frame, screen),
    }
    if !status.is_empty() {
        // The screen drew its keys on its own last row: move them to the
        // bottom, and put the message in between.
        let keys_row = screen.y + screen.height - 1;
        let bottom = area.y + area.height - 1;
        let buffer = frame.buffer_mut();
        for x in area.x..area.x + area.width {
            let cell = buffer[(x, keys_row)].clone();
            buffer[(x, bottom)] = cell;
        }
        let at = Rect::new(area.x, keys_row, area.width, status.len() as u16);
        let lines: Vec<Line> = status
            .into_iter()
            .map(|l| Line::styled(format!(" {l}"), style))
            .collect();
        frame.render_widget(ratatui::widgets::Clear, at);
        frame.render_widget(Paragraph::new(lines), at);
    }
    overlay(app, frame, area);
}

/// The box over the screen, if one is open.
fn overlay(app: &App, frame: &mut Frame, area: Rect) {
    match app.overlay {
        Some(Overlay::Help) => help::draw_keys(app, frame, area),
        Some(Overlay::EndWorkshop) => help::draw_end_workshop(app, frame, area),
        Some(Overlay::ConfirmLeave) if app.kiosk.is_some() => help::draw_confirm(
            app,
            frame,
            area,
            "Start over for the next person?",
            "These answers will be cleared and not saved.",
            &[("y", "start over"), ("n", "keep going")],
        ),
        Some(Overlay::ConfirmLeave) if app.outcome.is_some() => help::draw_confirm(
            app,
            frame,
            area,
            "Leave careerfit?",
            "Your result will be printed in the terminal when you leave.",
            &[("y", "leave"), ("n", "stay")],
        ),
        Some(Overlay::ConfirmLeave) => help::draw_confirm(
            app,
            frame,
            area,
            "Leave the quiz?",
            &format!(
                "You have answered {}. If you leave now, your answers are lost.",
                crate::text::plural(app.session.answers().answered(), "question", "questions"),
            ),
            &[("y", "leave"), ("n", "keep going")],
        ),
        Some(Overlay::ConfirmRetake) => help::draw_confirm(
            app,
            frame,
            area,
            "Start over?",
            if app.saving || app.reopened.is_some() {
                "The quiz starts again with no answers. This result stays saved: see it again with careerfit history."
            } else {
                "The quiz starts again with no answers. Saving is off, so this result will be gone."
            },
            &[("y", "start over"), ("n", "keep my results")],
        ),
        None => {}
    }
}

/// The message above the keys, wrapped onto as many lines as it needs
/// (up to half the screen): a notice until the next key, or a saving
/// problem until it goes away. Question and review screens place their
/// own notices.
fn status_lines(app: &App, area: Rect) -> (Vec<String>, ratatui::style::Style) {
    let own_notice = matches!(app.screen(), Screen::Question(_) | Screen::Review);
    let (text, style) = match (&app.warning, &app.notice) {
        (_, Some(notice)) if !own_notice => (notice.clone(), app.theme.good()),
        (Some(warning), _) => (format!("! {warning}"), app.theme.warn()),
        _ => return (Vec::new(), ratatui::style::Style::new()),
    };
    let most = usize::from(area.height.saturating_sub(2) / 2).max(1);
    let lines = super::widgets::wrap(&text, area.width.saturating_sub(2) as usize)
        .into_iter()
        .take(most)
        .collect();
    (lines, style)
}

/// The part of `area` a screen is laid out in when `status` rows above
/// the keys hold a message.
fn screen_area(area: Rect, status: usize) -> Rect {
    Rect {
        height: area.height.saturating_sub(status as u16),
        ..area
    }
}

/// The area the screen on view is laid out in on a terminal of `area`'s size.
fn laid_out(app: &App, area: Rect) -> Rect {
    screen_area(area, status_lines(app, area).0.len())
}

/// Shown instead of a screen when the terminal is too small to use; the
/// app's state is untouched, so growing the terminal brings it all back.
fn too_small(frame: &mut Frame, area: Rect) {
    let text = vec![
        Line::from(format!("terminal too small: need {MIN_WIDTH}x{MIN_HEIGHT}")),
        Line::from(format!("now {}x{}", area.width, area.height)),
        Line::from("Make the window bigger to go on."),
        Line::from("Keys wait until then; q leaves."),
    ];
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}
