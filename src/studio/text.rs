//! The studio's own words in English, French, Arabic and Swahili, in the style of `crate::i18n`
//! (whose `Lang` chooses them): fixed strings in one struct per language, counted phrases as
//! functions. The check's messages stay in the command's English, as `check` prints them.

use crate::i18n::Lang;

/// The studio's fixed strings in one language.
#[derive(Debug)]
pub struct Words {
    pub heading: &'static str,
    pub language: &'static str,
    pub start: &'static str,
    pub paste: &'static str,
    pub import: &'static str,
    pub remarks: &'static str,
    pub template: &'static str,
    pub bootcamp: &'static str,
    pub degree: &'static str,
    pub career_change: &'static str,
    pub apprenticeship: &'static str,
    pub example: &'static str,
    pub use_template: &'static str,
    pub open: &'static str,
    pub drop_hint: &'static str,
    pub story: &'static str,
    pub title: &'static str,
    pub author: &'static str,
    pub author_url: &'static str,
    pub summary: &'static str,
    pub story_lang: &'static str,
    pub sections: &'static str,
    pub section_title: &'static str,
    pub status: &'static str,
    pub none: &'static str,
    pub done: &'static str,
    pub current: &'static str,
    pub upcoming: &'static str,
    pub period: &'static str,
    pub body: &'static str,
    pub body_help: &'static str,
    pub highlights: &'static str,
    pub skills: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub remove: &'static str,
    pub add: &'static str,
    pub problems: &'static str,
    pub ready: &'static str,
    pub preview: &'static str,
    pub dark: &'static str,
    pub publish: &'static str,
    pub download: &'static str,
    pub embed_as: &'static str,
    pub script_tag: &'static str,
    pub inline: &'static str,
    pub frame: &'static str,
    pub no_js: &'static str,
    pub embed_code: &'static str,
    pub script_hint: &'static str,
    pub inline_hint: &'static str,
    pub frame_hint: &'static str,
    pub no_js_hint: &'static str,
    pub long_link: &'static str,
    pub fix_first: &'static str,
    pub rendering: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub not_json: &'static str,
    pub not_a_story: &'static str,
    pub unreadable: &'static str,
    pub template_used: &'static str,
}

impl Words {
    pub fn of(lang: Lang) -> &'static Words {
        match lang {
            Lang::En => &EN,
            Lang::Fr => &FR,
            Lang::Ar => &AR,
            Lang::Sw => &SW,
        }
    }
}

/// The language's name in itself, for the language menu.
pub fn native_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Fr => "Français",
        Lang::Ar => "العربية",
        Lang::Sw => "Kiswahili",
    }
}

/// "Section 2: Title".
pub fn section_legend(lang: Lang, n: usize, title: &str) -> String {
    match lang {
        Lang::En => format!("Section {n}: {title}"),
        Lang::Fr => format!("Section {n} : {title}"),
        Lang::Ar => format!("القسم {n}: {title}"),
        Lang::Sw => format!("Sehemu {n}: {title}"),
    }
}

/// "Imported 9 sections".
pub fn imported(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "Imported 1 section".into(),
        (Lang::En, n) => format!("Imported {n} sections"),
        (Lang::Fr, n) if n <= 1 => format!("{n} section importée"),
        (Lang::Fr, n) => format!("{n} sections importées"),
        (Lang::Ar, n) => format!("تم استيراد {n} من الأقسام"),
        (Lang::Sw, n) => format!("Sehemu {n} zimeingizwa"),
    }
}

/// "Opened story.json: 4 sections".
pub fn opened(lang: Lang, name: &str, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => format!("Opened {name}: 1 section"),
        (Lang::En, n) => format!("Opened {name}: {n} sections"),
        (Lang::Fr, n) if n <= 1 => format!("{name} ouvert : {n} section"),
        (Lang::Fr, n) => format!("{name} ouvert : {n} sections"),
        (Lang::Ar, n) => format!("تم فتح {name}: {n} من الأقسام"),
        (Lang::Sw, n) => format!("{name} imefunguliwa: sehemu {n}"),
    }
}

