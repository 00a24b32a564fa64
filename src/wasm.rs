//! The JavaScript face of the core: the only module that knows about wasm-bindgen.
//!
//! Values cross as plain JS objects (serde-wasm-bindgen), but for a snapshot's packed nodes (see
//! `PackedNodes`), which cross in bulk; failures cross as `{code, message}` objects, so the panel
//! can show a translated message for each `code`.

use crate::snapshot::PackedNodes;
use crate::summary::{self, Error, Options};
use crate::{extract, text, PageSnapshot};
use js_sys::{Array, Reflect, Uint32Array};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Summarizes a packed page snapshot (see `snapshot_from_js`); `options` may be `undefined`.
#[wasm_bindgen(js_name = summarizePage)]
pub fn summarize_page(snapshot: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let page = snapshot_from_js(&snapshot)?;
    let options = options_from_js(options)?;
    to_js(&summary::summarize_page(&page, &options).map_err(error_to_js)?)
}

/// Summarizes plain text (paragraphs separated by blank lines).
#[wasm_bindgen(js_name = summarizeText)]
pub fn summarize_text(
    text: &str,
    lang: Option<String>,
    title: Option<String>,
    options: JsValue,
) -> Result<JsValue, JsValue> {
    let options = options_from_js(options)?;
    let summary = summary::summarize_text(text, lang.as_deref(), title.as_deref(), &options).map_err(error_to_js)?;
    to_js(&summary)
}

/// The article found in a packed page snapshot: title, facts and blocks.
#[wasm_bindgen(js_name = extractPage)]
pub fn extract_page(snapshot: JsValue) -> Result<JsValue, JsValue> {
    let page = snapshot_from_js(&snapshot)?;
    let article = extract::extract(&page).map_err(|e| error_to_js(e.into()))?;
    to_js(&article)
}

/// The sentences of `text` in language `lang`.
#[wasm_bindgen]
pub fn segment(text: &str, lang: &str) -> Vec<String> {
    text::sentences(text, lang).into_iter().map(|r| text[r].to_string()).collect()
}

/// The snapshot the content script packed: the fields of `PageSnapshot` but `nodes` through serde,
/// and `PackedNodes` for the nodes, whose `tree` (an array of numbers or a `Uint32Array`) and
/// `text` are copied in whole, not crossed number by number.
fn snapshot_from_js(value: &JsValue) -> Result<PageSnapshot, JsValue> {
    let mut page: PageSnapshot = from_js(value.clone())?;
    let tree = property(value, "tree")?;
    if !Array::is_array(&tree) && !tree.is_instance_of::<Uint32Array>() {
        return Err(invalid("`tree` is not an array of numbers"));
    }
    let packed = PackedNodes {
        names: from_js(property(value, "names")?)?,
        tree: Uint32Array::new(&tree).to_vec(),
        text: property(value, "text")?.as_string().ok_or_else(|| invalid("`text` is not a string"))?,
    };
    page.nodes = packed.unpack().map_err(invalid)?;
    Ok(page)
}

fn property(object: &JsValue, key: &str) -> Result<JsValue, JsValue> {
    Reflect::get(object, &JsValue::from_str(key)).map_err(|_| invalid("the snapshot is not an object"))
}

fn invalid(why: impl Into<String>) -> JsValue {
    error_to_js(Error::InvalidSnapshot(why.into()))
}

fn options_from_js(options: JsValue) -> Result<Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        Ok(Options::default())
    } else {
        from_js(options)
    }
}

fn from_js<T: serde::de::DeserializeOwned>(value: JsValue) -> Result<T, JsValue> {
    serde_wasm_bindgen::from_value(value).map_err(|e| invalid(e.to_string()))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsValue::from_str(&e.to_string()))
}

#[derive(Serialize)]
struct JsError {
    code: &'static str,
    message: String,
}

fn error_to_js(error: Error) -> JsValue {
    to_js(&JsError { code: error.code(), message: error.to_string() }).unwrap_or_else(|e| e)
}
