//! "Sections": one fieldset per section with its fields and the buttons that move and remove
//! it (keyboard-accessible, not drag only), then "Add section".

use std::rc::Rc;

use yew::prelude::*;

use super::field::{TextField, messages};
use crate::model::Status;
use crate::studio::draft::SectionDraft;
use crate::studio::problems::{Analysis, Field, Part, problem_id, section_field_id};
use crate::studio::state::{Action, SectionEdit, State, move_id, remove_id};
use crate::studio::text::{Words, section_legend};

/// The list of sections.
#[derive(Properties, PartialEq)]
pub struct SectionsProps {
    pub state: Rc<State>,
    pub analysis: Rc<Analysis>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn Sections(props: &SectionsProps) -> Html {
    let state = &props.state;
    let words = Words::of(state.lang);
    let count = state.draft.sections.len();
    let (list_messages, _) = messages(&props.analysis, Field::Sections, "add-section");
    html! {
        <section class="studio-sections" aria-labelledby="sections-heading">
            <h2 id="sections-heading">{ words.sections }</h2>
            // The keyed sections in a list of their own, so Yew moves them, never rebuilds them.
            <div class="section-list">
                { for state.draft.sections.iter().enumerate().map(|(i, s)| html! {
                    <SectionEditor key={s.key} index={i} count={count} section={s.clone()}
                        state={state.clone()} analysis={props.analysis.clone()}
                        on_action={props.on_action.clone()} />
                }) }
            </div>
            <p>
                <button type="button" id="add-section"
                    aria-describedby={list_messages.as_ref().map(|_| problem_id("add-section"))}
                    onclick={props.on_action.reform(|_| Action::AddSection)}>{ words.add }</button>
            </p>
            <>{ for list_messages }</>
        </section>
    }
}

/// One section's fieldset.
#[derive(Properties, PartialEq)]
pub struct SectionEditorProps {
    pub index: usize,
    pub count: usize,
    pub section: SectionDraft,
    pub state: Rc<State>,
    pub analysis: Rc<Analysis>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn SectionEditor(props: &SectionEditorProps) -> Html {
    let s = &props.section;
    let (i, key, lang) = (props.index, s.key, props.state.lang);
    let words = Words::of(lang);
    let a = &props.analysis;
    let edit = |make: fn(String) -> SectionEdit| {
        props
            .on_action
            .reform(move |v| Action::EditSection(key, make(v)))
    };
    let id = |part| section_field_id(key, part);
    let status_id = id(Part::Status);
    let (status_messages, status_invalid) =
        messages(a, Field::Section(i, Part::Status), &status_id);
    let on_status = props.on_action.reform(move |e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        Action::EditSection(key, SectionEdit::Status(Status::parse(&value)))
    });
    let statuses = [
        ("", words.none, None),
        ("done", words.done, Some(Status::Done)),
        ("current", words.current, Some(Status::Current)),
        ("upcoming", words.upcoming, Some(Status::Upcoming)),
    ];
    let act = |action: Action| props.on_action.reform(move |_| action.clone());
    html! {
        <fieldset class="section-editor">
            <legend>{ section_legend(lang, i + 1, &s.title) }</legend>
            <TextField id={id(Part::Title)} label={words.section_title} value={s.title.clone()}
                field={Field::Section(i, Part::Title)} analysis={a.clone()}
                oninput={edit(SectionEdit::Title)} />
            <div class="field">
                <label for={status_id.clone()}>{ words.status }</label>
                <select id={status_id.clone()} onchange={on_status}
                    aria-invalid={status_invalid.then_some("true")}
                    aria-describedby={status_messages.as_ref().map(|_| problem_id(&status_id))}>
                    { for statuses.into_iter().map(|(value, label, status)| html! {
                        <option value={value} selected={status == s.status}>{ label }</option>
                    }) }
                </select>
                <>{ for status_messages }</>
            </div>
            <TextField id={id(Part::Period)} label={words.period} value={s.period.clone()}
                field={Field::Section(i, Part::Period)} analysis={a.clone()}
                oninput={edit(SectionEdit::Period)} />
            <TextField id={id(Part::Body)} label={words.body} value={s.body.clone()} rows={6}
                help={AttrValue::Static(words.body_help)}
                field={Field::Section(i, Part::Body)} analysis={a.clone()}
                oninput={edit(SectionEdit::Body)} />
            <TextField id={id(Part::Highlights)} label={words.highlights} rows={3}
                value={s.highlights.clone()} field={Field::Section(i, Part::Highlights)}
                analysis={a.clone()} oninput={edit(SectionEdit::Highlights)} />
            <TextField id={id(Part::Skills)} label={words.skills} rows={3}
                value={s.skills.clone()} field={Field::Section(i, Part::Skills)}
                analysis={a.clone()} oninput={edit(SectionEdit::Skills)} />
            <p class="section-buttons">
                <button type="button" id={move_id(key, true)} disabled={i == 0}
                    onclick={act(Action::MoveSection(key, true))}>{ words.move_up }</button>
                <button type="button" id={move_id(key, false)} disabled={i + 1 == props.count}
                    onclick={act(Action::MoveSection(key, false))}>{ words.move_down }</button>
                <button type="button" id={remove_id(key)}
                    onclick={act(Action::RemoveSection(key))}>{ words.remove }</button>
            </p>
        </fieldset>
    }
}
