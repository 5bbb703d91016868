//! The parsed page: html5ever's tree builder fills a flat arena of nodes (linked to parent,
//! children and siblings by index, so detaching and re-parenting are O(1) and dropping it
//! recurses nowhere), and every element keeps the byte offset of its start tag in the source.
//!
//! html5ever reports only line numbers, so the offsets come from how the input is fed: in
//! chunks that each end just after a `>`. The tokenizer emits a start tag when it reads its
//! `>`, and the tree builder creates the element at once, so when an element is created the
//! input read so far ends at its tag's `>`; the `<name` before it, searched back no further
//! than the previous element's tag, is where it starts. Elements the parser makes up (an
//! implied `<body>`, a formatting element reopened in a new paragraph) have no tag of their
//! own and get the start of the tag being read. Each stretch of input is searched a bounded
//! number of times, so locating stays linear.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{Attribute, LocalName, Namespace, QualName, parse_document};

pub type Id = usize;

#[derive(Debug)]
pub enum Kind {
    Document,
    Element {
        name: Rc<QualName>,
        attrs: Vec<(String, String)>,
    },
    Text(String),
    /// Comments, processing instructions and template contents: never read.
    Other,
}

#[derive(Debug)]
pub struct Node {
    pub kind: Kind,
    /// Byte offset of the start tag (for text, of the input read when it was added).
    pub offset: usize,
    parent: Option<Id>,
    /// Elements between this node and the document, when it was inserted.
    depth: usize,
    first_child: Option<Id>,
    last_child: Option<Id>,
    prev: Option<Id>,
    next: Option<Id>,
}

/// The document: node 0 is the document node.
#[derive(Debug)]
pub struct Dom {
    nodes: Vec<Node>,
}

impl Dom {
    pub const DOCUMENT: Id = 0;

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn node(&self, id: Id) -> &Node {
        &self.nodes[id]
    }

    pub fn parent(&self, id: Id) -> Option<Id> {
        self.nodes[id].parent
    }

