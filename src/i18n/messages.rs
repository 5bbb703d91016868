//! Error and warning messages in every interface language, and the `Display` of the model's
//! errors (English), which live here rather than in the model so that the model imports nothing
//! above it. The command line and the widget say the same thing.

use std::fmt;

use super::Lang;
#[cfg(any(not(browser), feature = "author"))]
use crate::model::budget::{PARTS_PER_SECTION, PARTS_PER_STORY};
use crate::model::{
    FORMAT_VERSION, Found, LoadError, Path, StoryError, StoryErrorKind, Want, format_bytes,
};
#[cfg(any(not(browser), feature = "author"))]
use crate::model::{LONG_SECTION_WORDS, Warning, WarningKind};

impl Lang {
    fn want(self, w: Want) -> &'static str {
        use Want::*;
        match (self, w) {
            (Lang::En, String) => "a string",
            (Lang::En, Number) => "a number",
            (Lang::En, Object) => "an object",
            (Lang::En, Array) => "an array",
            (Lang::En, Strings) => "an array of strings",
            (Lang::Fr, String) => "une chaîne",
            (Lang::Fr, Number) => "un nombre",
            (Lang::Fr, Object) => "un objet",
            (Lang::Fr, Array) => "un tableau",
            (Lang::Fr, Strings) => "un tableau de chaînes",
            (Lang::Ar, String) => "نص",
            (Lang::Ar, Number) => "رقم",
            (Lang::Ar, Object) => "كائن",
            (Lang::Ar, Array) => "مصفوفة",
            (Lang::Ar, Strings) => "مصفوفة نصوص",
            (Lang::Sw, String) => "maandishi (string)",
            (Lang::Sw, Number) => "namba",
            (Lang::Sw, Object) => "kitu (object)",
            (Lang::Sw, Array) => "orodha (array)",
            (Lang::Sw, Strings) => "orodha ya maandishi",
        }
    }

    fn found(self, f: Found) -> &'static str {
        match f {
            Found::Null => "null",
            Found::Bool => match self {
                Lang::En => "a boolean",
                Lang::Fr => "un booléen",
                Lang::Ar => "قيمة منطقية",
                Lang::Sw => "boolean",
            },
            Found::Number => self.want(Want::Number),
            Found::String => self.want(Want::String),
            Found::Array => self.want(Want::Array),
            Found::Object => self.want(Want::Object),
        }
    }

    fn path(self, path: &Path) -> String {
        if !path.is_root() {
            return path.to_string();
        }
        match self {
            Lang::En => "(story)",
            Lang::Fr => "(récit)",
            Lang::Ar => "(القصة)",
            Lang::Sw => "(hadithi)",
        }
        .to_owned()
    }

    /// "sections[3].title: expected a string, found a number".
    pub fn story_error(self, e: &StoryError) -> String {
        let sep = if self == Lang::Fr { " : " } else { ": " };
        format!(
            "{}{sep}{}",
            self.path(&e.path),
            self.story_error_kind(&e.kind)
        )
    }

    /// What is wrong, without where: "expected a string, found a number". For tools that show
    /// the path on their own.
    pub fn story_error_kind(self, kind: &StoryErrorKind) -> String {
        let v = FORMAT_VERSION;
        match (kind, self) {
            (StoryErrorKind::Missing { expected }, Lang::En) => {
                format!("missing; expected {}", self.want(*expected))
            }
            (StoryErrorKind::Missing { expected }, Lang::Fr) => {
                format!("absent ; attendu : {}", self.want(*expected))
            }
            (StoryErrorKind::Missing { expected }, Lang::Ar) => {
                format!("مفقود؛ المتوقع {}", self.want(*expected))
            }
            (StoryErrorKind::Missing { expected }, Lang::Sw) => {
                format!("haipo; inatarajiwa {}", self.want(*expected))
            }
            (StoryErrorKind::WrongType { expected, found }, lang) => {
                let (e, f) = (self.want(*expected), self.found(*found));
                match lang {
                    Lang::En => format!("expected {e}, found {f}"),
                    Lang::Fr => format!("attendu : {e}, trouvé : {f}"),
                    Lang::Ar => format!("المتوقع {e}، والموجود {f}"),
                    Lang::Sw => format!("inatarajiwa {e}, imepatikana {f}"),
                }
            }
            (StoryErrorKind::Empty, Lang::En) => "must not be empty".into(),
            (StoryErrorKind::Empty, Lang::Fr) => "ne doit pas être vide".into(),
            (StoryErrorKind::Empty, Lang::Ar) => "يجب ألا يكون فارغًا".into(),
            (StoryErrorKind::Empty, Lang::Sw) => "haipaswi kuwa tupu".into(),
            (StoryErrorKind::UnsupportedVersion { found: Some(n) }, lang) => match lang {
                Lang::En => format!("version {n} is not supported; this widget reads version {v}"),
                Lang::Fr => format!(
                    "la version {n} n'est pas prise en charge ; ce widget lit la version {v}"
                ),
                Lang::Ar => format!("الإصدار {n} غير مدعوم؛ هذه الأداة تقرأ الإصدار {v}"),
                Lang::Sw => format!("toleo {n} halitumiki; kifaa hiki kinasoma toleo {v}"),
            },
            (StoryErrorKind::UnsupportedVersion { found: None }, lang) => match lang {
                Lang::En => {
                    format!("expected a whole version number; this widget reads version {v}")
                }
                Lang::Fr => {
                    format!("numéro de version entier attendu ; ce widget lit la version {v}")
                }
                Lang::Ar => format!("يجب أن يكون رقم الإصدار عددًا صحيحًا؛ هذه الأداة تقرأ الإصدار {v}"),
                Lang::Sw => {
                    format!("inatarajiwa namba kamili ya toleo; kifaa hiki kinasoma toleo {v}")
                }
            },
            (StoryErrorKind::UnknownStatus { found }, lang) => match lang {
                Lang::En => {
                    format!("expected \"done\", \"current\" or \"upcoming\", found \"{found}\"")
                }
                Lang::Fr => {
                    format!("attendu : \"done\", \"current\" ou \"upcoming\", trouvé : \"{found}\"")
                }
                Lang::Ar => {
                    format!("المتوقع \"done\" أو \"current\" أو \"upcoming\"، والموجود \"{found}\"")
                }
                Lang::Sw => format!(
                    "inatarajiwa \"done\", \"current\" au \"upcoming\", imepatikana \"{found}\""
                ),
            },
            (StoryErrorKind::NoSections, Lang::En) => "expected at least one section".into(),
            (StoryErrorKind::NoSections, Lang::Fr) => "au moins une section attendue".into(),
            (StoryErrorKind::NoSections, Lang::Ar) => "يجب وجود قسم واحد على الأقل".into(),
            (StoryErrorKind::NoSections, Lang::Sw) => "inatarajiwa angalau sehemu moja".into(),
            (StoryErrorKind::BadId, Lang::En) => {
                "use only letters, digits, \"-\" and \"_\" in an id".into()
            }
            (StoryErrorKind::BadId, Lang::Fr) => {
                "un id ne peut contenir que des lettres, des chiffres, \"-\" et \"_\"".into()
            }
            (StoryErrorKind::BadId, Lang::Ar) => {
                "استخدم الحروف والأرقام و\"-\" و\"_\" فقط في المعرّف".into()
            }
            (StoryErrorKind::BadId, Lang::Sw) => {
                "tumia herufi, tarakimu, \"-\" na \"_\" pekee katika kitambulisho".into()
            }
            (StoryErrorKind::DuplicateId { id, first }, lang) => match lang {
                Lang::En => format!("id \"{id}\" is already used by sections[{first}]"),
                Lang::Fr => format!("l'id \"{id}\" est déjà utilisé par sections[{first}]"),
                Lang::Ar => format!("المعرّف \"{id}\" مستخدم بالفعل في sections[{first}]"),
                Lang::Sw => format!("kitambulisho \"{id}\" tayari kinatumiwa na sections[{first}]"),
            },
            (StoryErrorKind::TooDeep { limit }, lang) => match lang {
                Lang::En => format!("nested deeper than {limit} levels of arrays and objects"),
                Lang::Fr => format!("imbriqué sur plus de {limit} niveaux de tableaux et d'objets"),
                Lang::Ar => format!("متداخل بعمق يتجاوز {limit} مستوى من المصفوفات والكائنات"),
                Lang::Sw => format!("imefungamana zaidi ya viwango {limit} vya orodha na vitu"),
            },
            (StoryErrorKind::TooManySections { limit, found }, lang) => match lang {
                Lang::En => format!("{found} sections; a story may have at most {limit}"),
                Lang::Fr => format!("{found} sections ; un récit en compte au plus {limit}"),
                Lang::Ar => format!("{found} قسمًا؛ الحد الأقصى للقصة {limit} قسم"),
                Lang::Sw => format!("sehemu {found}; hadithi inaweza kuwa na sehemu {limit} tu"),
            },
        }
    }

    /// What a warning is about, without where: "section \"Notes\" has no text: …". Warnings are
    /// read by authors in `journey-story check`, which speaks English, so every language gets
    /// the English words for now; the widget never shows them.
    #[cfg(any(not(browser), feature = "author"))]
    pub fn warning(self, kind: &WarningKind) -> String {
        let section = |title: &Option<String>| match title {
            Some(title) => format!("section \"{title}\""),
            None => "this section".to_owned(),
        };
        match kind {
            WarningKind::Mojibake { found, fixed } => format!(
                "\"{found}\" looks mis-decoded (UTF-8 read as Windows-1252); it should probably be \
                 \"{fixed}\""
            ),
            WarningKind::UnlinkedAuthorUrl { url } => {
                format!("\"{url}\" will not be linked: only http, https and mailto URLs are")
            }
            WarningKind::NoText { title } => format!(
                "{} has no text: it shows as a heading with no panel",
                section(title)
            ),
            WarningKind::LongSection { title, words } => format!(
                "{} is {words} words long (over {LONG_SECTION_WORDS}); readers may skip it: \
                 consider splitting it",
                section(title)
            ),
            WarningKind::UnclickableLink { label, url } => format!(
                "link \"{label}\" to \"{url}\" will show as plain words: only http, https and \
                 mailto links are clickable"
            ),
            WarningKind::Cut { title } => format!(
                "section \"{title}\" has more paragraphs, list items, styled runs, highlights and \
                 skills than a page lays out quickly ({PARTS_PER_SECTION} a section, \
                 {PARTS_PER_STORY} a story): the rest shows as plain text"
            ),
            WarningKind::IdTaken { id, wanted } => format!(
                "this section gets the id \"{id}\" because \"{wanted}\" is already taken; give the \
                 sections an \"id\" each so links to them stay stable"
            ),
        }
    }

    /// Why a story could not be shown, for the site owner and the reader.
    pub fn load_error(self, e: &LoadError) -> String {
        use Lang::*;
        match e {
            LoadError::NoSource => match self {
                En => "No story to show: add a src attribute with the URL of a story JSON file.".into(),
                Fr => "Aucun récit à afficher : ajoutez un attribut src avec l'URL d'un fichier JSON de récit.".into(),
                Ar => "لا توجد قصة لعرضها: أضف السمة src مع عنوان URL لملف JSON للقصة.".into(),
                Sw => "Hakuna hadithi ya kuonyesha: ongeza sifa ya src yenye URL ya faili la JSON la hadithi.".into(),
            },
            LoadError::Network { url } => match self {
                En => format!("Could not connect to the server for {url}. Check the address, or try again later."),
                Fr => format!("Impossible de joindre le serveur pour {url}. Vérifiez l'adresse ou réessayez plus tard."),
                Ar => format!("تعذّر الاتصال بالخادم لجلب {url}. تحقّق من العنوان أو أعد المحاولة لاحقًا."),
                Sw => format!("Imeshindikana kuunganisha na seva ya {url}. Hakikisha anwani, au jaribu tena baadaye."),
            },
            LoadError::Cors { url } => match self {
                En => format!("The server for {url} does not allow this page to read the story (CORS). It must send the header Access-Control-Allow-Origin with this site's origin or *."),
                Fr => format!("Le serveur de {url} n'autorise pas cette page à lire le récit (CORS). Il doit envoyer l'en-tête Access-Control-Allow-Origin avec l'origine de ce site ou *."),
                Ar => format!("لا يسمح خادم {url} لهذه الصفحة بقراءة القصة (CORS). يجب أن يرسل الترويسة Access-Control-Allow-Origin مع أصل هذا الموقع أو *."),
                Sw => format!("Seva ya {url} hairuhusu ukurasa huu kusoma hadithi (CORS). Lazima itume kichwa Access-Control-Allow-Origin chenye asili ya tovuti hii au *."),
            },
            LoadError::Timeout { url, seconds } => match self {
                En => format!("{url} did not arrive within {seconds} seconds. The server may be slow or down."),
                Fr => format!("{url} n'est pas arrivé en {seconds} secondes. Le serveur est peut-être lent ou indisponible."),
                Ar => format!("لم يصل {url} خلال {seconds} ثانية. قد يكون الخادم بطيئًا أو متوقفًا."),
                Sw => format!("{url} haikufika ndani ya sekunde {seconds}. Huenda seva ni ya polepole au haifanyi kazi."),
            },
            LoadError::Http { url, status } => match self {
                En => format!("The server answered HTTP {status} for {url}."),
                Fr => format!("Le serveur a répondu HTTP {status} pour {url}."),
                Ar => format!("أجاب الخادم بالرمز HTTP {status} عن {url}."),
                Sw => format!("Seva ilijibu HTTP {status} kwa {url}."),
            },
            LoadError::HtmlPage { url } => match self {
                En => format!("{url} is a web page, not a story JSON file. Check the src address."),
                Fr => format!("{url} est une page web, pas un fichier JSON de récit. Vérifiez l'adresse src."),
                Ar => format!("{url} صفحة ويب وليس ملف JSON لقصة. تحقّق من عنوان src."),
                Sw => format!("{url} ni ukurasa wa wavuti, si faili la JSON la hadithi. Hakikisha anwani ya src."),
            },
            LoadError::TooLarge { url, limit } => {
                let limit = format_bytes(*limit);
                match self {
                    En => format!("{url} is larger than the {limit} limit for a story. Set max-size on the element to allow more."),
                    Fr => format!("{url} dépasse la limite de {limit} pour un récit. Réglez max-size sur l'élément pour autoriser davantage."),
                    Ar => format!("حجم {url} أكبر من الحد المسموح للقصة ({limit}). اضبط السمة max-size على العنصر للسماح بحجم أكبر."),
                    Sw => format!("{url} ni kubwa kuliko kikomo cha {limit} kwa hadithi. Weka max-size kwenye kipengele ili kuruhusu zaidi."),
                }
            }
            LoadError::Empty { url } => match self {
                En => format!("{url} is empty."),
                Fr => format!("{url} est vide."),
                Ar => format!("{url} فارغ."),
                Sw => format!("{url} ni tupu."),
            },
            LoadError::NotUtf8 { url } => match self {
                En => format!("{url} is not UTF-8 text. Save the story file with UTF-8 encoding."),
                Fr => format!("{url} n'est pas un texte UTF-8. Enregistrez le fichier du récit en UTF-8."),
                Ar => format!("{url} ليس نصًا بترميز UTF-8. احفظ ملف القصة بترميز UTF-8."),
                Sw => format!("{url} si maandishi ya UTF-8. Hifadhi faili la hadithi kwa usimbaji wa UTF-8."),
            },
            LoadError::NotJson { url, detail } => match self {
                En => format!("{url} is not valid JSON ({detail})."),
                Fr => format!("{url} n'est pas un JSON valide ({detail})."),
                Ar => format!("{url} ليس JSON صالحًا ({detail})."),
                Sw => format!("{url} si JSON halali ({detail})."),
            },
            LoadError::Invalid { url, error } => {
                let error = self.story_error(error);
                match self {
                    En => format!("{url} is not a valid journey story: {error}"),
                    Fr => format!("{url} n'est pas un récit de parcours valide : {error}"),
                    Ar => format!("{url} ليس قصة رحلة صالحة: {error}"),
                    Sw => format!("{url} si hadithi halali ya safari: {error}"),
                }
            }
        }
    }
}

impl fmt::Display for StoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Lang::En.story_error(self))
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Lang::En.load_error(self))
    }
}

/// "sections[2].body: section \"Notes\" has no text: …", in English.
#[cfg(any(not(browser), feature = "author"))]
impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, Lang::En.warning(&self.kind))
    }
}
