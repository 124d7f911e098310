#include "core/Normalization.h"

namespace rightstrack::core {
namespace {

const icu::Normalizer2* load(const icu::Normalizer2* (*get)(UErrorCode&)) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = get(status);
    return U_SUCCESS(status) ? normalizer : nullptr;
}

}  // namespace

const icu::Normalizer2* nfkc_casefold_normalizer() {
    static const icu::Normalizer2* instance = load(&icu::Normalizer2::getNFKCCasefoldInstance);
    return instance;
}

const icu::Normalizer2* nfd_normalizer() {
    static const icu::Normalizer2* instance = load(&icu::Normalizer2::getNFDInstance);
    return instance;
}

const icu::Normalizer2* nfc_normalizer() {
    static const icu::Normalizer2* instance = load(&icu::Normalizer2::getNFCInstance);
    return instance;
}

icu::UnicodeString normalized(const icu::Normalizer2* normalizer, const icu::UnicodeString& text) {
    if (normalizer == nullptr)
        return text;
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out = normalizer->normalize(text, status);
    return U_SUCCESS(status) ? out : text;
}

}  // namespace rightstrack::core
