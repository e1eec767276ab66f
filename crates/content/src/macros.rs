//! The one definition of each content type.
//!
//! A content type is written once, inside [`content_struct!`] or [`content_enum!`]. The
//! macro adds what the build step needs (serde's `Deserialize`, and [`crate::emit::Emit`],
//! which writes the value back out as a Rust expression) only under the `build` feature,
//! so adding a field to a content file is a change in one place: its struct.

/// Defines a content struct whose fields are read from JSON at build time and emitted as
/// static Rust. Unknown JSON fields are rejected, so a misspelt key fails the build.
macro_rules! content_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        #[cfg_attr(feature = "build", derive(serde::Deserialize), serde(deny_unknown_fields))]
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $ty, )*
        }

        #[cfg(feature = "build")]
        impl $crate::emit::Emit for $name {
            fn emit(&self, out: &mut $crate::emit::Out) {
                out.push_str(concat!("::", module_path!(), "::", stringify!($name), "{"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    $crate::emit::Emit::emit(&self.$field, out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    };
}

/// Defines a closed set of content values spelt as kebab-case strings in JSON (`"one-way"`).
/// A value outside the set fails the build with the file and the JSON path. `slug()` gives
/// the JSON spelling back, for links and `data-` attributes.
macro_rules! content_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $slug:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "build", derive(serde::Deserialize))]
        pub enum $name {
            $( $(#[$variant_meta])* #[cfg_attr(feature = "build", serde(rename = $slug))] $variant, )*
        }

        impl $name {
            /// Every value, in the order of definition.
            pub const ALL: [$name; [$(stringify!($variant)),*].len()] = [$($name::$variant),*];

            /// The spelling used in content files and links.
            pub const fn slug(self) -> &'static str {
                match self {
                    $( $name::$variant => $slug, )*
                }
            }

            /// The value spelt `slug`, if any.
            pub fn from_slug(slug: &str) -> Option<$name> {
                Self::ALL.into_iter().find(|value| value.slug() == slug)
            }
        }

        #[cfg(feature = "build")]
        impl $crate::emit::Emit for $name {
            fn emit(&self, out: &mut $crate::emit::Out) {
                out.push_str(concat!("::", module_path!(), "::", stringify!($name), "::"));
                out.push_str(match self {
                    $( $name::$variant => stringify!($variant), )*
                });
            }
        }
    };
}
