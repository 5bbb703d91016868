//! Interface languages: every string the widget itself shows (controls, status names, progress
//! text, error messages) in English, French, Arabic and Swahili. Story text is the author's and
//! is never translated. Pure Rust, shared by the widget, server rendering and the tools.

mod messages;

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Ar,
    Sw,
}

impl Lang {
    /// Picks a language from a BCP 47 tag by its primary subtag: `fr-CA` is French.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            "ar" => Some(Lang::Ar),
            "sw" => Some(Lang::Sw),
            _ => None,
        }
    }

    /// The first of the candidates (element attribute, story, page) that names a known
    /// language, else English.
    pub fn choose<'a>(candidates: impl IntoIterator<Item = Option<&'a str>>) -> Lang {
        candidates
            .into_iter()
            .flatten()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
            Lang::Sw => "sw",
        }
    }

    /// Text direction of the interface.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &EN,
            Lang::Fr => &FR,
            Lang::Ar => &AR,
            Lang::Sw => &SW,
        }
    }

    /// "5 of 6 milestones done".
    pub fn milestones(self, done: usize, total: usize) -> String {
        match self {
            Lang::En => format!("{done} of {total} milestones done"),
            Lang::Fr => format!("{done} étapes franchies sur {total}"),
            Lang::Ar => format!("اكتملت {done} من {total} مراحل"),
            Lang::Sw => format!("Hatua {done} kati ya {total} zimekamilika"),
        }
    }

    /// "3 of 8 read".
    pub fn read_count(self, read: usize, total: usize) -> String {
        match self {
            Lang::En => format!("{read} of {total} read"),
            Lang::Fr => format!("{read} sur {total} lues"),
            Lang::Ar => format!("قرأت {read} من {total}"),
            Lang::Sw => format!("Umesoma {read} kati ya {total}"),
        }
    }
}

impl Text {
    /// The word for a section's status, so that it is never shown by colour alone.
    pub fn status(&self, status: crate::model::Status) -> &'static str {
        use crate::model::Status;
        match status {
            Status::Done => self.done,
            Status::Current => self.current,
            Status::Upcoming => self.upcoming,
        }
    }
}

/// The fixed interface strings of one language.
#[derive(Debug)]
pub struct Text {
    pub loading: &'static str,
    pub failed: &'static str,
    pub retry: &'static str,
    /// Precedes the author's name.
    pub by: &'static str,
    pub progress_label: &'static str,
    pub done: &'static str,
    pub current: &'static str,
    pub upcoming: &'static str,
    /// Marks a section the reader has opened.
    pub read: &'static str,
    /// Shown beside a section heading that has no text.
    pub no_text: &'static str,
    pub highlights: &'static str,
    pub skills: &'static str,
    pub expand_all: &'static str,
    pub collapse_all: &'static str,
    pub continue_reading: &'static str,
    pub reset_reading: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub controls: &'static str,
}

const EN: Text = Text {
    loading: "Loading journey…",
    failed: "This journey could not be shown.",
    retry: "Retry",
    by: "by",
    progress_label: "Journey progress",
    done: "Done",
    current: "Current",
    upcoming: "Upcoming",
    read: "Read",
    no_text: "no text",
    highlights: "Highlights",
    skills: "Skills",
    expand_all: "Expand all",
    collapse_all: "Collapse all",
    continue_reading: "Continue reading",
    reset_reading: "Reset reading progress",
    copy_link: "Copy link",
    link_copied: "Link copied",
    controls: "Story controls",
};

const FR: Text = Text {
    loading: "Chargement du parcours…",
    failed: "Ce parcours n'a pas pu être affiché.",
    retry: "Réessayer",
    by: "par",
    progress_label: "Progression du parcours",
    done: "Terminé",
    current: "En cours",
    upcoming: "À venir",
    read: "Lu",
    no_text: "sans texte",
    highlights: "Points forts",
    skills: "Compétences",
    expand_all: "Tout déplier",
    collapse_all: "Tout replier",
    continue_reading: "Reprendre la lecture",
    reset_reading: "Réinitialiser la lecture",
    copy_link: "Copier le lien",
    link_copied: "Lien copié",
    controls: "Commandes du récit",
};

const AR: Text = Text {
    loading: "جارٍ تحميل الرحلة…",
    failed: "تعذّر عرض هذه الرحلة.",
    retry: "إعادة المحاولة",
    by: "بقلم",
    progress_label: "التقدّم في الرحلة",
    done: "مكتمل",
    current: "الحالي",
    upcoming: "قادم",
    read: "مقروء",
    no_text: "بلا نص",
    highlights: "أبرز الإنجازات",
    skills: "المهارات",
    expand_all: "توسيع الكل",
    collapse_all: "طيّ الكل",
    continue_reading: "متابعة القراءة",
    reset_reading: "إعادة تعيين تقدّم القراءة",
    copy_link: "نسخ الرابط",
    link_copied: "تم نسخ الرابط",
    controls: "أدوات القصة",
};

const SW: Text = Text {
    loading: "Inapakia safari…",
    failed: "Safari hii haikuweza kuonyeshwa.",
    retry: "Jaribu tena",
    by: "na",
    progress_label: "Maendeleo ya safari",
    done: "Imekamilika",
    current: "Sasa",
    upcoming: "Ijayo",
    read: "Imesomwa",
    no_text: "hakuna maandishi",
    highlights: "Mambo muhimu",
    skills: "Ujuzi",
    expand_all: "Fungua zote",
    collapse_all: "Funga zote",
    continue_reading: "Endelea kusoma",
    reset_reading: "Anza kusoma upya",
    copy_link: "Nakili kiungo",
    link_copied: "Kiungo kimenakiliwa",
    controls: "Vidhibiti vya hadithi",
};
