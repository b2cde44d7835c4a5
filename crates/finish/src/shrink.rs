//! Release-only shrinking of what trunk staged. What each step saves is in
//! docs/performance.md ("What the build does for size"), measured as the shipped wasm at
//! gzip -9 with the step and without.
//!
//! - wasm-opt runs `-Oz` again until it changes nothing more, then twice rebuilds the
//!   control flow (`--flatten --rereloop`) and shrinks again, and drops the producer and
//!   target-feature sections that no browser reads; once the names are short (below) it
//!   shrinks once more, inlining the smallest functions.
//! - The wasm and its JS glue call each other by long generated names
//!   (`__wbg_addEventListener_f2d27251d333a631`, about a hundred of them, each written in
//!   both files, with a hash that gzip cannot compress). binaryen's
//!   `--minify-imports-and-exports-and-modules` renames them to one or two letters and prints
//!   the mapping; the glue is rewritten to match, and every name is checked to be found.
//! - esbuild minifies every JS and CSS file. The sources in `static/` stay readable. The
//!   glue keeps only what the loaders call (`GLUE_USED`): wasm-bindgen's `initSync` goes, and
//!   a warning that cannot show.
//! - `boot.js`, which starts the widget at once wherever it runs, carries the glue inside
//!   (`GLUE_INSIDE`): one request and one module instead of two and a `modulepreload`.
//!   `embed.js` starts the widget only when it comes near the screen: it keeps importing the
//!   glue as a file of its own, only then (bundled, the element started later: `make ab`).
//! - The scripts that run at start, and the glue, open with V8's compile hint (`EAGER`):
//!   Chromium then compiles all their functions as it loads them, off the main thread,
//!   instead of each on its first call while the widget renders (`data-ready` sooner at 4x
//!   CPU, `make ab`).

use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::Command;

/// The glue and the wasm as wasm-bindgen names them (Cargo.toml's package name).
const GLUE: &str = "nato-ip4.js";
const WASM: &str = "nato-ip4_bg.wasm";
/// What `static/start.js` takes from the glue: its `default` export starts the wasm, `mount`
/// renders the widget. The glue is bundled from an entry that re-exports only these.
const GLUE_USED: &str = "export { default, mount } from './nato-ip4.js';";
/// That entry, written into `dist/` for esbuild and removed after.
const GLUE_ENTRY: &str = "glue-entry.js";
/// A warning the glue gives when its start is called without an options object; start.js
/// always passes one, so it can never show. Its absence stops the build: a
/// new wasm-bindgen means this list is checked again.
const GLUE_DEAD: [&str; 1] = [
    "console.warn('using deprecated parameters for the initialization function; pass a single object instead')",
];
/// V8's explicit compile hint for a whole file (Chromium 136 and later; other engines read a
/// comment), which must open it: every function in it will be called at load, compile them
/// all at once.
const EAGER: &str = "--banner:js=//# allFunctionsCalledOnLoad";
/// How esbuild is run on every file: minified, in place, saying only what goes wrong.
const ESBUILD: [&str; 3] = ["--minify", "--allow-overwrite", "--log-level=warning"];

pub fn shrink(dist: &Path) -> Result<(), String> {
    shorten_names(dist)?;
    minify_js_and_css(dist)
}

fn shorten_names(dist: &Path) -> Result<(), String> {
    let wasm = dist.join(WASM);
    // trunk ran -Oz once; this runs it to a fixed point (apart from the renaming, which
    // --converge would repeat). `--low-memory-unused` lets binaryen fold addresses into loads
    // and stores: the lowest 1 KB of memory is the bottom of the stack in Rust's layout,
    // reached only by a stack overflow, which traps first.
    run(Command::new("wasm-opt")
        .arg(&wasm)
        .args(["-Oz", "--low-memory-unused", "--converge", "-o"])
        .arg(&wasm))?;
    // Rebuilding the control flow and shrinking again, twice (docs/performance.md has what
    // the two rounds save together).
    let reloop = ["--flatten", "--rereloop", "-Oz", "-Oz"];
    run(Command::new("wasm-opt")
        .arg(&wasm)
        .args(reloop)
        .args(reloop)
        .arg("-o")
        .arg(&wasm))?;
    let output = run(Command::new("wasm-opt")
        .arg(&wasm)
        .args(["--minify-imports-and-exports-and-modules", "-o"])
        .arg(&wasm))?;
    // Last, once the names are short: the sections no browser reads go (wasm-opt has read
    // the wasm's features from the target-feature section as it loaded it), and -Oz runs to
    // a fixed point once more, inlining every function of up to 6 bytes (binaryen's default
    // for -Oz is 2): the renamed wasm without those sections shrinks further than before the
    // renaming. Six is where the inlining saves most on this wasm; from 8 bytes up it grows
    // the wasm.
    let last = [
        "--strip-producers",
        "--strip-target-features",
        "-Oz",
        "--converge",
        "--always-inline-max-function-size=6",
        "--low-memory-unused",
    ];
    run(Command::new("wasm-opt")
        .arg(&wasm)
        .args(last)
        .arg("-o")
        .arg(&wasm))?;
    let mapping: Value = serde_json::from_slice(&output)
        .map_err(|e| format!("wasm-opt's name mapping is not JSON: {e}"))?;
    let glue_path = dist.join(GLUE);
    let glue = fs::read_to_string(&glue_path).map_err(|e| format!("{GLUE}: {e}"))?;
    let modules = import_modules(&fs::read(&wasm).map_err(|e| format!("{WASM}: {e}"))?)?;
    let glue = rename_in_glue(&glue, &mapping, &modules)?;
    fs::write(&glue_path, glue).map_err(|e| format!("{GLUE}: {e}"))
}

