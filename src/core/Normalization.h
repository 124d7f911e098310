// ICU's Unicode normalisers, loaded once per process, and one way to apply them. For the .cpp
// files that fold text (core/Folding, index/WordFolding); the ICU types stay out of every other
// header. Thread-safe: the normalisers are immutable singletons.
#pragma once

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace rightstrack::core {

// Null when ICU cannot load the normaliser (a broken installation).
const icu::Normalizer2* nfkc_casefold_normalizer();
const icu::Normalizer2* nfd_normalizer();
const icu::Normalizer2* nfc_normalizer();

// `text` normalised; unchanged when the normaliser is null or fails, rather than losing text.
icu::UnicodeString normalized(const icu::Normalizer2* normalizer, const icu::UnicodeString& text);

}  // namespace rightstrack::core
