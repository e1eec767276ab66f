//! The self-assessment instrument, `assets/content/quiz.json`.

use crate::text::Bilingual;
use crate::{List, Text};

content_struct! {
    /// The whole instrument.
    pub struct Instrument {
        /// Bumped whenever items change; result codes carry it.
        pub version: u8,
        /// Shown before the start and on the results.
        pub disclaimer: Bilingual,
        /// Shown on the intro screen.
        pub intro: Bilingual,
        /// The unscored reflection on one-sided closeness.
        pub reflection: Bilingual,
        /// Answer labels.
        pub scales: Scales,
        /// The ten constructs, in order.
        pub constructs: List<Construct>,
    }
}

content_struct! {
    /// Labels of the two five-point scales.
    pub struct Scales {
        /// Strongly disagree … strongly agree.
        pub agreement: List<Bilingual>,
        /// Never … very often.
        pub frequency: List<Bilingual>,
    }
}

content_struct! {
    /// One construct: a motivation, interaction form, benefit, or parasocial closeness.
    pub struct Construct {
        /// Stable id, also the `data-construct` attribute.
        pub slug: Text,
        /// The part of Chapter V the construct belongs to.
        pub family: ConstructFamily,
        /// Which five-point scale its statements are answered on.
        pub scale: Scale,
        /// The finding (or page) it maps onto.
        pub finding: Text,
        /// The first quiz version that asked exactly these statements: scores from older codes
        /// are not comparable with this version's and are never pooled with them.
        pub since: u8,
        /// The construct's name, as shown on the results.
        pub label: Bilingual,
        /// The statements to answer, in order (4 to 6).
        pub items: List<Item>,
        /// What a high, middle or low score connects to in the study; also used for results of
        /// earlier versions that scored the construct as one number.
        pub bands: Bands,
        /// Sub-scores reported instead of one number (attraction: physical appeal, similarity,
        /// competence), each a facet of the finding; absent for single-score constructs.
        pub parts: Option<List<Part>>,
    }
}

content_enum! {
    /// The part of Chapter V a quiz construct reflects.
    pub enum ConstructFamily {
        /// A motivation of 5.1.1.
        Motivations = "motivations",
        /// An interaction form of 5.1.2.
        Interactions = "interactions",
        /// A benefit of 5.1.3.
        Benefits = "benefits",
        /// The one-sided closeness of the parasocial gap.
        Closeness = "closeness",
    }
}

content_enum! {
    /// A five-point answer scale. Any other value in `quiz.json` fails the build.
    pub enum Scale {
        /// Strongly disagree … strongly agree.
        Agreement = "agreement",
        /// Never … very often.
        Frequency = "frequency",
    }
}

content_struct! {
    /// A statement to answer.
    pub struct Item {
        /// Stable id of the statement, unique within one version of the quiz.
        pub slug: Text,
        /// The part (sub-score) it counts towards, for constructs with parts.
        pub part: Option<Text>,
        /// The statement.
        pub text: Bilingual,
    }
}

content_struct! {
    /// A sub-score of a construct: one facet of its finding.
    pub struct Part {
        /// The facet slug in the construct's finding, e.g. `physical`.
        pub slug: Text,
        /// Name.
        pub label: Bilingual,
        /// What a high, middle or low sub-score connects to in the study.
        pub bands: Bands,
    }
}

content_struct! {
    /// Sentences for each score band.
    pub struct Bands {
        /// Score ≥ 67.
        pub high: Bilingual,
        /// 34–66.
        pub middle: Bilingual,
        /// ≤ 33.
        pub low: Bilingual,
    }
}

impl Construct {
    /// Its parts, empty for a single-score construct.
    pub fn parts(&self) -> &[Part] {
        self.parts.as_deref().unwrap_or_default()
    }
}

impl Instrument {
    /// Number of items across all constructs.
    pub fn item_count(&self) -> usize {
        self.constructs.iter().map(|c| c.items.len()).sum()
    }

    /// Every item with its construct, in answering order.
    pub fn flat_items(&self) -> Vec<(&Construct, &Item)> {
        self.constructs
            .iter()
            .flat_map(|c| c.items.iter().map(move |i| (c, i)))
            .collect()
    }

    /// The construct of the item at `index` in answering order.
    pub fn construct_at(&self, index: usize) -> Option<&Construct> {
        self.flat_items().get(index).map(|(c, _)| *c)
    }

    /// The construct with `slug`.
    pub fn construct(&self, slug: &str) -> Option<&Construct> {
        self.constructs.iter().find(|c| c.slug == slug)
    }

    /// The scale labels used by `construct`.
    pub fn scale_for(&self, construct: &Construct) -> &[Bilingual] {
        match construct.scale {
            Scale::Frequency => &self.scales.frequency,
            Scale::Agreement => &self.scales.agreement,
        }
    }
}
