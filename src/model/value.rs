//! A plain JSON tree, deserialized by whichever parser sits at the boundary.
//!
//! The widget hands the browser's `JSON.parse` result to serde-wasm-bindgen; native tools use
//! serde_json. Both produce this tree, and [`crate::model::Story::from_value`] turns it into typed
//! data with the same path-naming errors everywhere. Going through a tree (rather than deriving
//! `Deserialize` on the story types) is what lets errors name the exact path and the expected
//! type without depending on each deserializer's wording.
//!
//! Conversion is bounded: arrays and objects nested deeper than [`MAX_DEPTH`] stop it with an
//! error naming the path, before the tree (or the stack that builds and drops it) grows further.

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::error::{Found, Path, StoryError, StoryErrorKind};
use super::limits::MAX_DEPTH;

/// One JSON value. Objects keep their keys in document order.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// Looks a key up in an object. Like `JSON.parse`, the last of duplicate keys wins.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(entries) => entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The JSON type, for error messages.
    pub fn kind(&self) -> Found {
        match self {
            Value::Null => Found::Null,
            Value::Bool(_) => Found::Bool,
            Value::Number(_) => Found::Number,
            Value::String(_) => Found::String,
            Value::Array(_) => Found::Array,
            Value::Object(_) => Found::Object,
        }
    }
}

/// Why a document did not become a [`Value`].
#[derive(Debug)]
pub enum ValueError<E> {
    /// Nested deeper than [`MAX_DEPTH`]; the error's path names the first value too deep.
    TooDeep(StoryError),
    /// The deserializer's own error (not JSON, not a type a tree can hold).
    Other(E),
}

impl Value {
    /// Builds the tree from any deserializer (serde_json natively, serde-wasm-bindgen in the
    /// widget), refusing nesting deeper than [`MAX_DEPTH`].
    pub fn from_deserializer<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Value, ValueError<D::Error>> {
        let trail = RefCell::new(Trail::default());
        let result = Seed {
            depth: 0,
            trail: &trail,
        }
        .deserialize(deserializer);
        match (result, trail.into_inner().too_deep) {
            (_, Some(steps)) => Err(ValueError::TooDeep(StoryError {
                path: steps
                    .into_iter()
                    .rev()
                    .fold(Path::root(), |path, step| match step {
                        Step::Index(i) => path.index(i),
                        Step::Field(key) => path.field(key),
                    }),
                kind: StoryErrorKind::TooDeep { limit: MAX_DEPTH },
            })),
            (Ok(value), None) => Ok(value),
            (Err(e), None) => Err(ValueError::Other(e)),
        }
    }
}

/// Deserializing a `Value` directly (schemas in tests) is bounded the same way; the depth error
/// becomes the deserializer's own.
impl<'de> de::Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Value::from_deserializer(deserializer).map_err(|e| match e {
            ValueError::TooDeep(e) => de::Error::custom(e),
            ValueError::Other(e) => e,
        })
    }
}

/// Where the conversion stopped for depth: filled in as the error unwinds, innermost first,
/// so that converting a valid document costs nothing extra.
#[derive(Default)]
struct Trail {
    too_deep: Option<Vec<Step>>,
}

enum Step {
    Index(usize),
    Field(String),
}

/// Deserializes one value `depth` containers deep.
#[derive(Clone, Copy)]
struct Seed<'t> {
    depth: usize,
    trail: &'t RefCell<Trail>,
}

impl Seed<'_> {
    /// Entering a container: refuses it past the limit.
    fn enter<E: de::Error>(self) -> Result<Self, E> {
        if self.depth >= MAX_DEPTH {
            self.trail.borrow_mut().too_deep = Some(Vec::new());
            return Err(E::custom("nested too deep"));
        }
        Ok(Seed {
            depth: self.depth + 1,
            ..self
        })
    }

    /// A child failed: if for depth, adds the child's place to the path being unwound.
    fn unwinding(self, step: impl FnOnce() -> Step) {
        if let Some(steps) = &mut self.trail.borrow_mut().too_deep {
            steps.push(step());
        }
    }
}

impl<'de> DeserializeSeed<'de> for Seed<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Number(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        self.deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let inner = self.enter()?;
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        loop {
            match seq.next_element_seed(inner) {
                Ok(Some(item)) => items.push(item),
                Ok(None) => return Ok(Value::Array(items)),
                Err(e) => {
                    inner.unwinding(|| Step::Index(items.len()));
                    return Err(e);
                }
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let inner = self.enter()?;
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
        while let Some(key) = map.next_key::<String>()? {
            match map.next_value_seed(inner) {
                Ok(value) => entries.push((key, value)),
                Err(e) => {
                    inner.unwinding(|| Step::Field(key));
                    return Err(e);
                }
            }
        }
        Ok(Value::Object(entries))
    }
}