    /// Children in document order.
    pub fn children(&self, id: Id) -> impl Iterator<Item = Id> + '_ {
        std::iter::successors(self.nodes[id].first_child, |&c| self.nodes[c].next)
    }

    /// Children last to first, for pushing on a stack so they pop in document order.
    pub fn children_rev(&self, id: Id) -> impl Iterator<Item = Id> + '_ {
        std::iter::successors(self.nodes[id].last_child, |&c| self.nodes[c].prev)
    }

    /// The lower-case local name of an element (HTML, SVG or MathML), `None` for other nodes.
    pub fn name(&self, id: Id) -> Option<&str> {
        match &self.nodes[id].kind {
            Kind::Element { name, .. } => Some(&name.local),
            _ => None,
        }
    }

    pub fn attr(&self, id: Id, key: &str) -> Option<&str> {
        match &self.nodes[id].kind {
            Kind::Element { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    pub fn text(&self, id: Id) -> Option<&str> {
        match &self.nodes[id].kind {
            Kind::Text(text) => Some(text),
            _ => None,
        }
    }
}

/// How deep elements may nest. Chromium's parser stops nesting at 512 too, so no page that
/// browsers show needs more; and html5ever scans its stack of open elements on many start tags,
/// so each level deeper costs every tag after it (16,000 nested `<div>`s took 3.6 s, 32,000
/// took 22 s). Parsing stops at the first element deeper than this.
pub const MAX_NESTING: usize = 512;

/// An element nested deeper than [`MAX_NESTING`], at this byte offset of its start tag.
#[derive(Debug)]
pub struct TooDeep(pub usize);

/// Parses a whole page. HTML5 parsing recovers from any input; only nesting deeper than
/// [`MAX_NESTING`] stops it.
pub fn parse(source: &str) -> Result<Dom, TooDeep> {
    let mut parser = parse_document(Sink::new(source), Default::default());
    let mut start = 0;
    for (at, _) in source.match_indices('>') {
        let end = at + 1;
        parser.tokenizer.sink.sink.fed.set(end);
        parser.process(StrTendril::from_slice(&source[start..end]));
        if let Some(offset) = parser.tokenizer.sink.sink.too_deep.get() {
            return Err(TooDeep(offset));
        }
        start = end;
    }
    parser.tokenizer.sink.sink.fed.set(source.len());
    parser.process(StrTendril::from_slice(&source[start..]));
    match parser.tokenizer.sink.sink.too_deep.get() {
        Some(offset) => Err(TooDeep(offset)),
        None => Ok(parser.finish()),
    }
}

/// A node handle for the tree builder: the index, and the element's name so `elem_name` can
/// lend it without borrowing the arena.
#[derive(Clone, Debug)]
pub struct Handle {
    id: Id,
    name: Option<Rc<QualName>>,
}

struct Sink<'a> {
    source: &'a str,
    nodes: RefCell<Vec<Node>>,
    /// Where the input fed to the parser so far ends.
    fed: Cell<usize>,
    /// Where the last start tag found begins: the next one is after it.
    floor: Cell<usize>,
    /// The offset of the first element nested deeper than [`MAX_NESTING`].
    too_deep: Cell<Option<usize>>,
    /// What `elem_name` lends for a node that is not an element (the builder never asks).
    unnamed: QualName,
}

impl<'a> Sink<'a> {
    fn new(source: &'a str) -> Sink<'a> {
        Sink {
            source,
            nodes: RefCell::new(vec![new_node(Kind::Document, 0)]),
            fed: Cell::new(0),
            floor: Cell::new(0),
            too_deep: Cell::new(None),
            unnamed: QualName::new(None, Namespace::from(""), LocalName::from("")),
        }
    }

    fn push(&self, kind: Kind, offset: usize) -> Id {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(new_node(kind, offset));
        nodes.len() - 1
    }

    /// The offset of the start tag `<name` just read (see the module comment).
    fn locate(&self, name: &str) -> usize {
        let (floor, end) = (self.floor.get(), self.fed.get());
        let window = self.source.as_bytes().get(floor..end).unwrap_or_default();
        let name = name.as_bytes();
        let opens_tag = |i: usize| {
            let rest = &window[i + 1..];
            rest.len() > name.len()
                && rest[..name.len()].eq_ignore_ascii_case(name)
                && matches!(
                    rest[name.len()],
                    b' ' | b'\t' | b'\n' | b'\x0c' | b'/' | b'>'
                )
        };
        let lts = || (0..window.len()).rev().filter(|&i| window[i] == b'<');
        if let Some(i) = lts().find(|&i| opens_tag(i)) {
            self.floor.set(floor + i + 1);
            return floor + i;
        }
        lts().next().map_or(end, |i| floor + i)
    }

    fn detach(&self, id: Id) {
        let mut nodes = self.nodes.borrow_mut();
        let (parent, prev, next) = {
            let n = &mut nodes[id];
            let links = (n.parent, n.prev, n.next);
            (n.parent, n.prev, n.next) = (None, None, None);
            links
        };
        let Some(parent) = parent else { return };
        match prev {
            Some(p) => nodes[p].next = next,
            None => nodes[parent].first_child = next,
        }
        match next {
            Some(n) => nodes[n].prev = prev,
            None => nodes[parent].last_child = prev,
        }
    }

    fn append_id(&self, parent: Id, child: Id) {
        self.detach(child);
        let mut nodes = self.nodes.borrow_mut();
        let last = nodes[parent].last_child;
        nodes[child].parent = Some(parent);
        nodes[child].depth = nodes[parent].depth + 1;
        let element = matches!(nodes[child].kind, Kind::Element { .. });
        if element && nodes[child].depth > MAX_NESTING && self.too_deep.get().is_none() {
            self.too_deep.set(Some(nodes[child].offset));
        }
        nodes[child].prev = last;
        match last {
            Some(l) => nodes[l].next = Some(child),
            None => nodes[parent].first_child = Some(child),
        }
        nodes[parent].last_child = Some(child);
    }

    fn insert_before(&self, sibling: Id, child: Id) {
        self.detach(child);
        let mut nodes = self.nodes.borrow_mut();
        let Some(parent) = nodes[sibling].parent else {
            return;
        };
        let prev = nodes[sibling].prev;
        nodes[child].parent = Some(parent);
        nodes[child].prev = prev;
        nodes[child].next = Some(sibling);
        nodes[sibling].prev = Some(child);
        match prev {
            Some(p) => nodes[p].next = Some(child),
            None => nodes[parent].first_child = Some(child),
        }
    }

    /// Adds text to the text node `id` if it is one; returns whether it was.
    fn merge_text(&self, id: Option<Id>, text: &str) -> bool {
        let mut nodes = self.nodes.borrow_mut();
        match id.map(|id| &mut nodes[id].kind) {
            Some(Kind::Text(existing)) => {
                existing.push_str(text);
                true
            }
            _ => false,
        }
    }
}

fn new_node(kind: Kind, offset: usize) -> Node {
    Node {
        kind,
        offset,
        parent: None,
        depth: 0,
        first_child: None,
        last_child: None,
        prev: None,
        next: None,
    }
}

impl TreeSink for Sink<'_> {
    type Handle = Handle;
    type Output = Dom;
    type ElemName<'b>
        = &'b QualName
    where
        Self: 'b;

    fn finish(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
        }
    }

    // A page with mistakes is still a page: recovering is what HTML5 parsing is for.
    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        Handle {
            id: Dom::DOCUMENT,
            name: None,
        }
    }

    fn elem_name<'b>(&'b self, target: &'b Handle) -> &'b QualName {
        target.name.as_deref().unwrap_or(&self.unnamed)
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> Handle {
        let offset = self.locate(&name.local);
        let name = Rc::new(name);
        let attrs = attrs
            .into_iter()
            .map(|a| (a.name.local.to_string(), a.value.to_string()))
            .collect();
        let id = self.push(
            Kind::Element {
                name: Rc::clone(&name),
                attrs,
            },
            offset,
        );
        Handle {
            id,
            name: Some(name),
        }
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        let id = self.push(Kind::Other, self.fed.get());
        Handle { id, name: None }
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        self.create_comment(StrTendril::new())
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        match child {
            NodeOrText::AppendNode(node) => self.append_id(parent.id, node.id),
            NodeOrText::AppendText(text) => {
                let last = self.nodes.borrow()[parent.id].last_child;
                if !self.merge_text(last, &text) {
                    let id = self.push(Kind::Text(text.to_string()), self.fed.get());
                    self.append_id(parent.id, id);
                }
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        if self.nodes.borrow()[element.id].parent.is_some() {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, _target: &Handle) -> Handle {
        // Template contents are never shown, so they go to a node of their own, outside the tree.
        let id = self.push(Kind::Other, self.fed.get());
        Handle { id, name: None }
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x.id == y.id
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Handle, child: NodeOrText<Handle>) {
        match child {
            NodeOrText::AppendNode(node) => self.insert_before(sibling.id, node.id),
            NodeOrText::AppendText(text) => {
                let prev = self.nodes.borrow()[sibling.id].prev;
                if !self.merge_text(prev, &text) {
                    let id = self.push(Kind::Text(text.to_string()), self.fed.get());
                    self.insert_before(sibling.id, id);
                }
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Kind::Element {
            attrs: existing, ..
        } = &mut nodes[target.id].kind
        {
            for attr in attrs {
                let key = attr.name.local.to_string();
                if !existing.iter().any(|(k, _)| *k == key) {
                    existing.push((key, attr.value.to_string()));
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &Handle) {
        self.detach(target.id);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        let mut child = self.nodes.borrow()[node.id].first_child;
        while let Some(id) = child {
            child = self.nodes.borrow()[id].next;
            self.append_id(new_parent.id, id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(dom: &Dom, name: &str) -> Vec<Id> {
        (0..dom.len())
            .filter(|&id| dom.name(id) == Some(name))
            .collect()
    }

    #[test]
    fn nesting_stops_past_the_limit_at_the_first_element_too_deep() {
        // html, body and article are three levels; the divs start at the fourth.
        let page = |n: usize| format!("<html><body><article>{}x", "<div>".repeat(n));
        assert!(parse(&page(MAX_NESTING - 3)).is_ok());
        let text = page(MAX_NESTING - 2);
        let Err(TooDeep(offset)) = parse(&text) else {
            panic!("nested {MAX_NESTING} + 1 deep, parsed");
        };
        assert_eq!(offset, text.rfind("<div>").expect("a div"));
    }

    #[test]
    fn elements_keep_the_offset_of_their_start_tag() {
        let source = "<!doctype html>\n<P class=\"a>b\">One <b>two</b></p>\n<p\n  id=x>Three";
        let dom = parse(source).expect("shallow");
        let ps = find(&dom, "p");
        let offsets: Vec<usize> = ps.iter().map(|&p| dom.node(p).offset).collect();
        assert_eq!(offsets, [16, 50]);
        assert_eq!(dom.attr(ps[0], "class"), Some("a>b"));
        assert_eq!(dom.node(find(&dom, "b")[0]).offset, 35);
        let texts: Vec<&str> = dom.children(ps[1]).filter_map(|c| dom.text(c)).collect();
        assert_eq!(texts, ["Three"]);
    }

    #[test]
    fn misnested_tags_are_repaired_into_a_tree() {
        let dom = parse("<p><b>bold <i>both</b> italic</i></p>").expect("shallow");
        // The adoption agency closes <b> and reopens <i> after it: two <i> elements.
        assert_eq!(find(&dom, "i").len(), 2);
        let p = find(&dom, "p")[0];
        let kids: Vec<Option<&str>> = dom.children(p).map(|c| dom.name(c)).collect();
        assert_eq!(kids, [Some("b"), Some("i")]);
    }
}
