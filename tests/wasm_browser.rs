//! The core in a real browser: the bundled sample page is laid into a live DOM (in a frame), snapshotted from Rust through
//! web-sys by the same rules as the content script (`KEPT_ATTRIBUTES`, `SKIPPED_ELEMENTS`, `hidden`), and
//! summarized; the summary's ranges are then checked against the live text nodes with DOM `Range`s.
//!
//! Runs under `wasm-pack test --headless --chrome --firefox -- --test wasm_browser`; native `cargo test`
//! compiles it empty.
#![cfg(target_arch = "wasm32")]

use sift::snapshot::{PageStr, SnapNode, KEPT_ATTRIBUTES, SKIPPED_ELEMENTS, TEXT_TAG};
use sift::{Options, PageSnapshot};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Document, Element, HtmlIFrameElement, Node, Window};

wasm_bindgen_test_configure!(run_in_browser);

const SAMPLE_PAGE: &str = include_str!("../www/samples/libya-border-ar.html");

/// A sentence the reader cannot see, slipped into the article: no summary may show it.
const HIDDEN_SENTENCE: &str = "هذه الجملة مخفية عن القارئ ولا يجوز أن تظهر في أي ملخص للمقال مهما كان طوله.";

/// A fresh frame holding the sample page (the test harness's own page stays untouched), with a hidden
/// paragraph added to the article. Each test gets its own frame.
fn sample_frame() -> (Document, Window) {
    let host = web_sys::window().and_then(|w| w.document()).expect("a browser document");
    let frame: HtmlIFrameElement = host.create_element("iframe").expect("an element").unchecked_into();
    host.body().expect("a body").append_child(&frame).expect("appendable");
    let (document, window) =
        (frame.content_document().expect("its document"), frame.content_window().expect("its window"));
    let start = SAMPLE_PAGE.find("<html").expect("an <html>");
    let start = start + SAMPLE_PAGE[start..].find('>').expect("the tag closes") + 1;
    let end = SAMPLE_PAGE.rfind("</html>").expect("</html>");
    let root = document.document_element().expect("an <html>");
    root.set_attribute("lang", "ar").expect("settable");
    root.set_attribute("dir", "rtl").expect("settable");
    root.set_inner_html(&SAMPLE_PAGE[start..end]);
    let hidden = document.create_element("p").expect("an element");
    hidden.set_attribute("style", "display: none").expect("settable");
    hidden.set_text_content(Some(HIDDEN_SENTENCE));
    query(&document, ".field-name-body .field-item").append_child(&hidden).expect("appendable");
    (document, window)
}

fn query(document: &Document, selector: &str) -> Element {
    document.query_selector(selector).ok().flatten().unwrap_or_else(|| panic!("no {selector} in the page"))
}

fn normalized(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Snapshots the live document as the content script does, with the DOM node behind each snapshot node.
fn take_snapshot(document: &Document, window: &Window) -> (PageSnapshot, Vec<Node>) {
    let mut nodes = Vec::new();
    let mut live = Vec::new();
    let root: Node = document.document_element().expect("an <html>").into();
    // Depth first with an explicit stack, children pushed in reverse, so nodes come out in document order.
    let mut stack = vec![(root, None::<u32>)];
    while let Some((node, parent)) = stack.pop() {
        let index = nodes.len() as u32;
        let snap = if node.node_type() == Node::TEXT_NODE {
            SnapNode {
                parent,
                tag: TEXT_TAG.into(),
                text: node.node_value().unwrap_or_default().into(),
                ..SnapNode::default()
            }
        } else if node.node_type() == Node::ELEMENT_NODE {
            // Checked by node type: `instanceof Element` is false for a frame's elements (another realm).
            let element: &Element = node.unchecked_ref();
            let tag = element.local_name().to_lowercase();
            if SKIPPED_ELEMENTS.contains(&tag.as_str()) {
                continue;
            }
            let attrs: Vec<(PageStr, PageStr)> = KEPT_ATTRIBUTES
                .iter()
                .filter_map(|&name| element.get_attribute(name).map(|value| (name.into(), value.into())))
                .collect();
            let style = window.get_computed_style(element).ok().flatten();
            let unseen = style.is_some_and(|s| {
                s.get_property_value("display").is_ok_and(|d| d == "none")
                    || s.get_property_value("visibility").is_ok_and(|v| v == "hidden")
            });
            let hidden = unseen
                || element.has_attribute("hidden")
                || element.get_attribute("aria-hidden").is_some_and(|v| v == "true");
            SnapNode { parent, tag: tag.into(), text: PageStr::EMPTY, attrs, hidden }
        } else {
            continue; // comments and the like carry no page text
        };
        // A hidden element comes without its subtree (`SKIPPED_ELEMENTS`).
        let children = node.child_nodes();
        if !snap.hidden {
            for i in (0..children.length()).rev() {
                if let Some(child) = children.item(i) {
                    stack.push((child, Some(index)));
                }
            }
        }
        nodes.push(snap);
        live.push(node);
    }
    let root = document.document_element().expect("an <html>");
    let snapshot = PageSnapshot {
        url: document.url().unwrap_or_default(),
        title: document.title(),
        lang: root.get_attribute("lang"),
        dir: root.get_attribute("dir"),
        nodes,
        ..PageSnapshot::default()
    };
    (snapshot, live)
}

#[wasm_bindgen_test]
fn the_live_sample_page_is_summarized_from_its_article_only() {
    let (document, window) = sample_frame();
    let (snapshot, _) = take_snapshot(&document, &window);
    snapshot.validate().expect("a well-formed snapshot");
    let summary = sift::summarize_page(&snapshot, &Options::default()).expect("the sample has an article");

    assert_eq!(summary.dir, "rtl");
    assert_eq!(summary.lang, "ar");
    assert!(summary.sentences.len() >= 10, "the article has its sentences: {}", summary.sentences.len());
    let article = normalized(&query(&document, "article").text_content().unwrap_or_default());
    let outside: Vec<String> = [".main-menu", ".block-related-news", ".block-facebook-comments", ".site-footer"]
        .iter()
        .map(|selector| normalized(&query(&document, selector).text_content().unwrap_or_default()))
        .collect();
    for sentence in &summary.sentences {
        let text = normalized(&sentence.text);
        assert!(article.contains(&text), "not a sentence of the article: {text}");
        assert!(outside.iter().all(|o| !o.contains(&text)), "a sentence from around the article: {text}");
        assert!(!text.contains("مخفية"), "a hidden sentence was read: {text}");
    }
}

#[wasm_bindgen_test]
fn summary_ranges_select_the_sentences_in_the_live_page() {
    let (document, window) = sample_frame();
    let (snapshot, live) = take_snapshot(&document, &window);
    let summary = sift::summarize_page(&snapshot, &Options::default()).expect("the sample has an article");
    let mut located = 0;
    for sentence in summary.selected() {
        assert!(!sentence.ranges.is_empty(), "a page sentence says where it stands: {}", sentence.text);
        let mut found = String::new();
        for piece in &sentence.ranges {
            let node = live.get(piece.node as usize).expect("a range names a snapshot node");
            let range = document.create_range().expect("a DOM range");
            range.set_start(node, piece.start).expect("start inside the text node");
            range.set_end(node, piece.end).expect("end inside the text node");
            found.push_str(&String::from(range.to_string()));
            found.push(' ');
        }
        assert_eq!(normalized(&found), normalized(&sentence.text), "the page's ranges spell the sentence");
        located += 1;
    }
    assert_eq!(located, summary.count);
}
