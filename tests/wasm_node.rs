//! The core compiled to wasm, fed and read the way JavaScript feeds and reads it: values cross as plain JS
//! objects (JSON-shaped, as the content script's messages are) through serde-wasm-bindgen, like `src/wasm.rs`,
//! and a page's nodes packed as the content script packs them (`PackedNodes`).
//!
//! Runs under `wasm-pack test --node -- --test wasm_node` (no DOM needed); native `cargo test` compiles it empty.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect, JSON};
use serde::Serialize;
use sift::snapshot::{PackedNodes, SnapNode, TEXT_TAG};
use sift::{Options, PageSnapshot};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// The project's bundled sample page: an Arabic news article with its menu, related news and footer.
const SAMPLE_PAGE: &str = include_str!("../www/samples/libya-border-ar.html");

/// The paragraphs of the sample's article body, in order (text between `<p>` and `</p>` in its body field).
fn article_paragraphs() -> Vec<String> {
    let body_start = SAMPLE_PAGE.find("field-name-body").expect("the sample has a body field");
    let body = &SAMPLE_PAGE[body_start..];
    let body = &body[..body.find("share-buttons").expect("the body ends before the share buttons")];
    body.split("<p>").skip(1).map(|p| p[..p.find("</p>").expect("closed paragraph")].to_string()).collect()
}

/// A value as JavaScript would hand it over: serialized to JSON text and parsed back into a plain object.
fn from_json_side<T: Serialize>(value: &T) -> JsValue {
    let js = value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).expect("serializable");
    JSON::parse(&String::from(JSON::stringify(&js).expect("JSON-able"))).expect("valid JSON")
}

fn js_options(json: &str) -> Options {
    serde_wasm_bindgen::from_value(JSON::parse(json).expect("valid JSON")).expect("options the JS side may send")
}

/// The summary as the JS side receives it.
fn to_js(summary: &sift::Summary) -> JsValue {
    summary.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).expect("a summary serializes")
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("an object")
}

fn string(value: &JsValue, key: &str) -> String {
    get(value, key).as_string().unwrap_or_else(|| panic!("{key} is a string"))
}

fn number(value: &JsValue, key: &str) -> usize {
    get(value, key).as_f64().unwrap_or_else(|| panic!("{key} is a number")) as usize
}

fn sentences(summary: &JsValue) -> Vec<JsValue> {
    Array::from(&get(summary, "sentences")).iter().collect()
}

/// The texts of the `k` best sentences, in document order (what the panel shows for length `k`).
fn chosen(summary: &JsValue, k: usize) -> Vec<String> {
    sentences(summary).iter().filter(|s| number(s, "rank") < k).map(|s| string(s, "text")).collect()
}

