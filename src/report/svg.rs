//! Horizontal bar charts (0 to 100) drawn as inline SVG for the HTML report:
//! no script, no external reference. Each chart names itself for screen
//! readers (`role="img"`, `aria-label`, `<title>`) and prints every number
//! as text next to its bar. Bars are light fills with a dark outline, so
//! they still show on a greyscale printer.

use std::fmt::Write;

use super::escape::html as escape;

/// One bar: its label and its value from 0 to 100 (`None`: not measured).
pub(super) struct Bar<'a> {
    pub label: &'a str,
    pub value: Option<f64>,
}

const WIDTH: f64 = 640.0;
const ROW: f64 = 30.0;
const BAR_HEIGHT: f64 = 18.0;
const TOP: f64 = 6.0;
const AXIS: f64 = 22.0;
/// Room at the right for the value, e.g. "100.0" or "not measured".
const VALUE_WIDTH: f64 = 96.0;
/// About how wide one character of a 14px label is.
const CHAR_WIDTH: f64 = 7.3;
const MIN_LABEL: f64 = 110.0;
const MAX_LABEL: f64 = 250.0;

/// The width of the label column that holds `labels` (within limits), so
/// that charts drawn with the same width line up.
pub(super) fn label_width<'a>(labels: impl IntoIterator<Item = &'a str>) -> f64 {
    let longest = labels
        .into_iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0);
    (longest as f64 * CHAR_WIDTH + 14.0).clamp(MIN_LABEL, MAX_LABEL)
}

/// A bar chart titled `title` with a label column `label_width` wide (see
/// [`label_width`]); the first bar is drawn darker when `highlight_first`
/// (a clear best fit, never a flagged one).
pub(super) fn bar_chart(
    title: &str,
    bars: &[Bar<'_>],
    highlight_first: bool,
    label_width: f64,
    not_measured: &str,
) -> String {
    let fits_chars = ((label_width - 14.0) / CHAR_WIDTH + 1e-6).floor() as usize;
    let x0 = label_width;
    let span = WIDTH - label_width - VALUE_WIDTH;
    let height = TOP + ROW * bars.len() as f64 + AXIS;
    let plot_bottom = TOP + ROW * bars.len() as f64;

    let spoken: Vec<String> = bars
        .iter()
        .map(|b| format!("{} {}", b.label, value_text(b.value, not_measured)))
        .collect();
    let aria = format!("{title}: {}.", spoken.join(", "));

    let mut svg = String::new();
    let w = &mut svg;
    let _ = writeln!(
        w,
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{}" preserveAspectRatio="xMinYMin meet">"#,
        escape(&aria)
    );
    let _ = writeln!(w, "<title>{}</title>", escape(&aria));

    // The scale: light lines at 0, 25, 50, 75 and 100, labelled below.
    for tick in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let x = x0 + span * tick / 100.0;
        let _ = writeln!(
            w,
            r##"<line x1="{x:.1}" y1="{TOP}" x2="{x:.1}" y2="{plot_bottom}" stroke="#bbbbbb" stroke-width="1" stroke-dasharray="{}"/>"##,
            if tick == 0.0 { "none" } else { "3 3" }
        );
        let _ = writeln!(
            w,
            r##"<text x="{x:.1}" y="{:.1}" font-size="11" text-anchor="middle" fill="#444444">{tick}</text>"##,
            plot_bottom + 15.0
        );
    }

    for (i, bar) in bars.iter().enumerate() {
        let top = TOP + ROW * i as f64;
        let middle = top + ROW / 2.0;
        let shown = shorten(bar.label, fits_chars);
        let _ = writeln!(w, "<g>");
        let _ = writeln!(
            w,
            r##"<text x="0" y="{:.1}" font-size="14" fill="#111111">{}</text>"##,
            middle + 5.0,
            escape(&shown)
        );
        match bar.value {
            Some(value) => {
                let length = (span * value.clamp(0.0, 100.0) / 100.0).max(1.5);
                let fill = if highlight_first && i == 0 {
                    "#8fa9c7"
                } else {
                    "#d3dde9"
                };
                let _ = writeln!(
                    w,
                    r##"<rect x="{x0:.1}" y="{:.1}" width="{length:.1}" height="{BAR_HEIGHT}" fill="{fill}" stroke="#1f2933" stroke-width="1"/>"##,
                    middle - BAR_HEIGHT / 2.0
                );
                let _ = writeln!(
                    w,
                    r##"<text x="{:.1}" y="{:.1}" font-size="14" font-weight="bold" fill="#111111">{value:.1}</text>"##,
                    x0 + span + 8.0,
                    middle + 5.0
                );
            }
            None => {
                let _ = writeln!(
                    w,
                    r##"<text x="{:.1}" y="{:.1}" font-size="13" font-style="italic" fill="#333333">{}</text>"##,
                    x0 + 8.0,
                    middle + 5.0,
                    escape(not_measured)
                );
            }
        }
        let _ = writeln!(w, "</g>");
    }
    svg.push_str("</svg>\n");
    svg
}

fn value_text(value: Option<f64>, not_measured: &str) -> String {
    value.map_or_else(|| not_measured.to_string(), |v| format!("{v:.1}"))
}

/// A label cut to `max` characters with "…" when longer (the full label is
/// in the chart's title and aria-label).
fn shorten(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        label.to_string()
    } else {
        let kept: String = label.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", kept.trim_end())
    }
}
