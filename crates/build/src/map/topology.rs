//! Natural Earth's countries as the TopoJSON file holds them: quantized, delta-encoded arcs,
//! and each country's rings as lists of arc indices.

use super::projection::{Point, Polygon, Ring};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Topology {
    transform: Transform,
    pub arcs: Vec<Vec<[i64; 2]>>,
    pub objects: Objects,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
pub struct Objects {
    pub countries: Collection,
    pub land: Collection,
}

#[derive(Deserialize)]
pub struct Collection {
    pub geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
pub struct Geometry {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    #[allow(dead_code)] // read by `countries`, for the tests
    pub properties: Properties,
    #[serde(default)]
    pub arcs: serde_json::Value,
}

#[derive(Deserialize, Default)]
pub struct Properties {
    #[serde(default)]
    #[allow(dead_code)] // read by `countries`, for the tests
    pub name: String,
}

/// Every arc decoded to longitude and latitude.
pub fn decoded_arcs(topology: &Topology) -> Vec<Vec<Point>> {
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

/// A country's polygons, each ring assembled from its arcs.
pub fn polygons_of(geometry: &Geometry, arcs: &[Vec<Point>]) -> Result<Vec<Polygon>, String> {
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
