// The Snowball stemmer of a language (libstemmer), and the one table saying which languages are
// stemmed: English and Russian. Every other language is indexed folded but unstemmed; adding a
// stemmer is one line of that table (Stemmer.cpp). A Stemmer holds libstemmer's working memory:
// not thread-safe, use one per thread (copying makes a fresh one).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sb_stemmer;

namespace rightstrack::index {

// The primary language subtag of a BCP 47 tag, lower-cased: "en-GB" -> "en", "ru_RU" -> "ru".
std::string primary_language(std::string_view bcp47);

class Stemmer {
public:
    // The stemmer for a BCP 47 tag, or nullopt when the language is not stemmed.
    static std::optional<Stemmer> for_language(std::string_view bcp47);

    Stemmer(const Stemmer& other);
    Stemmer& operator=(const Stemmer& other);
    Stemmer(Stemmer&&) noexcept = default;
    Stemmer& operator=(Stemmer&&) noexcept = default;

    // The stem of a folded word (valid UTF-8), e.g. "tortured" -> "tortur". The view is valid
    // until the next call.
    std::string_view stem(std::string_view word);
    // Snowball's name of the algorithm: "english", "russian".
    const char* algorithm() const { return algorithm_; }

private:
    struct Deleter {
        void operator()(sb_stemmer* stemmer) const;
    };
    explicit Stemmer(const char* algorithm);

    const char* algorithm_;
    std::unique_ptr<sb_stemmer, Deleter> stemmer_;
};

}  // namespace rightstrack::index