/// The module names the (renamed) wasm imports from.
fn import_modules(wasm: &[u8]) -> Result<Vec<String>, String> {
    let mut modules: Vec<String> = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|e| format!("{WASM}: {e}"))?;
        if let wasmparser::Payload::ImportSection(reader) = payload {
            for import in reader.into_imports() {
                let module = import.map_err(|e| format!("{WASM}: {e}"))?.module;
                if !modules.iter().any(|m| m == module) {
                    modules.push(module.to_owned());
                }
            }
        }
    }
    Ok(modules)
}

/// Rewrites the glue for the renamed wasm: each import's key in the imports object, the
/// imports object's module key, and each `wasm.<export>`.
pub fn rename_in_glue(glue: &str, mapping: &Value, modules: &[String]) -> Result<String, String> {
    let pairs = |key: &str| {
        mapping[key]
            .as_array()
            .ok_or_else(|| format!("wasm-opt's mapping has no \"{key}\" list"))
            .cloned()
    };
    let text = |value: &Value| value.as_str().map(str::to_owned);
    let mut glue = glue.to_owned();
    let mut old_modules = Vec::new();
    for import in pairs("imports")? {
        let (Some(module), Some(old), Some(new)) =
            (text(&import[0]), text(&import[1]), text(&import[2]))
        else {
            return Err(format!("unexpected import in wasm-opt's mapping: {import}"));
        };
        glue = replace_word(&glue, &old, &new, "")
            .ok_or_else(|| format!("{GLUE} never provides {old}, which the wasm imports"))?;
        if !old_modules.contains(&module) {
            old_modules.push(module);
        }
    }
    for export in pairs("exports")? {
        let (Some(old), Some(new)) = (text(&export[0]), text(&export[1])) else {
            return Err(format!("unexpected export in wasm-opt's mapping: {export}"));
        };
        // An export the glue never calls (such as `__abort_handler`) needs no rewriting.
        glue = replace_word(&glue, &old, &new, "wasm.").unwrap_or(glue);
    }
    let ([old_module], [new_module]) = (old_modules.as_slice(), modules) else {
        return Err(format!(
            "expected the wasm to import from one module, found {old_modules:?} renamed to {modules:?}"
        ));
    };
    let key = format!("\"{old_module}\": import0");
    if glue.matches(&key).count() != 1 {
        return Err(format!("{GLUE} does not hold exactly one {key}"));
    }
    Ok(glue.replace(&key, &format!("\"{new_module}\": import0")))
}

/// Replaces every `prefix` + `old` that stands as a whole name; `None` if there is none.
fn replace_word(text: &str, old: &str, new: &str, prefix: &str) -> Option<String> {
    let needle = format!("{prefix}{old}");
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut found = 0;
    while let Some(at) = rest.find(&needle) {
        let before = if at > 0 {
            rest[..at].chars().last()
        } else {
            out.chars().last()
        };
        let after = rest[at + needle.len()..].chars().next();
        out.push_str(&rest[..at]);
        if before.is_some_and(|c| is_name(c) || (prefix.is_empty() && c == '.'))
            || after.is_some_and(is_name)
        {
            out.push_str(&needle);
        } else {
            out.push_str(prefix);
            out.push_str(new);
            found += 1;
        }
        rest = &rest[at + needle.len()..];
    }
    out.push_str(rest);
    (found > 0).then_some(out)
}

/// The modules the scripts import (the contract's names, the page's early answers, the height
/// rule, the start-up); a release build bundles them into each script that imports them and
/// ships them as no file of their own.
const SHARED: [&str; 4] = ["contract.js", "early.js", "height.js", "start.js"];
/// The scripts that start the widget as soon as they run, and so carry the glue in
/// themselves rather than import it as a file: `boot.js` (the widget page, frame.html).
const GLUE_INSIDE: [&str; 1] = ["boot.js"];

