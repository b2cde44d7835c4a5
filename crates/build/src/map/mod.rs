//! Build-time half of the locator map: reads Natural Earth's 1:110m countries (TopoJSON,
//! `src/map/countries-110m.json`), fixes what the story needs fixed, projects it with Equal
//! Earth and writes compact SVG path data for the typed statics in `src/data.rs`.
//!
//! Used by the widget's `build.rs` and its native tests, never by the wasm: the wasm carries
//! no geometry and no parser.
//!
//! What it does to the data, in order:
//! 1. decodes the arcs (quantized, delta-encoded) to longitude and latitude;
//! 2. simplifies every arc once (Visvalingam–Whyatt, areas measured on the projected map),
//!    so that a border two countries share stays one line for both;
//! 3. moves Crimea from Russia's shapes to Ukraine's, drops Antarctica, draws Greenland
//!    with Denmark and French Guiana (France's only part south of 10° N, outside the treaty
//!    area) as plain land;
//! 4. splits the rings that cross the 180° meridian (Chukotka, Wrangel Island, Fiji);
//! 5. projects (Equal Earth, centred on Greenwich, latitudes 56° S to 84° N) onto a grid
//!    of whole units and writes each country's rings as relative path commands.

mod outline;
mod projection;
mod topology;

pub use projection::{Frame, area_km2, equal_earth, inside};

use outline::{outlines, path, simplified};
use projection::{Point, Polygon, Ring, split_at_antimeridian};
use std::collections::{HashMap, HashSet};
use topology::{Geometry, Topology, decoded_arcs, polygons_of};

/// Map width in units (the SVG viewBox); the height follows from the projection.
pub const WIDTH: f64 = 640.0;
/// Islands of a highlighted country smaller than this, in km², are left out, but never a
/// country's largest shape.
pub const ISLAND_KM2: f64 = 5_000.0;
/// Islands of plain land smaller than this, in km², are left out, unless one is a country's
/// largest shape: every country is drawn.
pub const LAND_ISLAND_KM2: f64 = 100_000.0;
/// Smallest triangle, in square units, that simplification keeps.
pub const SIMPLIFY_AREA: f64 = 6.0;
/// The Earth's mean radius, in km (Equal Earth is equal-area: a shape's area on the map is
/// its area on the sphere of this radius).
pub(crate) const EARTH_RADIUS_KM: f64 = 6_371.0;
pub(crate) const SOUTH: f64 = -56.0;
pub(crate) const NORTH: f64 = 84.0;
const ANTARCTICA: &str = "010";
const FRANCE: &str = "250";
/// A point in central Crimea (longitude, latitude).
pub const CRIMEA: (f64, f64) = (34.3, 45.3);
const RUSSIA: &str = "643";
const UKRAINE: &str = "804";

/// A country the map draws on its own, as the data file groups it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    /// ISO 3166-1 alpha-3, written into `data-iso`.
    pub iso: String,
    /// ISO 3166-1 numeric, the geometry's key.
    pub id: String,
    /// Further shapes drawn as part of this country (Greenland with Denmark).
    pub also: Vec<String>,
}

/// Why the map could not be drawn, and which of the given countries it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawError {
    pub country: Option<usize>,
    pub message: String,
}

impl DrawError {
    fn about(message: impl Into<String>) -> Self {
        DrawError {
            country: None,
            message: message.into(),
        }
    }
}

/// The drawn map.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    pub width: u32,
    pub height: u32,
    /// Every other country's land, as one path.
    pub land: String,
    /// One path per highlighted country, in the order given.
    pub countries: Vec<CountryPath>,
}

/// A highlighted country's outline: its ISO alpha-3 code and its SVG path data.
#[derive(Debug, Clone, PartialEq)]
pub struct CountryPath {
    pub iso: String,
    pub d: String,
}

/// A country of the dataset, as it is there (exact, unprojected).
#[allow(dead_code)] // read by the tests (tests/map_rules.rs); build.rs only draws
pub struct Country {
    /// ISO 3166-1 numeric.
    pub id: String,
    pub name: String,
    /// Its polygons: outer ring, then holes; longitude and latitude in degrees.
    pub polygons: Vec<Vec<Vec<(f64, f64)>>>,
}

/// Every country of the dataset, exact, for checking the drawing against.
#[allow(dead_code)] // called by the tests (tests/map_rules.rs); build.rs only draws
pub fn countries(topojson: &str) -> Result<Vec<Country>, String> {
    let topology: Topology =
        serde_json::from_str(topojson).map_err(|e| format!("is not TopoJSON: {e}"))?;
    let exact = decoded_arcs(&topology);
    topology
        .objects
        .countries
        .geometries
        .iter()
        .map(|geometry| {
            Ok(Country {
                id: geometry.id.clone().unwrap_or_default(),
                name: geometry.properties.name.clone(),
                polygons: polygons_of(geometry, &exact)?,
            })
        })
        .collect()
}

/// A polygon as simplified for drawing, with the area of its exact outer ring.
struct Shape {
    polygon: Polygon,
    /// The exact outer ring, and its area.
    exact: Ring,
    km2: f64,
}

/// A geometry's polygons, simplified, each with its exact outer ring and area.
fn shapes_of(
    geometry: &Geometry,
    exact: &[Vec<Point>],
    arcs: &[Vec<Point>],
) -> Result<Vec<Shape>, String> {
    let exact = polygons_of(geometry, exact)?;
    let simplified = polygons_of(geometry, arcs)?;
    Ok(exact
        .into_iter()
        .zip(simplified)
        .map(|(mut exact, polygon)| {
            let exact = exact.swap_remove(0);
            Shape {
                polygon,
                km2: area_km2(&exact),
                exact,
            }
        })
        .collect())
}