/// The problems summary: "Ready to publish", "Ready to publish, 2 warnings", "3 problems".
pub fn summary(lang: Lang, errors: usize, warnings: usize) -> String {
    let ready = Words::of(lang).ready;
    let problems = errors + warnings;
    match (lang, errors, warnings) {
        (_, 0, 0) => ready.into(),
        (Lang::En, 0, 1) => format!("{ready}, 1 warning"),
        (Lang::En, 0, w) => format!("{ready}, {w} warnings"),
        (Lang::En, _, _) if problems == 1 => "1 problem".into(),
        (Lang::En, _, _) => format!("{problems} problems"),
        (Lang::Fr, 0, w) if w <= 1 => format!("{ready}, {w} avertissement"),
        (Lang::Fr, 0, w) => format!("{ready}, {w} avertissements"),
        (Lang::Fr, _, _) if problems <= 1 => format!("{problems} problème"),
        (Lang::Fr, _, _) => format!("{problems} problèmes"),
        (Lang::Ar, 0, w) => format!("{ready}، {w} من التحذيرات"),
        (Lang::Ar, _, _) => format!("{problems} من المشكلات"),
        (Lang::Sw, 0, w) => format!("{ready}, maonyo {w}"),
        (Lang::Sw, _, _) => format!("Matatizo {problems}"),
    }
}

/// The frame address's length when it is over the limit.
pub fn long_link(lang: Lang, length: usize) -> String {
    format!("{} ({length})", Words::of(lang).long_link)
}

const EN: Words = Words {
    heading: "Story studio",
    language: "Language",
    start: "Start",
    paste: "Paste your post",
    import: "Import",
    remarks: "Import remarks",
    template: "Template",
    bootcamp: "Bootcamp",
    degree: "Degree",
    career_change: "Career change",
    apprenticeship: "Apprenticeship",
    example: "Example: ALX Backend journey",
    use_template: "Use template",
    open: "Open story.json",
    drop_hint: "You can also drop a story.json file anywhere on the studio.",
    story: "Story",
    title: "Title",
    author: "Author name",
    author_url: "Author URL",
    summary: "Summary",
    story_lang: "Story language",
    sections: "Sections",
    section_title: "Section title",
    status: "Status",
    none: "None",
    done: "Done",
    current: "Current",
    upcoming: "Upcoming",
    period: "Period",
    body: "Body",
    body_help: "A blank line starts a new paragraph; \"- \" starts a list item; **bold**, *italic*, [text](https://…) for a link.",
    highlights: "Highlights (one per line)",
    skills: "Skills (one per line)",
    move_up: "Move up",
    move_down: "Move down",
    remove: "Remove section",
    add: "Add section",
    problems: "Problems",
    ready: "Ready to publish",
    preview: "Preview",
    dark: "Dark preview",
    publish: "Publish",
    download: "Download story.json",
    embed_as: "Embed as",
    script_tag: "Script tag",
    inline: "Inline story",
    frame: "Frame",
    no_js: "No-JavaScript HTML",
    embed_code: "Embed code",
    script_hint: "Upload the downloaded story.json beside your page as my-journey.json, then paste this code where the journey should appear.",
    inline_hint: "Paste this code where the journey should appear: the story is inside it, no file to upload.",
    frame_hint: "Paste this frame where your site accepts an iframe: the story travels in its address.",
    no_js_hint: "Paste this HTML inside the <journey-story> element: readers without JavaScript see it.",
    long_link: "Warning: this address is over 2,000 characters; some sites and address bars cut long links. Prefer the script tag.",
    fix_first: "Fix the errors listed under Problems first.",
    rendering: "Rendering…",
    copy: "Copy embed code",
    copied: "Copied",
    not_json: "This file is not valid JSON",
    not_a_story: "This file is JSON but not a story (it should be an object with a title, author and sections).",
    unreadable: "The file could not be read.",
    template_used: "Template loaded",
};