fn minify_js_and_css(dist: &Path) -> Result<(), String> {
    let mut files: Vec<String> = fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".js") || name.ends_with(".css"))
        .filter(|name| !SHARED.contains(&name.as_str()) && name != GLUE)
        .collect();
    files.sort();
    // The scripts that import a shared module get it bundled in, so that no page loads it on
    // its own, and the compile hint: they are the ones that run at start. The rest (the
    // Embed panel's) are only minified.
    let imports = |name: &String| {
        fs::read_to_string(dist.join(name)).is_ok_and(|text| {
            SHARED
                .iter()
                .any(|shared| text.contains(&format!("'./{shared}'")))
        })
    };
    let (importers, others): (Vec<String>, Vec<String>) = files.into_iter().partition(imports);
    let (carriers, importers): (Vec<String>, Vec<String>) = importers
        .into_iter()
        .partition(|name| GLUE_INSIDE.contains(&name.as_str()));
    if carriers.len() != GLUE_INSIDE.len() {
        return Err(format!(
            "{}: not all of {GLUE_INSIDE:?} import a shared module (crates/finish/src/shrink.rs, GLUE_INSIDE)",
            dist.display()
        ));
    }
    // The glue first, so that the scripts that carry it take it shaken and minified; the
    // others import it as a file of its own.
    shake_glue(dist)?;
    bundle(dist, &carriers, &[])?;
    bundle(dist, &importers, &[&format!("--external:./{GLUE}")])?;
    for shared in SHARED {
        let path = dist.join(shared);
        fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let mut esbuild = Command::new("esbuild");
    esbuild
        .current_dir(dist)
        .args(&others)
        .arg("--outdir=.")
        .args(ESBUILD);
    run(&mut esbuild).map(|_| ())
}

/// Bundles each of `scripts` (in place, minified, with the compile hint) with what it
/// imports, but for the `extra` esbuild arguments' externals; nothing to do for none.
fn bundle(dist: &Path, scripts: &[String], extra: &[&str]) -> Result<(), String> {
    if scripts.is_empty() {
        return Ok(());
    }
    run(Command::new("esbuild")
        .current_dir(dist)
        .args(scripts)
        .args(["--bundle", "--format=esm", EAGER])
        .args(extra)
        .arg("--outdir=.")
        .args(ESBUILD))
    .map(|_| ())
}

/// Bundles the glue from an entry that re-exports only what the loaders use, so that esbuild
/// drops the rest (`initSync`), after taking out the code that cannot run (`GLUE_DEAD`), and
/// minifies it.
fn shake_glue(dist: &Path) -> Result<(), String> {
    let glue_path = dist.join(GLUE);
    let mut glue = fs::read_to_string(&glue_path).map_err(|e| format!("{GLUE}: {e}"))?;
    for dead in GLUE_DEAD {
        if !glue.contains(dead) {
            return Err(format!(
                "{GLUE}: no longer holds `{dead}` (crates/finish/src/shrink.rs, GLUE_DEAD)"
            ));
        }
        glue = glue.replace(dead, "");
    }
    fs::write(&glue_path, glue).map_err(|e| format!("{GLUE}: {e}"))?;
    let entry = dist.join(GLUE_ENTRY);
    fs::write(&entry, GLUE_USED).map_err(|e| format!("{}: {e}", entry.display()))?;
    let outfile = format!("--outfile={GLUE}");
    let shaken = run(Command::new("esbuild")
        .current_dir(dist)
        .arg(GLUE_ENTRY)
        .args(["--bundle", "--format=esm", EAGER, &outfile])
        .args(ESBUILD));
    fs::remove_file(&entry).map_err(|e| format!("{}: {e}", entry.display()))?;
    shaken.map(|_| ())
}

/// Runs a tool, returning what it printed; a tool that is missing or fails is an error
/// that says which.
fn run(command: &mut Command) -> Result<Vec<u8>, String> {
    let name = command.get_program().to_string_lossy().into_owned();
    let output = command.output().map_err(|e| {
        format!("{name} could not run ({e}); `make setup` installs it into node_modules/.bin")
    })?;
    if !output.status.success() {
        return Err(format!(
            "{name} failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(output.stdout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_glue_is_rewritten_for_every_renamed_name_and_nothing_else() {
        let glue = r#"const import0 = { __wbg_log_abc: function(a) { console.log(a); }, __wbg_log_abcd: f };
return { __proto__: null, "./x_bg.js": import0 };
wasm.mount(1); wasm.mounted(2); wasm.__wbindgen_malloc(3); other.mount(4);"#;
        let mapping = serde_json::json!({
            "imports": [["./x_bg.js", "__wbg_log_abc", "a"], ["./x_bg.js", "__wbg_log_abcd", "b"]],
            "exports": [["mount", "c"], ["mounted", "d"], ["__wbindgen_malloc", "e"]],
        });
        let out = rename_in_glue(glue, &mapping, &["a".to_owned()]).unwrap();
        assert_eq!(
            out,
            r#"const import0 = { a: function(a) { console.log(a); }, b: f };
return { __proto__: null, "a": import0 };
wasm.c(1); wasm.d(2); wasm.e(3); other.mount(4);"#
        );
    }

    #[test]
    fn a_name_the_glue_does_not_use_stops_the_build() {
        let mapping = serde_json::json!({ "imports": [["m", "__wbg_gone", "a"]], "exports": [] });
        let error = rename_in_glue("\"m\": import0", &mapping, &["a".to_owned()]).unwrap_err();
        assert!(error.contains("__wbg_gone"), "{error}");
    }
}