/// The shapes kept: the largest, every other one of at least `min_km2`, and those `also`
/// asks for.
fn kept(
    shapes: Vec<Shape>,
    min_km2: f64,
    also: impl Fn(&Shape) -> bool,
) -> impl Iterator<Item = Shape> {
    let largest = shapes.iter().map(|s| s.km2).fold(0.0, f64::max);
    shapes
        .into_iter()
        .filter(move |s| s.km2 >= min_km2 || s.km2 == largest || also(s))
}

/// Draws the map. `highlights` are the countries drawn on their own; every other country
/// becomes plain land. Fails, naming it, when a country is not in the geometry or would be
/// drawn as nothing.
pub fn draw(topojson: &str, highlights: &[Highlight]) -> Result<Drawing, DrawError> {
    let topology: Topology = serde_json::from_str(topojson)
        .map_err(|e| DrawError::about(format!("is not TopoJSON: {e}")))?;
    let frame = Frame::new();
    let exact = decoded_arcs(&topology);
    let arcs = simplified(&exact, &frame);

    let mut shapes: HashMap<String, Vec<Shape>> = HashMap::new();
    for geometry in &topology.objects.countries.geometries {
        let id = geometry.id.clone().unwrap_or_default();
        let found = shapes_of(geometry, &exact, &arcs).map_err(DrawError::about)?;
        shapes.entry(id).or_default().extend(found);
    }
    for (i, highlight) in highlights.iter().enumerate() {
        for id in std::iter::once(&highlight.id).chain(&highlight.also) {
            if id.is_empty() || !shapes.contains_key(id) {
                return Err(DrawError {
                    country: Some(i),
                    message: format!(
                        "\"{id}\" ({}) is not a country in src/map/countries-110m.json",
                        highlight.iso
                    ),
                });
            }
        }
    }
    shapes.remove(ANTARCTICA);
    redraw_borders(&mut shapes)?;

    let mut countries = Vec::new();
    for (i, highlight) in highlights.iter().enumerate() {
        let mut own = Vec::new();
        for id in std::iter::once(&highlight.id).chain(&highlight.also) {
            own.extend(shapes.remove(id).unwrap_or_default());
        }
        let polygons =
            kept(own, ISLAND_KM2, |_| false).flat_map(|s| split_at_antimeridian(s.polygon));
        let d = path(&outlines(&polygons.collect::<Vec<_>>(), &frame));
        if d.is_empty() {
            return Err(DrawError {
                country: Some(i),
                message: format!("{} is too small to draw at this scale", highlight.iso),
            });
        }
        countries.push(CountryPath {
            iso: highlight.iso.clone(),
            d,
        });
    }
    let land = land(&topology, &exact, &arcs, &shapes, &frame)?;
    Ok(Drawing {
        width: WIDTH as u32,
        height: frame.height as u32,
        land,
        countries,
    })
}

/// Where the story's borders differ from the dataset's: Crimea is Ukraine's, and French
/// Guiana, outside the treaty area, is drawn as plain land (under the key "").
fn redraw_borders(shapes: &mut HashMap<String, Vec<Shape>>) -> Result<(), DrawError> {
    let missing = |name: &str| DrawError::about(format!("{name} is not in the geometry"));
    let russia = shapes.get_mut(RUSSIA).ok_or_else(|| missing("Russia"))?;
    // Found on the exact outline: simplification may move its coast past the point.
    let at = russia
        .iter()
        .position(|shape| inside(CRIMEA, &shape.exact))
        .ok_or_else(|| DrawError::about("no shape of Russia's contains Crimea"))?;
    let crimea = russia.remove(at);
    shapes
        .get_mut(UKRAINE)
        .ok_or_else(|| missing("Ukraine"))?
        .push(crimea);
    let france = shapes.get_mut(FRANCE).ok_or_else(|| missing("France"))?;
    let (europe, guiana): (Vec<Shape>, Vec<Shape>) = france
        .drain(..)
        .partition(|shape| shape.polygon[0].iter().any(|p| p.1 > 10.0));
    *france = europe;
    shapes.entry(String::new()).or_default().extend(guiana);
    Ok(())
}

/// All land, one outline with no borders, drawn under the highlighted countries: a calm
/// base, and half the bytes of drawing every other country on its own. Antarctica (the land
/// south of 60° S) is left out, and so are islands under LAND_ISLAND_KM2, but never one that
/// is the largest shape of a country of `others` (Taiwan, Sri Lanka, Timor-Leste, …): every
/// country is drawn.
fn land(
    topology: &Topology,
    exact: &[Vec<Point>],
    arcs: &[Vec<Point>],
    others: &HashMap<String, Vec<Shape>>,
    frame: &Frame,
) -> Result<String, DrawError> {
    let mut largest_shapes: HashSet<(i64, i64)> = HashSet::new();
    for shapes in others.values() {
        if let Some(largest) = shapes.iter().max_by(|a, b| a.km2.total_cmp(&b.km2)) {
            largest_shapes.extend(largest.polygon[0].iter().map(|&p| frame.on_grid(p)));
        }
    }
    let mut land = Vec::new();
    for geometry in &topology.objects.land.geometries {
        land.extend(shapes_of(geometry, exact, arcs).map_err(DrawError::about)?);
    }
    land.retain(|shape| shape.polygon[0].iter().any(|p| p.1 > -60.0));
    let carries_a_country = |shape: &Shape| {
        shape.polygon[0]
            .iter()
            .any(|&p| largest_shapes.contains(&frame.on_grid(p)))
    };
    let polygons: Vec<Polygon> = kept(land, LAND_ISLAND_KM2, carries_a_country)
        .flat_map(|shape| split_at_antimeridian(shape.polygon))
        .collect();
    Ok(path(&outlines(&polygons, frame)))
}
