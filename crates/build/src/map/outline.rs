//! The drawing's lines: every arc simplified once (Visvalingam–Whyatt, on the projected map),
//! and rings written as SVG path data on a grid of whole units.

use super::SIMPLIFY_AREA;
use super::projection::{Frame, Point, Polygon};
use std::fmt::Write as _;

/// Every arc simplified once, with areas measured on the projected map.
pub fn simplified(arcs: &[Vec<Point>], frame: &Frame) -> Vec<Vec<Point>> {
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

/// A ring as the map draws it: whole units, no point repeated.
pub struct Outline {
    points: Vec<(i64, i64)>,
}

/// Every ring of `polygons`, outer rings and holes alike, on the map's grid.
pub fn outlines(polygons: &[Polygon], frame: &Frame) -> Vec<Outline> {
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
pub fn path(rings: &[Outline]) -> String {
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
