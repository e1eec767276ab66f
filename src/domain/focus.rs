//! Keyboard movement through a group of controls (diagram nodes): arrows step, Home and
//! End jump, and the ends wrap around.

/// Where a key moves focus within a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusMove {
    /// Right or down arrow: the next control, wrapping to the first.
    Next,
    /// Left or up arrow: the previous control, wrapping to the last.
    Previous,
    /// Home: the first control.
    First,
    /// End: the last control.
    Last,
}

impl FocusMove {
    /// The move a key (`KeyboardEvent.key`) asks for, if any.
    pub fn from_key(key: &str) -> Option<FocusMove> {
        match key {
            "ArrowRight" | "ArrowDown" => Some(FocusMove::Next),
            "ArrowLeft" | "ArrowUp" => Some(FocusMove::Previous),
            "Home" => Some(FocusMove::First),
            "End" => Some(FocusMove::Last),
            _ => None,
        }
    }

    /// The index to focus among `count` controls when `current` (if known) has focus.
    /// `None` only when there are no controls.
    pub fn target(self, current: Option<usize>, count: usize) -> Option<usize> {
        let last = count.checked_sub(1)?;
        Some(match (self, current) {
            (FocusMove::First, _) | (_, None) => 0,
            (FocusMove::Last, _) => last,
            (FocusMove::Next, Some(i)) => {
                if i >= last {
                    0
                } else {
                    i + 1
                }
            }
            (FocusMove::Previous, Some(i)) => {
                if i == 0 {
                    last
                } else {
                    i - 1
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_map_to_moves() {
        assert_eq!(FocusMove::from_key("ArrowDown"), Some(FocusMove::Next));
        assert_eq!(FocusMove::from_key("ArrowUp"), Some(FocusMove::Previous));
        assert_eq!(FocusMove::from_key("Home"), Some(FocusMove::First));
        assert_eq!(FocusMove::from_key("End"), Some(FocusMove::Last));
        assert_eq!(FocusMove::from_key("Enter"), None);
    }

    #[test]
    fn moves_wrap_and_jump() {
        assert_eq!(FocusMove::Next.target(Some(2), 4), Some(3));
        assert_eq!(FocusMove::Next.target(Some(3), 4), Some(0));
        assert_eq!(FocusMove::Previous.target(Some(0), 4), Some(3));
        assert_eq!(FocusMove::First.target(Some(2), 4), Some(0));
        assert_eq!(FocusMove::Last.target(Some(0), 4), Some(3));
        assert_eq!(FocusMove::Next.target(None, 4), Some(0));
        assert_eq!(FocusMove::Last.target(None, 0), None);
    }
}
