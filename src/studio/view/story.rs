//! "Story": the story-level fields (title, author, summary, language).

use std::rc::Rc;

use yew::prelude::*;

use super::field::TextField;
use crate::studio::problems::{Analysis, Field};
use crate::studio::state::{Action, State, StoryField};
use crate::studio::text::Words;

/// The story's own fields.
#[derive(Properties, PartialEq)]
pub struct StoryFieldsProps {
    pub state: Rc<State>,
    pub analysis: Rc<Analysis>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn StoryFields(props: &StoryFieldsProps) -> Html {
    let draft = &props.state.draft;
    let words = Words::of(props.state.lang);
    let edit = |f: StoryField| props.on_action.reform(move |v| Action::Edit(f, v));
    let a = &props.analysis;
    html! {
        <section class="studio-story" aria-labelledby="story-heading">
            <h2 id="story-heading">{ words.story }</h2>
            <TextField id="story-title" label={words.title} value={draft.title.clone()}
                field={Field::Title} analysis={a.clone()} oninput={edit(StoryField::Title)} />
            <TextField id="story-author" label={words.author} value={draft.author.clone()}
                field={Field::AuthorName} analysis={a.clone()} oninput={edit(StoryField::Author)} />
            <TextField id="story-author-url" label={words.author_url} kind="url"
                value={draft.author_url.clone()} field={Field::AuthorUrl} analysis={a.clone()}
                oninput={edit(StoryField::AuthorUrl)} />
            <TextField id="story-summary" label={words.summary} rows={3}
                value={draft.summary.clone()} field={Field::Summary} analysis={a.clone()}
                oninput={edit(StoryField::Summary)} />
            <TextField id="story-lang" label={words.story_lang} value={draft.lang.clone()}
                field={Field::Lang} analysis={a.clone()} oninput={edit(StoryField::Lang)} />
        </section>
    }
}
