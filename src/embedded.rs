//! The text files compiled into the binary (listed by `build.rs`): the
//! built-in quiz and roles, their translations and the word catalogues,
//! each by its path in the source tree (`quizzes/it-career.toml`,
//! `locales/es/...`).

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// A compiled-in file's text, by its path in the source tree.
pub fn file(path: &str) -> Option<&'static str> {
    FILES
        .iter()
        .find(|(name, _)| *name == path)
        .map(|(_, text)| *text)
}

/// The compiled-in files under `folder` (a `/`-separated path without a
/// trailing `/`), in name order.
pub fn under(folder: &str) -> impl Iterator<Item = (&'static str, &'static str)> {
    FILES
        .iter()
        .filter(move |(name, _)| {
            name.strip_prefix(folder)
                .is_some_and(|rest| rest.starts_with('/'))
        })
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_quiz_and_roles_are_compiled_in() {
        assert!(file("quizzes/it-career.toml").is_some_and(|t| t.contains("[[dimension]]")));
        let roles: Vec<&str> = under("data/roles").map(|(name, _)| name).collect();
        assert!(roles.contains(&"data/roles/technician.toml"), "{roles:?}");
        assert_eq!(under("data/role").count(), 0);
    }
}
