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

use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

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
const EARTH_RADIUS_KM: f64 = 6_371.0;
const SOUTH: f64 = -56.0;
const NORTH: f64 = 84.0;
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

#[derive(Deserialize)]
struct Topology {
    transform: Transform,
    arcs: Vec<Vec<[i64; 2]>>,
    objects: Objects,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Objects {
    countries: Collection,
    land: Collection,
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    #[allow(dead_code)] // read by `countries`, for the tests
    properties: Properties,
    #[serde(default)]
    arcs: serde_json::Value,
}

#[derive(Deserialize, Default)]
struct Properties {
    #[serde(default)]
    #[allow(dead_code)] // read by `countries`, for the tests
    name: String,
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

/// The area of a ring (longitude and latitude, in degrees), in km².
pub fn area_km2(ring: &[(f64, f64)]) -> f64 {
    let projected: Vec<(f64, f64)> = unwrapped(ring)
        .iter()
        .map(|&(lon, lat)| equal_earth(lon, lat))
        .collect();
    let twice: f64 = (0..projected.len())
        .map(|i| {
            let (a, b) = (projected[i], projected[(i + 1) % projected.len()]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum();
    twice.abs() / 2.0 * EARTH_RADIUS_KM * EARTH_RADIUS_KM
}

/// A ring's longitudes made continuous across the 180° meridian.
fn unwrapped(ring: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::with_capacity(ring.len());
    for &(lon, lat) in ring {
        let lon = match out.last() {
            Some(&(last, _)) => lon + 360.0 * ((last - lon) / 360.0).round(),
            None => lon,
        };
        out.push((lon, lat));
    }
    out
}

/// Longitude and latitude, in degrees.
type Point = (f64, f64);
/// A closed ring of points (the last is not repeated).
type Ring = Vec<Point>;
/// A polygon: its outer ring, then its holes.
type Polygon = Vec<Ring>;

/// Equal Earth (Šavrič, Patterson & Jenny 2018) on the unit sphere, in radians.
pub fn equal_earth(lon: f64, lat: f64) -> (f64, f64) {
    const A1: f64 = 1.340264;
    const A2: f64 = -0.081106;
    const A3: f64 = 0.000893;
    const A4: f64 = 0.003796;
    let m = 3f64.sqrt() / 2.0;
    let t = (m * lat.to_radians().sin()).asin();
    let (t2, t6) = (t * t, t.powi(6));
    let x =
        lon.to_radians() * t.cos() / (m * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}

/// Where a point lands on the map, in units (y down).
pub struct Frame {
    scale: f64,
    left: f64,
    top: f64,
    pub height: f64,
}

impl Frame {
    pub fn new() -> Frame {
        let (left, _) = equal_earth(-180.0, 0.0);
        let (right, _) = equal_earth(180.0, 0.0);
        let (_, top) = equal_earth(0.0, NORTH);
        let (_, bottom) = equal_earth(0.0, SOUTH);
        let scale = WIDTH / (right - left);
        Frame {
            scale,
            left,
            top,
            height: ((top - bottom) * scale).round(),
        }
    }

    pub fn project(&self, (lon, lat): Point) -> (f64, f64) {
        let (x, y) = equal_earth(lon, lat);
        ((x - self.left) * self.scale, (self.top - y) * self.scale)
    }

    /// Where a point lands on the map's grid of whole units, as the paths are written.
    fn on_grid(&self, p: Point) -> (i64, i64) {
        let (x, y) = self.project(p);
        (x.round() as i64, y.round() as i64)
    }
}

impl Default for Frame {
    fn default() -> Self {
        Frame::new()
    }
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

/// A ring as the map draws it: whole units, no point repeated.
struct Outline {
    points: Vec<(i64, i64)>,
}

/// Every ring of `polygons`, outer rings and holes alike, on the map's grid.
fn outlines(polygons: &[Polygon], frame: &Frame) -> Vec<Outline> {
    polygons
        .iter()
        .flatten()
        .map(|ring| {
            let mut points: Vec<(i64, i64)> = Vec::with_capacity(ring.len());
            for &p in ring {
                let q = frame.on_grid(p);
                if points.last() != Some(&q) {
                    points.push(q);
                }
            }
            while points.len() > 1 && points.first() == points.last() {
                points.pop();
            }
            Outline { points }
        })
        .collect()
}

/// SVG path data for rings: whole units, relative moves and lines. A ring too small to keep
/// an area on the grid is drawn as one unit square where it lies (about 2,900 km² at this
/// scale), so that what is asked for is seen.
fn path(rings: &[Outline]) -> String {
    let mut d = String::new();
    let mut pen = (0i64, 0i64);
    for ring in rings {
        let twice: i64 = (0..ring.points.len())
            .map(|i| {
                let (a, b) = (ring.points[i], ring.points[(i + 1) % ring.points.len()]);
                a.0 * b.1 - b.0 * a.1
            })
            .sum();
        let square;
        let points = if ring.points.len() >= 3 && twice != 0 {
            &ring.points
        } else {
            let (x, y) = ring.points[0];
            square = vec![(x, y), (x + 1, y), (x + 1, y + 1), (x, y + 1)];
            &square
        };
        let start = points[0];
        if d.is_empty() {
            let _ = write!(d, "M{} {}", start.0, start.1);
        } else {
            d.push('m');
            numbers(&mut d, &[start.0 - pen.0, start.1 - pen.1]);
        }
        d.push('l');
        let mut deltas = Vec::with_capacity(points.len() * 2);
        for pair in points.windows(2) {
            deltas.push(pair[1].0 - pair[0].0);
            deltas.push(pair[1].1 - pair[0].1);
        }
        numbers(&mut d, &deltas);
        d.push('z');
        pen = start;
    }
    d
}

/// Every arc decoded to longitude and latitude.
fn decoded_arcs(topology: &Topology) -> Vec<Vec<Point>> {
    let [sx, sy] = topology.transform.scale;
    let [tx, ty] = topology.transform.translate;
    topology
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0i64, 0i64);
            arc.iter()
                .map(|[dx, dy]| {
                    x += dx;
                    y += dy;
                    (x as f64 * sx + tx, y as f64 * sy + ty)
                })
                .collect()
        })
        .collect()
}

/// Every arc simplified once, with areas measured on the projected map.
fn simplified(arcs: &[Vec<Point>], frame: &Frame) -> Vec<Vec<Point>> {
    arcs.iter()
        .map(|points| {
            let projected: Vec<(f64, f64)> = points.iter().map(|&p| frame.project(p)).collect();
            let keep = visvalingam(&projected, SIMPLIFY_AREA);
            points
                .iter()
                .zip(keep)
                .filter_map(|(p, k)| k.then_some(*p))
                .collect()
        })
        .collect()
}

/// Which points of a line Visvalingam–Whyatt keeps: the ends always, and each point whose
/// triangle with its neighbours is at least `min_area`, removing the smallest first. A line
/// that (nearly) closes on itself, such as an island or Crimea's coast between the two ends
/// of its isthmus, keeps at least four points, so that its shape does not collapse.
fn visvalingam(points: &[(f64, f64)], min_area: f64) -> Vec<bool> {
    let n = points.len();
    let mut keep = vec![true; n];
    if n < 3 {
        return keep;
    }
    let area = |a: (f64, f64), b: (f64, f64), c: (f64, f64)| {
        ((b.0 - a.0) * (c.1 - a.1) - (c.0 - a.0) * (b.1 - a.1)).abs() / 2.0
    };
    let mut prev: Vec<usize> = (0..n).map(|i| i.saturating_sub(1)).collect();
    let mut next: Vec<usize> = (0..n).map(|i| (i + 1).min(n - 1)).collect();
    let mut areas: Vec<f64> = (0..n)
        .map(|i| {
            if i == 0 || i == n - 1 {
                f64::INFINITY
            } else {
                area(points[i - 1], points[i], points[i + 1])
            }
        })
        .collect();
    let (first, last) = (points[0], points[n - 1]);
    let (min_x, max_x, min_y, max_y) = points.iter().fold(
        (f64::MAX, f64::MIN, f64::MAX, f64::MIN),
        |(a, b, c, d), p| (a.min(p.0), b.max(p.0), c.min(p.1), d.max(p.1)),
    );
    let closes =
        (last.0 - first.0).hypot(last.1 - first.1) < 0.5 * (max_x - min_x).hypot(max_y - min_y);
    let fewest = if closes { 4 } else { 2 };
    let mut left = n;
    while left > fewest {
        let (i, smallest) = areas.iter().enumerate().filter(|(i, _)| keep[*i]).fold(
            (0, f64::INFINITY),
            |best, (i, &a)| if a < best.1 { (i, a) } else { best },
        );
        if smallest >= min_area {
            break;
        }
        keep[i] = false;
        left -= 1;
        areas[i] = f64::INFINITY;
        let (p, q) = (prev[i], next[i]);
        next[p] = q;
        prev[q] = p;
        // A neighbour's area never drops below the one just removed (as Visvalingam asks).
        for j in [p, q] {
            if j != 0 && j != n - 1 {
                areas[j] = area(points[prev[j]], points[j], points[next[j]]).max(smallest);
            }
        }
    }
    keep
}

/// A country's polygons, each ring assembled from its arcs.
fn polygons_of(geometry: &Geometry, arcs: &[Vec<Point>]) -> Result<Vec<Polygon>, String> {
    let rings = |value: &serde_json::Value| -> Result<Polygon, String> {
        let rings = value.as_array().ok_or("a polygon is not a list of rings")?;
        rings
            .iter()
            .map(|ring| {
                let indices = ring.as_array().ok_or("a ring is not a list of arcs")?;
                let mut points: Ring = Vec::new();
                for index in indices {
                    let index = index.as_i64().ok_or("an arc index is not a number")?;
                    let arc = if index >= 0 {
                        arcs[index as usize].clone()
                    } else {
                        arcs[!index as usize].iter().rev().copied().collect()
                    };
                    let skip = usize::from(!points.is_empty());
                    points.extend(arc.into_iter().skip(skip));
                }
                points.pop(); // the first point again
                Ok(points)
            })
            .collect()
    };
    let polygons: Vec<Polygon> = match geometry.kind.as_str() {
        "Polygon" => vec![rings(&geometry.arcs)?],
        "MultiPolygon" => geometry
            .arcs
            .as_array()
            .ok_or("a multipolygon is not a list")?
            .iter()
            .map(rings)
            .collect::<Result<_, _>>()?,
        _ => Vec::new(),
    };
    Ok(polygons)
}

/// A polygon whose outer ring crosses the 180° meridian, cut into the part east of it and
/// the part west of it. (None of the crossing rings has holes.)
fn split_at_antimeridian(polygon: Polygon) -> Vec<Polygon> {
    let outer = &polygon[0];
    if !outer.windows(2).any(|w| (w[1].0 - w[0].0).abs() > 180.0) {
        return vec![polygon];
    }
    // Unwrap the longitudes so that the ring is continuous, then cut at ±180°.
    let ring = unwrapped(outer);
    let mut pieces = Vec::new();
    for shift in [-360.0, 0.0, 360.0] {
        let (west, east) = (-180.0 - shift, 180.0 - shift);
        let piece = clip(&clip(&ring, west, true), east, false);
        if piece.len() >= 3 {
            pieces.push(vec![
                piece.into_iter().map(|(x, y)| (x + shift, y)).collect(),
            ]);
        }
    }
    pieces
}

/// Sutherland–Hodgman against one meridian: keeps the side east of `lon` if `east`.
fn clip(ring: &Ring, lon: f64, east: bool) -> Ring {
    let inside = |p: &Point| if east { p.0 >= lon } else { p.0 <= lon };
    let mut out = Vec::new();
    for (i, current) in ring.iter().enumerate() {
        let previous = &ring[(i + ring.len() - 1) % ring.len()];
        if inside(current) != inside(previous) {
            let t = (lon - previous.0) / (current.0 - previous.0);
            out.push((lon, previous.1 + t * (current.1 - previous.1)));
        }
        if inside(current) {
            out.push(*current);
        }
    }
    out
}

/// Whether a point lies inside a ring (even–odd rule).
pub fn inside((x, y): (f64, f64), ring: &[(f64, f64)]) -> bool {
    let mut inside = false;
    for (i, a) in ring.iter().enumerate() {
        let b = ring[(i + ring.len() - 1) % ring.len()];
        if (a.1 > y) != (b.1 > y) && x < (b.0 - a.0) * (y - a.1) / (b.1 - a.1) + a.0 {
            inside = !inside;
        }
    }
    inside
}

/// Writes numbers the shortest way SVG allows: a space only before a number that does not
/// start with a minus sign.
fn numbers(d: &mut String, values: &[i64]) {
    for (i, v) in values.iter().enumerate() {
        if i > 0 && *v >= 0 {
            d.push(' ');
        }
        let _ = write!(d, "{v}");
    }
}
