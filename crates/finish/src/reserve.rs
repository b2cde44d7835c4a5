//! The height the embeds reserve for the widget before it starts, by the width they are
//! given, from the table `make reserve` measures (`crates/finish/reserve.toml`): written into
//! `embed.css` as container-query rules, and as the iframe snippet's and oEmbed's heights.
//! The map's height per width is the drawing's own (`MAP_DRAWING`), not a copy of it.

use serde::Deserialize;
use std::fs;
use std::path::Path;

/// Where the table is, from the project's folder (where trunk runs its hooks).
pub const PATH: &str = "crates/finish/reserve.toml";
/// Where `static/embed.css` takes the rules.
const MARKER: &str = "/* reserve */";
/// The pixels to an em at the widget's own size (`font-size: medium`), for a height in
/// pixels (the snippets', oEmbed's).
const EM: f64 = 16.0;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// The map drawing's largest width, in ems of the widget's own size.
    drawing_max_em: f64,
    /// From each width on (px, ascending): the widget's height but the drawing's, and its
    /// horizontal padding.
    from: Vec<Row>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    width: u32,
    rest: f64,
    padding: f64,
}

impl Table {
    pub fn read() -> Result<Table, String> {
        let text = fs::read_to_string(PATH).map_err(|e| format!("{PATH}: {e}"))?;
        Table::parse(&text).map_err(|e| format!("{PATH}: {e} (run `make reserve`)"))
    }

    fn parse(text: &str) -> Result<Table, String> {
        let table: Table = toml::from_str(text).map_err(|e| e.to_string())?;
        if table.from.is_empty() {
            return Err("has no [[from]] rows".to_owned());
        }
        if table
            .from
            .windows(2)
            .any(|pair| pair[0].width >= pair[1].width)
        {
            return Err("its rows' widths do not ascend".to_owned());
        }
        Ok(table)
    }

    /// The rules for `embed.css`, the map drawing being `ratio` as tall as it is wide.
    pub fn css(&self, ratio: f64) -> String {
        let mut css = String::from("@media (scripting: enabled) {\n");
        for Row {
            width,
            rest,
            padding,
        } in &self.from
        {
            css.push_str(&format!(
                "  @container nato-ip4 (min-width: {width}px) {{ .nato-ip4-reserve {{ height: \
                 calc({rest}px + min(100cqi - {padding}px, {}em) * {ratio}) !important; }} }}\n",
                self.drawing_max_em
            ));
        }
        css.push('}');
        css
    }

    /// The height reserved at `width` (rounded up to a whole pixel), as the rules give it;
    /// none below the first row's width.
    pub fn height_at(&self, width: u32, ratio: f64) -> Option<u32> {
        let row = self.from.iter().rev().find(|row| row.width <= width)?;
        let drawing = (f64::from(width) - row.padding).min(self.drawing_max_em * EM) * ratio;
        Some((row.rest + drawing).ceil() as u32)
    }
}

/// How tall the map drawing is per unit of width; 0 for an article with no map.
pub fn map_ratio() -> f64 {
    nato_ip4::data::MAP_DRAWING
        .as_ref()
        .map_or(0.0, |map| f64::from(map.height) / f64::from(map.width))
}

/// Writes the rules in place of the marker in `dist`'s `embed.css`.
pub fn write_css(dist: &Path, table: &Table) -> Result<(), String> {
    let path = dist.join("embed.css");
    let css = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    if css.matches(MARKER).count() != 1 {
        return Err(format!("{}: needs exactly one {MARKER}", path.display()));
    }
    let css = css.replace(MARKER, &table.css(map_ratio()));
    fs::write(&path, css).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "drawing_max_em = 34\n\
        [[from]]\nwidth = 240\nrest = 1000\npadding = 24\n\
        [[from]]\nwidth = 600\nrest = 500.5\npadding = 48\n";

    #[test]
    fn the_heights_come_from_the_row_for_the_width_and_the_drawings_ratio() {
        let table = Table::parse(TABLE).unwrap();
        let ratio = 277.0 / 640.0;
        assert_eq!(
            table.height_at(640, ratio),
            Some((500.5f64 + 544.0 * ratio).ceil() as u32)
        );
        assert_eq!(
            table.height_at(300, ratio),
            Some((1000.0f64 + 276.0 * ratio).ceil() as u32)
        );
        assert_eq!(table.height_at(200, ratio), None);
        let css = table.css(ratio);
        assert!(css.contains(
            "@container nato-ip4 (min-width: 600px) { .nato-ip4-reserve { height: \
             calc(500.5px + min(100cqi - 48px, 34em) * 0.4328125) !important; } }"
        ));
        assert!(css.starts_with("@media (scripting: enabled) {\n") && css.ends_with("}"));
    }

    #[test]
    fn a_table_out_of_order_or_empty_is_an_error() {
        let swapped = TABLE.replace("width = 600", "width = 100");
        assert!(
            Table::parse(&swapped)
                .unwrap_err()
                .contains("do not ascend")
        );
        assert!(
            Table::parse("drawing_max_em = 34\nfrom = []\n")
                .unwrap_err()
                .contains("no [[from]]")
        );
        assert!(Table::parse("drawing_max_em = 34\nwidth = 1\n").is_err());
    }

    #[test]
    fn the_bundled_table_reads_and_the_map_is_wider_than_tall() {
        let table = Table::parse(include_str!("../reserve.toml")).unwrap();
        assert!(table.height_at(320, map_ratio()).is_some());
        assert!((0.3..1.0).contains(&map_ratio()), "{}", map_ratio());
    }
}
