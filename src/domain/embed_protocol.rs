//! The embed resizing protocol as plain data: which incoming messages we answer and what
//! we send. `platform::embed` only moves these messages through `postMessage`.
//!
//! Two dialects: H5P's resizer (`h5p-resizer.js`, context `h5p`) and our own `embed.js`
//! (context `mie`).

/// A message from the parent page that we act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// H5P host: "I see you" — answer with our hello.
    H5pReady,
    /// H5P host: hello back — send our heights.
    H5pHello,
    /// H5P host: asks for the heights again.
    H5pResize,
    /// H5P host: ready for the final height.
    H5pResizePrepared,
    /// `embed.js`: ready — send our height.
    MieReady,
}

impl Incoming {
    /// Reads a message: only one from the parent frame with a known `context` and
    /// `action` counts; anything else is ignored.
    pub fn parse(from_parent: bool, context: &str, action: &str) -> Option<Incoming> {
        if !from_parent {
            return None;
        }
        match (context, action) {
            ("h5p", "ready") => Some(Incoming::H5pReady),
            ("h5p", "hello") => Some(Incoming::H5pHello),
            ("h5p", "resize") => Some(Incoming::H5pResize),
            ("h5p", "resizePrepared") => Some(Incoming::H5pResizePrepared),
            ("mie", "ready") => Some(Incoming::MieReady),
            _ => None,
        }
    }
}

/// A message to the parent page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Outgoing {
    /// H5P: announce ourselves.
    H5pHello,
    /// H5P: our document's heights, before the host resizes.
    H5pPrepareResize {
        /// The body's scroll height.
        scroll: f64,
        /// The viewport's height inside the frame.
        client: f64,
    },
    /// H5P: the height to set.
    H5pResize {
        /// The body's scroll height.
        scroll: f64,
    },
    /// `embed.js`: the height to set.
    MieResize {
        /// The body's scroll height.
        height: f64,
    },
}

/// A field value of an outgoing message.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Field {
    /// A string.
    Text(&'static str),
    /// A number.
    Number(f64),
}

impl Outgoing {
    /// The message's fields, as the receiving script expects them.
    pub fn fields(self) -> Vec<(&'static str, Field)> {
        use Field::{Number, Text};
        match self {
            Outgoing::H5pHello => vec![("context", Text("h5p")), ("action", Text("hello"))],
            Outgoing::H5pPrepareResize { scroll, client } => vec![
                ("context", Text("h5p")),
                ("action", Text("prepareResize")),
                ("scrollHeight", Number(scroll)),
                ("clientHeight", Number(client)),
            ],
            Outgoing::H5pResize { scroll } => vec![
                ("context", Text("h5p")),
                ("action", Text("resize")),
                ("scrollHeight", Number(scroll)),
            ],
            Outgoing::MieResize { height } => vec![
                ("context", Text("mie")),
                ("action", Text("resize")),
                ("height", Number(height)),
            ],
        }
    }
}

/// Our heights, to tell both dialects at once (start-up and every size change).
pub fn heights(scroll: f64, client: f64) -> Vec<Outgoing> {
    vec![
        Outgoing::H5pPrepareResize { scroll, client },
        Outgoing::MieResize { height: scroll },
    ]
}

/// What we answer to `message`, given our current heights.
pub fn answer(message: Incoming, scroll: f64, client: f64) -> Vec<Outgoing> {
    match message {
        Incoming::H5pReady => vec![Outgoing::H5pHello],
        Incoming::H5pHello | Incoming::H5pResize | Incoming::MieReady => heights(scroll, client),
        Incoming::H5pResizePrepared => vec![Outgoing::H5pResize { scroll }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_known_messages_from_the_parent_count() {
        assert_eq!(
            Incoming::parse(true, "h5p", "ready"),
            Some(Incoming::H5pReady)
        );
        assert_eq!(
            Incoming::parse(true, "h5p", "resizePrepared"),
            Some(Incoming::H5pResizePrepared)
        );
        assert_eq!(
            Incoming::parse(true, "mie", "ready"),
            Some(Incoming::MieReady)
        );
        assert_eq!(
            Incoming::parse(false, "h5p", "ready"),
            None,
            "not from the parent"
        );
        assert_eq!(
            Incoming::parse(true, "mie", "resize"),
            None,
            "our own message echoed"
        );
        assert_eq!(Incoming::parse(true, "h5p", "prepareResize"), None);
        assert_eq!(Incoming::parse(true, "other", "ready"), None);
    }

    #[test]
    fn the_decision_table() {
        let (scroll, client) = (1200.0, 640.0);
        let both = heights(scroll, client);
        let cases = [
            (Incoming::H5pReady, vec![Outgoing::H5pHello]),
            (Incoming::H5pHello, both.clone()),
            (Incoming::H5pResize, both.clone()),
            (Incoming::MieReady, both),
            (
                Incoming::H5pResizePrepared,
                vec![Outgoing::H5pResize { scroll }],
            ),
        ];
        for (incoming, expected) in cases {
            assert_eq!(answer(incoming, scroll, client), expected, "{incoming:?}");
        }
    }

    #[test]
    fn messages_carry_the_fields_each_script_reads() {
        let fields = Outgoing::H5pPrepareResize {
            scroll: 900.0,
            client: 640.0,
        }
        .fields();
        assert_eq!(
            fields,
            vec![
                ("context", Field::Text("h5p")),
                ("action", Field::Text("prepareResize")),
                ("scrollHeight", Field::Number(900.0)),
                ("clientHeight", Field::Number(640.0)),
            ]
        );
        let ours = Outgoing::MieResize { height: 900.0 }.fields();
        assert_eq!(ours[0], ("context", Field::Text("mie")));
        assert_eq!(ours[2], ("height", Field::Number(900.0)));
    }
}