const FR: Words = Words {
    heading: "Atelier de récit",
    language: "Langue",
    start: "Commencer",
    paste: "Collez votre article",
    import: "Importer",
    remarks: "Remarques d'import",
    template: "Modèle",
    bootcamp: "Bootcamp",
    degree: "Diplôme",
    career_change: "Reconversion",
    apprenticeship: "Apprentissage",
    example: "Exemple : parcours ALX Backend",
    use_template: "Utiliser le modèle",
    open: "Ouvrir story.json",
    drop_hint: "Vous pouvez aussi déposer un fichier story.json n'importe où dans l'atelier.",
    story: "Récit",
    title: "Titre",
    author: "Nom de l'auteur",
    author_url: "URL de l'auteur",
    summary: "Résumé",
    story_lang: "Langue du récit",
    sections: "Sections",
    section_title: "Titre de la section",
    status: "Statut",
    none: "Aucun",
    done: "Terminé",
    current: "En cours",
    upcoming: "À venir",
    period: "Période",
    body: "Texte",
    body_help: "Une ligne vide commence un paragraphe ; « - » commence un élément de liste ; **gras**, *italique*, [texte](https://…) pour un lien.",
    highlights: "Points forts (un par ligne)",
    skills: "Compétences (une par ligne)",
    move_up: "Monter",
    move_down: "Descendre",
    remove: "Supprimer la section",
    add: "Ajouter une section",
    problems: "Problèmes",
    ready: "Prêt à publier",
    preview: "Aperçu",
    dark: "Aperçu sombre",
    publish: "Publier",
    download: "Télécharger story.json",
    embed_as: "Intégrer en tant que",
    script_tag: "Balise script",
    inline: "Récit intégré",
    frame: "Cadre",
    no_js: "HTML sans JavaScript",
    embed_code: "Code d'intégration",
    script_hint: "Déposez le story.json téléchargé à côté de votre page sous le nom my-journey.json, puis collez ce code là où le parcours doit apparaître.",
    inline_hint: "Collez ce code là où le parcours doit apparaître : le récit est dedans, aucun fichier à déposer.",
    frame_hint: "Collez ce cadre là où votre site accepte une iframe : le récit voyage dans son adresse.",
    no_js_hint: "Collez ce HTML dans l'élément <journey-story> : les lecteurs sans JavaScript le voient.",
    long_link: "Attention : cette adresse dépasse 2 000 caractères ; certains sites et barres d'adresse coupent les liens longs. Préférez la balise script.",
    fix_first: "Corrigez d'abord les erreurs listées sous Problèmes.",
    rendering: "Rendu en cours…",
    copy: "Copier le code d'intégration",
    copied: "Copié",
    not_json: "Ce fichier n'est pas du JSON valide",
    not_a_story: "Ce fichier est du JSON mais pas un récit (il faut un objet avec un titre, un auteur et des sections).",
    unreadable: "Le fichier n'a pas pu être lu.",
    template_used: "Modèle chargé",
};

const AR: Words = Words {
    heading: "استوديو القصة",
    language: "اللغة",
    start: "البداية",
    paste: "الصق منشورك",
    import: "استيراد",
    remarks: "ملاحظات الاستيراد",
    template: "قالب",
    bootcamp: "معسكر تدريبي",
    degree: "شهادة جامعية",
    career_change: "تغيير المسار المهني",
    apprenticeship: "تدريب مهني",
    example: "مثال: رحلة ALX Backend",
    use_template: "استخدام القالب",
    open: "فتح story.json",
    drop_hint: "يمكنك أيضًا إفلات ملف story.json في أي مكان من الاستوديو.",
    story: "القصة",
    title: "العنوان",
    author: "اسم الكاتب",
    author_url: "رابط الكاتب",
    summary: "الملخص",
    story_lang: "لغة القصة",
    sections: "الأقسام",
    section_title: "عنوان القسم",
    status: "الحالة",
    none: "بلا",
    done: "مكتمل",
    current: "الحالي",
    upcoming: "قادم",
    period: "الفترة",
    body: "النص",
    body_help: "سطر فارغ يبدأ فقرة جديدة؛ \"- \" يبدأ عنصر قائمة؛ **عريض**، *مائل*، [نص](https://…) للرابط.",
    highlights: "أبرز الإنجازات (واحد في كل سطر)",
    skills: "المهارات (واحدة في كل سطر)",
    move_up: "نقل لأعلى",
    move_down: "نقل لأسفل",
    remove: "حذف القسم",
    add: "إضافة قسم",
    problems: "المشكلات",
    ready: "جاهز للنشر",
    preview: "معاينة",
    dark: "معاينة داكنة",
    publish: "النشر",
    download: "تنزيل story.json",
    embed_as: "التضمين بصيغة",
    script_tag: "وسم script",
    inline: "قصة مضمّنة",
    frame: "إطار",
    no_js: "HTML بلا JavaScript",
    embed_code: "شيفرة التضمين",
    script_hint: "ارفع ملف story.json الذي نزّلته بجانب صفحتك باسم my-journey.json، ثم الصق هذه الشيفرة حيث تريد أن تظهر الرحلة.",
    inline_hint: "الصق هذه الشيفرة حيث تريد أن تظهر الرحلة: القصة بداخلها، لا ملف لرفعه.",
    frame_hint: "الصق هذا الإطار حيث يقبل موقعك iframe: القصة محمولة في عنوانه.",
    no_js_hint: "الصق هذا الـ HTML داخل العنصر <journey-story>: يراه القرّاء بلا JavaScript.",
    long_link: "تنبيه: هذا العنوان أطول من 2000 حرف؛ بعض المواقع وأشرطة العناوين تقطع الروابط الطويلة. يُفضّل وسم script.",
    fix_first: "أصلح أولًا الأخطاء المذكورة تحت المشكلات.",
    rendering: "جارٍ التحضير…",
    copy: "نسخ شيفرة التضمين",
    copied: "تم النسخ",
    not_json: "هذا الملف ليس JSON صالحًا",
    not_a_story: "هذا الملف JSON لكنه ليس قصة (يجب أن يكون كائنًا فيه عنوان وكاتب وأقسام).",
    unreadable: "تعذّرت قراءة الملف.",
    template_used: "تم تحميل القالب",
};