#[wasm_bindgen_test]
fn a_text_summary_is_made_of_the_articles_own_sentences() {
    let paragraphs = article_paragraphs();
    assert!(paragraphs.len() >= 5, "the sample's body has its paragraphs: {paragraphs:?}");
    let text = paragraphs.join("\n\n");
    let options = js_options(r#"{"budget": {"sentences": 3}}"#);
    let summary = to_js(&sift::summarize_text(&text, None, Some("مركز لأمن الحدود"), &options).expect("a summary"));

    assert_eq!(string(&summary, "dir"), "rtl");
    assert_eq!(string(&summary, "lang"), "ar");
    assert_eq!(number(&summary, "count"), 3);
    let picked = chosen(&summary, 3);
    assert_eq!(picked.len(), 3);
    for sentence in &picked {
        assert!(text.contains(sentence.as_str()), "not a sentence of the article: {sentence}");
    }
    let words: usize = sentences(&summary).iter().map(|s| number(s, "words")).sum();
    assert_eq!(number(&summary, "word_count"), words);
    assert_eq!(number(&summary, "words_per_minute"), 144, "Arabic's reading rate, for the panel's reading times");
}

#[wasm_bindgen_test]
fn longer_summaries_contain_the_shorter_ones() {
    let text = article_paragraphs().join("\n\n");
    let summary = to_js(&sift::summarize_text(&text, Some("ar"), None, &Options::default()).expect("a summary"));
    let all = sentences(&summary);
    let mut ranks: Vec<usize> = all.iter().map(|s| number(s, "rank")).collect();
    ranks.sort_unstable();
    assert_eq!(ranks, (0..all.len()).collect::<Vec<_>>(), "ranks are a permutation");
    for k in 1..all.len() {
        let shorter = chosen(&summary, k);
        let longer = chosen(&summary, k + 1);
        assert_eq!(longer.len(), shorter.len() + 1);
        assert!(shorter.iter().all(|s| longer.contains(s)), "length {k} is not inside length {}", k + 1);
    }
    for sentence in &all {
        let total: f64 = Array::from(&get(sentence, "contributions"))
            .iter()
            .map(|c| get(&c, "value").as_f64().unwrap_or(f64::NAN))
            .sum();
        let score = get(sentence, "score").as_f64().expect("a score");
        assert!((total - score).abs() < 1e-3 * score.abs().max(1.0), "contributions {total} do not add up to {score}");
    }
}

/// A snapshot as the content script would take it of a news page: menu, article, related news, footer.
fn news_snapshot(paragraphs: &[String]) -> PageSnapshot {
    let mut nodes = Vec::new();
    let mut add = |parent: Option<u32>, tag: &str, attrs: &[(&str, &str)], text: &str| {
        nodes.push(SnapNode {
            parent,
            tag: tag.into(),
            text: text.into(),
            attrs: attrs.iter().map(|&(k, v)| (k.into(), v.into())).collect(),
            hidden: false,
        });
        (nodes.len() - 1) as u32
    };
    let html = add(None, "html", &[("lang", "ar"), ("dir", "rtl")], "");
    let body = add(Some(html), "body", &[], "");
    let nav = add(Some(body), "nav", &[("class", "main-menu")], "");
    for item in ["الرئيسية", "وطنية", "دولية", "اقتصاد", "رياضة"] {
        let link = add(Some(nav), "a", &[("href", "/ar/")], "");
        add(Some(link), TEXT_TAG, &[], item);
    }
    let article = add(Some(body), "article", &[("class", "node node-article")], "");
    let h1 = add(Some(article), "h1", &[], "");
    add(Some(h1), TEXT_TAG, &[], "بعثة الأمم المتحدة للدعم تنشئ مركزا لأمن الحدود بين شرق وغرب ليبيا");
    for paragraph in paragraphs {
        let p = add(Some(article), "p", &[], "");
        add(Some(p), TEXT_TAG, &[], paragraph);
    }
    let related = add(Some(body), "aside", &[("class", "block-related-news")], "");
    for snippet in [
        "يطلق اسم الرئيس الأميركي دونالد ترامب قريبا على مطار في فلوريدا، بعد أن وافق المجلس التشريعي للول",
        "أقر البرلمان الفنزويلي بالإجماع، الخميس، قانونا للعفو يتيح الإفراج عن السجناء السياسيين، في خطوة",
    ] {
        let item = add(Some(related), "a", &[("href", "/ar/international/1")], "");
        add(Some(item), TEXT_TAG, &[], snippet);
    }
    let footer = add(Some(body), "footer", &[], "");
    add(Some(footer), TEXT_TAG, &[], "جميع الحقوق محفوظة © 2025");
    PageSnapshot {
        url: "http://127.0.0.1/samples/libya-border-ar.html".into(),
        title: "بعثة الأمم المتحدة للدعم تنشئ مركزا لأمن الحدود بين شرق وغرب ليبيا".into(),
        lang: Some("ar".into()),
        dir: Some("rtl".into()),
        nodes,
        ..PageSnapshot::default()
    }
}

#[wasm_bindgen_test]
fn a_page_summary_comes_from_the_article_body_and_points_into_its_text_nodes() {
    let paragraphs = article_paragraphs();
    let snapshot = news_snapshot(&paragraphs);
    let packed: PackedNodes =
        serde_wasm_bindgen::from_value(from_json_side(&PackedNodes::pack(&snapshot.nodes))).expect("the nodes cross");
    let crossed = PageSnapshot { nodes: packed.unpack().expect("they unpack"), ..snapshot.clone() };
    assert_eq!(crossed, snapshot, "a snapshot's nodes survive packing and the trip through JavaScript unchanged");

    let summary = sift::summarize_page(&crossed, &js_options(r#"{"budget": {"words": 60}}"#)).expect("a summary");
    let js = to_js(&summary);
    assert_eq!(string(&js, "dir"), "rtl");
    let body = paragraphs.join(" ");
    let picked = chosen(&js, number(&js, "count"));
    assert!(!picked.is_empty());
    assert!(picked.iter().map(|s| sift::text::word_count(s)).sum::<usize>() >= 60, "a words budget is met");
    for sentence in &summary.sentences {
        assert!(body.contains(sentence.text.as_str()), "not from the article body: {}", sentence.text);
        for range in &sentence.ranges {
            let node = &snapshot.nodes[range.node as usize];
            assert!(node.is_text(), "a range points into a text node");
            let units: Vec<u16> = node.text.encode_utf16().collect();
            let piece = String::from_utf16(&units[range.start as usize..range.end as usize]).expect("whole characters");
            assert!(sentence.text.contains(piece.trim()), "range text {piece:?} is not in {:?}", sentence.text);
        }
    }
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_with_a_code_not_a_panic() {
    let empty =
        sift::summarize_text("   \n\n  ", None, None, &Options::default()).expect_err("no article in blank text");
    assert_eq!(empty.code(), "no_article");

    let mut backwards = news_snapshot(&article_paragraphs());
    backwards.nodes[1].parent = Some(5);
    let error = sift::summarize_page(&backwards, &Options::default()).expect_err("a child before its parent");
    assert_eq!(error.code(), "invalid_snapshot");

    let not_a_snapshot = serde_wasm_bindgen::from_value::<PageSnapshot>(JsValue::from_f64(42.0));
    assert!(not_a_snapshot.is_err(), "a number is no snapshot");
    let bad_budget =
        serde_wasm_bindgen::from_value::<Options>(JSON::parse(r#"{"budget": {"pages": 2}}"#).expect("JSON"));
    assert!(bad_budget.is_err(), "an unknown budget is refused");
}
