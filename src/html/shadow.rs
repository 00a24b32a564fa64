//! Declarative shadow roots, put in place as a browser renders them: a custom element's `<template
//! shadowrootmode="open">` stands in for the element's children, and each `<slot>` in it shows the
//! children assigned to it (by their `slot` attribute, or the unnamed slot for the rest), else its own.
//! The live walk (extension/content/snapshot.js) reads the same page from the browser's shadow roots.

use ego_tree::NodeId;
use scraper::{Html, Node};

/// Rewrites `document` into the page as rendered, for every custom element with an open declarative
/// shadow root.
pub fn compose(document: &mut Html) {
    let hosts: Vec<(NodeId, NodeId)> = document
        .tree
        .nodes()
        .filter(|node| node.value().as_element().is_some_and(|e| e.name().contains('-')))
        .filter_map(|host| {
            host.children().find(|child| is_open_shadow_root(child.value())).map(|t| (host.id(), t.id()))
        })
        .collect();
    for (host, template) in hosts {
        assign_to_slots(document, host, template);
        if let Some(mut host_node) = document.tree.get_mut(host) {
            host_node.reparent_from_id_append(template);
        }
        detach(document, template);
    }
}

/// Takes node `id` and its subtree out of the document.
fn detach(document: &mut Html, id: NodeId) {
    if let Some(mut node) = document.tree.get_mut(id) {
        node.detach();
    }
}

/// True for `<template shadowrootmode="open">`.
fn is_open_shadow_root(node: &Node) -> bool {
    node.as_element().is_some_and(|element| {
        element.name() == "template"
            && element.attr("shadowrootmode").is_some_and(|mode| mode.trim().eq_ignore_ascii_case("open"))
    })
}

/// Moves each child of `host` but `template` into the slot of `template` it is assigned to, in place
/// of the slot's own children; a child no slot takes is not shown, and leaves the tree.
fn assign_to_slots(document: &mut Html, host: NodeId, template: NodeId) {
    let Some(template_node) = document.tree.get(template) else { return };
    // The slots of this shadow root, not those of a shadow root nested in it.
    let mut slots: Vec<(NodeId, String)> = Vec::new();
    let mut pending: Vec<_> = template_node.children().rev().collect();
    while let Some(node) = pending.pop() {
        if is_open_shadow_root(node.value()) {
            continue;
        }
        if let Some(element) = node.value().as_element().filter(|e| e.name() == "slot") {
            slots.push((node.id(), element.attr("name").unwrap_or("").to_string()));
        }
        pending.extend(node.children().rev());
    }
    let light: Vec<(NodeId, String)> = document
        .tree
        .get(host)
        .into_iter()
        .flat_map(|host| host.children())
        .filter(|child| child.id() != template)
        .map(|child| (child.id(), child.value().as_element().and_then(|e| e.attr("slot")).unwrap_or("").to_string()))
        .collect();
    let mut assigned: Vec<Vec<NodeId>> = vec![Vec::new(); slots.len()];
    for (child, wanted) in &light {
        match slots.iter().position(|(_, name)| name == wanted) {
            Some(slot) => assigned[slot].push(*child),
            None => detach(document, *child),
        }
    }
    for ((slot, _), nodes) in slots.iter().zip(assigned).filter(|(_, nodes)| !nodes.is_empty()) {
        let fallback: Vec<NodeId> =
            document.tree.get(*slot).into_iter().flat_map(|slot| slot.children()).map(|c| c.id()).collect();
        for child in fallback {
            detach(document, child);
        }
        if let Some(mut slot_node) = document.tree.get_mut(*slot) {
            for node in nodes {
                slot_node.append_id(node);
            }
        }
    }
}
