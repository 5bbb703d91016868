//! One labelled text field with its problems beside it: `aria-invalid` when it has an error,
//! `aria-describedby` naming its help and its messages.

use yew::prelude::*;

use crate::studio::problems::{Analysis, Field, problem_id};

/// A labelled input or textarea.
#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// A textarea of this many rows, else a one-line input.
    #[prop_or_default]
    pub rows: Option<u32>,
    /// The `type` of a one-line input.
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// The field whose problems are shown here.
    pub field: Field,
    pub analysis: std::rc::Rc<Analysis>,
    pub oninput: Callback<String>,
}

#[function_component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let id = props.id.to_string();
    let help_id = format!("{id}-help");
    let (messages, invalid) = messages(&props.analysis, props.field, &id);
    let described = [
        props.help.as_ref().map(|_| help_id.clone()),
        messages.as_ref().map(|_| problem_id(&id)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let invalid = invalid.then_some("true");
    let input = match props.rows {
        Some(rows) => {
            let oninput = props.oninput.reform(|e: InputEvent| {
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value()
            });
            html! {
                <textarea id={id.clone()} rows={rows.to_string()} value={props.value.clone()}
                    aria-invalid={invalid} aria-describedby={described} {oninput} />
            }
        }
        None => {
            let oninput = props.oninput.reform(|e: InputEvent| {
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value()
            });
            html! {
                <input id={id.clone()} type={props.kind.clone()} value={props.value.clone()}
                    aria-invalid={invalid} aria-describedby={described} {oninput} />
            }
        }
    };
    html! {
        <div class="field">
            <label for={id.clone()}>{ props.label.clone() }</label>
            { input }
            if let Some(help) = &props.help {
                <p class="field-help" id={help_id}>{ help.clone() }</p>
            }
            // One child whether or not there are messages: Yew matches unkeyed children
            // from the end, and a child that comes and goes would replace the input (and lose
            // its focus) as the author types.
            <>{ for messages }</>
        </div>
    }
}

/// The messages of `field` in an element with class `field-problem` (id from the input's),
/// and whether one is an error. `None` when it has none.
pub fn messages(analysis: &Analysis, field: Field, input_id: &str) -> (Option<Html>, bool) {
    let lines: Vec<&str> = analysis.at(field).map(|p| p.line.as_str()).collect();
    if lines.is_empty() {
        return (None, false);
    }
    let html = html! {
        <div class="field-problem" id={problem_id(input_id)}>
            { for lines.into_iter().map(|l| html! { <p>{ l }</p> }) }
        </div>
    };
    (Some(html), analysis.invalid(field))
}
