//! Where a point of the Earth lands on the map: Equal Earth, centred on Greenwich, latitudes
//! 56° S to 84° N, and what the drawing measures and cuts in longitude and latitude.

use super::{EARTH_RADIUS_KM, NORTH, SOUTH, WIDTH};

/// Longitude and latitude, in degrees.
pub type Point = (f64, f64);
/// A closed ring of points (the last is not repeated).
pub type Ring = Vec<Point>;
/// A polygon: its outer ring, then its holes.
pub type Polygon = Vec<Ring>;

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
    pub fn on_grid(&self, p: Point) -> (i64, i64) {
        let (x, y) = self.project(p);
        (x.round() as i64, y.round() as i64)
    }
}

impl Default for Frame {
    fn default() -> Self {
        Frame::new()
    }
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
pub fn unwrapped(ring: &[(f64, f64)]) -> Vec<(f64, f64)> {
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

/// A polygon whose outer ring crosses the 180° meridian, cut into the part east of it and
/// the part west of it. (None of the crossing rings has holes.)
pub fn split_at_antimeridian(polygon: Polygon) -> Vec<Polygon> {
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
