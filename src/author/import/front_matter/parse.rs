//! The two front matter languages, YAML (`---`) and TOML (`+++`), read by their own parsers into
//! one small tree with line numbers, so the keys are mapped to a story in one place whatever the
//! blog engine wrote.

use saphyr::{MarkedYaml, ScalarStyle, YamlData, YamlLoader};
use saphyr_parser::{Event, Parser, ScanError, Span, SpannedEventReceiver};
use toml::de::{DeTable, DeValue};

use crate::model::limits::MAX_DEPTH;

/// A value of the front matter, with the 1-based line in the file where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub line: usize,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A scalar as text: strings, and numbers, booleans and dates as they were written.
    Text(String),
    /// No value (`key:` alone, `~`, `null`).
    Null,
    List(Vec<Node>),
    /// Entries in the order of the file.
    Map(Vec<Entry>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub key: String,
    /// 1-based line of the key in the file.
    pub line: usize,
    pub value: Node,
}

/// Why a block did not parse: the parser's message, at a 1-based line and column of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Parses a YAML block whose first line is line `first_line` of the file.
pub fn yaml(block: &str, first_line: usize) -> Result<Node, SyntaxError> {
    let located = |line: usize, column: usize, message: String| SyntaxError {
        line: line + first_line - 1,
        column: column + 1,
        message,
    };
    let scan_error = |e: ScanError| located(e.marker().line(), e.marker().col(), e.info().into());
    let mut parser = Parser::new_from_str(block);
    let mut loader = YamlLoader::default();
    // Scalars stay as written (`2024-03-02`, `1.10`, `no`), never turned into numbers or booleans.
    loader.early_parse(false);
    let mut bounded = Bounded {
        loader,
        depth: 0,
        too_deep: None,
    };
    parser.load(&mut bounded, false).map_err(scan_error)?;
    if let Some(at) = bounded.too_deep {
        return Err(located(
            at.start.line(),
            at.start.col(),
            format!("nested deeper than {MAX_DEPTH} levels of lists and mappings"),
        ));
    }
    if let Some(e) = bounded.loader.error() {
        return Err(scan_error(e.clone()));
    }
    let shift = |line: usize| line + first_line - 1;
    Ok(match bounded.loader.into_documents().into_iter().next() {
        Some(doc) => from_yaml(doc, &shift),
        None => Node {
            line: first_line,
            value: Value::Null,
        },
    })
}

/// Forwards events to the loader until nesting passes the limit every story reader applies,
/// which also keeps the tree shallow enough to walk and drop without deep recursion.
struct Bounded<'i> {
    loader: YamlLoader<'i, MarkedYaml<'i>>,
    depth: usize,
    too_deep: Option<Span>,
}

impl<'i> SpannedEventReceiver<'i> for Bounded<'i> {
    fn on_event(&mut self, event: Event<'i>, span: Span) {
        if self.too_deep.is_some() {
            return;
        }
        match event {
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    self.too_deep = Some(span);
                    return;
                }
            }
            Event::SequenceEnd | Event::MappingEnd => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
        self.loader.on_event(event, span);
    }
}

fn from_yaml(node: MarkedYaml<'_>, shift: &impl Fn(usize) -> usize) -> Node {
    let line = shift(node.span.start.line());
    let value = match node.data {
        YamlData::Representation(text, style, _) => {
            let null = style == ScalarStyle::Plain
                && matches!(&*text, "" | "~" | "null" | "Null" | "NULL");
            if null {
                Value::Null
            } else {
                Value::Text(text.into_owned())
            }
        }
        // Only reached if scalars were resolved; kept as text all the same.
        YamlData::Value(scalar) => match scalar {
            saphyr::Scalar::Null => Value::Null,
            saphyr::Scalar::Boolean(b) => Value::Text(b.to_string()),
            saphyr::Scalar::Integer(i) => Value::Text(i.to_string()),
            saphyr::Scalar::FloatingPoint(f) => Value::Text(f.to_string()),
            saphyr::Scalar::String(s) => Value::Text(s.into_owned()),
        },
        YamlData::Sequence(items) => {
            Value::List(items.into_iter().map(|n| from_yaml(n, shift)).collect())
        }
        YamlData::Mapping(map) => Value::Map(
            map.into_iter()
                .map(|(key, value)| {
                    let key_line = shift(key.span.start.line());
                    let key = match from_yaml(key, shift).value {
                        Value::Text(text) => text,
                        Value::Null => String::new(),
                        // A list or mapping as a key (`? [a, b]`): no story field has one.
                        Value::List(_) | Value::Map(_) => "?".to_owned(),
                    };
                    Entry {
                        key,
                        line: key_line,
                        value: from_yaml(value, shift),
                    }
                })
                .collect(),
        ),
        YamlData::Tagged(_, inner) => return from_yaml(*inner, shift),
        // Aliases are resolved by the loader; a bad value is one a tag could not convert.
        YamlData::Alias(_) | YamlData::BadValue => Value::Null,
    };
    Node { line, value }
}

