//! Warnings as `check` prints them: the model's (`Story::check`), placed in the file, plus keys
//! written twice, which only the JSON text shows (the model's tree keeps the last).

use crate::i18n::Lang;
use crate::model::Warning;

use super::Problem;
use super::locate::Locations;

/// Every warning, at its position: inside the string it points into, when it does.
pub(super) fn problems<'a>(
    warnings: &'a [Warning],
    at: &'a Locations,
) -> impl Iterator<Item = Problem> + 'a {
    let model = warnings.iter().map(|w| Problem {
        pos: at.find_in(&w.path, w.offset),
        error: false,
        path: Some(w.path.clone()),
        message: Lang::En.warning(&w.kind),
    });
    let duplicates = at.duplicate_keys.iter().map(|(path, pos)| Problem {
        pos: *pos,
        error: false,
        path: Some(path.clone()),
        message: "this key appears more than once in its object; only the last one is used".into(),
    });
    model.chain(duplicates)
}
