//! Results kept by what they were computed from. A [`Memo`] maps the SHA-256 of a
//! computation's inputs ([`Key`]) to its result, so a build computes each distinct input once
//! (a code block shown in three languages is highlighted once) and `cairn serve` redoes only
//! what an edit changed: an unchanged page's outline, fingerprints and search sections come
//! back from the memo, whichever way its text was read.

use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::RwLock;
use std::sync::atomic::{AtomicBool, Ordering};

/// The SHA-256 of a computation's inputs.
pub(crate) type Key = [u8; 32];

/// Builds a [`Key`] from a computation's name and its inputs, each framed by its length so
/// that inputs `("ab", "c")` and `("a", "bc")` give different keys.
pub(crate) struct KeyBuilder(Sha256);

impl KeyBuilder {
    /// A key for the computation `name` (memos of different computations may share keys
    /// only if they share names).
    pub(crate) fn new(name: &str) -> KeyBuilder {
        KeyBuilder(Sha256::new()).with(name)
    }

    /// Adds one input.
    pub(crate) fn with(mut self, input: impl AsRef<[u8]>) -> KeyBuilder {
        let input = input.as_ref();
        self.0.update((input.len() as u64).to_le_bytes());
        self.0.update(input);
        self
    }

    pub(crate) fn finish(self) -> Key {
        self.0.finalize().into()
    }
}

/// A value and whether it was asked for since the last [`Memo::forget_unused`].
#[derive(Debug)]
struct Held<V> {
    value: V,
    used: AtomicBool,
}

/// Results by [`Key`], shared by the threads of a build. It keeps what the last build used:
/// [`Memo::forget_unused`] after each build drops the rest, so memory follows the handbook,
/// not the number of edits.
#[derive(Debug)]
pub struct Memo<V> {
    /// `None` in a memo that keeps nothing ([`Memo::keeping_nothing`]).
    held: Option<RwLock<HashMap<Key, Held<V>>>>,
}

impl<V> Default for Memo<V> {
    fn default() -> Self {
        Memo { held: Some(RwLock::default()) }
    }
}

impl<V: Clone> Memo<V> {
    /// A memo that computes every value and keeps none, for work that is not done twice: a
    /// one-off build computes each outline once anyway, and hashing the inputs for a lookup
    /// that cannot hit (and holding copies of every result) would be all the memo did.
    pub(crate) fn keeping_nothing() -> Memo<V> {
        Memo { held: None }
    }

    /// The value for the inputs `key` makes: the one held, or what `compute` returns (then
    /// held). Threads that miss the same key at once may both compute it; either result is
    /// kept. A memo keeping nothing makes no key.
    pub(crate) fn get_or_compute(&self, key: impl FnOnce() -> Key, compute: impl FnOnce() -> V) -> V {
        let Some(held) = &self.held else { return compute() };
        let key = key();
        if let Some(found) = held.read().unwrap_or_else(|poisoned| poisoned.into_inner()).get(&key) {
            found.used.store(true, Ordering::Relaxed);
            return found.value.clone();
        }
        let value = compute();
        self.insert(|| key, value.clone());
        value
    }

    /// Holds `value` for the inputs `key` makes, as used (in a memo keeping nothing: nothing).
    pub(crate) fn insert(&self, key: impl FnOnce() -> Key, value: V) {
        if let Some(held) = &self.held {
            let mut held = held.write().unwrap_or_else(|poisoned| poisoned.into_inner());
            held.insert(key(), Held { value, used: AtomicBool::new(true) });
        }
    }

    /// Drops the values not asked for since the last call.
    pub(crate) fn forget_unused(&mut self) {
        if let Some(held) = &mut self.held {
            let held = held.get_mut().unwrap_or_else(|poisoned| poisoned.into_inner());
            held.retain(|_, held| held.used.swap(false, Ordering::Relaxed));
        }
    }

    /// How many values are held.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.held.as_ref().map_or(0, |held| held.read().unwrap_or_else(|poisoned| poisoned.into_inner()).len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_computed_once_per_input_and_forgotten_when_unused() {
        let mut memo: Memo<String> = Memo::default();
        let key = |text: &str| KeyBuilder::new("upper").with(text).finish();
        let computed = std::cell::Cell::new(0);
        let upper = |memo: &Memo<String>, text: &str| {
            memo.get_or_compute(
                || key(text),
                || {
                    computed.set(computed.get() + 1);
                    text.to_uppercase()
                },
            )
        };
        assert_eq!(upper(&memo, "a"), "A");
        assert_eq!(upper(&memo, "a"), "A");
        assert_eq!(upper(&memo, "b"), "B");
        assert_eq!(computed.get(), 2);
        memo.forget_unused();
        assert_eq!(memo.len(), 2, "both were used before the first forget");
        upper(&memo, "b");
        memo.forget_unused();
        assert_eq!(memo.len(), 1, "`a` was not asked for since");
        assert_ne!(
            KeyBuilder::new("x").with("ab").with("c").finish(),
            KeyBuilder::new("x").with("a").with("bc").finish()
        );
    }

    #[test]
    fn a_memo_keeping_nothing_computes_every_time_and_makes_no_key() {
        let memo: Memo<usize> = Memo::keeping_nothing();
        let computed = std::cell::Cell::new(0);
        for _ in 0..2 {
            let value = memo.get_or_compute(
                || panic!("a memo keeping nothing needs no key"),
                || {
                    computed.set(computed.get() + 1);
                    7
                },
            );
            assert_eq!(value, 7);
        }
        assert_eq!(computed.get(), 2);
        assert_eq!(memo.len(), 0);
    }
}