/// Parses a TOML block whose first line is line `first_line` of the file.
pub fn toml(block: &str, first_line: usize) -> Result<Node, SyntaxError> {
    let lines = LineIndex::new(block, first_line);
    let table = DeTable::parse(block).map_err(|e| {
        let (line, column) = lines.locate(e.span().map_or(0, |s| s.start));
        SyntaxError {
            line,
            column,
            message: e.message().trim_end().to_owned(),
        }
    })?;
    let (start, table) = (table.span().start, table.into_inner());
    Ok(from_toml_table(table, lines.locate(start).0, &lines))
}

fn from_toml_table(table: DeTable<'_>, line: usize, lines: &LineIndex) -> Node {
    let mut entries: Vec<(usize, Entry)> = table
        .into_iter()
        .map(|(key, value)| {
            let at = key.span().start;
            let value_line = lines.locate(value.span().start).0;
            let entry = Entry {
                key: key.into_inner().into_owned(),
                line: lines.locate(at).0,
                value: from_toml(value.into_inner(), value_line, lines),
            };
            (at, entry)
        })
        .collect();
    // The parser's table is sorted by key; the file's order is what notes and statuses follow.
    entries.sort_by_key(|(at, _)| *at);
    Node {
        line,
        value: Value::Map(entries.into_iter().map(|(_, e)| e).collect()),
    }
}

fn from_toml(value: DeValue<'_>, line: usize, lines: &LineIndex) -> Node {
    let value = match value {
        DeValue::String(s) => Value::Text(s.into_owned()),
        DeValue::Integer(i) => Value::Text(i.to_string()),
        DeValue::Float(f) => Value::Text(f.as_str().to_owned()),
        DeValue::Boolean(b) => Value::Text(b.to_string()),
        DeValue::Datetime(d) => Value::Text(d.to_string()),
        DeValue::Array(items) => Value::List(
            items
                .into_iter()
                .map(|item| {
                    let at = lines.locate(item.span().start).0;
                    from_toml(item.into_inner(), at, lines)
                })
                .collect(),
        ),
        DeValue::Table(table) => return from_toml_table(table, line, lines),
    };
    Node { line, value }
}

/// Byte offsets in a block to 1-based lines and columns (in characters) of the file, in
/// logarithmic time each, so a long block is located in linear time overall.
struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    first_line: usize,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str, first_line: usize) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex {
            text,
            starts,
            first_line,
        }
    }

    fn locate(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let index = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[index];
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        (index + self.first_line, column + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(node: &Node) -> &str {
        match &node.value {
            Value::Text(t) => t,
            other => panic!("not text: {other:?}"),
        }
    }

    fn entries(node: &Node) -> &[Entry] {
        match &node.value {
            Value::Map(entries) => entries,
            other => panic!("not a map: {other:?}"),
        }
    }

    #[test]
    fn yaml_scalars_keep_their_text_and_lines_count_from_the_file() {
        let block = "title: 'A: B'\nsummary: >\n  one\n  two\nlang: no\ndate: 2024-03-02\nn: ~\n";
        let root = yaml(block, 2).expect("yaml");
        let e = entries(&root);
        assert_eq!(text(&e[0].value), "A: B");
        assert_eq!(text(&e[1].value), "one two\n");
        assert_eq!((e[2].line, text(&e[2].value)), (6, "no"));
        assert_eq!(text(&e[3].value), "2024-03-02");
        assert_eq!(e[4].value.value, Value::Null);
    }

    #[test]
    fn yaml_errors_and_depth_are_located_in_the_file() {
        let err = yaml("title: a\nsummary: x: y\n", 2).expect_err("bad");
        assert_eq!((err.line, err.column), (3, 11));
        let deep = format!("k: {}{}\n", "[".repeat(100), "]".repeat(100));
        let err = yaml(&deep, 2).expect_err("deep");
        assert!(err.message.contains("deeper than 64"), "{}", err.message);
    }

    #[test]
    fn toml_keys_follow_the_file_and_errors_are_located() {
        let block =
            "title = \"T\"\nauthor = \"Ada\"\ndate = 2023-11-05\n[status]\nOne = \"done\"\n";
        let root = toml(block, 2).expect("toml");
        let keys: Vec<_> = entries(&root)
            .iter()
            .map(|e| (e.key.as_str(), e.line))
            .collect();
        assert_eq!(
            keys,
            [("title", 2), ("author", 3), ("date", 4), ("status", 5)]
        );
        assert_eq!(text(&entries(&root)[2].value), "2023-11-05");
        let err = toml("title = \"T\"\nauthor = Ada\n", 2).expect_err("bad");
        assert_eq!((err.line, err.column), (3, 10));
    }
}