const SW: Words = Words {
    heading: "Studio ya hadithi",
    language: "Lugha",
    start: "Anza",
    paste: "Bandika chapisho lako",
    import: "Ingiza",
    remarks: "Maoni ya uingizaji",
    template: "Kiolezo",
    bootcamp: "Bootcamp",
    degree: "Shahada",
    career_change: "Kubadili taaluma",
    apprenticeship: "Uanagenzi",
    example: "Mfano: safari ya ALX Backend",
    use_template: "Tumia kiolezo",
    open: "Fungua story.json",
    drop_hint: "Unaweza pia kudondosha faili la story.json popote kwenye studio.",
    story: "Hadithi",
    title: "Kichwa",
    author: "Jina la mwandishi",
    author_url: "URL ya mwandishi",
    summary: "Muhtasari",
    story_lang: "Lugha ya hadithi",
    sections: "Sehemu",
    section_title: "Kichwa cha sehemu",
    status: "Hali",
    none: "Hakuna",
    done: "Imekamilika",
    current: "Sasa",
    upcoming: "Ijayo",
    period: "Kipindi",
    body: "Maandishi",
    body_help: "Mstari mtupu huanza aya mpya; \"- \" huanza kipengee cha orodha; **nzito**, *italiki*, [maandishi](https://…) kwa kiungo.",
    highlights: "Mambo muhimu (moja kwa kila mstari)",
    skills: "Ujuzi (mmoja kwa kila mstari)",
    move_up: "Sogeza juu",
    move_down: "Sogeza chini",
    remove: "Ondoa sehemu",
    add: "Ongeza sehemu",
    problems: "Matatizo",
    ready: "Tayari kuchapishwa",
    preview: "Onyesho",
    dark: "Onyesho la giza",
    publish: "Chapisha",
    download: "Pakua story.json",
    embed_as: "Pachika kama",
    script_tag: "Lebo ya script",
    inline: "Hadithi ndani",
    frame: "Fremu",
    no_js: "HTML bila JavaScript",
    embed_code: "Msimbo wa kupachika",
    script_hint: "Pakia story.json uliyopakua kando ya ukurasa wako kwa jina my-journey.json, kisha bandika msimbo huu mahali safari inapaswa kuonekana.",
    inline_hint: "Bandika msimbo huu mahali safari inapaswa kuonekana: hadithi iko ndani yake, hakuna faili la kupakia.",
    frame_hint: "Bandika fremu hii mahali tovuti yako inapokubali iframe: hadithi imo katika anwani yake.",
    no_js_hint: "Bandika HTML hii ndani ya kipengele <journey-story>: wasomaji wasio na JavaScript wanaiona.",
    long_link: "Tahadhari: anwani hii ina zaidi ya herufi 2,000; baadhi ya tovuti na upau wa anwani hukata viungo virefu. Pendelea lebo ya script.",
    fix_first: "Rekebisha kwanza makosa yaliyoorodheshwa chini ya Matatizo.",
    rendering: "Inaandaa…",
    copy: "Nakili msimbo wa kupachika",
    copied: "Imenakiliwa",
    not_json: "Faili hili si JSON sahihi",
    not_a_story: "Faili hili ni JSON lakini si hadithi (linapaswa kuwa kitu chenye kichwa, mwandishi na sehemu).",
    unreadable: "Faili halikuweza kusomwa.",
    template_used: "Kiolezo kimepakiwa",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_phrases_follow_the_contract() {
        assert_eq!(summary(Lang::En, 0, 0), "Ready to publish");
        assert_eq!(summary(Lang::En, 0, 1), "Ready to publish, 1 warning");
        assert_eq!(summary(Lang::En, 0, 3), "Ready to publish, 3 warnings");
        assert_eq!(summary(Lang::En, 1, 0), "1 problem");
        assert_eq!(summary(Lang::En, 2, 1), "3 problems");
        assert_eq!(imported(Lang::En, 9), "Imported 9 sections");
        assert_eq!(section_legend(Lang::En, 1, "Intro"), "Section 1: Intro");
    }

    #[test]
    fn every_language_has_every_string() {
        for lang in [Lang::En, Lang::Fr, Lang::Ar, Lang::Sw] {
            let words = format!("{:?}", Words::of(lang));
            assert!(!words.contains(": \"\""), "{lang:?} has an empty string");
        }
    }
}
