//! The study's taxonomy: the three families of findings and the nodes of their diagrams.
//! Routes, the content check and the diagrams all read it from here.

content_enum! {
    /// A family of findings with its own diagram.
    pub enum Family {
        /// 5.1.1: why followers follow.
        Motivations = "motivations",
        /// 5.1.2: how they interact.
        Interactions = "interactions",
        /// 5.1.3: what they get from it.
        Benefits = "benefits",
    }
}

impl Family {
    /// The node slugs with stable links, in reading order.
    pub fn nodes(self) -> &'static [&'static str] {
        match self {
            Family::Motivations => &["emotional-arousal", "attraction", "bandwagon", "role-model"],
            Family::Interactions => &["applause", "conversation", "amplification"],
            Family::Benefits => &["information", "entertainment"],
        }
    }

    /// The family a finding slug belongs to.
    pub fn of_node(node: &str) -> Option<Family> {
        Family::ALL.into_iter().find(|f| f.nodes().contains(&node))
    }
}
